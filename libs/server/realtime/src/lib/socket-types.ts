import type { ClientToServerEvents, ServerToClientEvents } from '@outloud/contracts';
import type { Viewer } from '@outloud/server-core';
import type { Server, Socket } from 'socket.io';

/** What the handshake stores on each socket. */
export interface SocketData {
  viewer: Viewer;
}

/** Between API nodes (through the adapter): ended sessions leave every node's session cache. */
export interface InterServerEvents {
  'sessions:revoked': (sessionIds: string[]) => void;
}

export type OutloudServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type OutloudSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

export const userRoom = (userId: string) => `user:${userId}`;
export const postRoom = (postId: string) => `post:${postId}`;
export const communityRoom = (communityId: string) => `community:${communityId}`;
/**
 * The sockets of everyone who follows a person: a new public post goes to one room, however many
 * followers its author has, and following someone changes rooms, not every later post's work.
 */
export const followersRoom = (userId: string) => `followers:${userId}`;
/** Every socket is also in its session's room, so ending a session can close exactly its sockets. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
