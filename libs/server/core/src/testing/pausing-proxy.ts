import { connect, createServer, Server, Socket } from 'node:net';

export interface PausingProxy {
  /** The database URL rewritten to go through the proxy. */
  url: string;
  /** Stops forwarding bytes both ways: the database seems stalled (connections stay open). */
  pause(): void;
  /** Forwards again, including what was held back. */
  resume(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 in front of PostgreSQL that can stall every connection, as a frozen
 * server, a full disk or a network partition does: nothing is refused, nothing answers.
 */
export async function startPausingProxy(databaseUrl: string): Promise<PausingProxy> {
  const target = new URL(databaseUrl);
  const port = Number(target.port || 5432);
  // The embedded server is reached through its Unix socket: the host is the socket's directory,
  // URL-encoded (`postgres://u:p@%2Fdata%2Fdir:port/db`) or given as `?host=/dir`.
  const host = decodeURIComponent(target.hostname);
  const socketDir = target.searchParams.get('host') ?? (host.startsWith('/') ? host : null);
  const upstreamOf = () =>
    socketDir ? connect({ path: `${socketDir}/.s.PGSQL.${port}` }) : connect(port, target.hostname);
  const sockets = new Set<Socket>();
  const held: [Socket, Buffer][] = [];
  let paused = false;
  const forward = (to: Socket) => (chunk: Buffer) => {
    if (paused) held.push([to, chunk]);
    else to.write(chunk);
  };
  const server: Server = createServer((client) => {
    const upstream = upstreamOf();
    sockets.add(client).add(upstream);
    client.on('data', forward(upstream));
    upstream.on('data', forward(client));
    const end = () => {
      for (const s of [client, upstream]) {
        sockets.delete(s);
        s.destroy();
      }
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String((server.address() as { port: number }).port);
  proxied.searchParams.delete('host');
  return {
    url: proxied.toString(),
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
      for (const [to, chunk] of held.splice(0)) if (!to.destroyed) to.write(chunk);
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
