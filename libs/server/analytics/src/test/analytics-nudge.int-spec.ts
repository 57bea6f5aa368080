import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { createTestApp, TestApp } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { AnalyticsNudgeRepository } from '../lib/analytics-nudge.repository';
import { NO_COMMUNITY } from '../lib/analytics-sql';
import { AnalyticsModule, rebuildAnalytics } from '../index';

/**
 * People to nudge read a kept 90-day window (`analytics_answerer_window`) that moves with
 * "today": back day by day, forward day by day, and by more than its length; in a community and
 * outside any, it must rank exactly the people that summing the window's person-days ranks (the
 * read it replaces), ties and the deactivated included.
 */

let t: TestApp;
let communityId: string;
const people: string[] = [];
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

/** The read the weeks replace: every person-day of the 91 days with a reply or an accepted answer. */
async function fromDays(community: string, today: string): Promise<string[]> {
  const rows: { user_id: string }[] = await t.dataSource.query(
    `SELECT a.user_id FROM analytics_daily_activity a
       JOIN users u ON u.id = a.user_id AND u.status = 'active'
      WHERE a.community_id = $1 AND a.day BETWEEN $2::date - 90 AND $2::date
        AND a.replies + a.accepted_answers > 0
      GROUP BY a.user_id
      ORDER BY sum(a.accepted_answers) DESC, sum(a.replies) DESC, a.user_id LIMIT 4`,
    [community, today],
  );
  return rows.map((r) => r.user_id);
}

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, AnalyticsModule],
  });
  for (let i = 0; i < 10; i++) {
    const [u]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO users (handle, display_name, email, password_hash)
       VALUES ($1, $1, $1 || '@corp.example', 'x') RETURNING id`,
      [`n${i}`],
    );
    people.push(u.id);
  }
  [{ id: communityId }] = await t.dataSource.query(
    `INSERT INTO communities (slug, name, type) VALUES ('nudge', 'Nudge', 'open') RETURNING id`,
  );
  // 110 days of questions in and outside the community; who replies, and whose reply is
  // accepted, shifts with the day, so the ranking moves as the 91 days slide.
  for (let d = 0; d < 110; d++) {
    const author = people[d % people.length];
    const at = new Date(Date.now() - d * DAY - ((d * 5) % 20) * 3_600_000).toISOString();
    const [post]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO posts (author_id, community_id, body, body_html, is_question, created_at)
       VALUES ($1, $2, 'q', 'q', true, $3) RETURNING id`,
      [author, d % 3 === 0 ? communityId : null, at],
    );
    const repliers = people.filter((p, i) => (i * 3 + d) % 7 < 2 + (d % 2) && p !== author);
    let first: string | null = null;
    for (const who of repliers) {
      const [r]: { id: string }[] = await t.dataSource.query(
        `INSERT INTO replies (post_id, author_id, body, body_html, created_at)
         VALUES ($1, $2, 'r', 'r', $3) RETURNING id`,
        [post.id, who, at],
      );
      first ??= r.id;
    }
    if (first && d % 4 === 0)
      await t.dataSource.query(
        `UPDATE posts SET accepted_reply_id = $2, answered_at = $3 WHERE id = $1`,
        [post.id, first, at],
      );
  }
  // A deactivated person keeps their rows but is never someone to nudge.
  await t.dataSource.query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [people[4]]);
  await t.dataSource.transaction((tx) => rebuildAnalytics((sql, p) => tx.query(sql, p)));
});
afterAll(async () => {
  await t?.close();
});

async function compare(today: string): Promise<number> {
  const got = await t.app.get(AnalyticsNudgeRepository).ranked([NO_COMMUNITY, communityId], today);
  let compared = 0;
  for (const community of [NO_COMMUNITY, communityId]) {
    const expected = await fromDays(community, today);
    expect({ today, community, got: got.get(community) ?? [] }).toEqual({
      today,
      community,
      got: expected,
    });
    expect(expected).not.toContain(people[4]);
    compared += expected.length;
  }
  return compared;
}

/** The window's rows: what moving it day by day left must equal summing its days afresh. */
const windowRows = () =>
  t.dataSource.query(
    `SELECT community_id, user_id, replies, accepted_answers FROM analytics_answerer_window
      ORDER BY 1, 2`,
  );

it('ranks whom the person-days rank as the window moves back and forth a day at a time', async () => {
  const [state] = await t.dataSource.query(
    `SELECT ends::text FROM analytics_answerer_window_state`,
  );
  expect(state.ends).toBe(daysAgo(0)); // the rebuild built it for today
  let compared = 0;
  for (let ago = 0; ago < 14; ago++) compared += await compare(daysAgo(ago));
  for (let ago = 12; ago >= 0; ago--) compared += await compare(daysAgo(ago));
  expect(compared).toBe(27 * 2 * 4);
  const moved = await windowRows();
  await t.dataSource.transaction((tx) => rebuildAnalytics((sql, p) => tx.query(sql, p)));
  expect(await windowRows()).toEqual(moved);
  expect(
    moved.every(
      (r: { replies: number; accepted_answers: number }) => r.replies + r.accepted_answers > 0,
    ),
  ).toBe(true);
});

it('builds the window afresh when today moves by more than its length', async () => {
  // 200 days ago nobody had answered yet; then back to today, across the whole window again.
  const repository = t.app.get(AnalyticsNudgeRepository);
  expect(await repository.ranked([NO_COMMUNITY, communityId], daysAgo(200))).toEqual(new Map());
  expect(await windowRows()).toEqual([]);
  expect(await compare(daysAgo(95))).toBeGreaterThan(0);
  expect(await compare(daysAgo(0))).toBe(8);
});
