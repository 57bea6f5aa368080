import type { AppConfigValues } from '@outloud/server-core';

/** One engine the contract suite runs against, and the config that selects it. */
export interface EngineCase {
  name: string;
  config: Partial<AppConfigValues>;
}

export const postgresCase: EngineCase = { name: 'postgres', config: {} };
