import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LoginFailureEntity, LoginFailureScope } from './login-failure.entity';

/** A count of failed log-ins: who it counts against (scope and key). */
export interface LoginFailureKey {
  scope: LoginFailureScope;
  key: string;
}

/** The only place that queries `login_failures`. */
@Injectable()
export class LoginFailureRepository {
  constructor(
    @InjectRepository(LoginFailureEntity) private readonly failures: Repository<LoginFailureEntity>,
  ) {}

  /** Failures per key within the last `windowSeconds`, with the oldest of each (keys with none are absent). */
  recent(
    keys: readonly LoginFailureKey[],
    windowSeconds: number,
  ): Promise<{ scope: string; key: string; count: number; oldest: Date }[]> {
    return this.failures.query(
      `SELECT f.scope, f.key, count(*)::int AS count, min(f.at) AS oldest
         FROM login_failures f
         JOIN unnest($1::text[], $2::text[]) AS k(scope, key) ON k.scope = f.scope AND k.key = f.key
        WHERE f.at > now() - make_interval(secs => $3)
        GROUP BY f.scope, f.key`,
      [keys.map((k) => k.scope), keys.map((k) => k.key), windowSeconds],
    );
  }

  async record(keys: readonly LoginFailureKey[]): Promise<void> {
    await this.failures.insert(keys.map(({ scope, key }) => ({ scope, key })));
  }

  async clear({ scope, key }: LoginFailureKey): Promise<void> {
    await this.failures.delete({ scope, key });
  }
}
