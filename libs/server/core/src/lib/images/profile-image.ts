import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { BadUserInputError } from '../errors/app-errors';
import { ImageUpload, parseImageDataUrl } from './image-data-url';
import { PROFILE_IMAGE_MAX_SIDE } from './image-dimensions';

/** Avatars and community images are stored and served as this many pixels a side. */
export const PROFILE_IMAGE_SIDE = 256;

// One image at a time per call and no decoded-image cache kept between requests.
sharp.cache(false);

/**
 * A profile image (avatar, community image) from a `data:` URL: checked as `parseImageDataUrl`
 * does (bytes, type, the header's width and height), then decoded once with a pixel limit and
 * re-encoded as a PROFILE_IMAGE_SIDE square WebP. Browsers only ever get the re-encoded bytes:
 * no pixel flood, no metadata (EXIF location, comments), no polyglot tail, the first frame of an
 * animation. An image that cannot be decoded is BAD_USER_INPUT at `path`.
 */
export async function readProfileImage(
  dataUrl: string,
  path: (string | number)[],
): Promise<ImageUpload> {
  const checked = parseImageDataUrl(dataUrl, path);
  let bytes: Buffer;
  try {
    bytes = await sharp(checked.bytes, {
      limitInputPixels: PROFILE_IMAGE_MAX_SIDE * PROFILE_IMAGE_MAX_SIDE,
      failOn: 'error',
      animated: false,
    })
      .rotate() // apply the EXIF orientation before the metadata is dropped
      .resize(PROFILE_IMAGE_SIDE, PROFILE_IMAGE_SIDE, { fit: 'cover', position: 'attention' })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw BadUserInputError.field(path, 'The image is damaged: it cannot be read.');
  }
  return {
    mimeType: 'image/webp',
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
