import { ACCESS_LEVELS, tokenState } from '../token-state';

describe('tokenState', () => {
  const now = Date.parse('2026-12-05T12:00:00Z');

  it('is live before expiry and without revocation', () => {
    expect(tokenState({ expiresAt: '2026-12-06T00:00:00Z', revokedAt: null }, now)).toBe('live');
    expect(tokenState({ revokedAt: null }, now)).toBe('live');
  });

  it('is expired at and after its expiry', () => {
    expect(tokenState({ expiresAt: '2026-12-05T12:00:00Z' }, now)).toBe('expired');
  });

  it('is revoked when revoked, even when also expired', () => {
    expect(
      tokenState({ expiresAt: '2026-01-01T00:00:00Z', revokedAt: '2026-02-01T00:00:00Z' }, now),
    ).toBe('revoked');
  });
});

describe('ACCESS_LEVELS', () => {
  it('grants writing only with reading, and admin only with both', () => {
    expect(ACCESS_LEVELS.read).toEqual(['READ']);
    expect(ACCESS_LEVELS.write).toEqual(['READ', 'WRITE']);
    expect(ACCESS_LEVELS.admin).toEqual(['READ', 'WRITE', 'ADMIN']);
  });
});
