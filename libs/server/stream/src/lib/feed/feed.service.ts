import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  Connection,
  decodeCursor,
  encodeCursor,
  pageSize,
  Viewer,
} from '@outloud/server-core';
import {
  FeedConnection,
  FeedReason,
  FeedReasonKind,
  Post,
  QuestionStatus,
} from '../post/dto/post.model';
import { toPostModel } from '../post/post.mapper';
import { FeedCursor, PostRepository } from '../post/post.repository';
import { PostEntity } from '../post/post.entity';

type PageArgs = { first?: number | null; after?: string | null };

/** Reads of lists of posts: feeds, boards, discover, questions, tag pages. */
@Injectable()
export class FeedService {
  constructor(private readonly posts: PostRepository) {}

  async home(viewer: Viewer, args: PageArgs): Promise<FeedConnection> {
    const limit = pageSize(args.first);
    const rows = await this.posts.homeFeed(viewer.id, limit, feedCursor(args.after));
    const page = rows.slice(0, limit);
    const posts = await this.load(page.map((r) => r.id));
    const edges = page
      .filter((r) => posts.has(r.id))
      .map((r) => ({
        cursor: encodeCursor([new Date(r.createdAt).toISOString(), r.id]),
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

  async board(viewer: Viewer, ownerId: string, args: PageArgs): Promise<Connection<Post>> {
    const limit = pageSize(args.first);
    return this.connection(
      await this.posts.board(viewer.id, ownerId, limit, feedCursor(args.after)),
      limit,
    );
  }

  async discover(
    viewer: Viewer,
    args: PageArgs,
    filter: { tag?: string | null; communityId?: string | null; pinned?: boolean } = {},
  ): Promise<Connection<Post>> {
    const limit = pageSize(args.first);
    return this.connection(
      await this.posts.discover(viewer.id, limit, feedCursor(args.after), filter),
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
  ): Promise<Connection<Post>> {
    const limit = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ['number', 'string', 'string']) : null;
    const rows = await this.posts.questions(viewer.id, {
      limit,
      after: after
        ? { rank: after[0] as number, createdAt: after[1] as string, id: after[2] as string }
        : null,
      tag: args.tag ?? null,
      communityId: args.communityId ?? null,
      status: args.status ?? QuestionStatus.ALL,
    });
    const page = rows.slice(0, limit);
    const posts = await this.load(page.map((r) => r.id));
    const edges = page.map((r) => ({
      cursor: encodeCursor([r.rank, new Date(r.createdAt).toISOString(), r.id]),
      node: posts.get(r.id)!,
    }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  private async connection(ids: string[], limit: number): Promise<Connection<Post>> {
    const pageIds = ids.slice(0, limit);
    const posts = await this.load(pageIds);
    const nodes = pageIds.map((id) => posts.get(id)!).filter(Boolean);
    const edges = nodes.map((node) => ({
      node,
      cursor: encodeCursor([node.createdAt.toISOString(), node.id]),
    }));
    return {
      edges,
      nodes,
      pageInfo: { hasNextPage: ids.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  private async load(ids: string[]): Promise<Map<string, Post>> {
    const entities: PostEntity[] = await this.posts.findByIds(ids);
    return new Map(entities.map((p) => [p.id, toPostModel(p)]));
  }
}

export function feedCursor(after: string | null | undefined): FeedCursor | null {
  if (!after) return null;
  const [createdAt, id] = decodeCursor(after, ['string', 'string']) as [string, string];
  if (Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw BadUserInputError.field(
      ['after'],
      'This cursor is not valid; start again from the first page.',
    );
  }
  return { createdAt, id };
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
