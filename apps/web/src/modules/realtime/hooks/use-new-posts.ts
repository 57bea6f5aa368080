import { SocketEvent } from '@outloud/contracts';
import { useCallback, useState } from 'react';
import { useSocketEvent } from './use-socket-event';

/**
 * Counts posts announced by `post:created` (the server only sends those the viewer may see),
 * leaving the list where it is until the person asks for them. The viewer's own posts are
 * already in the list.
 */
export function useNewPosts(viewerId: string) {
  const [ids, setIds] = useState<readonly string[]>([]);
  useSocketEvent(SocketEvent.PostCreated, ({ postId, authorId }) => {
    if (authorId === viewerId) return;
    setIds((current) => (current.includes(postId) ? current : [...current, postId]));
  });
  const reset = useCallback(() => setIds([]), []);
  return { count: ids.length, reset };
}
