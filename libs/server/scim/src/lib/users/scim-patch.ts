import { CORE_USER, ENTERPRISE_USER, PATCH_OP } from '../protocol/scim-schemas';
import { ScimError } from '../protocol/scim-error';
import {
  AttributeRef,
  canonicalize,
  isEnterpriseUrn,
  isObject,
  lookupAttribute,
  ScimDocument,
} from './scim-user.attributes';

type Op = 'add' | 'replace' | 'remove';

/** A parsed path (RFC 7644 §3.5.2): attribute, an optional value filter, a sub-attribute. */
interface Path {
  attribute: AttributeRef;
  filter: { sub: string; value: unknown } | null;
  sub: string | null;
}

/**
 * Applies a PatchOp request to a User document and returns the new document (the input is
 * not changed). Understands what RFC 7644 §3.5.2 shows and what Entra ID and Okta send: ops in
 * any case, operations with and without `path`, dotted and URN-qualified attribute names in a
 * path-less value, `emails[type eq "work"].value`.
 */
export function applyPatch(current: ScimDocument, body: unknown): ScimDocument {
  if (!isObject(body))
    throw ScimError.badRequest('invalidSyntax', 'The body must be a JSON object.');
  const operations = body.Operations ?? body.operations;
  if (!Array.isArray(body.schemas) || !body.schemas.includes(PATCH_OP))
    throw ScimError.badRequest('invalidSyntax', `A PATCH body has schemas ["${PATCH_OP}"].`);
  if (!Array.isArray(operations) || operations.length === 0)
    throw ScimError.badRequest('invalidSyntax', 'A PATCH body needs a list of Operations.');
  if (operations.length > 100)
    throw new ScimError(400, 'At most 100 operations in one PATCH.', 'tooMany');
  const doc = structuredClone(current);
  for (const operation of operations) {
    if (!isObject(operation))
      throw ScimError.badRequest('invalidSyntax', 'Each operation must be an object.');
    const op = String(operation.op ?? '').toLowerCase();
    if (op !== 'add' && op !== 'replace' && op !== 'remove')
      throw ScimError.badRequest('invalidSyntax', `Unknown op "${String(operation.op)}".`);
    const path = operation.path;
    if (path === undefined || path === null || path === '') {
      if (op === 'remove') throw new ScimError(400, 'A remove operation needs a path.', 'noTarget');
      if (!isObject(operation.value))
        throw ScimError.badRequest(
          'invalidValue',
          'An operation without a path needs an object value.',
        );
      for (const [key, value] of Object.entries(operation.value)) {
        if (isEnterpriseUrn(key) && isObject(value)) {
          for (const [k, v] of Object.entries(value))
            apply(doc, op, parsePath(`${ENTERPRISE_USER}:${k}`), v);
        } else apply(doc, op, parsePath(key), value);
      }
    } else {
      if (typeof path !== 'string')
        throw ScimError.badRequest('invalidPath', 'path must be a string.');
      apply(doc, op, parsePath(path), operation.value);
    }
  }
  return doc;
}

function apply(doc: ScimDocument, op: Op, path: Path, value: unknown): void {
  const { attribute, filter, sub } = path;
  const container = attribute.extension ? extension(doc) : doc;
  const name = attribute.spec.name;
  if (op !== 'remove' && value === undefined)
    throw ScimError.badRequest('invalidValue', `The ${op} of ${name} needs a value.`);
  if (name === 'id' || name === 'meta' || name === 'schemas')
    throw new ScimError(400, `${name} cannot be changed.`, 'mutability');

  if (filter) {
    const items = Array.isArray(container[name]) ? (container[name] as ScimDocument[]) : [];
    const matches = items.filter(
      (item) => isObject(item) && sameValue(item[filter.sub], filter.value),
    );
    if (op === 'remove') {
      if (sub) matches.forEach((item) => delete item[sub]);
      else container[name] = items.filter((item) => !matches.includes(item));
      return;
    }
    if (matches.length === 0) {
      // Entra ID adds a work address this way when the person has none yet.
      const fresh: ScimDocument = { [filter.sub]: filter.value };
      if (sub) fresh[sub] = value;
      else if (isObject(value)) Object.assign(fresh, value);
      container[name] = [...items, fresh];
      return;
    }
    for (const item of matches) {
      if (sub) item[sub] = value;
      else if (isObject(value)) Object.assign(item, canonicalItem(attribute, value));
    }
    return;
  }

  if (sub) {
    if (op === 'remove') {
      if (isObject(container[name])) delete (container[name] as ScimDocument)[sub];
      return;
    }
    const target = isObject(container[name]) ? (container[name] as ScimDocument) : {};
    target[sub] = value;
    container[name] = target;
    return;
  }

  if (op === 'remove') {
    delete container[name];
    return;
  }
  const canonical = canonicalValue(attribute, value);
  if (attribute.spec.multiValued) {
    const incoming = Array.isArray(canonical) ? canonical : [canonical];
    const existing = Array.isArray(container[name]) ? (container[name] as unknown[]) : [];
    container[name] = op === 'add' ? [...existing, ...incoming] : incoming;
  } else if (attribute.spec.sub && isObject(canonical) && isObject(container[name])) {
    // Complex single-valued (name, manager): the given sub-attributes change, others stay.
    container[name] = { ...(container[name] as ScimDocument), ...canonical };
  } else {
    container[name] = canonical;
  }
}

