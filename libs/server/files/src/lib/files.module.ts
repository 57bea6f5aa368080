import { S3Client } from '@aws-sdk/client-s3';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { AppConfig } from '@outloud/server-core';
import { StreamModule } from '@outloud/stream';
import { join } from 'node:path';
import { FileCommentEntity, FileEntity, FileVersionEntity } from './file.entity';
import { FileLoaders } from './file.loaders';
import { FileRepository } from './file.repository';
import { FileCommentResolver, FileResolver, FileVersionResolver } from './file.resolver';
import { FileService } from './file.service';
import { PostFilesResolver } from './post-files.resolver';
import { BLOB_STORAGE, BlobStorage } from './storage/blob-storage';
import { BlobStore, UPLOAD_TEMP_DIR } from './storage/blob-store.service';
import { LocalDiskStorage } from './storage/local-disk.storage';
import { s3ClientConfig, S3Storage } from './storage/s3.storage';
import { FileTransferController } from './upload/file-transfer.controller';

const filesRoot = (config: AppConfig) => join(config.dataDir, 'files');

/** Public files: streamed uploads, versions, downloads, likes, comments, links from posts. */
@Module({
  imports: [
    IdentityModule,
    CommunitiesModule,
    StreamModule,
    TypeOrmModule.forFeature([FileEntity, FileVersionEntity, FileCommentEntity]),
  ],
  controllers: [FileTransferController],
  providers: [
    {
      provide: BLOB_STORAGE,
      inject: [AppConfig],
      useFactory: (config: AppConfig): BlobStorage => {
        const bucket = config.get('S3_BUCKET');
        return bucket
          ? new S3Storage(new S3Client(s3ClientConfig(config)), bucket)
          : new LocalDiskStorage(filesRoot(config));
      },
    },
    {
      provide: UPLOAD_TEMP_DIR,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => join(filesRoot(config), 'tmp'),
    },
    BlobStore,
    FileCommentResolver,
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
