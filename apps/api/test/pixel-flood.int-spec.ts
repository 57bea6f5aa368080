import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { DOMAIN_MODULES } from '../src/app.module';

/**
 * Finding 6 of the outside test: a 31 KB PNG of 16,000 × 16,000 pixels was accepted as an
 * avatar, a community image and an attachment, and browsers decoded it on every page showing
 * it. The size in the image's header is read before accepting it.
 */

let t: TestApp;
let ana: GraphqlClient;

/** A PNG whose header declares `width` × `height` (an image of zeros, compressed to almost nothing). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, data, Buffer.alloc(4)]); // CRC unchecked by the header reader
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(200_000))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const flood = png(16_000, 16_000);
const small = png(256, 256);
const dataUrl = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`;

beforeAll(async () => {
  t = await createTestApp({
    imports: DOMAIN_MODULES,
    config: { DATA_DIR: await mkdtemp(join(tmpdir(), 'outloud-pixels-')) },
  });
  ana = t.client();
  await ana.ok(`mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`, {
    i: {
      handle: 'ana',
      displayName: 'Ana',
      email: 'ana@corp.example',
      password: 'correct horse battery',
    },
  });
});
afterAll(() => t?.close());

const upload = async (bytes: Buffer) => {
  const form = new FormData();
  form.append('file', new Blob([bytes]), 'picture.png');
  const res = await fetch(`${t.url}/files/uploads`, {
    method: 'POST',
    headers: { cookie: ana.cookieHeader, 'x-outloud-csrf': '1' },
    body: form,
  });
  return {
    status: res.status,
    body: (await res.json()) as { errors?: { message: string; extensions: { code: string } }[] },
  };
};

describe('pixel floods are refused before anyone decodes them', () => {
  it('is a small file', () => {
    expect(flood.length).toBeLessThan(32 * 1024);
  });

  it('refuses a 16,000 × 16,000 avatar and takes a 256 × 256 one', async () => {
    const UPDATE = `mutation ($i: UpdateProfileInput!) { updateProfile(input: $i) { avatarUrl } }`;
    const refused = await ana.request(UPDATE, { i: { avatarDataUrl: dataUrl(flood) } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message ?? JSON.stringify(refused.errors)).toMatch(
      /16000 × 16000|pixels/,
    );
    const ok = await ana.request<{ updateProfile: { avatarUrl: string } }>(UPDATE, {
      i: { avatarDataUrl: dataUrl(small) },
    });
    expect(ok.data?.updateProfile.avatarUrl).toBeTruthy();
  });

  it('refuses it as a community image', async () => {
    const res = await ana.request(
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
      { i: { name: 'Flooded', slug: 'flooded', type: 'OPEN', imageDataUrl: dataUrl(flood) } },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toMatch(/16000 × 16000 pixels/);
  });

  it('refuses it as an attachment and takes a normal image', async () => {
    const refused = await upload(flood);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].message).toMatch(/16,000 × 16,000 pixels/);
    expect((await upload(small)).status).toBe(201);
  });
});
