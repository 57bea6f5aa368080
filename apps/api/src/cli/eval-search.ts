import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  createSearchEngine,
  parseSearchText,
  SearchDocumentSource,
  SearchIndexer,
  SearchLexicon,
  SearchLexiconSource,
  toTextQuery,
} from '@outloud/search';
import { SnakeNamingStrategy, startEmbeddedPostgres } from '@outloud/server-core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { runMigrations } from '../database/migrate';
import { loadSite, readSite } from '../eval/qa-corpus';
import { pairedBootstrap, PairedInterval, PerQuery } from '../eval/relevance-stats';
import { runCli } from './cli-database';

/**
 * `npm run eval:search`: relevance of the real search engine on shared/data/qa-dev, against the
 * two BM25 baselines of shared/tools (title and body; and with every answer). Each site is loaded
 * into a fresh database through the product's indexing path, every query runs through the engine
 * as the search box sends it, and shared/tools/eval-search.mjs scores the TREC runs. Prints per
 * site and pooled nDCG@10, Recall@100 and MRR@10 for the three systems, and a paired bootstrap
 * interval (per query) of the nDCG@10 difference; writes the runs and summary.json to --out.
 * Options: --data DIR, --out DIR, --shared DIR (default: the `shared` folder beside the checkout).
 */
const SHARED = argument('--shared') ?? findShared();
const DATA = argument('--data') ?? join(SHARED, 'data/qa-dev');
const OUT = argument('--out') ?? join(tmpdir(), 'outloud-eval-search');
const SCORER = join(SHARED, 'tools/eval-search.mjs');
const BASELINE = join(SHARED, 'tools/bm25-baseline.mjs');
const DEPTH = 100;
const SYSTEMS = ['outloud', 'bm25', 'bm25+answers'] as const;
type System = (typeof SYSTEMS)[number];
const METRICS = ['nDCG@10', 'Recall@100', 'MRR@10'] as const;
type Metric = (typeof METRICS)[number];

interface Scorer {
  evaluate(input: {
    queryIds: Set<string>;
    qrels: unknown;
    run: unknown;
    ignoreIdenticalIds: boolean;
  }): { queries: number; perQuery: Record<string, Record<Metric, number>> };
  parseQueries(text: string): Set<string>;
  parseQrels(text: string): unknown;
  parseRun(text: string): unknown;
}

interface SiteScore {
  site: string;
  documents: number;
  /** system -> metric -> query id -> value */
  perQuery: Record<System, Record<Metric, PerQuery>>;
  p50: number;
  p95: number;
}

runCli(async () => {
  mkdirSync(OUT, { recursive: true });
  // The shared scorer is an ES module; Node 20.19+ loads it with require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const scorer = require(SCORER) as Scorer;
  const server = await adminServer();
  const sites: SiteScore[] = [];
  try {
    const names = readdirSync(DATA).filter((d) => statSync(join(DATA, d)).isDirectory());
    for (const name of names.sort()) sites.push(await evaluateSite(server.url, name, scorer));
  } finally {
    await server.stop();
  }
  const report = relevanceReport(sites);
  writeFileSync(join(OUT, 'summary.json'), `${JSON.stringify(report.json, null, 2)}\n`);
  process.stdout.write(`\n${report.markdown}\n(runs and summary.json in ${OUT})\n`);
});

const mean = (values: Iterable<number>) => {
  const list = [...values];
  return list.length ? list.reduce((a, b) => a + b, 0) / list.length : 0;
};

/** Per site and pooled (every query weighs the same) tables, and the paired intervals. */
function relevanceReport(sites: SiteScore[]) {
  const pooled = (system: System, metric: Metric): PerQuery =>
    new Map(
      sites.flatMap((s) => [...s.perQuery[system][metric]].map(([q, v]) => [`${s.site}/${q}`, v])),
    );
  const rows: string[] = [];
  const json: Record<string, unknown> = { sites: {} as Record<string, unknown> };
  const row = (label: string, n: number, get: (system: System, metric: Metric) => PerQuery) => {
    const cells = SYSTEMS.map((system) =>
      METRICS.map((m) => mean(get(system, m).values()).toFixed(4)).join(' | '),
    );
    const vsAnswers = pairedBootstrap(get('outloud', 'nDCG@10'), get('bm25+answers', 'nDCG@10'));
    const vsPlain = pairedBootstrap(get('outloud', 'nDCG@10'), get('bm25', 'nDCG@10'));
    const interval = (i: PairedInterval) =>
      `${i.mean >= 0 ? '+' : ''}${i.mean.toFixed(4)} [${i.low.toFixed(3)}, ${i.high.toFixed(3)}]`;
    rows.push(
      `| ${label} | ${n} | ${cells.join(' | ')} | ${interval(vsAnswers)} | ${interval(vsPlain)} |`,
    );
    return {
      queries: n,
      ...Object.fromEntries(
        SYSTEMS.map((system) => [
          system,
          Object.fromEntries(METRICS.map((m) => [m, mean(get(system, m).values())])),
        ]),
      ),
      nDCGvsBm25Answers: vsAnswers,
      nDCGvsBm25: vsPlain,
    };
  };
  for (const s of sites) {
    (json.sites as Record<string, unknown>)[s.site] = {
      documents: s.documents,
      p50: s.p50,
      p95: s.p95,
      ...row(s.site, s.perQuery.outloud['nDCG@10'].size, (sys, m) => s.perQuery[sys][m]),
    };
  }
  json.pooled = row('**pooled**', pooled('outloud', 'nDCG@10').size, pooled);
  const head = SYSTEMS.flatMap((sys) => METRICS.map((m) => `${sys} ${m}`));
  const markdown = [
    `| site | queries | ${head.join(' | ')} | Δ nDCG@10 vs bm25+answers [95 % CI] | Δ vs bm25 [95 % CI] |`,
    `|${'---|'.repeat(head.length + 4)}`,
    ...rows,
    '',
    sites
      .map(
        (s) =>
          `${s.site}: ${s.documents} documents, search p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`,
      )
      .join('\n'),
  ].join('\n');
  return { markdown, json };
}

