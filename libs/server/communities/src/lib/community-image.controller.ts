import { Controller, Get, Param, Res } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CurrentViewer, NO_STORE, NotFoundError, Viewer } from '@outloud/server-core';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { CommunityImageEntity } from './community.entity';
import { CommunityRepository } from './community.repository';

/** Community images, for people who may see the community (restricted ones stay invisible). */
@Controller('community-images')
export class CommunityImageController {
  constructor(
    @InjectRepository(CommunityImageEntity)
    private readonly images: Repository<CommunityImageEntity>,
    private readonly communities: CommunityRepository,
  ) {}

  @Get(':communityId')
  async get(
    @Param('communityId') communityId: string,
    @CurrentViewer() viewer: Viewer,
    @Res() res: Response,
  ): Promise<void> {
    const community = await this.communities.findVisible({ id: communityId }, viewer.id);
    const image = community ? await this.images.findOneBy({ communityId: community.id }) : null;
    if (!image) throw new NotFoundError('Image');
    res.setHeader('Content-Type', image.mimeType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', NO_STORE);
    res.end(image.bytes);
  }
}
