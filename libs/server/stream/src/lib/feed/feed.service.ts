import { Injectable } from '@nestjs/common';
import { Connection, createdAtCursor, cursorCodec, pageSize, Viewer } from '@outloud/server-core';
import type { Request } from 'express';
import { Post } from '../post/dto/post.model';
import { PostCards } from '../post/post-cards';
import { FeedConnection, FeedReason, FeedReasonKind, QuestionStatus } from './dto/feed.model';
import { FeedRepository } from './feed.repository';

type PageArgs = { first?: number | null; after?: string | null };
/** Questions are ranked (unanswered first...), then newest first. */
const QUESTIONS_CURSOR = cursorCodec({ rank: 'number', createdAt: 'timestamp', id: 'uuid' });

/** Reads of lists of posts: feeds, boards, discover, questions, tag pages. */
@Injectable()
export class FeedService {
  constructor(
    private readonly feeds: FeedRepository,
    private readonly cards: PostCards,
  ) {}

  async home(viewer: Viewer, args: PageArgs, req: Request): Promise<FeedConnection> {
    const limit = pageSize(args.first);
    const rows = await this.feeds.homeFeed(viewer.id, limit, createdAtCursor.decode(args.after));
    const page = rows.slice(0, limit);
    // The feed's rows are its cards already: only the people they show are left to load.
    const posts = await this.cards.prime(req, viewer.id, page);
    const edges = page
      .filter((r) => posts.has(r.id))
      .map((r) => ({
        cursor: createdAtCursor.encode({ createdAt: r.createdAt, id: r.id }),
        node: posts.get(r.id)!,
        reasons: dedupeReasons(
          r.reasons.map((x) => ({
            kind: x.kind as FeedReasonKind,
            tag: x.tag,
            userId: x.userId,
            label: '',
          })),
        ),
      }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async board(
    viewer: Viewer,
    ownerId: string,
    args: PageArgs,
    req: Request,
  ): Promise<Connection<Post>> {
    const limit = pageSize(args.first);
    return this.connection(
      req,
      viewer.id,
      await this.feeds.board(viewer.id, ownerId, limit, createdAtCursor.decode(args.after)),
      limit,
    );
  }

  async discover(
    viewer: Viewer,
    args: PageArgs,
    req: Request,
    filter: { tag?: string | null; communityId?: string | null; pinned?: boolean } = {},
  ): Promise<Connection<Post>> {
    const limit = pageSize(args.first);
    return this.connection(
      req,
      viewer.id,
      await this.feeds.discover(viewer.id, limit, createdAtCursor.decode(args.after), filter),
      limit,
    );
  }

  async questions(
    viewer: Viewer,
    args: PageArgs & {
      status?: QuestionStatus | null;
      tag?: string | null;
      communityId?: string | null;
    },
    req: Request,
  ): Promise<Connection<Post>> {
    const limit = pageSize(args.first);
    const after = QUESTIONS_CURSOR.decode(args.after);
    const rows = await this.feeds.questions(viewer.id, {
      limit,
      after,
      tag: args.tag ?? null,
      communityId: args.communityId ?? null,
      status: args.status ?? QuestionStatus.ALL,
    });
    const page = rows.slice(0, limit);
    const posts = await this.load(
      req,
      viewer.id,
      page.map((r) => r.id),
    );
    const edges = page.map((r) => ({
      cursor: QUESTIONS_CURSOR.encode({ rank: r.rank, createdAt: r.createdAt, id: r.id }),
      node: posts.get(r.id)!,
    }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  private async connection(
    req: Request,
    viewerId: string,
    ids: string[],
    limit: number,
  ): Promise<Connection<Post>> {
    const pageIds = ids.slice(0, limit);
    const posts = await this.load(req, viewerId, pageIds);
    const nodes = pageIds.map((id) => posts.get(id)!).filter(Boolean);
    const edges = nodes.map((node) => ({
      node,
      cursor: createdAtCursor.encode(node),
    }));
    return {
      edges,
      nodes,
      pageInfo: { hasNextPage: ids.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** The page's cards, loaders primed (`PostCards`). */
  private load(req: Request, viewerId: string, ids: string[]): Promise<Map<string, Post>> {
    return this.cards.byIds(req, viewerId, ids);
  }
}

function dedupeReasons(reasons: FeedReason[]): FeedReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.kind}:${r.userId ?? ''}:${r.tag ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
