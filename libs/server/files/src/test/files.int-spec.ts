import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CommunitiesModule } from '@outloud/communities';
import { parse as parseDisposition } from 'content-disposition';
import { IdentityModule } from '@outloud/identity';
import { OutboxService } from '@outloud/server-core';
import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { FilesModule } from '../index';

const PASSWORD = 'correct horse battery';
const MAX_BYTES = 64 * 1024;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

interface UploadedFile {
  id: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  version: number;
  downloadUrl: string;
  previewUrl: string;
}

let t: TestApp;
let dataDir: string;
const people = {} as Record<'ana' | 'bo' | 'cy', GraphqlClient>;
let restrictedId: string;
const events: [string, unknown][] = [];
let moderatedId: string;

async function signUp(handle: string): Promise<GraphqlClient> {
  const c = t.client();
  await c.ok(`mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`, {
    i: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD },
  });
  return c;
}

async function upload(
  c: GraphqlClient | null,
  content: Buffer | string,
  fields: Record<string, string> = {},
  options: { path?: string; csrf?: boolean; fileName?: string } = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([content]), options.fileName ?? fields.name ?? 'upload.bin');
  const res = await fetch(`${t.url}${options.path ?? '/files/uploads'}`, {
    method: 'POST',
    headers: {
      ...(c ? { cookie: c.cookieHeader } : {}),
      ...(options.csrf === false ? {} : { 'x-outloud-csrf': '1' }),
    },
    body: form,
  });
  const body = (await res.json()) as {
    file?: UploadedFile;
    errors?: { message: string; extensions: { code: string; fields?: { path: string }[] } }[];
  };
  return { status: res.status, body, file: body.file as UploadedFile };
}

const download = (c: GraphqlClient | null, url: string) =>
  fetch(`${t.url}${url}`, { headers: c ? { cookie: c.cookieHeader } : {} });

/** Every file under the data directory (blobs and temp files), relative to it. */
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
    `SELECT (SELECT count(*)::int FROM files) AS files, (SELECT count(*)::int FROM file_versions) AS versions,
            (SELECT count(*)::int FROM outbox_jobs) AS jobs`,
  );
  return row;
}

