import { Client } from 'pg';
import { z } from 'zod';
import raw from './data/content-policy.json';
import { parseSeedData, text } from './seed-data';

const policy = parseSeedData(
  'content-policy.json',
  z.strictObject({ changeNote: text, markdown: text }),
  raw,
);

/**
 * The demo organisation's one-page content policy, version 1, accepted by most people (so the
 * admin page shows a rate per department) but not by the demo log-in, who meets the friendly
 * dialog before their first post.
 */
export async function seedContentPolicy(client: Client, demoHandle: string): Promise<number> {
  await client.query(
    `INSERT INTO content_policy_versions (version, markdown, change_note, published_by, published_at)
     SELECT 1, $1, $2, (SELECT id FROM users WHERE role = 'admin' ORDER BY created_at LIMIT 1),
            now() - interval '60 days'`,
    [policy.markdown, policy.changeNote],
  );
  // Every person but one in four (and the demo log-in) accepted it over its first weeks.
  const { rowCount } = await client.query(
    `INSERT INTO content_policy_acknowledgements (user_id, version, acknowledged_at)
     SELECT id, 1, now() - interval '60 days' + (abs(hashtext(handle)) % 50) * interval '1 day'
       FROM users
      WHERE lower(handle) <> lower($1) AND abs(hashtext(handle)) % 4 <> 0`,
    [demoHandle],
  );
  return rowCount ?? 0;
}
