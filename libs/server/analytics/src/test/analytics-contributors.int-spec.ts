import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { createTestApp, TestApp } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { AnalyticsContributorsRepository } from '../lib/analytics-contributors.repository';
import { AnalyticsRange } from '../lib/analytics.schemas';
import { AnalyticsContributorOrder } from '../lib/dto/analytics.model';
import { AnalyticsModule, rebuildAnalytics } from '../index';

/**
 * Top contributors read whole weeks from `analytics_contributor_weeks` and only the edge days
 * from the person-days: for every period they must give exactly what summing the period's
 * person-days gives (the read they replace), ties and orders included.
 */

let t: TestApp;
const people: string[] = [];
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

/** The read the weeks replace: every person-day of the period with a reply or an accepted answer. */
async function fromDays(from: string, to: string, order: AnalyticsContributorOrder) {
  const orderBy =
    order === AnalyticsContributorOrder.REPLIES
      ? 'replies DESC, accepted_answers DESC, user_id'
      : 'accepted_answers DESC, replies DESC, user_id';
  const rows: Record<string, unknown>[] = await t.dataSource.query(
    `SELECT user_id, sum(accepted_answers) AS accepted_answers, sum(replies) AS replies, sum(posts) AS posts
       FROM analytics_daily_activity
      WHERE day BETWEEN $1 AND $2 AND replies + accepted_answers > 0
      GROUP BY user_id ORDER BY ${orderBy} LIMIT 10`,
    [from, to],
  );
  return rows.map((r) => ({
    userId: String(r.user_id),
    acceptedAnswers: Number(r.accepted_answers),
    replies: Number(r.replies),
    posts: Number(r.posts),
  }));
}

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, AnalyticsModule],
  });
  for (let i = 0; i < 12; i++) {
    const [u]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO users (handle, display_name, email, password_hash)
       VALUES ($1, $1, $1 || '@corp.example', 'x') RETURNING id`,
      [`c${i}`],
    );
    people.push(u.id);
  }
  // 80 days of questions, replies and accepted answers; counts vary by person and day so ranks
  // change with the period, and some people tie.
  for (let d = 0; d < 80; d++) {
    const author = people[d % people.length];
    const at = new Date(Date.now() - d * DAY - ((d * 7) % 20) * 3_600_000).toISOString();
    const [post]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO posts (author_id, body, body_html, is_question, created_at)
       VALUES ($1, 'q', 'q', true, $2) RETURNING id`,
      [author, at],
    );
    const repliers = people.filter((_, i) => (i * 5 + d) % 7 < 3 && people[i] !== author);
    let first: string | null = null;
    for (const who of repliers) {
      const [r]: { id: string }[] = await t.dataSource.query(
        `INSERT INTO replies (post_id, author_id, body, body_html, created_at)
         VALUES ($1, $2, 'r', 'r', $3) RETURNING id`,
        [post.id, who, at],
      );
      first ??= r.id;
    }
    if (first && d % 3 === 0)
      await t.dataSource.query(
        `UPDATE posts SET accepted_reply_id = $2, answered_at = $3 WHERE id = $1`,
        [post.id, first, new Date(Date.parse(at) + (d % 5) * DAY).toISOString()],
      );
  }
  await t.dataSource.transaction((tx) => rebuildAnalytics((sql, p) => tx.query(sql, p)));
});
afterAll(async () => {
  await t?.close();
});

it('gives what the person-days give, for periods with and without whole weeks', async () => {
  const repository = t.app.get(AnalyticsContributorsRepository);
  const [weeks] = await t.dataSource.query(
    `SELECT count(*)::int AS n FROM analytics_contributor_weeks`,
  );
  expect(weeks.n).toBeGreaterThan(10);
  const ends = [79, 70, 64, 61, 45, 30, 14, 13, 8, 7, 6, 1, 0];
  let compared = 0;
  for (const a of ends)
    for (const b of ends.filter((x) => x <= a))
      for (const order of [
        AnalyticsContributorOrder.ACCEPTED_ANSWERS,
        AnalyticsContributorOrder.REPLIES,
      ]) {
        const [from, to] = [daysAgo(a), daysAgo(b)];
        const expected = await fromDays(from, to, order);
        const got = await repository.top({ from, to } as AnalyticsRange, order);
        expect({ from, to, order, got }).toEqual({ from, to, order, got: expected });
        compared += expected.length;
      }
  expect(compared).toBeGreaterThan(500);
});
