import { existsSync } from 'node:fs';
import { AppConfig, ConfigError } from '@outloud/server-core/config';

/**
 * `npm start` runs this before the build: a bad setting is reported in a second, not after the
 * build. The same rules as the server's (AppConfig.fromEnv), the same optional .env.
 */
if (existsSync('.env')) process.loadEnvFile('.env');
try {
  AppConfig.fromEnv(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`✖ ${error.message}\n`);
  process.exit(1);
}
