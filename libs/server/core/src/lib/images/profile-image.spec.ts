import sharp from 'sharp';
import { BadUserInputError } from '../errors/app-errors';
import { PROFILE_IMAGE_SIDE, readProfileImage } from './profile-image';

const PATH = ['input', 'avatarDataUrl'];
const dataUrl = (bytes: Buffer, type = 'image/png') =>
  `data:${type};base64,${bytes.toString('base64')}`;

describe('readProfileImage', () => {
  it('re-encodes a wide photo as a square WebP of the fixed size, without its metadata', async () => {
    const photo = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: '#224466' },
    })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'CANARY-EXIF-7' } })
      .toBuffer();
    const image = await readProfileImage(dataUrl(photo, 'image/jpeg'), PATH);
    expect(image.mimeType).toBe('image/webp');
    const meta = await sharp(image.bytes).metadata();
    expect(meta).toMatchObject({
      format: 'webp',
      width: PROFILE_IMAGE_SIDE,
      height: PROFILE_IMAGE_SIDE,
    });
    expect(meta.exif).toBeUndefined();
    expect(image.bytes.includes('CANARY-EXIF-7')).toBe(false);
    expect(image.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an image whose header is fine but whose pixels cannot be decoded', async () => {
    const real = await sharp({
      create: { width: 32, height: 32, channels: 3, background: '#000000' },
    })
      .png()
      .toBuffer();
    const cut = real.subarray(0, real.length - 20); // IDAT and IEND cut short
    await expect(readProfileImage(dataUrl(cut), PATH)).rejects.toBeInstanceOf(BadUserInputError);
  });

  it('still refuses a header declaring more than the side limit before decoding', async () => {
    const png = await sharp({
      create: { width: 16, height: 16, channels: 3, background: '#000000' },
    })
      .png()
      .toBuffer();
    png.writeUInt32BE(16_000, 16); // IHDR width
    png.writeUInt32BE(16_000, 20); // IHDR height
    await expect(readProfileImage(dataUrl(png), PATH)).rejects.toThrow(/16000 × 16000/);
  });
});
