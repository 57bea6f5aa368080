/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../../../..');

/** Lints a snippet as if it were a component of the web app, with the repository's ESLint config. */
function lint(source: string): string[] {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      'apps/web/src/app/literal-probe.tsx',
      '--format',
      'json',
      '--rule',
      '@nx/enforce-module-boundaries: off',
    ],
    { cwd: root, input: source, encoding: 'utf8' },
  );
  const [report] = JSON.parse(result.stdout) as {
    messages: { ruleId: string; message: string }[];
  }[];
  return report.messages
    .filter((m) => m.ruleId === 'i18next/no-literal-string')
    .map((m) => m.message.replace('disallow literal string: ', ''));
}

describe('no interface text outside the catalogue (ESLint)', () => {
  it('flags text, labels and titles written into a component, and accepts keys and code', () => {
    const problems = lint(
      [
        "import { useTranslation } from '@outloud/web-i18n';",
        '',
        'export function Hardcoded({ busy }: { busy: boolean }) {',
        '  return (',
        '    <section aria-label="Recent posts" title="Posts">',
        '      <h2>Recent posts</h2>',
        "      <button type=\"button\">{busy ? 'Saving…' : 'Save'}</button>",
        '    </section>',
        '  );',
        '}',
        '',
        'export function Translated() {',
        "  const { t } = useTranslation('shell');",
        '  return (',
        '    <nav className="mainnav" aria-label={t(\'nav.label\')}>',
        '      <a href="/search" rel="noreferrer">{t(\'nav.search\')}</a> · 3',
        '    </nav>',
        '  );',
        '}',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([
      'aria-label="Recent posts"',
      'title="Posts"',
      '<h2>Recent posts</h2>',
      "busy ? 'Saving…' : 'Save'",
      "busy ? 'Saving…' : 'Save'",
    ]);
  }, 60_000);
});
