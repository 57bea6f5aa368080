import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSearchEngine, SearchDocumentSource, SearchIndexer } from '@outloud/search';
import { SnakeNamingStrategy, startEmbeddedPostgres } from '@outloud/server-core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { runMigrations } from '../database/migrate';
import { loadSite, readSite } from '../eval/qa-corpus';
import { runCli } from './cli-database';

/**
 * `npm run eval:search`: relevance of the real search engine on shared/data/qa-dev. Each site is
 * loaded into a fresh database through the product's indexing path, every query runs through the
 * engine, and shared/tools/eval-search.mjs scores the TREC run. Options: --data DIR, --out DIR.
 */
const SHARED = resolve(__dirname, '../../../../../shared');
const DATA = argument('--data') ?? join(SHARED, 'data/qa-dev');
const OUT = argument('--out') ?? join(tmpdir(), 'outloud-eval-search');
const SCORER = join(SHARED, 'tools/eval-search.mjs');
const DEPTH = 100;

interface SiteScore {
  site: string;
  queries: number;
  'nDCG@10': number;
  'Recall@100': number;
  'MRR@10': number;
  p50: number;
  p95: number;
  documents: number;
}

runCli(async () => {
  mkdirSync(OUT, { recursive: true });
  const server = await adminServer();
  const scores: SiteScore[] = [];
  try {
    const sites = readdirSync(DATA).filter((d) => statSync(join(DATA, d)).isDirectory());
    for (const name of sites.sort()) scores.push(await evaluateSite(server.url, name));
  } finally {
    await server.stop();
  }
  const pooled = (k: 'nDCG@10' | 'Recall@100' | 'MRR@10') =>
    scores.reduce((s, r) => s + r[k] * r.queries, 0) / scores.reduce((s, r) => s + r.queries, 0);
  const rows = [
    ...scores.map(
      (s) =>
        `| ${s.site} | ${s.queries} | ${s.documents} | ${s['nDCG@10'].toFixed(4)} | ${s['Recall@100'].toFixed(4)} | ${s['MRR@10'].toFixed(4)} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} |`,
    ),
    `| **pooled** | ${scores.reduce((s, r) => s + r.queries, 0)} | | **${pooled('nDCG@10').toFixed(4)}** | **${pooled('Recall@100').toFixed(4)}** | **${pooled('MRR@10').toFixed(4)}** | | |`,
  ];
  process.stdout.write(
    `\n| site | queries | documents | nDCG@10 | Recall@100 | MRR@10 | p50 ms | p95 ms |\n|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`,
  );
});

async function evaluateSite(adminUrl: string, site: string): Promise<SiteScore> {
  const data = readSite(join(DATA, site), site);
  const database = `outloud_eval_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
  const url = withDatabase(adminUrl, database);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
  });
  try {
    await runMigrations(url);
    await dataSource.initialize();
    const seIds = await loadSite(dataSource, data);
    const engine = createSearchEngine(dataSource, process.env);
    const indexer = new SearchIndexer(new SearchDocumentSource(dataSource), engine);
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
    const latencies: number[] = [];
    for (const q of data.queries) {
      const started = process.hrtime.bigint();
      const result = await engine.search({
        text: q.text,
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
    const runFile = join(OUT, `${site}.run`);
    writeFileSync(runFile, `${lines.join('\n')}\n`);
    const scored = JSON.parse(
      execFileSync(process.execPath, [
        SCORER,
        '--queries',
        join(DATA, site, 'queries.jsonl'),
        '--qrels',
        join(DATA, site, 'qrels.tsv'),
        '--run',
        runFile,
        '--ignore-identical-ids',
        '--json',
      ]).toString(),
    );
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
    process.stdout.write(
      `${site}: nDCG@10 ${scored['nDCG@10'].toFixed(4)}  Recall@100 ${scored['Recall@100'].toFixed(4)}  MRR@10 ${scored['MRR@10'].toFixed(4)}  (run: ${runFile})\n`,
    );
    return {
      site,
      queries: scored.queries,
      'nDCG@10': scored['nDCG@10'],
      'Recall@100': scored['Recall@100'],
      'MRR@10': scored['MRR@10'],
      p50: pct(0.5),
      p95: pct(0.95),
      documents: data.corpus.length,
    };
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
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

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}