/** Nothing written: same rows, same files on disk. */
async function expectNothingLeftBehind(run: () => Promise<unknown>) {
  const rows = await rowCounts();
  const disk = await filesOnDisk();
  await run();
  expect(await rowCounts()).toEqual(rows);
  expect(await filesOnDisk()).toEqual(disk);
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'outloud-files-'));
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, FilesModule],
    config: { DATA_DIR: dataDir, FILE_MAX_BYTES: MAX_BYTES },
  });
  const outbox = t.app.get(OutboxService);
  for (const type of ['files.file.created', 'files.file.updated', 'files.file.deleted'] as const)
    outbox.on(type, 'test.recorder', async (payload) => void events.push([type, payload]));
  people.ana = await signUp('ana');
  people.bo = await signUp('bo');
  people.cy = await signUp('cy');
  const create = `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`;
  const r = await people.ana.ok<{ createCommunity: { id: string } }>(create, {
    i: { name: 'Board', slug: 'board', type: 'RESTRICTED' },
  });
  restrictedId = r.createCommunity.id;
  const m = await people.ana.ok<{ createCommunity: { id: string } }>(create, {
    i: { name: 'Mod', slug: 'mod', type: 'MODERATED' },
  });
  moderatedId = m.createCommunity.id;
  await people.ana.ok(
    `mutation ($id: ID!) { inviteToCommunity(communityId: $id, handle: "bo") { state } }`,
    { id: restrictedId },
  );
  await people.bo.ok(`mutation ($id: ID!) { joinCommunity(id: $id) { state } }`, {
    id: restrictedId,
  });
});
afterAll(async () => {
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('uploading, versions and downloads', () => {
  it('stores an upload by its hash, public by default, with the type from its bytes', async () => {
    const { status, file } = await upload(people.ana, PNG, {
      name: 'diagram.pdf',
      description: 'Network diagram',
      tags: 'network, #VPN',
    });
    expect(status).toBe(201);
    expect(file).toMatchObject({
      name: 'diagram.pdf',
      mimeType: 'image/png',
      sizeBytes: PNG.length,
      sha256: sha(PNG),
      version: 1,
    });
    const h = sha(PNG);
    expect(await filesOnDisk()).toContain(join(h.slice(0, 2), h.slice(2, 4), h));
    const seen = await people.cy.ok<{ file: { tags: string[]; owner: { handle: string } } }>(
      `query ($id: ID!) { file(id: $id) { tags owner { handle } } }`,
      { id: file.id },
    );
    expect(seen.file).toEqual({ tags: ['network', 'vpn'], owner: { handle: 'ana' } });
  });

  it('uploads a new version, keeps the history and serves any version', async () => {
    const v1 = (await upload(people.ana, 'Draft one\n', { name: 'guide.md' })).file;
    const v2 = await upload(
      people.ana,
      '# Guide\nFinal text\n',
      {},
      {
        path: `/files/${v1.id}/versions`,
        fileName: 'guide-final.md',
      },
    );
    expect(v2.status).toBe(201);
    expect(v2.file).toMatchObject({
      id: v1.id,
      version: 2,
      name: 'guide-final.md',
      mimeType: 'text/markdown',
    });
    const history = await people.bo.ok<{
      file: {
        versions: {
          version: number;
          sizeBytes: number;
          sha256: string;
          uploadedBy: { handle: string };
        }[];
      };
    }>(
      `query ($id: ID!) { file(id: $id) { versions { version sizeBytes sha256 uploadedBy { handle } } } }`,
      {
        id: v1.id,
      },
    );
    expect(history.file.versions).toEqual([
      {
        version: 2,
        sizeBytes: 19,
        sha256: sha('# Guide\nFinal text\n'),
        uploadedBy: { handle: 'ana' },
      },
      { version: 1, sizeBytes: 10, sha256: sha('Draft one\n'), uploadedBy: { handle: 'ana' } },
    ]);
    expect(await (await download(people.bo, `/files/${v1.id}/download`)).text()).toBe(
      '# Guide\nFinal text\n',
    );
    expect(await (await download(people.bo, `/files/${v1.id}/download?version=1`)).text()).toBe(
      'Draft one\n',
    );
    expect((await download(people.bo, `/files/${v1.id}/download?version=9`)).status).toBe(404);
    const [row] = await t.dataSource.query(`SELECT extracted_text FROM files WHERE id = $1`, [
      v1.id,
    ]);
    expect(row.extracted_text).toBe('# Guide\nFinal text\n');
  });

  it('refuses a new version from someone who is not the owner, storing nothing', async () => {
    const { file } = await upload(people.ana, 'mine\n', { name: 'mine.txt' });
    await expectNothingLeftBehind(async () => {
      const res = await upload(
        people.bo,
        'theirs\n',
        { name: 'x.txt' },
        {
          path: `/files/${file.id}/versions`,
        },
      );
      expect(res.status).toBe(403);
    });
  });

  it('counts downloads in total and per person, and likes once per person', async () => {
    const { file } = await upload(people.ana, PDF, { name: 'policy.pdf' });
    for (const who of [people.bo, people.bo, people.cy]) {
      const res = await download(who, file.downloadUrl);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
    }
    await people.bo.ok(`mutation ($id: ID!) { likeFile(id: $id) { id } }`, { id: file.id });
    const twice = await people.bo.request(`mutation ($id: ID!) { likeFile(id: $id) { id } }`, {
      id: file.id,
    });
    expect(errorCode(twice)).toBe('CONFLICT');
    await people.cy.ok(
      `mutation ($id: ID!) { commentOnFile(fileId: $id, body: "Using this one") { id } }`,
      {
        id: file.id,
      },
    );
    const data = await people.bo.ok<{ file: Record<string, unknown> }>(
      `query ($id: ID!) { file(id: $id) { downloadCount downloaderCount likeCount viewerHasLiked commentCount comments { body author { handle } } } }`,
      { id: file.id },
    );
    expect(data.file).toEqual({
      downloadCount: 3,
      downloaderCount: 2,
      likeCount: 1,
      viewerHasLiked: true,
      commentCount: 1,
      comments: [{ body: 'Using this one', author: { handle: 'cy' } }],
    });
    const popular = await people.cy.ok<{ d: { id: string }[]; l: { id: string }[] }>(
      `{ d: popularFiles(by: DOWNLOADS) { id } l: popularFiles(by: LIKES) { id } }`,
    );
    expect(popular.d[0].id).toBe(file.id);
    expect(popular.l[0].id).toBe(file.id);
  });

  it('does not count inline previews as downloads; an explicit download counts', async () => {
    const image = (await upload(people.ana, PNG, { name: 'chart.png' })).file;
    const counts = async () =>
      (
        await people.bo.ok<{ file: { downloadCount: number; downloaderCount: number } }>(
          `query ($id: ID!) { file(id: $id) { downloadCount downloaderCount previewUrl } }`,
          { id: image.id },
        )
      ).file;
    expect(image.previewUrl).toBe(`/files/${image.id}/preview`);
    for (const url of [image.previewUrl, image.previewUrl, `${image.previewUrl}?version=1`]) {
      const res = await download(people.bo, url);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
      expect(res.headers.get('content-disposition')).toMatch(/^inline;/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
    }
    const [downloaders] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM file_downloaders WHERE file_id = $1`,
      [image.id],
    );
    expect(downloaders.n).toBe(0);
    expect(await counts()).toMatchObject({ downloadCount: 0, downloaderCount: 0 });
    expect((await download(people.bo, image.downloadUrl)).status).toBe(200);
    expect(await counts()).toMatchObject({ downloadCount: 1, downloaderCount: 1 });
    // A text preview is served as text (never HTML) and does not count either.
    const text = (await upload(people.ana, '# Notes\n', { name: 'notes.md' })).file;
    const res = await download(people.cy, text.previewUrl);
    expect(await res.text()).toBe('# Notes\n');
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const [row] = await t.dataSource.query(`SELECT download_count FROM files WHERE id = $1`, [
      text.id,
    ]);
    expect(row.download_count).toBe(0);
  });

  it('serves downloads with safe headers: attachment for text, inline only for images and PDF', async () => {
    const text = (await upload(people.ana, 'plain words\n', { name: 'notes.txt' })).file;
    const res = await download(people.bo, text.downloadUrl);
    expect(parseDisposition(res.headers.get('content-disposition') ?? '')).toEqual({
      type: 'attachment',
      parameters: { filename: 'notes.txt' },
    });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const pdf = (await upload(people.ana, PDF, { name: 'p.pdf' })).file;
    expect((await download(people.bo, pdf.downloadUrl)).headers.get('content-disposition')).toMatch(
      /^inline;/,
    );
  });

  it('deletes a file and removes blobs no version uses any more', async () => {
    const shared = Buffer.from('shared content\n');
    const a = (await upload(people.ana, shared, { name: 'a.txt' })).file;
    const b = (await upload(people.ana, shared, { name: 'b.txt' })).file;
    const h = sha(shared);
    const blob = join(h.slice(0, 2), h.slice(2, 4), h);
    await people.ana.ok(`mutation ($id: ID!) { deleteFile(id: $id) { id } }`, { id: a.id });
    expect(await filesOnDisk()).toContain(blob); // b still uses it
    const notMine = await people.bo.request(`mutation ($id: ID!) { deleteFile(id: $id) { id } }`, {
      id: b.id,
    });
    expect(errorCode(notMine)).toBe('FORBIDDEN');
    await people.ana.ok(`mutation ($id: ID!) { deleteFile(id: $id) { id } }`, { id: b.id });
    expect(await filesOnDisk()).not.toContain(blob);
    expect((await download(people.ana, b.downloadUrl)).status).toBe(404);
  });

  it('hands files to search through the outbox: created, updated, deleted, with ids only', async () => {
    await t.drainOutbox();
    events.length = 0;
    const { file } = await upload(people.ana, 'searchable words\n', { name: 'find-me.txt' });
    await people.ana.ok(
      `mutation ($id: ID!) { updateFile(id: $id, input: { description: "d" }) { id } }`,
      {
        id: file.id,
      },
    );
    await people.ana.ok(`mutation ($id: ID!) { deleteFile(id: $id) { id } }`, { id: file.id });
    await t.drainOutbox();
    expect(events).toEqual([
      ['files.file.created', { fileId: file.id }],
      ['files.file.updated', { fileId: file.id }],
      ['files.file.deleted', { fileId: file.id }],
    ]);
  });
});

async function pdfWith(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([400, 300]).drawText(text, { x: 20, y: 250, size: 12, font });
  return Buffer.from(await doc.save());
}

describe('text for search', () => {
  const textOf = async (id: string) =>
    (await t.dataSource.query(`SELECT extracted_text FROM files WHERE id = $1`, [id]))[0]
      .extracted_text as string | null;

  it('extracts the text of a PDF, and of each new version, and tells search both times', async () => {
    await t.drainOutbox();
    events.length = 0;
    const first = await upload(people.ana, await pdfWith('Per diems follow the tax rates'), {
      name: 'policy.pdf',
    });
    expect(first.status).toBe(201);
    expect(await textOf(first.file.id)).toContain('Per diems follow the tax rates');
    const second = await upload(
      people.ana,
      await pdfWith('Hotels within the city cap'),
      {},
      { path: `/files/${first.file.id}/versions`, fileName: 'policy.pdf' },
    );
    expect(second.status).toBe(201);
    const text = await textOf(first.file.id);
    expect(text).toContain('Hotels within the city cap');
    expect(text).not.toContain('Per diems');
    await t.drainOutbox();
    expect(events).toEqual([
      ['files.file.created', { fileId: first.file.id }],
      ['files.file.updated', { fileId: first.file.id }],
    ]);
  });

  it('still accepts a PDF whose text cannot be read; it just has none', async () => {
    const broken = Buffer.concat([(await pdfWith('cut off')).subarray(0, 300)]);
    for (const bytes of [PDF, broken]) {
      const res = await upload(people.ana, bytes, { name: 'odd.pdf' });
      expect(res.status).toBe(201);
      expect(res.file.mimeType).toBe('application/pdf');
      expect(await textOf(res.file.id)).toBeNull();
    }
  });

  it('keeps the text of text and markdown files', async () => {
    const res = await upload(people.ana, '# Runbook\nRestart the gateway\n', { name: 'r.md' });
    expect(await textOf(res.file.id)).toBe('# Runbook\nRestart the gateway\n');
  });
});

describe('bad uploads are refused and leave nothing behind', () => {
  const refuses = (
    label: string,
    content: Buffer | string,
    fields: Record<string, string>,
    status: number,
    code: string,
    message?: RegExp,
  ) =>
    it(`refuses ${label}`, async () => {
      await expectNothingLeftBehind(async () => {
        const res = await upload(people.ana, content, fields);
        expect(res.status).toBe(status);
        expect(res.body.errors?.[0].extensions.code).toBe(code);
        if (message) expect(res.body.errors?.[0].message).toMatch(message);
      });
    });

  refuses('a zero-byte file', '', { name: 'empty.txt' }, 400, 'BAD_USER_INPUT', /empty/);
  refuses(
    'a file over the limit',
    Buffer.alloc(MAX_BYTES + 1, 0x61),
    { name: 'big.txt' },
    413,
    'PAYLOAD_TOO_LARGE',
    /64 KB/,
  );
  refuses(
    'HTML bytes named .png',
    '<!DOCTYPE html><script>alert(document.cookie)</script>',
    { name: 'cat.png' },
    400,
    'BAD_USER_INPUT',
    /HTML/,
  );
  refuses(
    'SVG with a script named .jpg',
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    { name: 'x.jpg' },
    400,
    'BAD_USER_INPUT',
    /SVG/,
  );
  refuses('a PDF named .html', PDF, { name: 'page.html' }, 400, 'BAD_USER_INPUT', /\.html/);
  refuses(
    'an unknown binary',
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
    { name: 'tool.txt' },
    400,
    'BAD_USER_INPUT',
    /not supported/,
  );
  refuses(
    'a name with nothing usable',
    'text\n',
    { name: '../..' },
    400,
    'BAD_USER_INPUT',
    /needs a name/,
  );

  it('refuses an upload without the CSRF header (a cross-site form cannot send it)', async () => {
    await expectNothingLeftBehind(async () => {
      const res = await upload(people.ana, 'x\n', { name: 'x.txt' }, { csrf: false });
      expect(res.status).toBe(403);
    });
  });

  it('refuses a logged-out upload', async () => {
    await expectNothingLeftBehind(async () => {
      expect((await upload(null, 'x\n', { name: 'x.txt' })).status).toBe(401);
    });
  });

  it('refuses a non-member uploading into a moderated community', async () => {
    await expectNothingLeftBehind(async () => {
      const res = await upload(people.cy, 'x\n', { name: 'x.txt', communityId: moderatedId });
      expect(res.status).toBe(403);
    });
  });

  it('leaves no rows, blob or temp file when the client cuts the upload off mid-stream', async () => {
    await expectNothingLeftBehind(async () => {
      const boundary = 'cutoffboundary';
      await new Promise<void>((resolve) => {
        const req = httpRequest(`${t.url}/files/uploads`, {
          method: 'POST',
          headers: {
            cookie: people.ana.cookieHeader,
            'x-outloud-csrf': '1',
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(MAX_BYTES),
          },
        });
        req.on('error', () => resolve());
        req.on('response', (res) => {
          res.resume();
          resolve();
        });
        req.write(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.txt"\r\n\r\n`,
        );
        req.write('a'.repeat(20_000));
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 200);
      });
      await new Promise((r) => setTimeout(r, 300)); // let the server notice and clean up
    });
  });
});

