import { BOOKMARK_STATE_RESOLVERS } from './lib/bookmark-state.resolver';
import { BookmarkResolver } from './lib/bookmark.resolver';

export { BookmarksModule } from './lib/bookmarks.module';
export { BookmarkRepository } from './lib/bookmark.repository';
export { Bookmark } from './lib/dto/bookmark.model';
export { parseBookmarkUrl } from './lib/bookmark-url';

/** Resolver classes, for generating the schema without a database. */
export const BOOKMARK_RESOLVERS = [BookmarkResolver, ...BOOKMARK_STATE_RESOLVERS];
