import type { ClientToServerEvents, JoinableRoom, ServerToClientEvents } from '@outloud/contracts';
import { SocketCommand } from '@outloud/contracts';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { io, type Socket } from 'socket.io-client';
import {
  RealtimeContext,
  type ConnectionState,
  type Realtime,
  type RealtimeEvent,
  type RealtimeHandler,
} from '../hooks/realtime-context';
import { backoffDelay } from '../utils/backoff';
import { RoomRegistry } from '../utils/room-registry';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Injected by tests; the app connects to its own origin with the session cookie. */
export type SocketFactory = () => ClientSocket;

const defaultFactory: SocketFactory = () =>
  io({
    path: '/socket.io',
    withCredentials: true,
    // WebSocket first (an HTTP process of several accepts nothing else), long-polling where a
    // proxy or the network blocks it.
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    autoConnect: false,
    reconnection: true,
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 15_000,
    randomizationFactor: 0.5,
  });

/**
 * One socket per signed-in tab: connection state, typed event subscriptions and rooms that are
 * joined again after every reconnect. socket.io retries dropped connections with backoff; when the
 * server refuses or ends the connection itself (it does not retry then), we retry with backoff.
 */
export function RealtimeProvider({
  children,
  createSocket = defaultFactory,
}: {
  children: ReactNode;
  createSocket?: SocketFactory;
}) {
  const [state, setState] = useState<ConnectionState>('connecting');
  const [socket] = useState(createSocket);
  const rooms = useRef(new RoomRegistry());
  const connectHandlers = useRef(new Set<() => void>());

  useEffect(() => {
    let attempt = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const retryLater = () => {
      clearTimeout(retry);
      retry = setTimeout(() => socket.connect(), backoffDelay(attempt++));
    };
    const onConnect = () => {
      attempt = 0;
      setState('connected');
      for (const room of rooms.current.rooms()) {
        socket.emit(SocketCommand.Join, { room }, () => undefined);
      }
      for (const handler of connectHandlers.current) handler();
    };
    const onDisconnect = (reason: string) => {
      setState('reconnecting');
      // The client's own disconnect (unmount) is final; a server-side one is not retried by
      // socket.io itself.
      if (reason === 'io server disconnect') retryLater();
    };
    const onConnectError = () => {
      setState('reconnecting');
      if (!socket.active) retryLater();
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    socket.connect();
    return () => {
      clearTimeout(retry);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
      socket.disconnect();
    };
  }, [socket]);

  const subscribe = useCallback(
    <E extends RealtimeEvent>(event: E, handler: RealtimeHandler<E>) => {
      // socket.io's typed `on` cannot follow a generic event name; the map is the contract.
      const target = socket as unknown as {
        on: (e: string, h: unknown) => void;
        off: (e: string, h: unknown) => void;
      };
      target.on(event, handler);
      return () => target.off(event, handler);
    },
    [socket],
  );

  const joinRoom = useCallback(
    (room: JoinableRoom) => {
      if (rooms.current.add(room) && socket.connected) {
        socket.emit(SocketCommand.Join, { room }, () => undefined);
      }
      return () => {
        if (rooms.current.remove(room) && socket.connected) {
          socket.emit(SocketCommand.Leave, { room }, () => undefined);
        }
      };
    },
    [socket],
  );

  const onConnect = useCallback((handler: () => void) => {
    connectHandlers.current.add(handler);
    return () => {
      connectHandlers.current.delete(handler);
    };
  }, []);

  const value = useMemo<Realtime>(
    () => ({ state, subscribe, joinRoom, onConnect }),
    [state, subscribe, joinRoom, onConnect],
  );
  return <RealtimeContext value={value}>{children}</RealtimeContext>;
}
