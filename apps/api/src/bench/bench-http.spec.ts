import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { BenchHttp } from './bench-http';

describe('BenchHttp (the load generator’s client)', () => {
  let server: Server;
  let url: string;
  let connections = 0;
  const seen: { headers: IncomingMessage['headers']; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        seen.push({ headers: req.headers, body });
        if (body === 'slow') return; // never answers
        res.statusCode = body === 'teapot' ? 418 : 200;
        res.end(JSON.stringify({ echoed: body, big: 'é'.repeat(40_000) }));
      });
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('posts the body with its headers and reads a whole multi-chunk answer as UTF-8', async () => {
    const http = new BenchHttp();
    const res = await http.post(url, { cookie: 'sid=1', 'content-type': 'application/json' }, 'ü');
    http.close();
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ echoed: 'ü', big: 'é'.repeat(40_000) });
    const last = seen[seen.length - 1];
    expect(last.headers.cookie).toBe('sid=1');
    expect(last.headers['content-length']).toBe('2'); // bytes, not characters
  });

  it('keeps one connection alive across requests and reports a non-200 status', async () => {
    const http = new BenchHttp();
    const before = connections;
    for (let i = 0; i < 5; i++) await http.post(url, {}, `n${i}`);
    expect((await http.post(url, {}, 'teapot')).status).toBe(418);
    http.close();
    expect(connections - before).toBe(1);
  });

  it('fails a request that gets no answer within its timeout', async () => {
    const http = new BenchHttp(200);
    await expect(http.post(url, {}, 'slow')).rejects.toThrow(/within 200 ms/);
    http.close();
  });
});
