import { isReference, type Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { SocketEvent } from '@outloud/contracts';
import { useEffect, useRef, useState } from 'react';
import { ReplyFieldsFragmentDoc } from '../../../generated/graphql';
import { LiveAcceptedAnswerQuery, LiveRepliesQuery } from '../graphql/live.operations';
import { useRoom, useSocketEvent } from './use-socket-event';

interface RepliesPage {
  nodes: readonly Reference[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/**
 * An open post page follows its `post:<id>` room: new replies are appended below those shown
 * (without refetching loaded pages, without duplicates by id) and an accepted answer is pinned.
 * Returns a short text for a polite status region.
 */
export function useLivePost(
  postId: string,
  replies: { pageInfo: { endCursor?: string | null; hasNextPage: boolean } } | null,
): string {
  const client = useApolloClient();
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef(replies);
  useEffect(() => {
    latest.current = replies;
  });
  useRoom(postId ? `post:${postId}` : null);

  const appendNewReplies = async () => {
    const shown = latest.current;
    if (!shown) return;
    const { data } = await client.query({
      query: LiveRepliesQuery,
      variables: { id: postId, after: shown.pageInfo.endCursor ?? null },
      fetchPolicy: 'no-cache',
    });
    const fresh = data?.post;
    if (!fresh) return;
    const { cache } = client;
    const refs = fresh.replies.nodes.map((reply) =>
      cache.writeFragment({
        fragment: ReplyFieldsFragmentDoc,
        fragmentName: 'ReplyFields',
        data: { ...reply, __typename: 'Reply' } as typeof reply,
      }),
    );
    let added = 0;
    cache.modify<{ replies: RepliesPage; replyCount: number }>({
      id: cache.identify({ __typename: 'Post', id: postId }),
      fields: {
        replyCount: (count) => Math.max(count, fresh.replyCount),
        replies: (page) => {
          // With older pages still to load, "Show more replies" reaches the new ones.
          if (isReference(page) || page.pageInfo.hasNextPage) return page;
          const known = new Set(page.nodes.map((ref) => ref.__ref));
          const extra = refs.filter((ref): ref is Reference => !!ref && !known.has(ref.__ref));
          added = extra.length;
          if (added === 0) return page;
          return {
            ...page,
            nodes: [...page.nodes, ...extra],
            pageInfo: { ...page.pageInfo, ...fresh.replies.pageInfo },
          };
        },
      },
    });
    if (added > 0)
      setAnnouncement(added === 1 ? 'A new reply arrived.' : `${added} new replies arrived.`);
  };

  useSocketEvent(SocketEvent.ReplyCreated, (payload) => {
    if (payload.postId !== postId) return;
    void appendNewReplies().catch(() => undefined);
  });

  useSocketEvent(SocketEvent.AnswerAccepted, (payload) => {
    if (payload.postId !== postId) return;
    void client
      .query({
        query: LiveAcceptedAnswerQuery,
        variables: { id: postId },
        fetchPolicy: 'network-only',
      })
      .then(({ data }) => {
        const author = data?.post?.acceptedAnswer?.author.displayName;
        if (author) setAnnouncement(`${author}’s reply was accepted as the answer.`);
      })
      .catch(() => undefined);
  });

  return announcement;
}
