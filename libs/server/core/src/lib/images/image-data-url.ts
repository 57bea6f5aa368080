import { createHash } from 'node:crypto';
import { AVATAR_MIME_TYPES, AvatarMimeType, LIMITS } from '@outloud/contracts';
import { BadUserInputError } from '../errors/app-errors';
import { imageDimensions, PROFILE_IMAGE_MAX_SIDE } from './image-dimensions';

export interface ImageUpload {
  mimeType: AvatarMimeType;
  bytes: Buffer;
  sha256: string;
}

/** Image type from the first bytes; the declared type and any file name are ignored. */
export function sniffImageType(bytes: Buffer): AvatarMimeType | null {
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'image/png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'image/jpeg';
  if (bytes.length >= 6 && ['GIF87a', 'GIF89a'].includes(bytes.subarray(0, 6).toString('latin1')))
    return 'image/gif';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'image/webp';
  }
  return null;
}

const DATA_URL =
  /^data:([a-z0-9.+/-]{1,100})?(;[a-z0-9=.-]{1,60})*;base64,([A-Za-z0-9+/]+={0,2})$/i;

/**
 * Parses and checks a small image sent as a `data:` URL (avatars, community images): size limit,
 * real image bytes, allowed type. Problems are BAD_USER_INPUT at `path`.
 */
export function parseImageDataUrl(
  dataUrl: string,
  path: (string | number)[],
  maxBytes: number = LIMITS.avatar.maxBytes,
): ImageUpload {
  // base64 is 4/3 the size; refuse oversized input before decoding it.
  if (dataUrl.length > Math.ceil((maxBytes * 4) / 3) + 200) {
    throw BadUserInputError.field(
      path,
      `The image is too large: the limit is ${maxBytes / 1024} KB.`,
    );
  }
  const match = DATA_URL.exec(dataUrl);
  if (!match) throw BadUserInputError.field(path, 'The image must be sent as a base64 data: URL.');
  const bytes = Buffer.from(match[3], 'base64');
  if (bytes.length === 0) throw BadUserInputError.field(path, 'The image is empty.');
  if (bytes.length > maxBytes) {
    throw BadUserInputError.field(
      path,
      `The image is too large: the limit is ${maxBytes / 1024} KB.`,
    );
  }
  const mimeType = sniffImageType(bytes);
  if (!mimeType || !AVATAR_MIME_TYPES.includes(mimeType)) {
    throw BadUserInputError.field(path, 'The image must be a PNG, JPEG, GIF or WebP image.');
  }
  // The header's size, before any browser decodes it: a tiny file can declare a pixel flood.
  const size = imageDimensions(bytes);
  if (!size) throw BadUserInputError.field(path, 'The image is damaged: its size cannot be read.');
  if (size.width > PROFILE_IMAGE_MAX_SIDE || size.height > PROFILE_IMAGE_MAX_SIDE) {
    throw BadUserInputError.field(
      path,
      `The image is ${size.width} × ${size.height} pixels: the limit is ${PROFILE_IMAGE_MAX_SIDE} × ${PROFILE_IMAGE_MAX_SIDE}.`,
    );
  }
  return { mimeType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
