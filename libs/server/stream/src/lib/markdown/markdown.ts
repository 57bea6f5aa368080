import { Marked, TokenizerAndRendererExtension, Tokens, TokensList } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Post bodies are Markdown. Mentions (`@handle`) and hashtags (`#tag`) are inline Markdown
 * extensions, so code spans, code blocks, links, URLs and e-mail addresses never produce them.
 * Raw HTML is shown as text; the rendered HTML is then sanitised against an allow-list.
 */

// A mention must not follow a character that would make it part of a word, e-mail, or path.
const MENTION_START = /(^|[^A-Za-z0-9_.+\-/:@&])@[A-Za-z]/;
const MENTION = /^@([A-Za-z][A-Za-z0-9_-]{0,28}[A-Za-z0-9_])(?![A-Za-z0-9_])/;
const TAG_START = /(^|[^\p{L}\p{N}_&/#])#[\p{L}\p{N}_-]/u;
const TAG = /^#([\p{L}\p{N}_-]{1,50})(?![\p{L}\p{N}_-])/u;

export interface ParsedBody {
  /** Lower-cased handles in order of first appearance. */
  mentions: string[];
  /** Lower-cased tags in order of first appearance (at least one letter each). */
  tags: string[];
}

/** A body as lexed once: what it mentions and tags, and its tokens for `renderParsed`. */
export interface LexedBody extends ParsedBody {
  tokens: TokensList;
}

interface MentionToken extends Tokens.Generic {
  type: 'mention';
  handle: string;
}
interface TagToken extends Tokens.Generic {
  type: 'hashtag';
  tag: string;
}

function startIndex(src: string, pattern: RegExp): number | undefined {
  const m = pattern.exec(src);
  return m ? m.index + m[1].length : undefined;
}

function extensions(
  isKnownHandle: (handle: string) => boolean,
  seen: ParsedBody,
): TokenizerAndRendererExtension[] {
  return [
    {
      name: 'mention',
      level: 'inline',
      start: (src) => startIndex(src, MENTION_START),
      tokenizer(src): MentionToken | undefined {
        const m = MENTION.exec(src);
        if (!m) return undefined;
        const handle = m[1].toLowerCase();
        if (!seen.mentions.includes(handle)) seen.mentions.push(handle);
        return { type: 'mention', raw: m[0], handle: m[1] };
      },
      renderer(token) {
        const { handle, raw } = token as MentionToken;
        if (!isKnownHandle(handle.toLowerCase())) return escapeHtml(raw);
        return `<a href="/people/${encodeURIComponent(handle)}" class="mention" data-mention="${escapeHtml(handle.toLowerCase())}">@${escapeHtml(handle)}</a>`;
      },
    },
    {
      name: 'hashtag',
      level: 'inline',
      start: (src) => startIndex(src, TAG_START),
      tokenizer(src): TagToken | undefined {
        const m = TAG.exec(src);
        if (!m || !/\p{L}/u.test(m[1])) return undefined;
        const tag = m[1].toLowerCase();
        if (!seen.tags.includes(tag)) seen.tags.push(tag);
        return { type: 'hashtag', raw: m[0], tag };
      },
      renderer(token) {
        const { tag, raw } = token as TagToken;
        return `<a href="/tags/${encodeURIComponent(tag)}" class="hashtag" data-tag="${escapeHtml(tag)}">${escapeHtml(raw)}</a>`;
      },
    },
  ];
}

function createMarked(isKnownHandle: (handle: string) => boolean, seen: ParsedBody): Marked {
  const marked = new Marked({ gfm: true, breaks: true, async: false });
  marked.use({
    extensions: extensions(isKnownHandle, seen),
    // Raw HTML in a post is shown as text, never interpreted.
    renderer: { html: (token: Tokens.HTML | Tokens.Tag) => escapeHtml(token.text) },
  });
  return marked;
}

/**
 * Mentions and hashtags in a body, ignoring code, links, URLs and e-mail addresses; with the
 * tokens, so a write renders what it parsed (`renderParsed`) instead of lexing the body again.
 */
export function parseBody(markdown: string): LexedBody {
  const seen: ParsedBody = { mentions: [], tags: [] };
  const tokens = createMarked(() => false, seen).lexer(markdown);
  return { ...seen, tokens };
}

/** Safe HTML for a body; only mentions of `knownHandles` (lower-case) become links. */
export function renderBody(markdown: string, knownHandles: ReadonlySet<string>): string {
  return renderParsed(parseBody(markdown), knownHandles);
}

/** `renderBody` of a body `parseBody` has lexed: a write knows its mentions only after parsing. */
export function renderParsed(body: LexedBody, knownHandles: ReadonlySet<string>): string {
  const unused: ParsedBody = { mentions: [], tags: [] };
  return sanitize(createMarked((h) => knownHandles.has(h), unused).parser(body.tokens));
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'input',
];

/** Bidirectional overrides can disguise text; drop them from rendered output. */
const dropBidiOverrides = (text: string) => text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');

export function sanitize(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'class', 'data-mention', 'data-tag', 'rel', 'target'],
      code: ['class'],
      th: ['align'],
      td: ['align'],
      input: ['type', 'checked', 'disabled'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    allowedClasses: { a: ['mention', 'hashtag'], code: [/^language-[\w-]+$/] },
    transformTags: {
      a: (tagName, attribs) => {
        const internal = attribs.href?.startsWith('/') && !attribs.href.startsWith('//');
        return {
          tagName,
          attribs: internal
            ? attribs
            : { ...attribs, rel: 'noopener noreferrer nofollow ugc', target: '_blank' },
        };
      },
      input: (tagName, attribs) => ({
        tagName,
        attribs: attribs.type === 'checkbox' ? { ...attribs, disabled: '' } : {},
      }),
    },
    textFilter: dropBidiOverrides,
  });
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Text as a tag-less sanitising pass leaves it, unescaped, its white space collapsed. */
export function plainText(sanitized: string): string {
  return sanitized
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plain text for previews and notifications: the body without Markdown syntax, at most `max` characters. */
export function excerpt(markdown: string, max = 200): string {
  // The rendered HTML's text in one pass: no tag survives, so the allow-list pass that
  // `renderBody` adds would change nothing here (and cost as much again).
  const unused: ParsedBody = { mentions: [], tags: [] };
  const text = plainText(
    sanitizeHtml(createMarked(() => false, unused).parse(markdown) as string, {
      allowedTags: [],
      allowedAttributes: {},
      textFilter: dropBidiOverrides,
    }),
  );
  if (text.length <= max) return text;
  // Cut at the last word's edge (never half a @handle or #tag) unless that loses too much.
  const cut = text.slice(0, max - 1);
  const edge = cut.lastIndexOf(' ');
  return `${edge >= max * 0.6 ? cut.slice(0, edge) : cut}…`;
}
