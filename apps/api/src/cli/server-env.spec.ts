import { serverEnvOf } from './server-env';

describe("the API server's environment under npm start", () => {
  it('runs production with the heap cap and two malloc arenas', () => {
    const env = serverEnvOf({ PATH: '/usr/bin' });
    expect(env).toEqual({
      NODE_ENV: 'production',
      MALLOC_ARENA_MAX: '2',
      NODE_OPTIONS: '--max-old-space-size=256',
      PATH: '/usr/bin',
    });
  });

  it("lets the caller's settings win", () => {
    const env = serverEnvOf({
      NODE_ENV: 'development',
      MALLOC_ARENA_MAX: '8',
      NODE_OPTIONS: '--max-old-space-size=512',
    });
    expect(env.NODE_ENV).toBe('development');
    expect(env.MALLOC_ARENA_MAX).toBe('8');
    // Later on the command line, so the caller's cap is the one V8 keeps.
    expect(env.NODE_OPTIONS).toBe('--max-old-space-size=256 --max-old-space-size=512');
  });
});
