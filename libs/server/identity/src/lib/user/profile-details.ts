import { Injectable } from '@nestjs/common';
import { requestLoader } from '@outloud/server-core';
import type { Request } from 'express';
import { UserRepository } from './user.repository';

/**
 * Whose self-description (about, job, location, expertise, photo) the viewer may not see: a
 * profile hidden by moderation shows only to the person and site moderators (the access
 * policy's `profile.readDetails`). Names and handles always show, so content stays attributed.
 * One query per request for every person in a response.
 */
@Injectable()
export class ProfileDetails {
  constructor(private readonly users: UserRepository) {}

  hiddenFrom(req: Request, viewerId: string | null, userId: string): Promise<boolean> {
    return requestLoader<string, boolean>(req, 'identity.profileDetailsHidden', async (ids) => {
      const hidden = new Set(await this.users.withHiddenDetails(ids, viewerId));
      return ids.map((id) => hidden.has(id));
    }).load(userId);
  }
}
