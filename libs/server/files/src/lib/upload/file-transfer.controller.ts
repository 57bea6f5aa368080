import { Controller, Get, Inject, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  AccessPolicy,
  AppConfig,
  assertText,
  BadUserInputError,
  CurrentViewer,
  requestIdOf,
  ForbiddenError,
  IdempotencyKeys,
  OptionalViewer,
  Public,
  RateLimitedError,
  RateLimits,
  readIdempotencyKey,
  Viewer,
} from '@outloud/server-core';
import { ContentPolicyGate } from '@outloud/policy';
import type { Request, Response } from 'express';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { toFileModel } from '../file.mapper';
import { FileRepository } from '../file.repository';
import { FileService } from '../file.service';
import { FileErrors, QuotaExceededError } from '../files.errors';
import { downloadHeaders } from '../serve/download-headers';
import { BlobStore } from '../storage/blob-store.service';
import { receiveUpload, ReceivedUpload, UploadFormError, UploadIdleError } from './receive-upload';
import { FileTooLargeError } from './upload-inspector';

/** Room for the form's other fields and part headers on top of the file itself. */
const FORM_OVERHEAD_BYTES = 256 * 1024;

/**
 * Uploads and downloads over plain HTTP (streamed, never buffered; GraphQL carries metadata
 * only). Uploads need a custom header, which a cross-site HTML form cannot send.
 */
