import IntlMessageFormat from 'intl-messageformat';

/** Every message of a nested catalogue as "a.b.c" → text. */
export function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

interface AstNode {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

/** The names of the ICU arguments a message uses ("{count, plural, …}" → count). Throws if it does not parse. */
export function messageArguments(message: string, locale: string): Set<string> {
  const ast = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst();
  const names = new Set<string>();
  const walk = (nodes: readonly AstNode[]) => {
    for (const node of nodes) {
      // 0 literal and 7 "#" carry no name; 1-6 are arguments (plain, number, date, time, select, plural).
      if (node.type >= 1 && node.type <= 6 && node.value) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(ast as unknown as AstNode[]);
  return names;
}
