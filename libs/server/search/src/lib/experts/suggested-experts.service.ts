import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserStatus } from '@outloud/contracts';
import { toUserModel, UserRepository } from '@outloud/identity';
import {
  BadUserInputError,
  cleanLine,
  isHiddenSql,
  preparedQuery,
  Viewer,
} from '@outloud/server-core';
import { PostRepository } from '@outloud/stream';
import { DataSource } from 'typeorm';
import { parseSearchText } from '../query/search-text-parser';
import { toTextQuery } from '../query/text-query';
import { searchedPart } from '../search.schemas';
import { SearchLexicon } from '../spelling/search-lexicon';
import { SearchViewerRepository } from '../search-viewer.repository';
import { SEARCH_ENGINE, SearchEngine } from '../search.types';
import { SuggestedExpert, SuggestedExpertsArgs } from './suggested-experts.model';

const DEFAULT_FIRST = 5;
const MAX_FIRST = 10;
const MIN_CHARS = 8;
/** How many answered questions close to the draft are mined for their answerers. */
const QUESTIONS_MINED = 20;
/**
 * Repliers counted per question: the accepted answer's author and the first this many others. A
 * popular question can hold hundreds of replies (3,600 on 20 questions at 1M posts, 26 ms); the
 * early answerers are the ones to suggest, and the work stays bounded by the page.
 */
export const REPLIERS_PER_QUESTION = 20;
/** Named weights: an accepted answer says more than a reply. */
export const EXPERT_WEIGHTS = { acceptedAnswer: 3, reply: 1 } as const;

/**
 * "Who could answer this?" — the people who answered the answered questions closest to a draft,
 * found through the same engine query as similar questions. Only questions the viewer may see
 * are mined (the engine filters by the access policy and PostgreSQL re-checks), so nobody is
 * suggested because of a restricted community the viewer cannot see.
 */
@Injectable()
export class SuggestedExpertsService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly viewers: SearchViewerRepository,
    private readonly posts: PostRepository,
    private readonly users: UserRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lexicon: SearchLexicon,
  ) {}

  async suggest(viewer: Viewer, args: SuggestedExpertsArgs): Promise<SuggestedExpert[]> {
    const first = args.first ?? DEFAULT_FIRST;
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
      throw BadUserInputError.field(['first'], `"first" must be between 1 and ${MAX_FIRST}.`);
    }
    const text = searchedPart(cleanLine(args.draft.replace(/\s+/g, ' ')));
    if (text.length < MIN_CHARS) return [];
    const searchViewer = await this.viewers.load(viewer.id);
    // Drafts never use search syntax; misspelt words are corrected as in search.
    const result = await this.engine.search({
      ...(await toTextQuery(parseSearchText(text, 'plain'), searchViewer, this.lexicon)),
      types: ['post'],
      filters: { answeredOnly: true },
      viewer: searchViewer,
      limit: QUESTIONS_MINED,
      offset: 0,
      hitsOnly: true,
    });
    const candidates = result.hits.filter((h) => h.type === 'post').map((h) => h.id);
    if (candidates.length === 0) return [];
    const visible = [...(await this.posts.visibleIds(candidates, viewer.id))];
    if (visible.length === 0) return [];
    const rows: { author_id: string; accepted: number; replies: number; score: number }[] =
      // Fixed text: prepared once per connection, not parsed and planned on every keystroke.
      await preparedQuery(
        this.dataSource,
        `SELECT r.author_id,
                count(DISTINCT r.post_id) FILTER (WHERE r.accepted)::int AS accepted,
                count(DISTINCT r.post_id)::int AS replies,
                ($3::int * count(DISTINCT r.post_id) FILTER (WHERE r.accepted)
                  + $4::int * count(DISTINCT r.post_id))::int AS score
           FROM posts p
           CROSS JOIN LATERAL (
             (SELECT r.author_id, r.post_id, r.id = p.accepted_reply_id AS accepted FROM replies r
               WHERE r.post_id = p.id AND r.deleted_at IS NULL AND r.author_id <> p.author_id
                 AND NOT ${isHiddenSql('reply', 'r.id')}
               ORDER BY r.created_at, r.id LIMIT $6)
             UNION
             SELECT r.author_id, r.post_id, true FROM replies r
              WHERE r.id = p.accepted_reply_id AND r.deleted_at IS NULL AND r.author_id <> p.author_id
                AND NOT ${isHiddenSql('reply', 'r.id')}
           ) r
          WHERE p.id = ANY($1::uuid[]) AND r.author_id <> $2
          GROUP BY r.author_id
          ORDER BY score DESC, accepted DESC, r.author_id
          LIMIT $5`,
        [
          visible,
          viewer.id,
          EXPERT_WEIGHTS.acceptedAnswer,
          EXPERT_WEIGHTS.reply,
          first * 2,
          REPLIERS_PER_QUESTION,
        ],
      );
    const users = new Map(
      (await this.users.findByIds(rows.map((r) => r.author_id)))
        .filter((u) => u.status === UserStatus.ACTIVE)
        .map((u) => [u.id, u]),
    );
    return rows
      .filter((r) => users.has(r.author_id))
      .slice(0, first)
      .map((r) => ({
        user: toUserModel(users.get(r.author_id)!),
        acceptedAnswers: r.accepted,
        replies: r.replies,
        reason:
          r.accepted > 0
            ? `Answer accepted on ${r.accepted} similar question${r.accepted === 1 ? '' : 's'}`
            : `Replied to ${r.replies} similar question${r.replies === 1 ? '' : 's'}`,
      }));
  }
}
