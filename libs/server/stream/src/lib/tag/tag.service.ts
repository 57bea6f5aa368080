import { Injectable } from '@nestjs/common';
import { LIMITS_STREAM } from '@outloud/contracts';
import { BadUserInputError, validateInput, Viewer } from '@outloud/server-core';
import { tagSchema } from '../post/post.schemas';
import { TagRepository } from './tag.repository';

export interface TagSummary {
  name: string;
  postCount: number;
  followerCount: number;
  viewerFollows: boolean;
}

/** Hashtag pages, trends and follows. Counts only include posts the viewer may see. */
@Injectable()
export class TagService {
  constructor(private readonly tags: TagRepository) {}

  normalise(raw: string): string {
    return validateInput(tagSchema, raw, 'name');
  }

  async summary(viewerId: string, rawTag: string): Promise<TagSummary> {
    const name = this.normalise(rawTag);
    return { name, ...(await this.tags.summary(viewerId, name)) };
  }

  /** Most used tags in the last 7 days among posts the viewer may see. */
  async trending(viewerId: string, limit: number): Promise<{ name: string; postCount: number }[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS_STREAM.trendingTags.max) {
      throw BadUserInputError.field(
        ['limit'],
        `"limit" must be between 1 and ${LIMITS_STREAM.trendingTags.max}.`,
      );
    }
    return this.tags.trending(viewerId, limit, LIMITS_STREAM.trendingTags.days);
  }

  /** Follows (or unfollows) a tag; idempotent. Returns the normalised tag. */
  async follow(viewer: Viewer, rawTag: string, follow: boolean): Promise<string> {
    const tag = validateInput(tagSchema, rawTag, 'tag');
    await this.tags.setFollow(viewer.id, tag, follow);
    return tag;
  }
}
