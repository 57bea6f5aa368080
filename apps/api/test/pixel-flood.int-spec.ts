import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
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
    const real = await sharp({
      create: { width: 256, height: 256, channels: 3, background: '#3366aa' },
    })
      .png()
      .toBuffer();
    const ok = await ana.request<{ updateProfile: { avatarUrl: string } }>(UPDATE, {
      i: { avatarDataUrl: dataUrl(real) },
    });
    expect(ok.data?.updateProfile.avatarUrl).toBeTruthy();
  });

  it('refuses an avatar whose header is right but whose pixels cannot be decoded', async () => {
    // `small` has the right header and a broken checksum: only decoding finds out.
    const res = await ana.request(
      `mutation ($i: UpdateProfileInput!) { updateProfile(input: $i) { avatarUrl } }`,
      { i: { avatarDataUrl: dataUrl(small) } },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toMatch(/damaged/);
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

describe('avatars and community images are re-encoded to a fixed size', () => {
  /** A 2000 × 1500 camera-like JPEG carrying EXIF text that must not reach anyone's browser. */
  const photo = () =>
    sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#c81e5a' } })
      .jpeg({ quality: 90 })
      .withExif({ IFD0: { Copyright: 'CANARY-EXIF-42', ImageDescription: 'home address' } })
      .toBuffer();

  const served = async (path: string) => {
    const res = await fetch(`${t.url}${path}`, { headers: { cookie: ana.cookieHeader } });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    return { type: res.headers.get('content-type'), bytes, meta: await sharp(bytes).metadata() };
  };

  it('stores and serves a 2000 × 1500 avatar as a 256 × 256 WebP without its metadata', async () => {
    const original = await photo();
    expect(original.includes('CANARY-EXIF-42')).toBe(true);
    expect((await sharp(original).metadata()).width).toBe(2000);
    const { updateProfile } = await ana.ok<{ updateProfile: { avatarUrl: string } }>(
      `mutation ($i: UpdateProfileInput!) { updateProfile(input: $i) { avatarUrl } }`,
      { i: { avatarDataUrl: `data:image/jpeg;base64,${original.toString('base64')}` } },
    );
    const avatar = await served(updateProfile.avatarUrl);
    expect(avatar.type).toBe('image/webp');
    expect(avatar.meta).toMatchObject({ format: 'webp', width: 256, height: 256 });
    expect(avatar.meta.exif).toBeUndefined();
    expect(avatar.bytes.includes('CANARY-EXIF-42')).toBe(false);
    expect(avatar.bytes.length).toBeLessThan(original.length);
    const [row] = await t.dataSource.query(
      `SELECT a.mime_type, length(a.bytes)::int AS n FROM user_avatars a
         JOIN users u ON u.id = a.user_id WHERE u.handle = 'ana'`,
    );
    expect(row).toEqual({ mime_type: 'image/webp', n: avatar.bytes.length });
  });

  it('does the same for a community image', async () => {
    const original = await photo();
    const { createCommunity } = await ana.ok<{ createCommunity: { imageUrl: string } }>(
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { imageUrl } }`,
      {
        i: {
          name: 'Photographed',
          slug: 'photographed',
          type: 'OPEN',
          imageDataUrl: `data:image/jpeg;base64,${original.toString('base64')}`,
        },
      },
    );
    const image = await served(createCommunity.imageUrl);
    expect(image.type).toBe('image/webp');
    expect(image.meta).toMatchObject({ format: 'webp', width: 256, height: 256 });
    expect(image.bytes.includes('CANARY-EXIF-42')).toBe(false);
  });
});
