import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@outloud/server-core';

export enum BookmarkTargetKind {
  URL = 'url',
  POST = 'post',
  FILE = 'file',
}
registerEnumType(BookmarkTargetKind, { name: 'BookmarkTargetKind' });

@ObjectType({
  description:
    'A saved link, post or file. Public unless private (then only its owner sees it); a saved post or file shows only to people who may see it.',
})
export class Bookmark {
  @Field(() => ID)
  id: string;

  @Field(() => BookmarkTargetKind)
  targetKind: BookmarkTargetKind;

  @Field(() => String, { nullable: true, description: 'The link (http or https) when a URL.' })
  url: string | null;

  @Field(() => ID, { nullable: true, description: 'The saved post, when a post.' })
  postId: string | null;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [String])
  tags: string[];

  @Field()
  isPrivate: boolean;

  @Field()
  createdAt: Date;

  ownerId: string;
  fileId: string | null;
  targetKey: string;
}

@ObjectType()
export class BookmarkConnection extends ConnectionType(Bookmark) {}

@ObjectType({ description: 'Something many people saved.' })
export class PopularBookmark {
  @Field(() => Bookmark, { description: 'The earliest public bookmark of it.' })
  bookmark: Bookmark;

  @Field(() => Int, { description: 'Public bookmarks of the same thing.' })
  saveCount: number;
}

@InputType({ description: 'Exactly one of url, postId, fileId.' })
export class CreateBookmarkInput {
  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => ID, { nullable: true })
  postId?: string | null;

  @Field(() => ID, { nullable: true })
  fileId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Defaults to the link, post excerpt or file name.',
  })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false: bookmarks are public.' })
  isPrivate?: boolean | null;
}

@InputType({ description: 'Exactly one of url, postId, fileId.' })
export class BookmarkTargetInput {
  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => ID, { nullable: true })
  postId?: string | null;

  @Field(() => ID, { nullable: true })
  fileId?: string | null;
}

@InputType()
export class UpdateBookmarkInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  isPrivate?: boolean | null;
}