@Controller('files')
export class FileTransferController {
  private readonly logger = new Logger('FileTransfer');
  /** Uploads in flight per person, on this node (the cap bounds disk and parallel quota use). */
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly service: FileService,
    private readonly files: FileRepository,
    private readonly blobs: BlobStore,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly policy: AccessPolicy,
    private readonly contentPolicy: ContentPolicyGate,
    private readonly limits: RateLimits,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  @Post('uploads')
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // A retry of an upload that was stored already answers at once, without the body.
    const key = readIdempotencyKey(req.header('idempotency-key'), 'Idempotency-Key');
    const firstId = key && (await this.idempotency.firstResult(viewer.id, 'file', key));
    if (firstId) {
      res.setHeader('Connection', 'close');
      const first = await this.service.firstUpload(null, firstId);
      res.status(201).json({ file: toFileModel(first) });
      return;
    }
    await this.receive(viewer, req, res, async (upload) => {
      const file = await this.service.create(viewer, upload, key);
      res.status(201).json({ file: toFileModel(file) });
    });
  }

  @Post(':id/versions')
  async addVersion(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // Check before reading the body, so an outsider cannot make us store anything.
    const file = await this.files.findVisible(id, viewer.id);
    if (!file) throw FileErrors.notFound();
    await this.policy.require(
      viewer,
      'file.edit',
      { ownerId: file.ownerId },
      {
        orElse: FileErrors.notOwner,
      },
    );
    await this.receive(viewer, req, res, async (upload) => {
      const updated = await this.service.addVersion(viewer, file.id, upload);
      res.status(201).json({ file: toFileModel(updated) });
    });
  }

  /**
   * Public so that logged-out people get the same 404 as outsiders (never a hint that the id
   * exists); the access policy decides for logged-in people. An explicit download counts.
   */
  @Public()
  @Get(':id/download')
  download(
    @OptionalViewer() viewer: Viewer | null,
    @Param('id') id: string,
    @Query('version') versionParam: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(viewer, id, versionParam, res, true);
  }

  /**
   * The same bytes and headers for the file page's inline preview (image, PDF, text), which
   * must not inflate download counts: looking at a file is not using it.
   */
  @Public()
  @Get(':id/preview')
  preview(
    @OptionalViewer() viewer: Viewer | null,
    @Param('id') id: string,
    @Query('version') versionParam: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    return this.serve(viewer, id, versionParam, res, false);
  }

  private async serve(
    viewer: Viewer | null,
    id: string,
    versionParam: string | undefined,
    res: Response,
    countDownload: boolean,
  ): Promise<void> {
    const file = viewer ? await this.files.findVisible(id, viewer.id) : null;
    if (!file || !viewer) throw FileErrors.notFound();
    const version = versionParam === undefined ? file.version : parseVersion(versionParam);
    const row = await this.files.version(file.id, version);
    if (!row) throw FileErrors.versionNotFound();
    const body = await this.blobs.open(row.sha256);
    if (countDownload) await this.service.recordDownload(file.id, viewer.id);
    res.status(200).set(downloadHeaders(row));
    try {
      await pipeline(body, res);
    } catch (error) {
      // The client went away or storage failed mid-stream: nothing more to send.
      this.logger.debug(`Sending ${file.id} ended early: ${String(error)}`);
    }
  }

  /**
   * Runs `handle` on a fully received upload; the temp file is gone afterwards in every case.
   * Limits, in order: the CSRF header, uploads in flight per person (429), the storage quota
   * and the size limit (413, before reading when Content-Length tells, else while streaming),
   * and an idle timeout for clients that stop sending (408).
   */
  private async receive(
    viewer: Viewer,
    req: Request,
    res: Response,
    handle: (upload: ReceivedUpload) => Promise<void>,
  ): Promise<void> {
    if (!req.header('x-outloud-csrf') && !req.header('apollo-require-preflight'))
      throw new ForbiddenError(
        'Uploads need the "x-outloud-csrf: 1" header (protection against cross-site forms).',
      );
    // Before reading a byte: the content policy accepted, the person's hourly upload budget.
    await this.contentPolicy.requireAcknowledged(viewer);
    await this.limits.consume('file.upload', viewer);
    const running = this.inFlight.get(viewer.id) ?? 0;
    const allowed = this.config.get('UPLOADS_PER_USER');
    if (running >= allowed) {
      res.setHeader('Connection', 'close');
      throw new RateLimitedError(
        5,
        `You already have ${allowed} uploads in progress. Wait for one to finish, then try again.`,
      );
    }
    this.inFlight.set(viewer.id, running + 1);
    try {
      await this.receiveWithinLimits(viewer, req, res, handle);
    } finally {
      const left = (this.inFlight.get(viewer.id) ?? 1) - 1;
      if (left > 0) this.inFlight.set(viewer.id, left);
      else this.inFlight.delete(viewer.id);
    }
  }

  private async receiveWithinLimits(
    viewer: Viewer,
    req: Request,
    res: Response,
    handle: (upload: ReceivedUpload) => Promise<void>,
  ): Promise<void> {
    const fileMax = this.config.get('FILE_MAX_BYTES');
    const quota = this.config.get('FILE_QUOTA_BYTES');
    const used = await this.files.usageOf(viewer.id);
    const room = Math.max(quota - used, 0);
    const maxBytes = Math.min(fileMax, room);
    const declared = Number(req.header('content-length') ?? 0);
    if (room === 0 || (room < fileMax && declared > room + FORM_OVERHEAD_BYTES))
      return this.overQuota(res, quota, used);
    if (declared > fileMax + FORM_OVERHEAD_BYTES) return this.tooLarge(res, fileMax);
    let upload: ReceivedUpload;
    try {
      upload = await receiveUpload(req, {
        maxBytes,
        tempDir: this.blobs.tempDir,
        idleTimeoutMs: this.config.get('UPLOAD_IDLE_TIMEOUT_SECONDS') * 1000,
      });
    } catch (error) {
      if (error instanceof FileTooLargeError)
        return maxBytes < fileMax ? this.overQuota(res, quota, used) : this.tooLarge(res, fileMax);
      if (error instanceof UploadIdleError) return this.idle(req, res, error);
      res.setHeader('Connection', 'close');
      if (error instanceof UploadFormError) throw BadUserInputError.field(['form'], error.message);
      throw error;
    }
    try {
      assertText(upload.fields, ['form']);
      assertText(upload.partFileName, ['form', 'file']);
      await handle(upload);
    } catch (error) {
      if (error instanceof QuotaExceededError)
        return this.overQuota(res, error.quotaBytes, error.usedBytes);
      throw error;
    } finally {
      await rm(upload.tempFile, { force: true });
    }
  }

  /** 413 QUOTA_EXCEEDED; like the size limit, the connection closes so the body is not read. */
  private overQuota(res: Response, quotaBytes: number, usedBytes: number): void {
    res.setHeader('Connection', 'close');
    res.status(413).json({
      errors: [
        {
          message: `This upload would go over your storage quota: you use ${formatBytes(usedBytes)} of ${formatBytes(quotaBytes)}. Delete files or old versions you no longer need, then try again.`,
          extensions: {
            code: 'QUOTA_EXCEEDED',
            quotaBytes,
            usedBytes,
            requestId: requestIdOf(res),
          },
        },
      ],
    });
  }

  /** 408, then the connection is dropped: a client that stopped sending gets no more time. */
  private idle(req: Request, res: Response, error: UploadIdleError): void {
    res.setHeader('Connection', 'close');
    res.on('finish', () => req.socket.destroy());
    res.status(408).json({
      errors: [
        {
          message: error.message,
          extensions: { code: 'REQUEST_TIMEOUT', requestId: requestIdOf(res) },
        },
      ],
    });
  }

  /** 413 in the API's error shape; the connection closes so the rest of the body is not read. */
  private tooLarge(res: Response, maxBytes: number): void {
    res.setHeader('Connection', 'close');
    res.status(413).json({
      errors: [
        {
          message: `The file is larger than the limit of ${formatBytes(maxBytes)}.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes, requestId: requestIdOf(res) },
        },
      ],
    });
  }
}

function parseVersion(raw: string): number {
  const n = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || n < 1)
    throw BadUserInputError.field(['version'], 'The version must be a positive whole number.');
  return n;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${Math.round((n / 1024 / 1024 / 1024) * 10) / 10} GB`;
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}
