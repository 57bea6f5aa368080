import { Agent, request } from 'node:http';

/** What the load generator needs of a response: its status and its body as text. */
export interface BenchResponse {
  status: number;
  text: string;
}

/**
 * The load generator's HTTP client: `node:http` over kept-alive connections. The bench shares
 * the machine with the server it measures, so its own CPU is taken from the server's: on two
 * cores `fetch` cost about 0.8 ms of client CPU a request against 0.27 ms for this (17–25 KB
 * answers, 8 outstanding). Login, readiness and uploads keep `fetch` (a few requests a run).
 */
export class BenchHttp {
  private readonly agent = new Agent({ keepAlive: true });

  constructor(private readonly timeoutMs = 10_000) {}

  /** POSTs `body` to `url` and reads the whole answer; one that goes `timeoutMs` without a byte fails. */
  post(url: string, headers: Record<string, string>, body: string): Promise<BenchResponse> {
    const payload = Buffer.from(body);
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          agent: this.agent,
          headers: { ...headers, 'content-length': String(payload.length) },
          // Bounded: a stuck request counts as an error instead of stalling the run.
          timeout: this.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      req.on('timeout', () =>
        req.destroy(new Error(`No answer from ${url} within ${this.timeoutMs} ms`)),
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Closes the kept-alive connections (the run is over). */
  close(): void {
    this.agent.destroy();
  }
}