/** A whole value in canonical spelling (through the same check as a POST body). */
function canonicalValue(attribute: AttributeRef, value: unknown): unknown {
  const name = attribute.spec.name;
  const wrapped = attribute.extension
    ? { [ENTERPRISE_USER]: { [name]: value } }
    : { [name]: value };
  const doc = canonicalize(wrapped);
  return attribute.extension ? (doc[ENTERPRISE_USER] as ScimDocument)[name] : doc[name];
}

function canonicalItem(attribute: AttributeRef, value: ScimDocument): ScimDocument {
  const out = canonicalValue(
    { ...attribute, spec: { ...attribute.spec, multiValued: false } },
    value,
  );
  return isObject(out) ? out : {};
}

function extension(doc: ScimDocument): ScimDocument {
  if (!isObject(doc[ENTERPRISE_USER])) doc[ENTERPRISE_USER] = {};
  return doc[ENTERPRISE_USER] as ScimDocument;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'boolean' || typeof b === 'boolean')
    return String(a).toLowerCase() === String(b).toLowerCase();
  return a === b;
}

const PATH =
  /^([A-Za-z][A-Za-z0-9_$-]*)(?:\[\s*([A-Za-z][A-Za-z0-9_$-]*)\s+eq\s+("(?:[^"\\]|\\.)*"|true|false)\s*\])?(?:\.([A-Za-z$][A-Za-z0-9_$-]*))?$/i;

/** `attr`, `attr.sub`, `attr[sub eq "v"]`, `attr[sub eq "v"].sub`, optionally URN-qualified. */
export function parsePath(raw: string): Path {
  let rest = raw.trim();
  let extension = false;
  if (isEnterpriseUrn(rest)) {
    throw new ScimError(
      400,
      `Give the attribute of ${ENTERPRISE_USER}, e.g. ${ENTERPRISE_USER}:department.`,
      'invalidPath',
    );
  }
  const lower = rest.toLowerCase();
  if (lower.startsWith(`${ENTERPRISE_USER.toLowerCase()}:`)) {
    extension = true;
    rest = rest.slice(ENTERPRISE_USER.length + 1);
  } else if (lower.startsWith(`${CORE_USER.toLowerCase()}:`)) {
    rest = rest.slice(CORE_USER.length + 1);
  }
  const match = PATH.exec(rest);
  if (!match) throw invalidPath(raw);
  const [, attributeName, filterSub, filterLiteral, subName] = match;
  const attribute = lookupAttribute(attributeName, extension);
  if (!attribute) throw invalidPath(raw);
  const subOf = (n: string) => {
    const canonical = attribute.spec.sub?.[n.toLowerCase()];
    if (!canonical) throw invalidPath(raw);
    return canonical;
  };
  let filter: Path['filter'] = null;
  if (filterSub) {
    if (!attribute.spec.multiValued) throw invalidPath(raw);
    filter = { sub: subOf(filterSub), value: literal(filterLiteral, raw) };
  }
  return { attribute, filter, sub: subName ? subOf(subName) : null };
}

function literal(text: string, raw: string): unknown {
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  try {
    return JSON.parse(text);
  } catch {
    throw invalidPath(raw);
  }
}

function invalidPath(raw: string): ScimError {
  return new ScimError(
    400,
    `The path ${JSON.stringify(raw.slice(0, 200))} names no attribute of the User schema.`,
    'invalidPath',
  );
}
