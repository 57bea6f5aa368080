import { Injectable } from '@nestjs/common';
import { Viewer } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { PolicyNotAcknowledgedError } from './policy.errors';
import { PolicyRepository } from './policy.repository';

/**
 * The gate before a person's first post, reply, upload or new community (and again after the
 * policy changes): they must have acknowledged the current version. Reading is never gated.
 * Until an admin publishes a policy there is nothing to acknowledge.
 */
@Injectable()
export class ContentPolicyGate {
  constructor(private readonly repository: PolicyRepository) {}

  async requireAcknowledged(viewer: Pick<Viewer, 'id'>, manager?: EntityManager): Promise<void> {
    const { current, acknowledged } = await this.repository.gate(viewer.id, manager);
    if (current !== null && !acknowledged) throw new PolicyNotAcknowledgedError(current);
  }
}
