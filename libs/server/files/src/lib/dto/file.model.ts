import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@outloud/server-core';

export enum FilePopularity {
  DOWNLOADS = 'downloads',
  LIKES = 'likes',
}
registerEnumType(FilePopularity, {
  name: 'FilePopularity',
  valuesMap: {
    DOWNLOADS: { description: 'Most downloaded first.' },
    LIKES: { description: 'Most liked first.' },
  },
});

@ObjectType({
  description:
    'A shared file: public unless placed in a restricted community. Upload with POST /files/uploads.',
})
export class File {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => [String])
  tags: string[];

  @Field({ description: 'Detected from the content, never from the name.' })
  mimeType: string;

  @Field(() => Float)
  sizeBytes: number;

  @Field()
  sha256: string;

  @Field(() => Int, { description: 'Current version number (1 for a new file).' })
  version: number;

  @Field(() => Int)
  likeCount: number;

  @Field(() => Int)
  commentCount: number;

  @Field(() => Int, { description: 'Every download, all versions.' })
  downloadCount: number;

  @Field(() => Int, { description: 'Distinct people who downloaded it.' })
  downloaderCount: number;

  @Field({ description: 'Images and PDF may be previewed; everything else downloads.' })
  isPreviewable: boolean;

  @Field({ description: 'Relative URL of the current version (each request counts a download).' })
  downloadUrl: string;

  @Field({
    description:
      'Relative URL for showing the current version inline on the file page; not counted as a download.',
  })
  previewUrl: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  ownerId: string;
  communityId: string | null;
}

@ObjectType()
export class FileVersion {
  @Field(() => Int)
  version: number;

  @Field()
  name: string;

  @Field()
  mimeType: string;

  @Field(() => Float)
  sizeBytes: number;

  @Field()
  sha256: string;

  @Field()
  downloadUrl: string;

  @Field()
  createdAt: Date;

  uploadedById: string;
}

@ObjectType()
export class FileComment {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  authorId: string;
}

@ObjectType()
export class FileConnection extends ConnectionType(File) {}

@InputType()
export class UpdateFileInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}
