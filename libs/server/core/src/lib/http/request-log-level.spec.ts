import { requestLogLevel } from './configure-http';

describe('requestLogLevel', () => {
  it('logs a success as one info line in production and at debug level in development', () => {
    expect(requestLogLevel(200, false, 'production')).toBe('info');
    expect(requestLogLevel(200, false, 'development')).toBe('debug');
    expect(requestLogLevel(304, false, 'test')).toBe('debug');
  });

  it('always logs failures', () => {
    for (const env of ['production', 'development']) {
      expect(requestLogLevel(404, false, env)).toBe('warn');
      expect(requestLogLevel(503, false, env)).toBe('warn');
      expect(requestLogLevel(500, false, env)).toBe('error');
      expect(requestLogLevel(200, true, env)).toBe('error');
    }
  });
});
