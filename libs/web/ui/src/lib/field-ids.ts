/** ids of the parts that describe a form control, joined for aria-describedby. */
export function describedBy(
  id: string,
  parts: { hint?: unknown; error?: unknown; extra?: string },
): string | undefined {
  const ids = [
    parts.error ? `${id}-error` : null,
    parts.hint ? `${id}-hint` : null,
    parts.extra ?? null,
  ].filter((value): value is string => Boolean(value));
  return ids.length > 0 ? ids.join(' ') : undefined;
}
