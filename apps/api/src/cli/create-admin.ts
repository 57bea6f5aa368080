import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { SYSTEM_ACTOR } from '@outloud/audit';
import { UserRole } from '@outloud/contracts';
import { UserService } from '@outloud/identity';
import { AppError, createLogger } from '@outloud/server-core';
import { AppModule } from '../app.module';
import { runMigrations } from '../database/migrate';
import { cliDatabase, runCli } from './cli-database';

/**
 * `npm run create-admin -- --handle ana --name "Ana L" --email ana@corp.example`
 * Reads the password from OUTLOUD_ADMIN_PASSWORD (never from argv, which other users can see).
 */
runCli(async () => {
  const { values } = parseArgs({
    options: { handle: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } },
  });
  const password = process.env.OUTLOUD_ADMIN_PASSWORD;
  if (!values.handle || !values.name || !values.email || !password) {
    throw new Error(
      'Usage: OUTLOUD_ADMIN_PASSWORD=... npm run create-admin -- --handle H --name "N" --email E',
    );
  }
  const db = await cliDatabase();
  await runMigrations(db.url);
  const logger = createLogger('warn');
  const config = db.config.with({ WORKER_MODE: 'off' });
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, databaseUrl: db.url, logger }),
    { logger: false },
  );
  try {
    const user = await app
      .get(UserService)
      .signUp(
        { handle: values.handle, displayName: values.name, email: values.email, password },
        { role: UserRole.ADMIN, bypassClosedSignUp: true, actor: SYSTEM_ACTOR },
      );
    process.stdout.write(`Created admin @${user.handle}.\n`);
  } catch (error) {
    if (error instanceof AppError) throw new Error(`Could not create the admin: ${error.message}`);
    throw error;
  } finally {
    await app.close();
    await db.stop();
  }
});
