import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../../../..');

/**
 * Lints snippets as if they were the named server files, with the repository's ESLint config, in
 * one child process (loading the config takes seconds): the rule's findings as "line N" per file.
 */
function lint(files: { filename: string; source: string }[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const files = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const eslint = new ESLint({
      cwd: process.cwd(),
      overrideConfig: { rules: { '@nx/enforce-module-boundaries': 'off' } },
    });
    (async () => {
      const out = [];
      for (const f of files) {
        const [report] = await eslint.lintText(f.source, { filePath: f.filename });
        out.push(report.messages
          .filter((m) => m.ruleId === 'outloud/sql-in-repositories')
          .map((m) => 'line ' + m.line));
      }
      process.stdout.write(JSON.stringify(out));
    })();
  `;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: root,
    input: JSON.stringify(files),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[][];
}

const sqlInAService = [
  "import { InjectDataSource } from '@nestjs/typeorm';",
  "import { DataSource, EntityManager } from 'typeorm';",
  '',
  'export class ProbeService {',
  '  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}',
  '',
  '  count(tx: EntityManager) {',
  "    return tx.query('SELECT count(*) FROM posts');",
  '  }',
  '',
  '  latest() {',
  "    return this.dataSource.createQueryBuilder().select('1').getRawOne();",
  '  }',
  '}',
  '',
  'export class PlainProbe {',
  '  constructor(private readonly ds: DataSource) {}',
  '}',
  '',
].join('\n');

const cleanService = [
  "import { TransactionRunner } from '@outloud/server-core';",
  '',
  'export class ProbeService {',
  '  constructor(',
  '    private readonly transactions: TransactionRunner,',
  '    private readonly probes: { count(tx: unknown): Promise<number> },',
  '  ) {}',
  '',
  '  count(req: { query: Record<string, string> }) {',
  '    void req.query;',
  '    return this.transactions.run((tx) => this.probes.count(tx));',
  '  }',
  '}',
  '',
].join('\n');

describe('SQL only in repositories and sources (ESLint)', () => {
  it('flags .query(, createQueryBuilder and DataSource injection outside repositories and sources', () => {
    const [service, listener, resolver, repository, source, migration, clean] = lint([
      { filename: 'libs/server/files/src/lib/probe.service.ts', source: sqlInAService },
      { filename: 'libs/server/stream/src/lib/probe.listener.ts', source: sqlInAService },
      { filename: 'libs/server/stream/src/lib/probe.resolver.ts', source: sqlInAService },
      { filename: 'libs/server/files/src/lib/probe.repository.ts', source: sqlInAService },
      { filename: 'libs/server/search/src/lib/probe.source.ts', source: sqlInAService },
      { filename: 'apps/api/src/migrations/1764002100000-probe.ts', source: sqlInAService },
      { filename: 'libs/server/files/src/lib/probe.service.ts', source: cleanService },
    ]);
    expect(service).toEqual(['line 5', 'line 8', 'line 12', 'line 17']);
    expect(listener).toEqual(service);
    expect(resolver).toEqual(service);
    expect([repository, source, migration]).toEqual([[], [], []]);
    // A service with TransactionRunner and repositories; `req.query` is not SQL.
    expect(clean).toEqual([]);
  });
});
