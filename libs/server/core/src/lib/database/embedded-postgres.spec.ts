import { sharedBuffersMb, startFailureMessage, unixSocketDir } from './embedded-postgres';

describe('sharedBuffersMb', () => {
  const GiB = 1024 ** 3;
  it('gives the embedded server an eighth of the memory, between 128 MB and 1 GB', () => {
    expect(sharedBuffersMb(0.5 * GiB)).toBe(128);
    expect(sharedBuffersMb(4 * GiB)).toBe(512);
    expect(sharedBuffersMb(24 * GiB)).toBe(1024);
  });
});

// Lines as PostgreSQL 18 logs them (checked by hand against the embedded server: a second
// `npm start` on the same DATA_DIR used to print "Outloud failed to start: undefined").
describe('startFailureMessage', () => {
  const dir = '/data/postgres';

  it('names the data directory in use by another server', () => {
    const lines = [
      'FATAL:  lock file "postmaster.pid" already exists',
      'HINT:  Is another postmaster (PID 4242) running in data directory "/data/postgres"?',
    ];
    expect(startFailureMessage(dir, 5433, lines, undefined)).toBe(
      'the embedded PostgreSQL could not start: another server is using /data/postgres (its lock file postmaster.pid exists). A server left by a crashed Outloud is stopped by itself; this one belongs to a running Outloud or another program: stop it, or set another DATA_DIR.',
    );
  });

  it('names a taken port', () => {
    const lines = [
      'LOG:  could not bind IPv4 address "127.0.0.1": Address already in use',
      'FATAL:  could not create any TCP/IP sockets',
    ];
    expect(startFailureMessage(dir, 5433, lines, undefined)).toMatch(
      /port 5433 is taken\. Set EMBEDDED_PG_PORT/,
    );
  });

  it('falls back to the error or the last lines, never "undefined"', () => {
    expect(startFailureMessage(dir, 5433, ['FATAL:  something else'], undefined)).toBe(
      'the embedded PostgreSQL in /data/postgres could not start: FATAL:  something else',
    );
    expect(startFailureMessage(dir, 5433, [], new Error('spawn EACCES'))).toBe(
      'the embedded PostgreSQL in /data/postgres could not start: spawn EACCES',
    );
    expect(startFailureMessage(dir, 5433, [], undefined)).not.toMatch(/undefined/);
  });
});

describe('unixSocketDir', () => {
  it('puts the socket in the data directory', () => {
    expect(unixSocketDir('/srv/outloud/data/postgres', 5433, 'linux')).toBe(
      '/srv/outloud/data/postgres',
    );
  });

  it('falls back to TCP when the socket path would pass the kernel limit of 107 bytes', () => {
    const deep = `/${'d'.repeat(93)}`; // + "/.s.PGSQL.5433" = 108 bytes
    expect(unixSocketDir(deep, 5433, 'linux')).toBeNull();
    expect(unixSocketDir(deep.slice(0, -1), 5433, 'linux')).toBe(deep.slice(0, -1));
  });

  it('falls back to TCP for paths with spaces or commas, which the server setting would split', () => {
    expect(unixSocketDir('/home/ana/My Outloud/.data/postgres', 5433, 'linux')).toBeNull();
    expect(unixSocketDir('/srv/a,b/postgres', 5433, 'linux')).toBeNull();
    expect(unixSocketDir('/srv/out-loud_1.2/postgres', 5433, 'linux')).toBe(
      '/srv/out-loud_1.2/postgres',
    );
  });

  it('uses TCP on Windows', () => {
    expect(unixSocketDir('C:\\outloud\\postgres', 5433, 'win32')).toBeNull();
  });
});
