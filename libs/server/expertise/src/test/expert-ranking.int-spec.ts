import { createTestDatabase, TestDatabase } from '@outloud/server-core/testing';
import fc from 'fast-check';
import { Client } from 'pg';
import { expertRankingSql, RankedExpertRow } from '../lib/expert-ranking-sql';
import { decayAt, rankExperts, TopicEvidence, weightAt } from '../lib/expertise-scoring';

/**
 * Suggested experts are ranked in PostgreSQL (expert-ranking-sql.ts); rankExperts in
 * TypeScript is the rule as written and unit-tested. On any evidence, both rank the same people
 * in the same order, with the same scores, counts and reasons (where the order or the reason is
 * not a tie that floating point may break either way).
 */

let db: TestDatabase;
let client: Client;

beforeAll(async () => {
  db = await createTestDatabase();
  client = new Client({ connectionString: db.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await db?.drop();
});

const USERS = [1, 2, 3, 4, 5, 6].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
const TOPICS = ['tag:vpn', 'tag:printer', 'word:renew', 'word:budget', 'word:plotter'];
const NOW = new Date('2026-06-01T00:00:00Z');
const TIE = 1e-9;

const evidenceRow = fc.record({
  userId: fc.constantFrom(...USERS),
  topic: fc.constantFrom(...TOPICS),
  accepted: fc.nat(5),
  likedReplies: fc.nat(5),
  replies: fc.nat(5),
  usedFiles: fc.nat(3),
  declared: fc.nat(1),
  weight: fc.double({ min: 0.001, max: 5000, noNaN: true }),
  lastAt: fc.integer({ min: 0, max: 2000 }).map((d) => new Date(NOW.getTime() - d * 86_400_000)),
  people: fc.integer({ min: 1, max: 60 }),
});
/** One row per person and topic, as the evidence statement returns them. */
const evidence = fc.uniqueArray(evidenceRow, {
  maxLength: 20,
  selector: (e) => `${e.userId} ${e.topic}`,
});

async function rankInSql(rows: TopicEvidence[], first: number): Promise<RankedExpertRow[]> {
  const { rows: ranked } = await client.query<RankedExpertRow>(
    `WITH ev AS (
       SELECT * FROM json_to_recordset($1::json) AS x(user_id uuid, topic text, accepted int,
              liked_replies int, replies int, used_files int, declared int, weight float8,
              last_at_ms float8, people int)),
     ${expertRankingSql({ decay: '$2', first: '$3' })}`,
    [
      JSON.stringify(
        rows.map((e) => ({
          user_id: e.userId,
          topic: e.topic,
          accepted: e.accepted,
          liked_replies: e.likedReplies,
          replies: e.replies,
          used_files: e.usedFiles,
          declared: e.declared,
          weight: e.weight,
          last_at_ms: e.lastAt.getTime(),
          people: e.people,
        })),
      ),
      decayAt(NOW),
      first,
    ],
  );
  return ranked;
}

/** What one row adds to its person's score (rankExperts' formula, to find ties). */
function part(e: TopicEvidence, rows: TopicEvidence[]): number {
  const population = new Set(rows.map((r) => r.userId)).size;
  const idf = Math.log(1 + population / e.people) * (e.topic.startsWith('tag:') ? 1.5 : 1);
  return Math.log1p(weightAt(e.weight, NOW)) * idf;
}

it('ranks like rankExperts on any evidence', async () => {
  await fc.assert(
    fc.asyncProperty(evidence, fc.integer({ min: 1, max: 8 }), async (rows, first) => {
      const labels = new Map<string, string>();
      const everyone = rankExperts(rows, { now: NOW, first: USERS.length, labels });
      const expected = everyone.slice(0, first);
      const got = await rankInSql(rows, first);
      expect(got).toHaveLength(expected.length);
      const nearTie = (score: number, userId: string) =>
        everyone.some((o) => o.userId !== userId && Math.abs(o.score - score) <= TIE * score);
      for (const [i, want] of expected.entries()) {
        const row = got[i];
        expect(row.score).toBeCloseTo(want.score, 9);
        if (nearTie(want.score, want.userId)) continue;
        expect(row.user_id).toBe(want.userId);
        expect(row.most_accepted).toBe(want.acceptedAnswers);
        expect(row.most_replies).toBe(want.replies);
        const own = rows.filter((e) => e.userId === want.userId).map((e) => part(e, rows));
        const top = Math.max(...own);
        if (own.filter((p) => top - p <= TIE * top).length > 1) continue;
        expect(row.topic).toBe(
          rows.find((e) => e.userId === want.userId && part(e, rows) === top)!.topic,
        );
        expect(new Date(row.last_at_ms)).toEqual(want.reason.lastAt);
      }
    }),
    { numRuns: 200 },
  );
});

it('ranks nobody from no evidence', async () => {
  expect(await rankInSql([], 3)).toEqual([]);
});
