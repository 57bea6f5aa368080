// `npm test`: everything that proves the product works, in order of speed:
// format, lint, typecheck (Nx, cached) -> unit tests -> integration tests on real PostgreSQL ->
// build -> browser tests in Debian's Chromium. Ends with one "N passed, N failed" line.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureDependencies, mustRun, run } from './lib.mjs';

const started = Date.now();
ensureDependencies();
const reports = mkdtempSync(join(tmpdir(), 'outloud-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedStages = [];

function stage(title) {
  console.log(`\n━━ ${title} ━━`);
}

function jest(name, config, extra = []) {
  const out = join(reports, `${name}.json`);
  const code = run('npx', ['jest', '-c', config, '--json', `--outputFile=${out}`, ...extra]);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    console.log(
      `${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed (${r.numTotalTestSuites} files)`,
    );
  }
  if (code !== 0) failedStages.push(name);
}

stage('Format, lint, typecheck');
mustRun('format check', 'npx', ['prettier', '--check', '--log-level=warn', '.']);
mustRun('lint and typecheck', 'npx', [
  'nx',
  'run-many',
  '-t',
  'lint',
  'typecheck',
  '--output-style=static',
]);

stage('Unit tests');
jest('unit', 'jest.config.js');

stage('Integration tests (real PostgreSQL: DATABASE_URL or embedded)');
jest('integration', 'jest.int.config.js');

stage('Build and browser tests (Chromium)');
mustRun('build', 'npx', [
  'nx',
  'run-many',
  '-t',
  'build',
  '--projects=api,web',
  '--output-style=static',
]);
if (ensureChromium()) jest('browser', 'apps/web-e2e/jest.config.js', ['--runInBand']);
else failedStages.push('browser (no Chromium)');

const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(
  `\nFinished in ${minutes} min${failedStages.length ? `; failed: ${failedStages.join(', ')}` : ''}`,
);
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedStages.length || totals.failed ? 1 : 0);
