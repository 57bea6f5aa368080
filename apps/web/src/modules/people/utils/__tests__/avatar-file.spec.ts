import { LIMITS } from '@outloud/contracts';
import { avatarFileProblem, readAsDataUrl } from '../avatar-file';

describe('avatarFileProblem', () => {
  it('accepts an image up to the limit', () => {
    expect(avatarFileProblem({ type: 'image/png', size: LIMITS.avatar.maxBytes })).toBeNull();
    expect(avatarFileProblem({ type: 'image/webp', size: 1024 })).toBeNull();
  });

  it('rejects an image over 256 KB before it is sent', () => {
    expect(avatarFileProblem({ type: 'image/jpeg', size: LIMITS.avatar.maxBytes + 1 })).toMatch(
      /at most 256 KB/,
    );
  });

  it('rejects other file types and empty files', () => {
    expect(avatarFileProblem({ type: 'image/svg+xml', size: 100 })).toMatch(
      /PNG, JPEG, GIF or WebP/,
    );
    expect(avatarFileProblem({ type: 'application/pdf', size: 100 })).toMatch(
      /PNG, JPEG, GIF or WebP/,
    );
    expect(avatarFileProblem({ type: 'image/png', size: 0 })).toMatch(/empty/);
  });
});

describe('readAsDataUrl', () => {
  it('reads a blob into a data: URL', async () => {
    const url = await readAsDataUrl(new Blob(['hi'], { type: 'image/png' }));
    expect(url).toBe('data:image/png;base64,aGk=');
  });
});
