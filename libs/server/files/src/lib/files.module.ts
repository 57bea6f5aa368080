import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@outloud/audit';
import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { AppConfig } from '@outloud/server-core';
import { PolicyModule } from '@outloud/policy';
import { StreamModule } from '@outloud/stream';
import { FileCommentEntity, FileEntity, FileVersionEntity } from './file.entity';
import { FileLoaders } from './file.loaders';
import { FileRepository } from './file.repository';
import { FileCommentResolver, FileResolver, FileVersionResolver } from './file.resolver';
import { FileService } from './file.service';
import { FileHandoverResolver } from './handover/file-handover.resolver';
import { FileHandoverService } from './handover/file-handover.service';
import { FileModeratedDeletionListener } from './moderated-deletion.listener';
import { PostFilesResolver } from './post-files.resolver';
import { BLOB_STORAGE } from './storage/blob-storage';
import { BlobStore, UPLOAD_TEMP_DIR } from './storage/blob-store.service';
import { createBlobStorage, uploadTempDir } from './storage/create-blob-storage';
import { FileTransferController } from './upload/file-transfer.controller';

/** Public files: streamed uploads, versions, downloads, likes, comments, links from posts. */
@Module({
  imports: [
    AuditModule,
    IdentityModule,
    CommunitiesModule,
    StreamModule,
    PolicyModule,
    TypeOrmModule.forFeature([FileEntity, FileVersionEntity, FileCommentEntity]),
  ],
  controllers: [FileTransferController],
  providers: [
    {
      provide: BLOB_STORAGE,
      inject: [AppConfig],
      useFactory: createBlobStorage,
    },
    {
      provide: UPLOAD_TEMP_DIR,
      inject: [AppConfig],
      useFactory: uploadTempDir,
    },
    BlobStore,
    FileModeratedDeletionListener,
    FileCommentResolver,
    FileHandoverResolver,
    FileHandoverService,
    FileLoaders,
    FileRepository,
    FileResolver,
    FileService,
    FileVersionResolver,
    PostFilesResolver,
  ],
  exports: [FileRepository],
})
export class FilesModule {}
