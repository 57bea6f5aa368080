import {
  apiProcessIds,
  cpuMeter,
  formatCpu,
  parseStatParent,
  parseStatTicks,
  perRequest,
} from './cpu-meter';

// A real /proc/<pid>/stat line, with a command name that holds a space and a parenthesis.
const STAT =
  '4242 (postgres: x) ) S 4200 4242 4242 0 -1 4194560 100 0 0 0 250 40 7 3 20 0 1 0 5000 1000 100';

describe('CPU meter', () => {
  it('reads utime + stime after the last parenthesis, and the reaped children on request', () => {
    expect(parseStatTicks(STAT, false)).toBe(290);
    expect(parseStatTicks(STAT, true)).toBe(300);
    expect(parseStatParent(STAT)).toBe(4200);
  });

  it("counts the API's forked HTTP processes, not the PostgreSQL it started", () => {
    // 10 → primary; 11, 12 its HTTP processes; 20 the postmaster under 10, 21 a backend; 99 unrelated.
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 10],
      [20, 10],
      [21, 20],
      [99, 1],
    ]);
    expect(apiProcessIds(parents, 10, 20).sort()).toEqual([10, 11, 12]);
    expect(apiProcessIds(parents, 11, 20)).toEqual([11]);
  });

  it('turns totals into milliseconds per request', () => {
    expect(perRequest({ api: 380, db: 175, load: 116, apiCoreShare: 0.9 }, 100)).toEqual({
      api: 3.8,
      db: 1.75,
      load: 1.16,
      apiCoreShare: 0.9,
    });
    expect(perRequest({ api: 1, db: 1, load: 1, apiCoreShare: 0 }, 0).api).toBeNaN();
    expect(formatCpu({ api: 3.8, db: 1.75, load: 1.16, apiCoreShare: 0.9 })).toBe(
      'API 3.8 · DB 1.75 · load 1.16 ms/req, API 0.9 core',
    );
  });

  it('measures a process that burns CPU (this one, standing in for the API)', () => {
    // The test's parent stands in for the postmaster: this process is one of its children.
    const meter = cpuMeter(process.pid, () => process.ppid);
    const stop = meter.start();
    const until = performance.now() + 300;
    let x = 0;
    while (performance.now() < until) x += Math.sqrt(x + 1);
    const split = stop();
    expect(x).toBeGreaterThan(0);
    // Without /proc there is nothing to read: the bench prints latencies only.
    if (process.platform !== 'linux') return expect(split).toBeNull();
    expect(split).not.toBeNull();
    expect(split!.api).toBeGreaterThanOrEqual(200);
    expect(split!.db).toBeGreaterThanOrEqual(200);
    expect(split!.load).toBeGreaterThanOrEqual(200);
    expect(split!.apiCoreShare).toBeGreaterThan(0.6);
  });

  it('measures nothing when the database is not running', () => {
    expect(cpuMeter(process.pid, () => null).start()()).toBeNull();
  });
});
