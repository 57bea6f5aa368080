import { NO_STORE } from '@outloud/server-core';
import { create as contentDisposition } from 'content-disposition';
import { isInlineType, isTextType } from '../upload/sniff-type';

export interface DownloadFacts {
  name: string;
  mimeType: string;
  sizeBytes: string | number;
  sha256: string;
}

/**
 * Headers for serving a stored file from the app's origin. Only images and PDF may render
 * inline; everything else downloads. nosniff stops the browser second-guessing the type and the
 * sandbox CSP keeps scripts in anything that does render away from the app's cookies and DOM.
 * The name goes through `content-disposition` (quoted, RFC 5987 `filename*` for non-ASCII), so
 * no name can split the header.
 */
export function downloadHeaders(file: DownloadFacts): Record<string, string> {
  return {
    'Content-Type': isTextType(file.mimeType) ? `${file.mimeType}; charset=utf-8` : file.mimeType,
    'Content-Length': String(file.sizeBytes),
    'Content-Disposition': contentDisposition(file.name, {
      type: isInlineType(file.mimeType) ? 'inline' : 'attachment',
    }),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Access is re-checked on every request (membership may end): nothing may keep a copy.
    'Cache-Control': NO_STORE,
    ETag: `"${file.sha256}"`,
  };
}