describe('names are sanitised and never reach a path or split a header', () => {
  it.each([
    ['../../x.txt', 'x.txt'],
    ['..\\x.txt', 'x.txt'],
    ['/abs.txt', 'abs.txt'],
    ['a\r\nSet-Cookie: x=1.txt', 'aSet-Cookie: x=1.txt'],
    ['report\u202Etxt.exe.txt', 'reporttxt.exe.txt'],
  ])('stores %j as %j', async (raw, expected) => {
    const { status, file } = await upload(people.ana, 'text\n', { name: raw });
    expect(status).toBe(201);
    expect(file.name).toBe(expected);
    const res = await download(people.ana, file.downloadUrl);
    expect(res.headers.get('set-cookie')).toBeNull();
    const header = res.headers.get('content-disposition') ?? '';
    expect(header).not.toMatch(/[\r\n]/);
    expect(parseDisposition(header)).toEqual({
      type: 'attachment',
      parameters: { filename: expected },
    });
  });

  it('cuts a 5,000-character name to 200 and keeps the extension', async () => {
    const { file } = await upload(people.ana, 'text\n', { name: `${'n'.repeat(5000)}.txt` });
    expect(file.name).toHaveLength(200);
    expect(file.name.endsWith('.txt')).toBe(true);
  });

  it('encodes a non-ASCII name with filename* in the header', async () => {
    const { file } = await upload(people.ana, 'text\n', {}, { fileName: 'Årsrapport.txt' });
    expect(file.name).toBe('Årsrapport.txt');
    const res = await download(people.ana, file.downloadUrl);
    expect(res.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''%C3%85rsrapport.txt",
    );
  });
});

