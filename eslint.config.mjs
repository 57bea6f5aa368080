import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

/**
 * One access policy (DESIGN.md §5, issue 18): only core/access turns community types and
 * memberships into visibility. Everyone else embeds its SQL predicates or asks
 * `AccessPolicy.require` / `can`; the communities domain's repositories own the membership table.
 */
const ACCESS_RESTATEMENTS = [
  {
    selector: "TemplateElement[value.raw=/community_members|type\\s*(=|<>|!=)\\s*'restricted'/i]",
    message:
      'Visibility is decided in core/access: use AccessPolicy (visiblePostsSql, memberCommunitiesSql, communityAudienceSql...).',
  },
  {
    selector: "Literal[value=/community_members|type\\s*(=|<>|!=)\\s*'restricted'/i]",
    message:
      'Visibility is decided in core/access: use AccessPolicy (visiblePostsSql, memberCommunitiesSql, communityAudienceSql...).',
  },
  {
    selector: "BinaryExpression[operator=/^[!=]==?$/] > Literal[value='restricted']",
    message:
      'What a community type means for access is decided in core/access: use AccessPolicy.audienceOf or require().',
  },
];

/**
 * SQL lives where its table's owner keeps it (DESIGN.md §2, issue 18): in `*.repository.ts`,
 * `*.source.ts`, migrations and the database layer of core. Services, listeners and resolvers call
 * those; they open transactions through `TransactionRunner` instead of holding the DataSource.
 */
const sqlInRepositories = {
  meta: {
    type: 'problem',
    messages: {
      query:
        'SQL lives in a *.repository.ts or *.source.ts of the domain that owns the table: move this `.{{name}}(` there.',
      dataSource:
        'Only repositories and sources hold the DataSource: open units of work with TransactionRunner.',
    },
    schema: [],
  },
  create(context) {
    const isDataSourceType = (node) =>
      node?.type === 'TSTypeAnnotation' &&
      node.typeAnnotation.type === 'TSTypeReference' &&
      node.typeAnnotation.typeName.type === 'Identifier' &&
      node.typeAnnotation.typeName.name === 'DataSource';
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        const name = callee.property.name;
        if (name === 'query' || name === 'createQueryBuilder') {
          context.report({ node: callee.property, messageId: 'query', data: { name } });
        }
      },
      'MethodDefinition[kind="constructor"]'(node) {
        for (const param of node.value.params) {
          const id = param.type === 'TSParameterProperty' ? param.parameter : param;
          const injected = (param.decorators ?? []).some(
            (d) =>
              d.expression.type === 'CallExpression' &&
              d.expression.callee.type === 'Identifier' &&
              d.expression.callee.name === 'InjectDataSource',
          );
          if (injected || isDataSourceType(id.typeAnnotation)) {
            context.report({ node: param, messageId: 'dataSource' });
          }
        }
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.nx/**',
      '**/.data/**',
      'apps/web/src/generated/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Nx project tags decide who may import whom (DESIGN.md §2).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            {
              sourceTag: 'scope:server',
              onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'],
            },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:core', 'type:domain', 'type:util', 'type:ui'],
            },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:core', 'type:domain', 'type:util'],
            },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:app'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'error',
      // Sanitisers match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      '**/test/**/*.ts',
      '**/testing/**/*.ts',
    ],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // No interface text outside the catalogue (libs/web/i18n): JSX text and user-facing attributes
    // must come from t(). Attributes that are code, not text, are listed as exceptions.
    files: ['apps/web/src/**/*.tsx', 'libs/web/**/*.tsx'],
    ignores: ['**/__tests__/**', '**/*.spec.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            exclude: [
              'className',
              'style',
              'type',
              'key',
              'id',
              'width',
              'height',
              'to',
              'href',
              'rel',
              'target',
              'name',
              'role',
              'tone',
              'variant',
              'size',
              'kind',
              'as',
              'align',
              'autoComplete',
              'autoCapitalize',
              'inputMode',
              'enterKeyHint',
              'spellCheck',
              'aria-autocomplete',
              'aria-haspopup',
              'aria-live',
              'aria-current',
              'aria-controls',
              'aria-describedby',
              'aria-labelledby',
              'aria-keyshortcuts',
              'describedBy',
              'idPrefix',
              'src',
              'url',
              'accept',
              'method',
              'pattern',
              'dateTime',
              'lang',
              'htmlFor',
              'dataKey',
              'stackId',
              'strokeDasharray',
              'stroke',
              'fill',
              'd',
              'viewBox',
              'icon',
              'metric',
              'exportTable',
              'table',
              'data-[a-z-]+',
              'loading',
              'decoding',
              'download',
              'capture',
              'wrap',
              'scope',
              'preserveAspectRatio',
              'layout',
              'interval',
              'orientation',
              'textAnchor',
            ],
          },
          words: { exclude: ['[0-9!-/:-@[-`{-~\\s·•—–…×←→↑↓]+', '[A-Z_-]+'] },
          // Field names and discriminants are code: set('bio'), { kind: 'removed' }.
          callees: {
            exclude: ['i18n(ext)?', 't', 'require', 'includes', 'indexOf', 'set', 'blur'],
          },
          'object-properties': { exclude: ['[A-Z_-]+', 'kind'] },
        },
      ],
    },
  },
  {
    files: ['libs/server/**/*.ts', 'apps/api/src/**/*.ts'],
    ignores: [
      'libs/server/core/src/lib/access/**',
      // The owner of community_members: joins, requests, invitations, counts.
      'libs/server/communities/src/lib/*.repository.ts',
      'libs/server/communities/src/lib/*.entity.ts',
      'apps/api/src/migrations/**',
      // Data loaders write memberships in bulk; they decide no reads.
      'apps/api/src/seed/**',
      'apps/api/src/bench/**',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/test/**',
      '**/testing/**',
    ],
    rules: { 'no-restricted-syntax': ['error', ...ACCESS_RESTATEMENTS] },
  },
  {
    // Periodic work goes through core's one scheduler (cluster-wide or per node), not a timer
    // per domain (issue 18, docs/architecture.md "Scheduled work").
    files: ['libs/server/**/*.ts'],
    ignores: [
      'libs/server/core/src/lib/scheduler/**',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/test/**',
      '**/testing/**',
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'setInterval',
          message: 'Register a task with the core Scheduler (every / everyOnEachNode) instead.',
        },
      ],
    },
  },
  {
    files: ['libs/server/**/*.ts', 'apps/api/src/**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      '**/*.source.ts',
      'apps/api/src/migrations/**',
      // The database layer itself: transactions, prepared statements, the embedded server.
      'libs/server/core/src/lib/database/**',
      // Operator commands and data loaders run their own statements over a plain connection.
      'apps/api/src/cli/**',
      'apps/api/src/eval/**',
      'apps/api/src/database/**',
      'apps/api/src/seed/**',
      'apps/api/src/bench/**',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/test/**',
      '**/testing/**',
    ],
    plugins: { outloud: { rules: { 'sql-in-repositories': sqlInRepositories } } },
    rules: { 'outloud/sql-in-repositories': 'error' },
  },
  prettier,
);
