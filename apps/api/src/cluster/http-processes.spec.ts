import { databaseOnThisMachine, planHttpProcesses, usableCores } from './http-processes';

describe('planHttpProcesses', () => {
  const host = (cores: number, databaseHere: boolean, jobsOnly = false) => ({
    cores,
    databaseHere,
    jobsOnly,
  });

  it('leaves one core to a PostgreSQL on the same machine', () => {
    expect(planHttpProcesses('auto', host(2, true))).toEqual({
      count: 1,
      reason:
        'one HTTP process (2 cores, one left to PostgreSQL on this machine; HTTP_PROCESSES=auto)',
    });
    expect(planHttpProcesses('auto', host(4, true)).count).toBe(3);
  });

  it('runs one process per core when the database is elsewhere, up to eight', () => {
    expect(planHttpProcesses('auto', host(2, false))).toEqual({
      count: 2,
      reason: '2 HTTP processes (2 cores, one process per core; HTTP_PROCESSES=auto)',
    });
    expect(planHttpProcesses('auto', host(1, false)).count).toBe(1);
    expect(planHttpProcesses('auto', host(64, false)).count).toBe(8);
  });

  it('takes an explicit count as it is, and never more than one for a jobs-only process', () => {
    expect(planHttpProcesses(3, host(2, true))).toEqual({
      count: 3,
      reason: '3 HTTP processes (HTTP_PROCESSES=3; 2 cores)',
    });
    expect(planHttpProcesses(4, host(8, false, true)).count).toBe(1);
  });
});

describe('databaseOnThisMachine', () => {
  it.each([
    ['postgres://u:p@127.0.0.1:5432/db', false, true],
    ['postgres://u:p@localhost/db', false, true],
    ['postgres://u:p@[::1]:5432/db', false, true],
    ['postgres://postgres@/outloud?host=/srv/data/postgres', false, true],
    ['postgres://u:p@db.internal:5432/db', false, false],
    ['postgres://u:p@10.0.0.5/db', false, false],
    ['anything', true, true],
  ])('%s (embedded: %s) → %s', (url, embedded, expected) => {
    expect(databaseOnThisMachine(url, embedded)).toBe(expected);
  });
});

describe('usableCores', () => {
  it("keeps within a container's CPU limit, and counts every CPU without one", () => {
    expect(usableCores(64, '200000 100000\n')).toBe(2);
    expect(usableCores(64, '150000 100000')).toBe(1);
    expect(usableCores(64, '50000 100000')).toBe(1);
    expect(usableCores(2, '800000 100000')).toBe(2);
    expect(usableCores(4, 'max 100000')).toBe(4);
    expect(usableCores(4, null)).toBe(4);
  });
});
