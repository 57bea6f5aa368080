import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { isUuid, NO_STORE } from '@outloud/server-core';
import { Repository } from 'typeorm';
import { UserAvatarEntity } from './user-avatar.entity';

/** Serves avatars to logged-in people; bytes were type-checked on upload and are never sniffed. */
@Controller('avatars')
export class AvatarController {
  constructor(
    @InjectRepository(UserAvatarEntity) private readonly avatars: Repository<UserAvatarEntity>,
  ) {}

  @Get(':userId')
  async get(@Param('userId') userId: string, @Res() res: Response): Promise<void> {
    const avatar = isUuid(userId) ? await this.avatars.findOneBy({ userId }) : null;
    if (!avatar) throw new NotFoundException();
    res.setHeader('Content-Type', avatar.mimeType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', NO_STORE);
    res.setHeader('ETag', `"${avatar.sha256}"`);
    res.end(avatar.bytes);
  }
}
