import { Injectable } from '@nestjs/common';
import { AccessPolicy, requestLoader, Viewer } from '@outloud/server-core';
import type { Request } from 'express';
import { User } from './dto/user.model';
import { UserRepository } from './user.repository';

/**
 * Whose self-description (about, job, location, expertise, photo) the viewer may not see: a
 * profile hidden by moderation shows only to the person and site moderators (the access
 * policy's `profile.readDetails`). Names and handles always show, so content stays attributed.
 * People loaded by id carry the hidden fact, so the policy decides without I/O; for the others,
 * one query per request for every person in a response.
 */
@Injectable()
export class ProfileDetails {
  constructor(
    private readonly users: UserRepository,
    private readonly policy: AccessPolicy,
  ) {}

  async hiddenFrom(req: Request, viewer: Viewer | null, user: User): Promise<boolean> {
    if (user.profileHidden !== undefined) {
      if (!viewer) return user.profileHidden;
      const target = { ownerId: user.id, hidden: user.profileHidden };
      return !(await this.policy.can(viewer, 'profile.readDetails', target));
    }
    const viewerId = viewer?.id ?? null;
    return requestLoader<string, boolean>(req, 'identity.profileDetailsHidden', async (ids) => {
      const hidden = new Set(await this.users.withHiddenDetails(ids, viewerId));
      return ids.map((id) => hidden.has(id));
    }).load(user.id);
  }
}
