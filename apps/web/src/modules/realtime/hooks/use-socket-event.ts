import type { JoinableRoom } from '@outloud/contracts';
import { useEffect, useRef } from 'react';
import { useRealtime, type RealtimeEvent, type RealtimeHandler } from './realtime-context';

/** Calls the latest `handler` for every `event` while mounted. */
export function useSocketEvent<E extends RealtimeEvent>(event: E, handler: RealtimeHandler<E>) {
  const { subscribe } = useRealtime();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const forward = ((...args: Parameters<RealtimeHandler<E>>) =>
      (latest.current as (...a: typeof args) => void)(...args)) as RealtimeHandler<E>;
    return subscribe(event, forward);
  }, [event, subscribe]);
}

/** Stays in a `post:<id>` / `community:<id>` room while mounted (null: none). */
export function useRoom(room: JoinableRoom | null) {
  const { joinRoom } = useRealtime();
  useEffect(() => (room ? joinRoom(room) : undefined), [room, joinRoom]);
}

/** Calls the latest `handler` after every (re)connection. */
export function useOnConnect(handler: () => void) {
  const { onConnect } = useRealtime();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => onConnect(() => latest.current()), [onConnect]);
}
