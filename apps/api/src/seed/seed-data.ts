import { z } from 'zod';

/**
 * The demo's content (people, posts, communities, files, bookmarks) lives in JSON under
 * `./data`, imported statically so the build copies it next to the compiled seed. Each file is
 * checked against its schema when the seed module loads: a bad entry stops the seed with the
 * file and the path of the entry (`stream.json: topics[3].questions[0].answers: ...`) rather
 * than seeding half a demo.
 */
export function parseSeedData<S extends z.ZodType>(
  file: string,
  schema: S,
  data: unknown,
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${file}: ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
  const more = result.error.issues.length - problems.length;
  throw new Error(
    `Demo seed data is invalid:\n  ${problems.join('\n  ')}${more > 0 ? `\n  ... and ${more} more` : ''}`,
  );
}

/** `topics[3].questions[0]`, as one would point at it in the JSON. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

/** Text an editor must not leave empty by mistake. */
export const text = z.string().min(1);
/** A lower-case hashtag or expertise tag, as the product writes them. */
export const tag = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case tag like "ci-cd"');
