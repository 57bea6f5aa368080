import { Controller, Get, Inject, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  AppConfig,
  BadUserInputError,
  CurrentViewer,
  currentRequestId,
  ForbiddenError,
  OptionalViewer,
  Public,
  Viewer,
} from '@outloud/server-core';
import type { Request, Response } from 'express';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { toFileModel } from '../file.mapper';
import { FileRepository } from '../file.repository';
import { FileService } from '../file.service';
import { FileErrors } from '../files.errors';
import { downloadHeaders } from '../serve/download-headers';
import { BlobStore } from '../storage/blob-store.service';
import { receiveUpload, ReceivedUpload, UploadFormError } from './receive-upload';
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

  constructor(
    private readonly service: FileService,
    private readonly files: FileRepository,
    private readonly blobs: BlobStore,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Post('uploads')
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.receive(req, res, async (upload) => {
      const file = await this.service.create(viewer, upload);
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
    if (file.ownerId !== viewer.id) throw FileErrors.notOwner();
    await this.receive(req, res, async (upload) => {
      const updated = await this.service.addVersion(viewer, file.id, upload);
      res.status(201).json({ file: toFileModel(updated) });
    });
  }

  /**
   * Public so that logged-out people get the same 404 as outsiders (never a hint that the id
   * exists); the access policy decides for logged-in people.
   */
  @Public()
  @Get(':id/download')
  async download(
    @OptionalViewer() viewer: Viewer | null,
    @Param('id') id: string,
    @Query('version') versionParam: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const file = viewer ? await this.files.findVisible(id, viewer.id) : null;
    if (!file || !viewer) throw FileErrors.notFound();
    const version = versionParam === undefined ? file.version : parseVersion(versionParam);
    const row = await this.files.version(file.id, version);
    if (!row) throw FileErrors.versionNotFound();
    const body = await this.blobs.open(row.sha256);
    await this.service.recordDownload(file.id, viewer.id);
    res.status(200).set(downloadHeaders(row));
    try {
      await pipeline(body, res);
    } catch (error) {
      // The client went away or storage failed mid-stream: nothing more to send.
      this.logger.debug(`Download of ${file.id} ended early: ${String(error)}`);
    }
  }

  /** Runs `handle` on a fully received upload; the temp file is gone afterwards in every case. */
  private async receive(
    req: Request,
    res: Response,
    handle: (upload: ReceivedUpload) => Promise<void>,
  ): Promise<void> {
    if (!req.header('x-outloud-csrf') && !req.header('apollo-require-preflight'))
      throw new ForbiddenError(
        'Uploads need the "x-outloud-csrf: 1" header (protection against cross-site forms).',
      );
    const maxBytes = this.config.get('FILE_MAX_BYTES');
    if (Number(req.header('content-length') ?? 0) > maxBytes + FORM_OVERHEAD_BYTES)
      return this.tooLarge(res, maxBytes);
    let upload: ReceivedUpload;
    try {
      upload = await receiveUpload(req, { maxBytes, tempDir: this.blobs.tempDir });
    } catch (error) {
      if (error instanceof FileTooLargeError) return this.tooLarge(res, maxBytes);
      res.setHeader('Connection', 'close');
      if (error instanceof UploadFormError) throw BadUserInputError.field(['form'], error.message);
      throw error;
    }
    try {
      await handle(upload);
    } finally {
      await rm(upload.tempFile, { force: true });
    }
  }

  /** 413 in the API's error shape; the connection closes so the rest of the body is not read. */
  private tooLarge(res: Response, maxBytes: number): void {
    res.setHeader('Connection', 'close');
    res.status(413).json({
      errors: [
        {
          message: `The file is larger than the limit of ${formatBytes(maxBytes)}.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes, requestId: currentRequestId() },
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
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}
