import fc from 'fast-check';
import { createTestApp, TestApp } from '@outloud/server-core/testing';
import { activeInPeriod } from '../lib/analytics-sql';
import { AnalyticsModule } from '../index';

/**
 * `activeInPeriod` answers from the kept last days when the period reaches today, and from the
 * multiranges otherwise: for random people's days and random periods both must count exactly the
 * people whose days overlap the period (the read they replace).
 */

let t: TestApp;
const DAY = 86_400_000;
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.parse(today) - n * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp({ imports: [AnalyticsModule] });
});

afterAll(async () => {
  await t?.close();
});

async function counts(from: string, to: string, reachesToday: boolean) {
  const [row]: Record<string, string>[] = await t.dataSource.query(
    `SELECT count(*) FILTER (WHERE ${activeInPeriod('p', 'active', '$1', '$2', reachesToday)}) AS active,
            count(*) FILTER (WHERE ${activeInPeriod('p', 'contributed', '$1', '$2', reachesToday)}) AS contributed,
            count(*) FILTER (WHERE p.active_days && daterange($1::date, $2::date, '[]')) AS active_overlap,
            count(*) FILTER (WHERE p.contributed_days && daterange($1::date, $2::date, '[]')) AS contributed_overlap
       FROM analytics_people p`,
    [from, to],
  );
  return row;
}

it('counts the same people as the multiranges, for periods reaching today and not', async () => {
  // Days as offsets back from today: up to 400 days, some people never active.
  const person = fc.record({
    active: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }),
    contributed: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 6 }),
  });
  await fc.assert(
    fc.asyncProperty(
      fc.array(person, { minLength: 1, maxLength: 25 }),
      fc.integer({ min: 0, max: 400 }),
      fc.integer({ min: 0, max: 120 }),
      async (people, start, length) => {
        await t.dataSource.query(`DELETE FROM analytics_people`);
        for (const p of people) {
          const days = (offsets: number[]) =>
            `{${offsets.map((n) => `[${daysAgo(n)},${daysAgo(n)}]`).join(',')}}`;
          await t.dataSource.query(
            `INSERT INTO analytics_people (user_id, active_days, contributed_days)
             VALUES (gen_random_uuid(), $1::datemultirange, $2::datemultirange)`,
            [days(p.active), days(p.contributed)],
          );
        }
        // A period reaching today, and one ending `start` days ago.
        const reaching = await counts(daysAgo(length), today, true);
        expect([reaching.active, reaching.contributed]).toEqual([
          reaching.active_overlap,
          reaching.contributed_overlap,
        ]);
        const past = await counts(daysAgo(start + length), daysAgo(start), false);
        expect([past.active, past.contributed]).toEqual([
          past.active_overlap,
          past.contributed_overlap,
        ]);
      },
    ),
    { numRuns: 60 },
  );
});
