// Shared Jest pieces: SWC transform (keeps decorator metadata for NestJS) and tsconfig path aliases.
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace('/', '\\/')}$`] = `<rootDir>/${target}`;
}

const swcTransform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          react: { runtime: 'automatic' },
        },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs', ignoreDynamic: true },
    },
  ],
};

// ESM-only packages (no CommonJS build), compiled to CommonJS by SWC for tests: Jest's module
// system cannot require(esm) on Node < 24.9 (Node 20.19+ itself can, at run time).
// intl-messageformat and @formatjs: ICU messages in the web client. openid-client, oauth4webapi
// and jose: single sign-on.
const ESM_ONLY = ['intl-messageformat', '@formatjs', 'openid-client', 'oauth4webapi', 'jose'];
const transformIgnorePatterns = [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`];

module.exports = { moduleNameMapper, swcTransform, transformIgnorePatterns };
