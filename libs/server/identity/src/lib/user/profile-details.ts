import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, requestLoader } from '@outloud/server-core';
import type { Request } from 'express';
import { DataSource } from 'typeorm';

/**
 * Whose self-description (about, job, location, expertise, photo) the viewer may not see: a
 * profile hidden by moderation shows only to the person and site moderators (the access
 * policy's `profile.readDetails`). Names and handles always show, so content stays attributed.
 * One query per request for every person in a response.
 */
@Injectable()
export class ProfileDetails {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  hiddenFrom(req: Request, viewerId: string | null, userId: string): Promise<boolean> {
    return requestLoader<string, boolean>(req, 'identity.profileDetailsHidden', async (ids) => {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT u.id FROM users u
          WHERE u.id = ANY($1::uuid[])
            AND NOT ${this.policy.visibleProfileDetailsSql('u', '$2::uuid')}`,
        [ids, viewerId],
      );
      const hidden = new Set(rows.map((r) => r.id));
      return ids.map((id) => hidden.has(id));
    }).load(userId);
  }
}
