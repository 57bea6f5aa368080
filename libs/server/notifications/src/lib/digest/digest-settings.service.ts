import { Injectable } from '@nestjs/common';
import { validateInput, Viewer } from '@outloud/server-core';
import { z } from 'zod';
import { DigestMailer } from './digest.mailer';
import { DigestRepository } from './digest.repository';

/** The viewer's own opt-in to the daily digest. */
@Injectable()
export class DigestSettingsService {
  constructor(
    private readonly digests: DigestRepository,
    private readonly mailer: DigestMailer,
  ) {}

  async get(viewer: Viewer) {
    return { enabled: await this.digests.isEnabled(viewer.id), available: this.mailer.available };
  }

  async set(viewer: Viewer, enabled: unknown) {
    await this.digests.setEnabled(viewer.id, validateInput(z.boolean(), enabled, 'enabled'));
    return this.get(viewer);
  }
}
