import { Inject, Injectable } from '@nestjs/common';
import { UserStatus } from '@outloud/contracts';
import { toUserModel, UserRepository } from '@outloud/identity';
import { BadUserInputError, cleanLine, Viewer } from '@outloud/server-core';
import { PostRepository } from '@outloud/stream';
import { parseSearchText } from '../query/search-text-parser';
import { toTextQuery } from '../query/text-query';
import { searchedPart } from '../search.schemas';
import { SearchLexicon } from '../spelling/search-lexicon';
import { SearchViewerRepository } from '../search-viewer.repository';
import { SEARCH_ENGINE, SearchEngine } from '../search.types';
import { AnswerersSource } from './answerers.source';
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
    private readonly answerers: AnswerersSource,
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
    const rows = await this.answerers.rank(visible, viewer.id, {
      weights: EXPERT_WEIGHTS,
      limit: first * 2,
      repliersPerQuestion: REPLIERS_PER_QUESTION,
    });
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
