import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { connect, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { createTestApp, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { FilesModule } from '../index';

/**
 * U6: uploads cannot exhaust the server. Per-person uploads in flight (429), the storage quota
 * (413 QUOTA_EXCEEDED, before or while streaming, and across parallel uploads), and an idle
 * timeout for clients that stop sending (slow-loris). Real server, real disk, raw sockets.
 */

const PASSWORD = 'correct horse battery';
const KB = 1024;
const QUOTA = 100 * KB;
const FILE_MAX = 64 * KB;
const BOUNDARY = 'limitsboundary';

let t: TestApp;
let dataDir: string;
const people = {} as Record<'ana' | 'bo' | 'cy' | 'di', GraphqlClient>;

async function signUp(handle: string): Promise<GraphqlClient> {
  const c = t.client();
  await c.ok(`mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`, {
    i: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD },
  });
  return c;
}

async function upload(c: GraphqlClient, content: Buffer | string, name: string, path?: string) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${t.url}${path ?? '/files/uploads'}`, {
    method: 'POST',
    headers: { cookie: c.cookieHeader, 'x-outloud-csrf': '1' },
    body: form,
  });
  const body = (await res.json()) as {
    file?: { id: string };
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  return { status: res.status, body, code: body.errors?.[0]?.extensions.code, id: body.file?.id };
}

/**
 * A hand-written multipart upload on a raw socket: sends the head of the form and `firstBytes`
 * of the file, then only what the test writes. The body never completes on its own.
 */
function slowUpload(c: GraphqlClient, firstBytes = 100) {
  const socket: Socket = connect(Number(new URL(t.url).port), '127.0.0.1');
  let response = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => (response += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const partHead = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="slow.txt"\r\nContent-Type: text/plain\r\n\r\n`;
  socket.write(
    [
      'POST /files/uploads HTTP/1.1',
      'Host: 127.0.0.1',
      `Cookie: ${c.cookieHeader}`,
      'x-outloud-csrf: 1',
      `Content-Type: multipart/form-data; boundary=${BOUNDARY}`,
      `Content-Length: ${partHead.length + 10_000}`,
      '',
      '',
    ].join('\r\n') +
      partHead +
      'a'.repeat(firstBytes),
  );
  return {
    socket,
    closed,
    response: () => response,
    /** Keeps the upload alive by sending one byte every `ms`. */
    trickle(ms: number) {
      const timer = setInterval(() => socket.writable && socket.write('a'), ms);
      return () => clearInterval(timer);
    },
  };
}

