import express from 'express';
import { request, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import pino from 'pino';
import { accessLog, requestLogLevel } from './access-log';
import { requestContextMiddleware } from './request-context.middleware';

describe('requestLogLevel', () => {
  it('logs a success as one info line in production and at debug level in development', () => {
    expect(requestLogLevel(200, 'production')).toBe('info');
    expect(requestLogLevel(200, 'development')).toBe('debug');
    expect(requestLogLevel(304, 'test')).toBe('debug');
  });

  it('always logs failures', () => {
    for (const env of ['production', 'development']) {
      expect(requestLogLevel(404, env)).toBe('warn');
      expect(requestLogLevel(503, env)).toBe('warn');
      expect(requestLogLevel(500, env)).toBe('error');
    }
  });
});

describe('accessLog', () => {
  const lines: Record<string, unknown>[] = [];
  const servers: Server[] = [];

  const children = jest.fn();

  /** An app with the access log at `level`, as `nodeEnv`; resolves its base URL. */
  async function start(level: string, nodeEnv: string): Promise<string> {
    const logger = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line)) });
    // pino-http built a child logger per request, the cost this middleware exists to avoid.
    const child = logger.child.bind(logger);
    logger.child = ((...args: Parameters<typeof child>) => {
      children();
      return child(...args);
    }) as typeof logger.child;
    const app = express();
    app.use(requestContextMiddleware);
    app.use(accessLog(logger, nodeEnv));
    app.get('/ok', (_req, res) => {
      res.json({ ok: true });
    });
    app.get('/boom', (_req, res) => {
      res.status(500).json({ error: 'boom' });
    });
    app.get('/slow', () => undefined); // never answers: the client gives up
    app.get('/healthz', (_req, res) => {
      res.send('ok');
    });
    const server = app.listen(0, '127.0.0.1');
    servers.push(server);
    await new Promise((r) => server.once('listening', r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  function get(url: string, headers: Record<string, string> = {}): Promise<number> {
    return new Promise((resolve, reject) => {
      request(url, { headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
        .on('error', reject)
        .end();
    });
  }

  /** The lines logged so far, after the server's `finish` handlers have run. */
  async function logged(): Promise<Record<string, unknown>[]> {
    await new Promise((r) => setTimeout(r, 20));
    return lines.splice(0);
  }

  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('writes one info line per request in production: id, method, path and status, no headers or query', async () => {
    const base = await start('info', 'production');
    await get(`${base}/ok?q=secret+words`, {
      cookie: 'outloud_session=abc',
      'x-request-id': 'request-0001',
    });
    const [line, ...more] = await logged();
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { id: 'request-0001', method: 'GET', path: '/ok' },
      res: { statusCode: 200 },
    });
    expect(typeof line.responseTime).toBe('number');
    expect(JSON.stringify(line)).not.toMatch(/secret|outloud_session/);
  });

  it('writes nothing for a success when its level is off, and still logs failures', async () => {
    const base = await start('warn', 'production');
    expect(await get(`${base}/ok`)).toBe(200);
    expect(await get(`${base}/missing`)).toBe(404);
    expect(await get(`${base}/boom`)).toBe(500);
    const lines = await logged();
    expect(children).not.toHaveBeenCalled();
    expect(
      lines.map((l) => [l.level, l.msg, (l.res as { statusCode: number }).statusCode]),
    ).toEqual([
      [40, 'request completed', 404],
      [50, 'request errored', 500],
    ]);
  });

  it('never logs the health probes', async () => {
    const base = await start('debug', 'development');
    await get(`${base}/healthz`);
    expect(await logged()).toEqual([]);
  });

  it('logs a request the client abandoned once, marked aborted', async () => {
    const base = await start('debug', 'development');
    await new Promise<void>((resolve) => {
      const req = request(`${base}/slow`);
      req.on('error', () => resolve());
      req.end();
      setTimeout(() => req.destroy(), 50);
    });
    await new Promise((r) => setTimeout(r, 50));
    const lines = await logged();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 20, aborted: true, req: { path: '/slow' } });
  });
});
