import { formatBytes, uploadErrorOf } from '../upload';

describe('uploadErrorOf', () => {
  it('uses the API message and code', () => {
    const error = uploadErrorOf(
      413,
      JSON.stringify({
        errors: [
          {
            message: 'The file is larger than the limit of 100 MB.',
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      }),
    );
    expect(error.message).toBe('The file is larger than the limit of 100 MB.');
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.status).toBe(413);
  });

  it('falls back to the status when the body is not JSON', () => {
    expect(uploadErrorOf(413, '<html>').message).toBe('The file is too large.');
    expect(uploadErrorOf(0, '').message).toMatch(/did not reach/);
    expect(uploadErrorOf(429, '').message).toMatch(/too many uploads/);
    expect(uploadErrorOf(408, '').message).toMatch(/stalled/);
  });
});

describe('formatBytes', () => {
  it('formats sizes', () => {
    expect(formatBytes(12)).toBe('12 bytes');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
  });
});
