import { Bookmark, BookmarkTargetKind } from './dto/bookmark.model';
import { BookmarkEntity } from './bookmark.entity';

export function toBookmarkModel(b: BookmarkEntity): Bookmark {
  return {
    id: b.id,
    targetKind: b.targetType as BookmarkTargetKind,
    url: b.url,
    postId: b.postId,
    title: b.title,
    description: b.description,
    tags: b.tags,
    isPrivate: b.isPrivate,
    createdAt: b.createdAt,
    ownerId: b.ownerId,
    fileId: b.fileId,
    targetKey: b.targetKey,
  };
}