describe('restricted community files', () => {
  let secret: UploadedFile;

  beforeAll(async () => {
    const res = await upload(people.ana, 'members only\n', {
      name: 'secret.txt',
      communityId: restrictedId,
    });
    secret = res.file;
    await download(people.bo, secret.downloadUrl);
    await people.bo.ok(`mutation ($id: ID!) { likeFile(id: $id) { id } }`, { id: secret.id });
  });

  it('is members-only and readable by members', async () => {
    const [row] = await t.dataSource.query(`SELECT audience FROM files WHERE id = $1`, [secret.id]);
    expect(row.audience).toBe('members');
    expect((await download(people.bo, secret.downloadUrl)).status).toBe(200);
  });

  it('hides previews from outsiders and logged-out people too', async () => {
    expect((await download(people.cy, secret.previewUrl)).status).toBe(404);
    expect((await download(null, secret.previewUrl)).status).toBe(404);
    expect((await download(people.bo, secret.previewUrl)).status).toBe(200);
  });

  it('answers the same 404 to outsiders and logged-out people', async () => {
    const outsider = await download(people.cy, secret.downloadUrl);
    const anonymous = await download(null, secret.downloadUrl);
    const missing = await download(
      people.cy,
      `/files/00000000-0000-4000-8000-000000000000/download`,
    );
    expect([outsider.status, anonymous.status, missing.status]).toEqual([404, 404, 404]);
    const bodies = await Promise.all(
      [outsider, anonymous, missing].map(async (r) => JSON.parse(await r.text()).errors[0].message),
    );
    expect(new Set(bodies).size).toBe(1);
  });

  it('is absent from every list and query for outsiders', async () => {
    const q = `query ($id: ID!, $c: ID!) {
      file(id: $id) { id }
      all: files(first: 100) { nodes { id } }
      inCommunity: files(communityId: $c) { nodes { id } }
      byOwner: files(ownerHandle: "ana", first: 100) { nodes { id } }
      d: popularFiles(by: DOWNLOADS, limit: 50) { id }
      l: popularFiles(by: LIKES, limit: 50) { id }
    }`;
    const asOutsider = await people.cy.request(q, { id: secret.id, c: restrictedId });
    expect(asOutsider.errors).toBeUndefined();
    expect(asOutsider.text).not.toContain(secret.id);
    const asMember = await people.bo.request(q, { id: secret.id, c: restrictedId });
    expect(asMember.text).toContain(secret.id);
  });

  it('refuses likes, comments and new versions from outsiders as NOT_FOUND', async () => {
    const like = await people.cy.request(`mutation ($id: ID!) { likeFile(id: $id) { id } }`, {
      id: secret.id,
    });
    expect(errorCode(like)).toBe('NOT_FOUND');
    const comment = await people.cy.request(
      `mutation ($id: ID!) { commentOnFile(fileId: $id, body: "hi") { id } }`,
      { id: secret.id },
    );
    expect(errorCode(comment)).toBe('NOT_FOUND');
    const version = await upload(
      people.cy,
      'x\n',
      { name: 'x.txt' },
      { path: `/files/${secret.id}/versions` },
    );
    expect(version.status).toBe(404);
  });
});

