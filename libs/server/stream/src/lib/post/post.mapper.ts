import { Post } from './dto/post.model';
import { PostEntity } from './post.entity';

/** What the Post model is made of (an entity, or a list page's card row). */
export type PostModelFields = Pick<
  PostEntity,
  | 'id'
  | 'body'
  | 'bodyHtml'
  | 'isQuestion'
  | 'deletedAt'
  | 'acceptedReplyId'
  | 'replyCount'
  | 'likeCount'
  | 'createdAt'
  | 'editedAt'
  | 'authorId'
  | 'boardUserId'
  | 'communityId'
>;

export function toPostModel(p: PostModelFields & { hidden?: boolean; writtenNow?: boolean }): Post {
  return {
    id: p.id,
    body: p.body,
    bodyHtml: p.bodyHtml,
    isQuestion: p.isQuestion,
    isDeleted: p.deletedAt !== null,
    isAnswered: p.acceptedReplyId !== null,
    replyCount: p.replyCount,
    likeCount: p.likeCount,
    createdAt: p.createdAt,
    editedAt: p.editedAt,
    authorId: p.authorId,
    boardUserId: p.boardUserId,
    communityId: p.communityId,
    acceptedReplyId: p.acceptedReplyId,
    hidden: p.hidden,
    writtenNow: p.writtenNow,
  };
}
