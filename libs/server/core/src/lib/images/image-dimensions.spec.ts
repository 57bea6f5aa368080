import { deflateSync } from 'node:zlib';
import { imageDimensions } from './image-dimensions';

/** A real PNG header (signature + IHDR) declaring any size, as the outside test's 31 KB flood did. */
function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt8(8, 16);
  ihdr.writeUInt8(6, 17);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ihdr,
    deflateSync(Buffer.alloc(10)),
  ]);
}

describe('imageDimensions', () => {
  it('reads PNG', () => {
    expect(imageDimensions(png(16_000, 16_000))).toEqual({ width: 16_000, height: 16_000 });
  });

  it('reads GIF', () => {
    const gif = Buffer.concat([
      Buffer.from('GIF89a', 'latin1'),
      Buffer.from([0x40, 0x01, 0xf0, 0x00]),
      Buffer.alloc(8),
    ]);
    expect(imageDimensions(gif)).toEqual({ width: 320, height: 240 });
  });

  it('reads JPEG past APP segments and fill bytes', () => {
    const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.alloc(14)]);
    const sof = Buffer.from([
      0xff,
      0xff,
      0xc0,
      0x00,
      0x11,
      0x08,
      0x3e,
      0x80,
      0x3e,
      0x80,
      0x03,
      ...Buffer.alloc(9),
    ]);
    expect(imageDimensions(Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof]))).toEqual({
      width: 16_000,
      height: 16_000,
    });
  });

  it('reads WebP (VP8X, VP8L, VP8)', () => {
    const riff = (chunk: string, body: Buffer) =>
      Buffer.concat([
        Buffer.from('RIFF\0\0\0\0WEBP' + chunk, 'latin1'),
        Buffer.alloc(4),
        body,
        Buffer.alloc(16),
      ]);
    const vp8x = Buffer.alloc(10);
    vp8x.writeUIntLE(15_999, 4, 3);
    vp8x.writeUIntLE(8_999, 7, 3);
    expect(imageDimensions(riff('VP8X', vp8x))).toEqual({ width: 16_000, height: 9_000 });
    const vp8l = Buffer.alloc(5);
    vp8l[0] = 0x2f;
    vp8l.writeUInt32LE((640 - 1) | ((480 - 1) << 14), 1);
    expect(imageDimensions(riff('VP8L', vp8l))).toEqual({ width: 640, height: 480 });
    const vp8 = Buffer.alloc(10);
    vp8.writeUInt16LE(800, 6);
    vp8.writeUInt16LE(600, 8);
    expect(imageDimensions(riff('VP8 ', vp8))).toEqual({ width: 800, height: 600 });
  });

  it('says null for other bytes and cut-short headers', () => {
    expect(imageDimensions(Buffer.from('hello world, not an image'))).toBeNull();
    expect(imageDimensions(png(10, 10).subarray(0, 20))).toBeNull();
    expect(imageDimensions(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBeNull();
  });
});