describe('files on posts', () => {
  it('shows attached files on the post, only those the viewer may see', async () => {
    const open = (await upload(people.bo, 'open\n', { name: 'open.txt' })).file;
    const hidden = (
      await upload(people.bo, 'hidden\n', { name: 'hidden.txt', communityId: restrictedId })
    ).file;
    const { createPost } = await people.bo.ok<{ createPost: { id: string } }>(
      `mutation { createPost(input: { body: "See the files" }) { id } }`,
    );
    await people.bo.ok(
      `mutation ($p: ID!, $f: [ID!]!) { attachFilesToPost(postId: $p, fileIds: $f) { id } }`,
      {
        p: createPost.id,
        f: [open.id, hidden.id],
      },
    );
    const q = `query ($id: ID!) { post(id: $id) { files { id name } } }`;
    const asOutsider = await people.cy.ok<{ post: { files: { id: string }[] } }>(q, {
      id: createPost.id,
    });
    expect(asOutsider.post.files.map((f) => f.id)).toEqual([open.id]);
    const asMember = await people.ana.ok<{ post: { files: { id: string }[] } }>(q, {
      id: createPost.id,
    });
    expect(asMember.post.files.map((f) => f.id)).toEqual([open.id, hidden.id]);
    const notAuthor = await people.cy.request(
      `mutation ($p: ID!, $f: [ID!]!) { attachFilesToPost(postId: $p, fileIds: $f) { id } }`,
      { p: createPost.id, f: [open.id] },
    );
    expect(errorCode(notAuthor)).toBe('FORBIDDEN');
  });
});

describe('access ends at once', () => {
  it('a member who leaves gets 404 for a download link they used before (no signed URLs)', async () => {
    const { file } = await upload(people.ana, 'roadmap\n', {
      name: 'roadmap.txt',
      communityId: restrictedId,
    });
    expect((await download(people.bo, file.downloadUrl)).status).toBe(200);
    await people.bo.ok(`mutation ($id: ID!) { leaveCommunity(id: $id) }`, { id: restrictedId });
    expect((await download(people.bo, file.downloadUrl)).status).toBe(404);
    expect((await download(people.bo, `${file.downloadUrl}?version=1`)).status).toBe(404);
  });
});
