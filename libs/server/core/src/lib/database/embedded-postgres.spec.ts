import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  directoryBytes,
  sharedBuffersMb,
  startFailureMessage,
  unixSocketDir,
} from './embedded-postgres';

describe('sharedBuffersMb', () => {
  const GiB = 1024 ** 3;
  const MiB = 1024 ** 2;
  it('gives the embedded server a quarter of the data, at least 128 MB', () => {
    expect(sharedBuffersMb(0, 24 * GiB)).toBe(128);
    expect(sharedBuffersMb(350 * MiB, 24 * GiB)).toBe(128);
    expect(sharedBuffersMb(2 * GiB, 24 * GiB)).toBe(512);
  });

  it('at most an eighth of the memory and 1 GB', () => {
    expect(sharedBuffersMb(6.3 * GiB, 24 * GiB)).toBe(1024);
    expect(sharedBuffersMb(6.3 * GiB, 4 * GiB)).toBe(512);
    expect(sharedBuffersMb(6.3 * GiB, 0.5 * GiB)).toBe(128);
  });
});

describe('directoryBytes', () => {
  it('adds up the files below a folder, nested ones included, and 0 for none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outloud-bytes-'));
    try {
      writeFileSync(join(dir, 'a'), Buffer.alloc(1000));
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'b'), Buffer.alloc(234));
      expect(directoryBytes(dir)).toBe(1234);
      expect(directoryBytes(join(dir, 'missing'))).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
