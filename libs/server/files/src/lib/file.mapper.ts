import { File, FileComment, FileVersion } from './dto/file.model';
import { FileCommentEntity, FileEntity, FileVersionEntity } from './file.entity';
import { isInlineType } from './upload/sniff-type';

export const downloadPath = (fileId: string, version?: number) =>
  `/files/${fileId}/download${version ? `?version=${version}` : ''}`;

/** For the file page's inline preview: same bytes and headers, not counted as a download. */
export const previewPath = (fileId: string, version?: number) =>
  `/files/${fileId}/preview${version ? `?version=${version}` : ''}`;

export function toFileModel(f: FileEntity): File {
  return {
    id: f.id,
    name: f.name,
    description: f.description,
    tags: f.tags,
    mimeType: f.mimeType,
    sizeBytes: Number(f.sizeBytes),
    sha256: f.sha256,
    version: f.version,
    likeCount: f.likeCount,
    commentCount: f.commentCount,
    downloadCount: f.downloadCount,
    downloaderCount: f.downloaderCount,
    isPreviewable: isInlineType(f.mimeType),
    downloadUrl: downloadPath(f.id),
    previewUrl: previewPath(f.id),
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    ownerId: f.ownerId,
    communityId: f.communityId,
  };
}

export function toFileVersionModel(v: FileVersionEntity): FileVersion {
  return {
    version: v.version,
    name: v.name,
    mimeType: v.mimeType,
    sizeBytes: Number(v.sizeBytes),
    sha256: v.sha256,
    downloadUrl: downloadPath(v.fileId, v.version),
    createdAt: v.createdAt,
    uploadedById: v.uploadedBy,
  };
}

export function toFileCommentModel(c: FileCommentEntity): FileComment {
  return { id: c.id, body: c.body, createdAt: c.createdAt, authorId: c.authorId };
}
