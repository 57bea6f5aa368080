import type { NotificationCreatedPayload, PostCreatedPayload } from '@outloud/contracts';
import { NotificationType } from '@outloud/contracts';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import {
  OFFLINE_REALTIME,
  RealtimeContext,
  type ConnectionState,
  type Realtime,
} from '../../hooks/realtime-context';
import { useNewPosts } from '../../hooks/use-new-posts';
import { NewPostsBanner } from '../new-posts-banner';
import { OfflineIndicator } from '../offline-indicator';

type Listener = (payload: unknown) => void;

/** A realtime context driven by the test: `emit` plays a server event. */
function fakeRealtime(state: ConnectionState) {
  const listeners = new Map<string, Set<Listener>>();
  const realtime: Realtime = {
    ...OFFLINE_REALTIME,
    state,
    subscribe: (event, handler) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(handler as Listener);
      listeners.set(event, set);
      return () => set.delete(handler as Listener);
    },
  };
  const emit = (event: string, payload: PostCreatedPayload | NotificationCreatedPayload) =>
    act(() => listeners.get(event)?.forEach((listener) => listener(payload)));
  return { realtime, emit };
}

describe('OfflineIndicator', () => {
  it('says "Reconnecting…" in a polite live region only while reconnecting', () => {
    const { rerender } = render(
      <RealtimeContext value={fakeRealtime('connected').realtime}>
        <OfflineIndicator />
      </RealtimeContext>,
    );
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    rerender(
      <RealtimeContext value={fakeRealtime('reconnecting').realtime}>
        <OfflineIndicator />
      </RealtimeContext>,
    );
    expect(screen.getByRole('status').textContent).toMatch(/^Reconnecting…/);
  });
});

function Feed({ onShow }: { onShow: () => Promise<unknown> }) {
  const { count, reset } = useNewPosts('me');
  const [shown, setShown] = useState(0);
  return (
    <>
      <NewPostsBanner
        count={count}
        onShow={async () => {
          await onShow();
          setShown(count);
          reset();
        }}
      />
      <p>shown {shown}</p>
    </>
  );
}

describe('new posts banner', () => {
  it('counts other people’s new posts once each and loads them on click', async () => {
    const { realtime, emit } = fakeRealtime('connected');
    const onShow = jest.fn(() => Promise.resolve());
    render(
      <RealtimeContext value={realtime}>
        <Feed onShow={onShow} />
      </RealtimeContext>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    const post = (postId: string, authorId: string) => ({ postId, authorId, communityId: null });
    emit('post:created', post('p1', 'ana'));
    emit('post:created', post('p1', 'ana'));
    emit('post:created', post('p2', 'me'));
    expect(screen.getByRole('button').textContent).toContain('1 new post');
    emit('post:created', post('p3', 'bo'));
    expect(screen.getByRole('button').textContent).toContain('2 new posts');
    expect(onShow).not.toHaveBeenCalled();

    await act(async () => {
      fireEvent.click(screen.getByRole('button'));
    });
    expect(onShow).toHaveBeenCalledTimes(1);
    expect(screen.getByText('shown 2')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('ignores other events', () => {
    const { realtime, emit } = fakeRealtime('connected');
    render(
      <RealtimeContext value={realtime}>
        <Feed onShow={() => Promise.resolve()} />
      </RealtimeContext>,
    );
    emit('notification:created', {
      unreadCount: 1,
      notification: {
        id: '1',
        type: NotificationType.MENTIONED,
        createdAt: new Date().toISOString(),
        postId: 'p1',
        replyId: null,
        excerpt: null,
        actors: [],
        actorCount: 1,
        replacesId: null,
        questionCount: null,
        moderation: null,
      },
    });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
