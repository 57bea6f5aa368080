/** Only same-site paths are followed after log-in ("/people/ana", not "//evil.example" or "https://…"). */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return fallback;
  if (next.startsWith('/login') || next.startsWith('/signup')) return fallback;
  return next;
}
