import { FileCommentResolver, FileResolver, FileVersionResolver } from './lib/file.resolver';
import { FileHandoverResolver } from './lib/handover/file-handover.resolver';
import { PostFilesResolver } from './lib/post-files.resolver';

export { FilesModule } from './lib/files.module';
export { FileRepository } from './lib/file.repository';
export type { FileCommentFacts } from './lib/file.repository';
export { FileComment } from './lib/dto/file.model';
export { toFileCommentModel } from './lib/file.mapper';
export { File } from './lib/dto/file.model';
export { toFileModel } from './lib/file.mapper';
export type { BlobStorage } from './lib/storage/blob-storage';
export { createBlobStorage, filesRoot, uploadTempDir } from './lib/storage/create-blob-storage';

/** Resolver classes, for generating the schema without a database. */
export const FILE_RESOLVERS = [
  FileResolver,
  FileVersionResolver,
  FileCommentResolver,
  PostFilesResolver,
  FileHandoverResolver,
];
