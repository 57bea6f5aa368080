import { extensionOf } from './file-name';

/** What the bytes are, decided from their content; the name only refines plain text. */
export type SniffResult =
  { ok: true; mimeType: string } | { ok: false; reason: 'markup' | 'unsupported' | 'name' };

/** Names the browser or the desktop would run or render as a page: refused whatever the bytes. */
const DANGEROUS_EXTENSIONS = new Set(
  (
    'html htm xhtml shtml mht mhtml svg svgz xml xsl xslt js mjs cjs jsx ts vbs vbe wsf hta ' +
    'php phtml php3 php4 php5 jsp jspx asp aspx cgi pl py rb sh bash zsh ps1 bat cmd com exe ' +
    'scr msi dll jar app lnk reg swf'
  ).split(' '),
);

/** Images and PDF a browser may show inline (with nosniff and a sandbox CSP). */
export const INLINE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
]);

const OFFICE_ZIP_TYPES: [marker: string, mimeType: string][] = [
  ['word/', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];
const ODF_MIMETYPE = /^mimetype(application\/vnd\.oasis\.opendocument\.[a-z.-]{1,40})/;

/**
 * Decides the type of an upload. `head` is the first bytes (64 KB is plenty); `isUtf8Text`
 * says whether the whole stream was valid UTF-8 without NUL bytes. Anything not recognised is
 * refused: an allow-list, not a deny-list.
 */
export function sniffType(head: Buffer, isUtf8Text: boolean, fileName: string): SniffResult {
  if (DANGEROUS_EXTENSIONS.has(extensionOf(fileName))) return { ok: false, reason: 'name' };
  const binary = sniffBinary(head);
  if (binary) return { ok: true, mimeType: binary };
  if (!isUtf8Text) return { ok: false, reason: 'unsupported' };
  if (looksLikeMarkupOrScript(head)) return { ok: false, reason: 'markup' };
  return { ok: true, mimeType: textTypeFor(fileName) };
}

export function isInlineType(mimeType: string): boolean {
  return INLINE_TYPES.has(mimeType);
}

export function isTextType(mimeType: string): boolean {
  return mimeType.startsWith('text/');
}

function sniffBinary(b: Buffer): string | null {
  const starts = (bytes: number[], at = 0) => bytes.every((v, i) => b[at + i] === v);
  const ascii = (text: string, at = 0) =>
    b.subarray(at, at + text.length).toString('latin1') === text;
  if (ascii('%PDF-')) return 'application/pdf';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii('GIF87a') || ascii('GIF89a')) return 'image/gif';
  if (ascii('RIFF') && ascii('WEBP', 8)) return 'image/webp';
  if (starts([0x50, 0x4b, 0x03, 0x04])) return sniffZip(b);
  return null;
}

/** OOXML and OpenDocument files are ZIPs; their first entries name the kind of document. */
function sniffZip(b: Buffer): string {
  const names = b.toString('latin1');
  const odf = ODF_MIMETYPE.exec(names.slice(30, 120));
  if (odf) return odf[1];
  if (names.includes('[Content_Types].xml')) {
    for (const [marker, mimeType] of OFFICE_ZIP_TYPES) if (names.includes(marker)) return mimeType;
  }
  return 'application/zip';
}

/**
 * Text that a browser would treat as a page or that is a script: HTML, SVG and XML documents
 * (they start with a tag), PHP, and shebang scripts. Served as attachments anyway, but refused
 * so a disguised page never sits in the company's files.
 */
function looksLikeMarkupOrScript(head: Buffer): boolean {
  const text = head
    .subarray(0, 2048)
    .toString('utf8')
    .replace(/^\ufeff/, '');
  const start = text.trimStart();
  if (/^<[a-z!?/]/i.test(start) || start.startsWith('#!')) return true;
  return /<(script|svg|html|iframe|object|embed|\?php|!doctype)\b/i.test(text);
}

function textTypeFor(fileName: string): string {
  const ext = extensionOf(fileName);
  if (ext === 'md' || ext === 'markdown') return 'text/markdown';
  if (ext === 'csv') return 'text/csv';
  return 'text/plain';
}