async function evaluateSite(adminUrl: string, site: string, scorer: Scorer): Promise<SiteScore> {
  const data = readSite(join(DATA, site), site);
  const database = `outloud_eval_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
  const url = withDatabase(adminUrl, database);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
  });
  const runs = {} as Record<System, string>;
  const latencies: number[] = [];
  try {
    await runMigrations(url);
    await dataSource.initialize();
    const seIds = await loadSite(dataSource, data);
    const engine = createSearchEngine(dataSource, process.env);
    const lexicon = new SearchLexicon(new SearchLexiconSource(dataSource));
    const indexer = new SearchIndexer(new SearchDocumentSource(dataSource), engine, lexicon);
    await indexer.reindexAll();
    await dataSource.query(`ANALYZE search_documents`);
    const viewer = {
      id: '00000000-0000-0000-0000-000000000000',
      visibleCommunityIds: [],
      listedCommunityIds: [],
      networkUserIds: [],
      ownCommunityIds: [],
      department: null,
    };
    const lines: string[] = [];
    for (const q of data.queries) {
      const started = process.hrtime.bigint();
      // As the search box sends it: parsed (a pasted title stays words), corrected, then searched.
      const result = await engine.search({
        ...(await toTextQuery(parseSearchText(q.text, 'search'), viewer, lexicon)),
        types: ['post'],
        filters: {},
        viewer,
        limit: DEPTH + 1, // the query's own question is dropped by the scorer
        offset: 0,
      });
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      result.hits.forEach((h, i) => {
        lines.push(
          `${q.id} Q0 ${seIds.get(h.id)} ${i + 1} ${h.score.toFixed(6)} outloud-${engine.name}`,
        );
      });
    }
    runs.outloud = join(OUT, `${site}.outloud.run`);
    writeFileSync(runs.outloud, `${lines.join('\n')}\n`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
  for (const [system, flags] of [
    ['bm25', []],
    ['bm25+answers', ['--with-answers']],
  ] as const) {
    runs[system] = join(OUT, `${site}.${system}.run`);
    execFileSync(
      process.execPath,
      [BASELINE, '--dir', join(DATA, site), '--out', runs[system], '--hits', '1000', ...flags],
      { stdio: ['ignore', 'ignore', 'ignore'] },
    );
  }
  const queryIds = scorer.parseQueries(readFileSync(join(DATA, site, 'queries.jsonl'), 'utf8'));
  const qrels = scorer.parseQrels(readFileSync(join(DATA, site, 'qrels.tsv'), 'utf8'));
  const perQuery = {} as SiteScore['perQuery'];
  for (const system of SYSTEMS) {
    const run = scorer.parseRun(readFileSync(runs[system], 'utf8'));
    const scored = scorer.evaluate({ queryIds, qrels, run, ignoreIdenticalIds: true });
    perQuery[system] = Object.fromEntries(
      METRICS.map((m) => [
        m,
        new Map(Object.entries(scored.perQuery).map(([q, values]) => [q, values[m]])),
      ]),
    ) as Record<Metric, PerQuery>;
  }
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  process.stdout.write(
    `${site}: ${SYSTEMS.map((sys) => `${sys} nDCG@10 ${mean(perQuery[sys]['nDCG@10'].values()).toFixed(4)}`).join(', ')}\n`,
  );
  return { site, documents: data.corpus.length, perQuery, p50: pct(0.5), p95: pct(0.95) };
}

/** DATABASE_URL as the admin connection, else a throwaway embedded PostgreSQL. */
async function adminServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const dataDir = join(tmpdir(), 'outloud-eval-postgres');
  mkdirSync(dataDir, { recursive: true });
  const handle = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'data'),
    port: await freePort(),
    database: 'postgres',
  });
  return handle;
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

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The `shared` folder beside the checkout (or beside any folder above it, for worktrees). */
function findShared(): string {
  for (const start of [process.cwd(), __dirname]) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const candidate = join(dir, 'shared');
      if (existsSync(join(candidate, 'tools/eval-search.mjs'))) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('No shared/tools/eval-search.mjs above this checkout: pass --shared DIR.');
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}
