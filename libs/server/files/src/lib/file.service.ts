import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommunityPlacement } from '@outloud/communities';
import {
  AccessPolicy,
  AppConfig,
  ATTACHMENT_IMAGE_MAX_PIXELS,
  IdempotencyKeys,
  imageDimensions,
  isUuid,
  OutboxService,
  TransactionRunner,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { PostRepository } from '@outloud/stream';
import { EntityManager } from 'typeorm';
import { FileCommentEntity, FileEntity, FileVersionEntity } from './file.entity';
import { FileRepository } from './file.repository';
import {
  attachFilesSchema,
  commentSchema,
  newVersionFieldsSchema,
  updateFileSchema,
  uploadFieldsSchema,
} from './file.schemas';
import { FileErrors, QuotaExceededError } from './files.errors';
import { BlobStore } from './storage/blob-store.service';
import { extractPdfText, PDF_TEXT_MAX_FILE_BYTES } from './upload/pdf-text';
import { ReceivedUpload } from './upload/receive-upload';
import { isTextType, sniffType } from './upload/sniff-type';

interface CheckedContent {
  name: string;
  mimeType: string;
  extractedText: string | null;
}

/** Sharing files: uploads, versions, metadata, likes, comments, links from posts. */
@Injectable()
export class FileService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly files: FileRepository,
    private readonly blobs: BlobStore,
    private readonly communities: CommunityPlacement,
    private readonly posts: PostRepository,
    private readonly policy: AccessPolicy,
    private readonly outbox: OutboxService,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  /**
   * A new file from a finished upload: in the author's files, or a community's (posting rules).
   * With an idempotency key, a second attempt (double click, retry) returns the first file and
   * stores nothing.
   */
  async create(
    viewer: Viewer,
    upload: ReceivedUpload,
    idempotencyKey: string | null = null,
  ): Promise<FileEntity> {
    const fields = validateInput(
      uploadFieldsSchema,
      { ...upload.fields, name: upload.fields.name ?? upload.partFileName },
      'form',
    );
    const content = this.checkContent(upload, fields.name, await this.pdfText(upload));
    const id = randomUUID();
    return this.publishing(
      upload,
      (tx) =>
        this.idempotency.run(tx, {
          userId: viewer.id,
          scope: 'file',
          key: idempotencyKey,
          resultId: id,
          write: () => this.insertFile(tx, viewer, upload, fields, content, id),
          replay: (firstId) => this.firstUpload(tx, firstId),
        }),
      id,
    );
  }

  /** The file an earlier attempt with the same idempotency key stored. */
  async firstUpload(manager: EntityManager | null, firstId: string): Promise<FileEntity> {
    const first = await this.files.byId(manager ?? this.transactions.manager, firstId);
    if (!first) throw FileErrors.notFound();
    return first;
  }

  /** A new version by the file's owner; the file keeps its id, likes, comments and counts. */
  async addVersion(viewer: Viewer, fileId: string, upload: ReceivedUpload): Promise<FileEntity> {
    const fields = validateInput(
      newVersionFieldsSchema,
      { name: upload.fields.name ?? (upload.partFileName || undefined) },
      'form',
    );
    // Outside the transaction: reading a large PDF must not hold the file's row lock.
    const pdfText = await this.pdfText(upload);
    return this.publishing(upload, async (tx) => {
      const file = await this.lockOwned(tx, viewer, fileId);
      const content = this.checkContent(upload, fields.name ?? file.name, pdfText);
      await this.assertQuota(tx, viewer.id, upload.inspected.sizeBytes);
      const version = file.version + 1;
      await tx.insert(
        FileVersionEntity,
        this.versionRow(file.id, version, viewer, upload, content),
      );
      Object.assign(file, {
        version,
        name: content.name,
        mimeType: content.mimeType,
        sizeBytes: String(upload.inspected.sizeBytes),
        sha256: upload.inspected.sha256,
        extractedText: content.extractedText,
        updatedAt: new Date(),
      });
      await tx.save(file);
      await this.outbox.enqueue(tx, 'files.file.updated', { fileId: file.id });
      return file;
    });
  }

  async update(viewer: Viewer, fileId: string, input: unknown): Promise<FileEntity> {
    const values = validateInput(updateFileSchema, input);
    return this.transactions.run(async (tx) => {
      const file = await this.lockOwned(tx, viewer, fileId);
      for (const [key, value] of Object.entries(values))
        if (value !== undefined && value !== null) Object.assign(file, { [key]: value });
      file.updatedAt = new Date();
      await tx.save(file);
      await this.outbox.enqueue(tx, 'files.file.updated', { fileId: file.id });
      return file;
    });
  }

  /** The owner, or a moderator or admin who can see the file; blobs go once no version uses them. */
  async delete(viewer: Viewer, fileId: string): Promise<FileEntity> {
    const { file, hashes } = await this.transactions.run(async (tx) => {
      const file = await this.files.findVisible(fileId, viewer.id, tx, true);
      if (!file) throw FileErrors.notFound();
      await this.policy.require(
        viewer,
        'file.delete',
        { ownerId: file.ownerId },
        {
          orElse: FileErrors.notOwner,
        },
      );
      return { file, hashes: await this.remove(tx, file) };
    });
    await this.blobs.collect(hashes);
    return file;
  }

  /** A moderator's deletion (moderation hid the file already); repeats change nothing. */
  async deleteForModerator(fileId: string): Promise<void> {
    const hashes = await this.transactions.run(async (tx) => {
      const file = await tx.findOne(FileEntity, {
        where: { id: fileId },
        lock: { mode: 'pessimistic_write' },
      });
      return file ? this.remove(tx, file) : [];
    });
    await this.blobs.collect(hashes);
  }

  /** A moderator's deletion of a comment; repeats change nothing. */
  async deleteCommentForModerator(commentId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const comment = await tx.findOneBy(FileCommentEntity, { id: commentId });
      if (!comment) return;
      await tx.delete(FileCommentEntity, { id: comment.id });
      await this.files.decrementCommentCount(tx, comment.fileId);
    });
  }

  /** Deletes the file's rows; returns the blobs its versions used (collected after commit). */
  private async remove(tx: EntityManager, file: FileEntity): Promise<string[]> {
    const versions = await tx.find(FileVersionEntity, { where: { fileId: file.id } });
    await tx.delete(FileEntity, { id: file.id });
    await this.outbox.enqueue(tx, 'files.file.deleted', { fileId: file.id });
    return versions.map((v) => v.sha256);
  }

  async setLike(viewer: Viewer, fileId: string, liked: boolean): Promise<FileEntity> {
    return this.transactions.run(async (tx) => {
      const file = await this.files.findVisible(fileId, viewer.id, tx, true);
      if (!file) throw FileErrors.notFound();
      const change = await this.files.setLiked(tx, file.id, viewer.id, liked);
      if (!change) throw liked ? FileErrors.alreadyLiked() : FileErrors.notLiked();
      file.likeCount = change.likeCount;
      if (file.ownerId !== viewer.id)
        await this.outbox.enqueue(tx, 'files.file.used', { fileId: file.id });
      return file;
    });
  }

  async comment(viewer: Viewer, fileId: string, body: string): Promise<FileCommentEntity> {
    const values = validateInput(commentSchema, { body });
    return this.transactions.run(async (tx) => {
      const file = await this.files.findVisible(fileId, viewer.id, tx, true);
      if (!file) throw FileErrors.notFound();
      const comment = tx.create(FileCommentEntity, {
        fileId: file.id,
        authorId: viewer.id,
        body: values.body,
      });
      await tx.save(comment);
      await tx.update(FileEntity, { id: file.id }, { commentCount: file.commentCount + 1 });
      return comment;
    });
  }

  /** The comment's author or the file's owner. */
  async deleteComment(viewer: Viewer, commentId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const comment = isUuid(commentId)
        ? await tx.findOneBy(FileCommentEntity, { id: commentId })
        : null;
      const file = comment && (await this.files.findVisible(comment.fileId, viewer.id, tx, true));
      if (!comment || !file || !(await this.files.isCommentVisible(comment.id, viewer.id, tx)))
        throw FileErrors.commentNotFound();
      await this.policy.require(
        viewer,
        'fileComment.delete',
        { ownerId: comment.authorId, parentOwnerId: file.ownerId },
        { orElse: FileErrors.notOwner },
      );
      await tx.delete(FileCommentEntity, { id: comment.id });
      await tx.update(FileEntity, { id: file.id }, { commentCount: file.commentCount - 1 });
    });
  }

  /** Replaces the files a post links to; only its author may, and only with files they can see. */
  async attachToPost(viewer: Viewer, postId: string, fileIds: string[]): Promise<string> {
    const values = validateInput(attachFilesSchema, { fileIds }, 'fileIds');
    return this.transactions.run(async (tx) => {
      const post = await this.posts.findVisible(postId, viewer.id, tx);
      if (!post || post.deletedAt) throw FileErrors.postNotFound();
      await this.policy.require(
        viewer,
        'post.attachFiles',
        { ownerId: post.authorId },
        {
          orElse: FileErrors.notPostAuthor,
        },
      );
      const ids = [...new Set(values.fileIds)];
      const visible = await this.files.visibleIds(ids, viewer.id);
      if (visible.size !== ids.length) throw FileErrors.notFound();
      await this.files.replacePostFiles(tx, post.id, ids);
      return post.id;
    });
  }

  /** Counts a download by someone who may see the file. */
  recordDownload(fileId: string, viewerId: string): Promise<void> {
    return this.files.recordDownload(fileId, viewerId);
  }

  /**
   * Runs `write` in a transaction that first publishes the upload's blob under an advisory lock.
   * If the rows fail, the blob is collected again: nothing half-written stays. When `write`
   * returned another file than `newId` (an idempotent retry), there is nothing to publish.
   */
  private async publishing(
    upload: ReceivedUpload,
    write: (tx: EntityManager) => Promise<FileEntity>,
    newId?: string,
  ): Promise<FileEntity> {
    const { sha256, sizeBytes } = upload.inspected;
    if (sizeBytes === 0) throw FileErrors.empty();
    let published = false;
    try {
      return await this.transactions.run(async (tx) => {
        const file = await write(tx);
        if (newId && file.id !== newId) return file;
        await this.blobs.publish(tx, sha256, upload.tempFile, sizeBytes);
        published = true;
        return file;
      });
    } catch (error) {
      if (published) await this.blobs.collect([sha256]);
      throw error;
    }
  }

  /** Text of a PDF for search (capped), null for other types or when unreadable. */
  private async pdfText(upload: ReceivedUpload): Promise<string | null> {
    if (upload.inspected.head.subarray(0, 5).toString('latin1') !== '%PDF-') return null;
    if (upload.inspected.sizeBytes > PDF_TEXT_MAX_FILE_BYTES) return null;
    return extractPdfText(upload.tempFile);
  }

  private checkContent(
    upload: ReceivedUpload,
    name: string,
    pdfText: string | null,
  ): CheckedContent {
    if (upload.inspected.sizeBytes === 0) throw FileErrors.empty();
    const sniffed = sniffType(upload.inspected.head, upload.inspected.isUtf8Text, name);
    if (!sniffed.ok) {
      if (sniffed.reason === 'markup') throw FileErrors.markup();
      if (sniffed.reason === 'name') throw FileErrors.dangerousName();
      throw FileErrors.unsupported();
    }
    if (sniffed.mimeType.startsWith('image/')) {
      // Browsers decode image previews: refuse a pixel flood (a few KB declaring gigapixels).
      const size = imageDimensions(upload.inspected.head);
      if (size && size.width * size.height > ATTACHMENT_IMAGE_MAX_PIXELS)
        throw FileErrors.tooManyPixels(size.width, size.height, ATTACHMENT_IMAGE_MAX_PIXELS);
    }
    return {
      name,
      mimeType: sniffed.mimeType,
      extractedText: isTextType(sniffed.mimeType)
        ? upload.inspected.textSample
        : sniffed.mimeType === 'application/pdf'
          ? pdfText
          : null,
    };
  }

  private async insertFile(
    tx: EntityManager,
    viewer: Viewer,
    upload: ReceivedUpload,
    fields: { description: string; tags: string[]; communityId?: string },
    content: CheckedContent,
    id: string,
  ): Promise<FileEntity> {
    await this.assertQuota(tx, viewer.id, upload.inspected.sizeBytes);
    const placement = fields.communityId
      ? await this.communities.postingContext(viewer, fields.communityId, tx)
      : { communityId: null, audience: 'public' as const };
    const file = tx.create(FileEntity, {
      id,
      ownerId: viewer.id,
      communityId: placement.communityId,
      audience: placement.audience,
      name: content.name,
      description: fields.description,
      tags: fields.tags,
      version: 1,
      mimeType: content.mimeType,
      sizeBytes: String(upload.inspected.sizeBytes),
      sha256: upload.inspected.sha256,
      extractedText: content.extractedText,
    });
    await tx.save(file);
    await tx.insert(FileVersionEntity, this.versionRow(file.id, 1, viewer, upload, content));
    await this.outbox.enqueue(tx, 'files.file.created', { fileId: file.id });
    return file;
  }

  private versionRow(
    fileId: string,
    version: number,
    viewer: Viewer,
    upload: ReceivedUpload,
    content: CheckedContent,
  ) {
    return {
      fileId,
      version,
      uploadedBy: viewer.id,
      name: content.name,
      mimeType: content.mimeType,
      sizeBytes: String(upload.inspected.sizeBytes),
      sha256: upload.inspected.sha256,
    };
  }

  /**
   * The final quota check, serialised per person: the streaming check alone would let parallel
   * uploads each fit and together go over.
   */
  private async assertQuota(tx: EntityManager, userId: string, adding: number): Promise<void> {
    await this.files.lock(tx, `file-quota:${userId}`);
    const quota = this.config.get('FILE_QUOTA_BYTES');
    const used = await this.files.usageOf(userId, tx);
    if (used + adding > quota) throw new QuotaExceededError(quota, used);
  }

  private async lockOwned(tx: EntityManager, viewer: Viewer, fileId: string): Promise<FileEntity> {
    const file = await this.files.findVisible(fileId, viewer.id, tx, true);
    if (!file) throw FileErrors.notFound();
    await this.policy.require(
      viewer,
      'file.edit',
      { ownerId: file.ownerId },
      {
        orElse: FileErrors.notOwner,
      },
    );
    return file;
  }
}
