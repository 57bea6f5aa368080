import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ExpertiseRepository, rankForDraft } from '@outloud/expertise';
import { SnakeNamingStrategy } from '@outloud/server-core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { runMigrations } from '../database/migrate';
import { loadSite, QaQuestion, readSite } from '../eval/qa-corpus';
import { pairedBootstrap, PairedInterval, PerQuery } from '../eval/relevance-stats';
import { cliDatabase, runCli } from './cli-database';

/**
 * `npm run eval:experts`: are suggested experts right? Each shared/data/qa-dev site is loaded
 * into a fresh database (as eval:search loads it); then, question by question in date order,
 * the product's own ranking (rankForDraft over the expertise model) is asked for the asker's
 * draft (title, body, tags) using only evidence from earlier questions, and the evidence of the
 * question's replies is added through the outbox handlers' own refresh afterwards. A question
 * with an accepted answer by someone other than the asker scores hit@5 (the accepted answerer
 * among the first five) and MRR@10. Baseline: the most active answerers in the question's tags
 * before that date. Paired bootstrap 95 % intervals of the differences. Options: --data DIR.
 */
const DATA = argument('--data') ?? findData();
const SYSTEMS = ['experts', 'baseline'] as const;
type System = (typeof SYSTEMS)[number];
type Scores = Record<System, { hit5: PerQuery; mrr10: PerQuery }>;

runCli(async () => {
  const db = await cliDatabase();
  const sites: { site: string; scores: Scores }[] = [];
  try {
    const names = readdirSync(DATA).filter((d) => statSync(join(DATA, d)).isDirectory());
    for (const name of names.sort())
      sites.push({ site: name, scores: await evaluate(db.url, name) });
  } finally {
    await db.stop();
  }
  const mean = (m: PerQuery) => [...m.values()].reduce((a, b) => a + b, 0) / Math.max(1, m.size);
  const interval = (i: PairedInterval) =>
    `${i.mean >= 0 ? '+' : ''}${i.mean.toFixed(3)} [${i.low.toFixed(3)}, ${i.high.toFixed(3)}]`;
  const row = (label: string, s: Scores) =>
    `| ${label} | ${s.experts.hit5.size} | ${mean(s.experts.hit5).toFixed(3)} | ${mean(s.baseline.hit5).toFixed(3)} | ${interval(pairedBootstrap(s.experts.hit5, s.baseline.hit5))} | ${mean(s.experts.mrr10).toFixed(3)} | ${mean(s.baseline.mrr10).toFixed(3)} | ${interval(pairedBootstrap(s.experts.mrr10, s.baseline.mrr10))} |`;
  const pooled = {} as Scores;
  for (const system of SYSTEMS) {
    pooled[system] = { hit5: new Map(), mrr10: new Map() };
    for (const { site, scores } of sites)
      for (const metric of ['hit5', 'mrr10'] as const)
        for (const [q, v] of scores[system][metric]) pooled[system][metric].set(`${site}/${q}`, v);
  }
  process.stdout.write(
    [
      '',
      '| site | questions | hit@5 experts | hit@5 baseline | Δ hit@5 [95 % CI] | MRR@10 experts | MRR@10 baseline | Δ MRR@10 [95 % CI] |',
      '|---|---|---|---|---|---|---|---|',
      ...sites.map((s) => row(s.site, s.scores)),
      row('**pooled**', pooled),
      '',
    ].join('\n'),
  );
});

async function evaluate(adminUrl: string, site: string): Promise<Scores> {
  const data = readSite(join(DATA, site), site);
  const database = `outloud_eval_experts_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
  const url = withDatabase(adminUrl, database);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
  });
  const scores: Scores = {
    experts: { hit5: new Map(), mrr10: new Map() },
    baseline: { hit5: new Map(), mrr10: new Map() },
  };
  try {
    await runMigrations(url);
    await dataSource.initialize();
    const postOf = new Map([...(await loadSite(dataSource, data))].map(([post, se]) => [se, post]));
    const users: { handle: string; id: string }[] = await dataSource.query(
      `SELECT handle, id FROM users`,
    );
    const userOf = new Map(users.map((u) => [u.handle.slice(3), u.id]));
    const expertise = new ExpertiseRepository(dataSource);
    // Per tag, answers given so far per person (the baseline's "most active answerers").
    const activity = new Map<string, Map<string, number>>();
    const questions = [...data.corpus].sort((a, b) =>
      a.creation_date.localeCompare(b.creation_date),
    );
    for (const q of questions) {
      const asker = q.owner_user_id ?? 'anonymous';
      const accepted = q.answers.find((a) => a.accepted)?.owner_user_id;
      if (accepted && accepted !== asker) {
        const target = userOf.get(accepted)!;
        const draft = `${q.title}\n\n${q.text}\n${q.tags.map((t) => `#${t}`).join(' ')}`;
        const ranked = await rankForDraft(
          expertise,
          userOf.get(asker)!,
          draft,
          null,
          10,
          new Date(`${q.creation_date}Z`),
        );
        record(
          scores.experts,
          q.id,
          ranked.map((r) => r.userId),
          target,
        );
        record(scores.baseline, q.id, baseline(activity, q, userOf, asker), target);
      }
      // The question's replies become evidence only now, as their outbox jobs would.
      await expertise.refresh('reply', await expertise.repliesOfPosts([postOf.get(q.id)!]));
      for (const a of q.answers) {
        if (!a.owner_user_id || a.owner_user_id === asker) continue;
        for (const tag of q.tags) {
          const people = activity.get(tag) ?? new Map<string, number>();
          people.set(a.owner_user_id, (people.get(a.owner_user_id) ?? 0) + 1);
          activity.set(tag, people);
        }
      }
    }
    process.stdout.write(
      `${site}: ${scores.experts.hit5.size} questions with an accepted answer by someone else\n`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
  return scores;
}

/** The most active answerers in the question's tags so far, the asker left out. */
function baseline(
  activity: Map<string, Map<string, number>>,
  q: QaQuestion,
  userOf: Map<string, string>,
  asker: string,
): string[] {
  const totals = new Map<string, number>();
  for (const tag of q.tags)
    for (const [person, n] of activity.get(tag) ?? [])
      totals.set(person, (totals.get(person) ?? 0) + n);
  totals.delete(asker);
  totals.delete('anonymous');
  return [...totals.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, 10)
    .map(([person]) => userOf.get(person)!);
}

function record(
  s: { hit5: PerQuery; mrr10: PerQuery },
  id: string,
  ranked: string[],
  target: string,
) {
  const rank = ranked.slice(0, 10).indexOf(target) + 1;
  s.hit5.set(id, rank >= 1 && rank <= 5 ? 1 : 0);
  s.mrr10.set(id, rank >= 1 ? 1 / rank : 0);
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** shared/data/qa-dev beside the checkout (or beside any folder above it, for worktrees). */
function findData(): string {
  for (let dir = process.cwd(); ; dir = join(dir, '..')) {
    const candidate = join(dir, 'shared/data/qa-dev');
    try {
      if (statSync(candidate).isDirectory()) return candidate;
    } catch {
      // keep looking upwards
    }
    if (join(dir, '..') === dir) break;
  }
  throw new Error('No shared/data/qa-dev above this checkout: pass --data DIR.');
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}
