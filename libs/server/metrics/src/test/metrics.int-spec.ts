import { IdentityModule } from '@outloud/identity';
import { RealtimeModule } from '@outloud/realtime';
import { createTestApp, signUpPerson, TestApp, TestPerson } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { io as connectSocket, Socket } from 'socket.io-client';
import { MetricsModule } from '../index';

// /metrics scraped over HTTP like Prometheus does, after real traffic.
const TOKEN = 'scrape-me-please-0123456789';
let t: TestApp;
let person: TestPerson;
let socket: Socket;

async function scrape(token: string | null = TOKEN, app: TestApp = t) {
  const res = await fetch(`${app.url}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** The value of one sample, e.g. value(text, 'outloud_socket_connections'). */
function value(text: string, sample: string): number | null {
  const escaped = sample.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${escaped} (\\S+)$`, 'm').exec(text);
  return match ? Number(match[1]) : null;
}

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule, StreamModule, RealtimeModule, MetricsModule],
    config: { METRICS_TOKEN: TOKEN },
  });
  person = await signUpPerson(t, 'scripted', { password: 'correct horse battery' });
});
afterAll(async () => {
  socket?.close();
  await t?.close();
});

describe('/metrics', () => {
  it('refuses a scrape without the token or with a wrong one', async () => {
    expect((await scrape(null)).status).toBe(401);
    expect((await scrape('not-the-token-at-all')).status).toBe(401);
  });

  it('does not exist without METRICS_TOKEN', async () => {
    const other = await createTestApp({
      imports: [MetricsModule],
      graphql: false,
      shareDatabaseOf: t,
    });
    try {
      expect((await scrape(TOKEN, other)).status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('reports latency per operation, errors by code, outbox queues, sockets, pool and event loop', async () => {
    for (let i = 0; i < 3; i++) await person.client.ok(`query Me { viewer { id } }`);
    await person.client.ok(`mutation Share { createPost(input: { body: "Metrics day" }) { id } }`);
    await person.client.request(`mutation Share { createPost(input: { body: "" }) { id } }`);
    await person.client.request(`query Nope { nothingHere }`);
    socket = connectSocket(t.url, {
      transports: ['websocket'],
      extraHeaders: { cookie: person.client.cookieHeader },
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });

    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    expect(
      value(text, 'outloud_graphql_request_duration_seconds_count{operation="Me",type="query"}'),
    ).toBe(3);
    expect(
      value(
        text,
        'outloud_graphql_request_duration_seconds_count{operation="Share",type="mutation"}',
      ),
    ).toBe(2);
    expect(value(text, 'outloud_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
    expect(value(text, 'outloud_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    // The outbox worker is off in tests: the post's jobs wait.
    const pending = [
      ...text.matchAll(/^outloud_outbox_pending_jobs\{handler="([^"]+)"\} (\S+)$/gm),
    ];
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.some(([, , n]) => Number(n) > 0)).toBe(true);
    expect(text).toMatch(/^outloud_outbox_oldest_job_age_seconds\{handler="[^"]+"\} \S+$/m);
    expect(value(text, 'outloud_socket_connections')).toBe(1);
    expect(value(text, 'outloud_db_pool_connections{state="total"}')).toBeGreaterThan(0);
    expect(value(text, 'outloud_db_pool_connections{state="waiting"}')).not.toBeNull();
    expect(text).toMatch(/^outloud_nodejs_eventloop_lag_seconds \S+$/m);
    expect(text).toMatch(/^outloud_process_resident_memory_bytes \S+$/m);
  });

  it('keeps label values bounded: odd operation names count as "other"', async () => {
    await person.client.request(`query ${'x'.repeat(70)} { viewer { id } }`);
    const { text } = await scrape();
    expect(text).not.toContain('x'.repeat(70));
    expect(
      value(text, 'outloud_graphql_request_duration_seconds_count{operation="other",type="query"}'),
    ).toBe(1);
  });
});
