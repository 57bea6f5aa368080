import type * as OpenIdClient from 'openid-client' with { 'resolution-mode': 'import' };
import type * as Jose from 'jose' with { 'resolution-mode': 'import' };

/*
 * openid-client and jose ship as ES modules only. Node 20.19+ loads them with require(esm)
 * (the project needs Node >= 20.19), so the CommonJS build keeps plain synchronous imports;
 * Jest compiles them to CommonJS (jest.shared.js). Types come from the ES module declarations.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const oidc: typeof OpenIdClient = require('openid-client');
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const jose: typeof Jose = require('jose');

export type OidcConfiguration = OpenIdClient.Configuration;
export type IdTokenClaims = OpenIdClient.IDToken;
