import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '@outloud/files';
import { IdentityModule } from '@outloud/identity';
import { StreamModule } from '@outloud/stream';
import { BOOKMARK_STATE_RESOLVERS } from './bookmark-state.resolver';
import { BookmarkEntity } from './bookmark.entity';
import { BookmarkRepository } from './bookmark.repository';
import { BookmarkResolver } from './bookmark.resolver';
import { BookmarkService } from './bookmark.service';
import { BookmarkModeratedDeletionListener } from './moderated-deletion.listener';

/** Public bookmarks: links, posts and files people saved, so one person's research helps the next. */
@Module({
  imports: [IdentityModule, StreamModule, FilesModule, TypeOrmModule.forFeature([BookmarkEntity])],
  providers: [
    BookmarkModeratedDeletionListener,
    BookmarkRepository,
    BookmarkResolver,
    BookmarkService,
    ...BOOKMARK_STATE_RESOLVERS,
  ],
  exports: [BookmarkRepository],
})
export class BookmarksModule {}
