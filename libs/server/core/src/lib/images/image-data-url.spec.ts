import { BadUserInputError } from '../errors/app-errors';
import { parseImageDataUrl, sniffImageType } from './image-data-url';

const PATH = ['input', 'avatarDataUrl'];
const parseAvatarDataUrl = (url: string) => parseImageDataUrl(url, PATH);

// A real 1×1 PNG.
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('parseAvatarDataUrl', () => {
  it('accepts a real PNG whatever type the data URL claims', () => {
    const image = parseAvatarDataUrl(`data:image/jpeg;base64,${PNG_1PX}`);
    expect(image.mimeType).toBe('image/png');
    expect(image.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects HTML bytes dressed as a PNG', () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    expect(() => parseAvatarDataUrl(`data:image/png;base64,${html}`)).toThrow(
      'PNG, JPEG, GIF or WebP',
    );
  });

  it('rejects SVG (scripts can hide in it)', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString(
      'base64',
    );
    expect(() => parseAvatarDataUrl(`data:image/svg+xml;base64,${svg}`)).toThrow(BadUserInputError);
  });

  it('rejects an oversize photo before decoding it, with the field path', () => {
    const big = 'A'.repeat(400 * 1024);
    try {
      parseAvatarDataUrl(`data:image/png;base64,${big}`);
      throw new Error('expected rejection');
    } catch (e) {
      expect((e as BadUserInputError).details.fields).toEqual([
        { path: 'input.avatarDataUrl', message: expect.stringContaining('too large') },
      ]);
    }
  });

  it('rejects things that are not data URLs', () => {
    expect(() => parseAvatarDataUrl('https://example.com/cat.png')).toThrow('data: URL');
    expect(() => parseAvatarDataUrl('data:image/png;base64,')).toThrow(BadUserInputError);
  });
});

describe('sniffImageType', () => {
  it('recognises GIF and WebP signatures', () => {
    expect(sniffImageType(Buffer.from('GIF89a......'))).toBe('image/gif');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('%PDF-1.4'))).toBeNull();
  });
});
