import { Reply } from './dto/reply.model';
import { ReplyEntity } from './reply.entity';

export function toReplyModel(r: ReplyEntity & { hidden?: boolean }): Reply {
  return {
    id: r.id,
    body: r.body,
    bodyHtml: r.bodyHtml,
    isDeleted: r.deletedAt !== null,
    likeCount: r.likeCount,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    postId: r.postId,
    authorId: r.authorId,
    hidden: r.hidden,
  };
}