async function filesOnDisk(): Promise<string[]> {
  const root = join(dataDir, 'files');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

async function rowCounts() {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*)::int FROM files) AS files, (SELECT count(*)::int FROM file_versions) AS versions`,
  );
  return row;
}

async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'outloud-upload-limits-'));
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, FilesModule],
    config: {
      DATA_DIR: dataDir,
      FILE_MAX_BYTES: FILE_MAX,
      FILE_QUOTA_BYTES: QUOTA,
      UPLOADS_PER_USER: 3,
      UPLOAD_IDLE_TIMEOUT_SECONDS: 1,
    },
  });
  people.ana = await signUp('ana');
  people.bo = await signUp('bo');
  people.cy = await signUp('cy');
  people.di = await signUp('di');
});
afterAll(async () => {
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('slow uploads (slow-loris)', () => {
  it('aborts an upload that stops sending: 408, connection closed, no record, no blob, no temp file', async () => {
    const rows = await rowCounts();
    const disk = await filesOnDisk();
    const started = Date.now();
    const slow = slowUpload(people.ana);
    // The temp file exists while the upload is running…
    await eventually(async () => (await filesOnDisk()).some((f) => f.startsWith('tmp/')));
    await slow.closed;
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(900);
    expect(waited).toBeLessThan(5000);
    expect(slow.response()).toMatch(/^HTTP\/1\.1 408 /);
    expect(slow.response()).toContain('"code":"REQUEST_TIMEOUT"');
    // …and is gone once it was stopped.
    expect(await rowCounts()).toEqual(rows);
    expect(await filesOnDisk()).toEqual(disk);
  });

  it('lets a slow upload live as long as bytes keep coming', async () => {
    const slow = slowUpload(people.ana);
    const stop = slow.trickle(300);
    await new Promise((r) => setTimeout(r, 1800));
    expect(slow.socket.destroyed).toBe(false);
    expect(slow.response()).toBe('');
    stop();
    slow.socket.destroy();
    await slow.closed;
  });
});

describe('uploads in flight per person', () => {
  it('refuses a fourth parallel upload with 429 RATE_LIMITED; others are not affected', async () => {
    const held = [slowUpload(people.bo), slowUpload(people.bo), slowUpload(people.bo)];
    const stops = held.map((h) => h.trickle(250));
    try {
      await eventually(
        async () => (await filesOnDisk()).filter((f) => f.startsWith('tmp/')).length >= 3,
      );
      const fourth = await upload(people.bo, 'fourth\n', 'fourth.txt');
      expect(fourth.status).toBe(429);
      expect(fourth.code).toBe('RATE_LIMITED');
      expect(fourth.body.errors?.[0].message).toMatch(/3 uploads in progress/);
      // Someone else uploads as usual meanwhile.
      expect((await upload(people.cy, 'other person\n', 'other.txt')).status).toBe(201);
    } finally {
      stops.forEach((stop) => stop());
      held.forEach((h) => h.socket.destroy());
      await Promise.all(held.map((h) => h.closed));
    }
    // The slots come back once those uploads are gone.
    await eventually(async () => (await upload(people.bo, 'after\n', 'after.txt')).status === 201);
    expect((await filesOnDisk()).filter((f) => f.startsWith('tmp/'))).toEqual([]);
  });
});

describe('storage quota', () => {
  const big = (kb: number, fill: string) => Buffer.alloc(kb * KB, fill);

  it('accepts uploads up to the quota, then refuses with 413 QUOTA_EXCEEDED and keeps nothing', async () => {
    const first = await upload(people.di, big(60, 'a'), 'first.txt');
    expect(first.status).toBe(201);
    const rows = await rowCounts();
    const disk = await filesOnDisk();
    // 60 KB used, 40 KB left: a 50 KB file (under the 64 KB file limit) does not fit.
    const over = await upload(people.di, big(50, 'b'), 'over.txt');
    expect(over.status).toBe(413);
    expect(over.code).toBe('QUOTA_EXCEEDED');
    expect(over.body.errors?.[0].extensions).toMatchObject({
      quotaBytes: QUOTA,
      usedBytes: 60 * KB,
    });
    expect(over.body.errors?.[0].message).toMatch(/storage quota.*60 KB of 100 KB/);
    // A new version counts too.
    const version = await upload(
      people.di,
      big(45, 'c'),
      'first.txt',
      `/files/${first.id}/versions`,
    );
    expect(version.code).toBe('QUOTA_EXCEEDED');
    expect(await rowCounts()).toEqual(rows);
    expect(await filesOnDisk()).toEqual(disk);
    // What still fits is accepted; deleting frees the room again.
    expect((await upload(people.di, big(30, 'd'), 'fits.txt')).status).toBe(201);
    await people.di.ok(`mutation ($id: ID!) { deleteFile(id: $id) { id } }`, { id: first.id });
    expect((await upload(people.di, big(50, 'e'), 'after-delete.txt')).status).toBe(201);
  });

  it('refuses while streaming when the size is not announced (chunked body)', async () => {
    const rows = await rowCounts();
    const disk = await filesOnDisk();
    // di uses 80 KB: a chunked 30 KB body is cut at the remaining 20 KB.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode(
            `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="chunked.txt"\r\n\r\n`,
          ),
        );
        controller.enqueue(new Uint8Array(big(30, 'f')));
        controller.enqueue(new TextEncoder().encode(`\r\n--${BOUNDARY}--\r\n`));
        controller.close();
      },
    });
    const res = await fetch(`${t.url}/files/uploads`, {
      method: 'POST',
      headers: {
        cookie: people.di.cookieHeader,
        'x-outloud-csrf': '1',
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions
        .code,
    ).toBe('QUOTA_EXCEEDED');
    await eventually(async () => (await filesOnDisk()).join() === disk.join());
    expect(await rowCounts()).toEqual(rows);
  });

  it('does not let parallel uploads that each fit go over the quota together', async () => {
    // cy: 70 KB used after this; two parallel 20 KB uploads: only one fits in the last 30 KB.
    expect((await upload(people.cy, big(60, 'g'), 'base.txt')).status).toBe(201);
    const [a, b] = await Promise.all([
      upload(people.cy, big(20, 'h'), 'a.txt'),
      upload(people.cy, big(20, 'i'), 'b.txt'),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 413]);
    expect([a.code, b.code]).toContain('QUOTA_EXCEEDED');
    const [row] = await t.dataSource.query(
      `SELECT sum(v.size_bytes)::int AS used FROM file_versions v JOIN users u ON u.id = v.uploaded_by WHERE u.handle = 'cy'`,
    );
    expect(row.used).toBeLessThanOrEqual(QUOTA);
    expect((await filesOnDisk()).filter((f) => f.startsWith('tmp/'))).toEqual([]);
  });
});
