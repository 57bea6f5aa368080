import { AVATAR_MIME_TYPES, LIMITS } from '@outloud/contracts';

export interface AvatarCandidate {
  size: number;
  type: string;
}

function formatKilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Checks a chosen file before it is read or sent. The server checks the bytes again; this only
 * saves a pointless upload and gives a readable message.
 */
export function avatarFileProblem(file: AvatarCandidate): string | null {
  if (!(AVATAR_MIME_TYPES as readonly string[]).includes(file.type)) {
    return 'Choose a PNG, JPEG, GIF or WebP image.';
  }
  if (file.size > LIMITS.avatar.maxBytes) {
    return `That image is ${formatKilobytes(file.size)}; photos can be at most ${formatKilobytes(LIMITS.avatar.maxBytes)}. Try a smaller or cropped image.`;
  }
  if (file.size === 0) {
    return 'That file is empty.';
  }
  return null;
}

/** The same check for a community's image, worded for an image rather than a photo. */
export function communityImageFileProblem(file: AvatarCandidate): string | null {
  return avatarFileProblem(file)?.replace('photos can', 'images can') ?? null;
}

/** Reads a file into a data: URL. */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') resolve(reader.result);
      else reject(new Error('Could not read the file.'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the file.'));
    reader.readAsDataURL(file);
  });
}
