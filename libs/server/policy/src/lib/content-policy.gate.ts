import { Injectable } from '@nestjs/common';
import { Viewer } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { PolicyGateCache } from './policy-gate-cache';
import { PolicyNotAcknowledgedError } from './policy.errors';
import { PolicyRepository } from './policy.repository';

/**
 * The gate before a person's first post, reply, upload or new community (and again after the
 * policy changes): they must have acknowledged the current version. Reading is never gated.
 * Until an admin publishes a policy there is nothing to acknowledge. Someone who has acknowledged
 * passes from this process's cache (decision 0017): the gate was one statement of every write.
 */
@Injectable()
export class ContentPolicyGate {
  private readonly cache = new PolicyGateCache();

  constructor(private readonly repository: PolicyRepository) {}

  async requireAcknowledged(viewer: Pick<Viewer, 'id'>, manager?: EntityManager): Promise<void> {
    if (this.cache.passes(viewer.id)) return;
    const begun = this.cache.begin();
    const { current, acknowledged } = await this.repository.gate(viewer.id, manager);
    this.cache.remember(begun, current, viewer.id, acknowledged);
    if (current !== null && !acknowledged) throw new PolicyNotAcknowledgedError(current);
  }

  /** Called by the policy service after its write commits. */
  acknowledged(userId: string, version: number): void {
    this.cache.rememberAcknowledged(userId, version);
  }

  /** Called by the policy service after a new version commits: everyone is asked again. */
  published(): void {
    this.cache.forgetCurrent();
  }
}
