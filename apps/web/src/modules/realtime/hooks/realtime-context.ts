import type {
  ClientToServerEvents,
  JoinAck,
  JoinableRoom,
  ServerToClientEvents,
} from '@outloud/contracts';
import { createContext, use } from 'react';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

export type RealtimeEvent = keyof ServerToClientEvents;
export type RealtimeHandler<E extends RealtimeEvent> = ServerToClientEvents[E];
export type { ClientToServerEvents };

export interface Realtime {
  state: ConnectionState;
  /** Listens to a server event; returns the function that stops listening. */
  subscribe<E extends RealtimeEvent>(event: E, handler: RealtimeHandler<E>): () => void;
  /** Joins a room (kept across reconnects) until the returned function is called. */
  joinRoom(room: JoinableRoom): () => void;
  /** Called after every (re)connection, once rooms are rejoined. */
  onConnect(handler: () => void): () => void;
}

export type { JoinAck };

const noop = () => undefined;

/** Outside the provider (tests, public pages) nothing is live. */
export const OFFLINE_REALTIME: Realtime = {
  state: 'connecting',
  subscribe: () => noop,
  joinRoom: () => noop,
  onConnect: () => noop,
};

export const RealtimeContext = createContext<Realtime>(OFFLINE_REALTIME);

export function useRealtime(): Realtime {
  return use(RealtimeContext);
}
