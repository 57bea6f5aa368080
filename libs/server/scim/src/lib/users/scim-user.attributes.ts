import { CORE_USER, ENTERPRISE_USER } from '../protocol/scim-schemas';
import { ScimError } from '../protocol/scim-error';

/** A User resource as JSON, keys in their canonical spelling. */
export type ScimDocument = Record<string, unknown>;

interface AttributeSpec {
  name: string;
  multiValued?: boolean;
  /** Sub-attributes by lower-case name, for complex attributes. */
  sub?: Record<string, string>;
}

function names(...list: string[]): Record<string, string> {
  return Object.fromEntries(list.map((n) => [n.toLowerCase(), n]));
}

const MULTI_SUB = names('value', 'display', 'type', 'primary', '$ref');

/**
 * Every attribute of the RFC 7643 User schema and its enterprise extension, by lower-case
 * name (attribute names are case-insensitive, §2.1). Outloud stores some; the others are
 * accepted and ignored so a directory's default mapping works. Names outside the schema are
 * refused.
 */
const CORE: Record<string, AttributeSpec> = Object.fromEntries(
  (
    [
      { name: 'schemas' },
      { name: 'id' },
      { name: 'externalId' },
      {
        name: 'meta',
        sub: names('resourceType', 'created', 'lastModified', 'location', 'version'),
      },
      { name: 'userName' },
      {
        name: 'name',
        sub: names(
          'formatted',
          'familyName',
          'givenName',
          'middleName',
          'honorificPrefix',
          'honorificSuffix',
        ),
      },
      { name: 'displayName' },
      { name: 'nickName' },
      { name: 'profileUrl' },
      { name: 'title' },
      { name: 'userType' },
      { name: 'preferredLanguage' },
      { name: 'locale' },
      { name: 'timezone' },
      { name: 'active' },
      { name: 'password' },
      { name: 'emails', multiValued: true, sub: MULTI_SUB },
      { name: 'phoneNumbers', multiValued: true, sub: MULTI_SUB },
      { name: 'ims', multiValued: true, sub: MULTI_SUB },
      { name: 'photos', multiValued: true, sub: MULTI_SUB },
      {
        name: 'addresses',
        multiValued: true,
        sub: names(
          'formatted',
          'streetAddress',
          'locality',
          'region',
          'postalCode',
          'country',
          'type',
          'primary',
        ),
      },
      { name: 'groups', multiValued: true, sub: MULTI_SUB },
      { name: 'entitlements', multiValued: true, sub: MULTI_SUB },
      { name: 'roles', multiValued: true, sub: MULTI_SUB },
      { name: 'x509Certificates', multiValued: true, sub: MULTI_SUB },
    ] as AttributeSpec[]
  ).map((a) => [a.name.toLowerCase(), a]),
);

const ENTERPRISE: Record<string, AttributeSpec> = Object.fromEntries(
  (
    [
      { name: 'employeeNumber' },
      { name: 'costCenter' },
      { name: 'organization' },
      { name: 'division' },
      { name: 'department' },
      { name: 'manager', sub: names('value', '$ref', 'displayName') },
    ] as AttributeSpec[]
  ).map((a) => [a.name.toLowerCase(), a]),
);

/** Where an attribute lives: the core schema or the enterprise extension. */
export interface AttributeRef {
  extension: boolean;
  spec: AttributeSpec;
}

/** Finds an attribute by name (case-insensitive) in the core schema or the extension. */
export function lookupAttribute(name: string, extension: boolean): AttributeRef | null {
  const spec = (extension ? ENTERPRISE : CORE)[name.toLowerCase()];
  return spec ? { extension, spec } : null;
}

export function isEnterpriseUrn(key: string): boolean {
  return key.toLowerCase() === ENTERPRISE_USER.toLowerCase();
}

export function isCoreUrn(key: string): boolean {
  return key.toLowerCase() === CORE_USER.toLowerCase();
}

/**
 * The document with every key in its canonical spelling; an unknown attribute is refused
 * (`invalidSyntax`: the body does not follow the schema) rather than silently dropped.
 */
export function canonicalize(body: unknown): ScimDocument {
  if (!isObject(body))
    throw ScimError.badRequest('invalidSyntax', 'The body must be a JSON object.');
  const out: ScimDocument = {};
  for (const [key, value] of Object.entries(body)) {
    if (isEnterpriseUrn(key)) {
      if (value === null) continue;
      if (!isObject(value))
        throw ScimError.badRequest('invalidSyntax', `${ENTERPRISE_USER} must be an object.`);
      const ext: ScimDocument = {};
      for (const [k, v] of Object.entries(value)) {
        const ref = lookupAttribute(k, true);
        if (!ref) throw unknownAttribute(`${ENTERPRISE_USER}:${k}`);
        ext[ref.spec.name] = canonicalValue(ref.spec, v, k);
      }
      out[ENTERPRISE_USER] = ext;
      continue;
    }
    const ref = lookupAttribute(key, false);
    if (!ref) throw unknownAttribute(key);
    out[ref.spec.name] = canonicalValue(ref.spec, value, key);
  }
  return out;
}

function canonicalValue(spec: AttributeSpec, value: unknown, key: string): unknown {
  if (!spec.sub || value === null || value === undefined || spec.name === 'schemas') return value;
  const one = (item: unknown): unknown => {
    if (!isObject(item)) return item;
    const out: ScimDocument = {};
    for (const [k, v] of Object.entries(item)) {
      const sub = spec.sub?.[k.toLowerCase()];
      if (!sub) throw unknownAttribute(`${key}.${k}`);
      out[sub] = v;
    }
    return out;
  };
  return spec.multiValued && Array.isArray(value) ? value.map(one) : one(value);
}

function unknownAttribute(name: string): ScimError {
  return ScimError.badRequest(
    'invalidSyntax',
    `Unknown attribute "${name.slice(0, 200)}": not in the User schema (RFC 7643 §4.1) or its enterprise extension.`,
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What Outloud keeps of a SCIM User. */
export interface ScimUserFields {
  userName: string;
  externalId: string | null;
  givenName: string | null;
  familyName: string | null;
  displayName: string;
  email: string;
  jobTitle: string | null;
  department: string | null;
  locale: string | null;
  /** Absent: unchanged (a new account starts active). */
  active?: boolean;
}

/**
 * Reads a canonical User document into Outloud's fields, with SCIM's errors for wrong types.
 * `active` may come as a string ("False", as Entra ID sends it).
 */
export function userFields(doc: ScimDocument): ScimUserFields {
  const userName = text(doc.userName, 'userName');
  if (!userName) throw ScimError.badRequest('invalidValue', 'userName is required.');
  if (userName.length > 256)
    throw ScimError.badRequest('invalidValue', 'userName must be at most 256 characters.');
  const externalId = text(doc.externalId, 'externalId');
  if (externalId && externalId.length > 256)
    throw ScimError.badRequest('invalidValue', 'externalId must be at most 256 characters.');
  const name = doc.name === undefined || doc.name === null ? {} : doc.name;
  if (!isObject(name)) throw ScimError.badRequest('invalidValue', 'name must be an object.');
  const givenName = text(name.givenName, 'name.givenName');
  const familyName = text(name.familyName, 'name.familyName');
  const ext = isObject(doc[ENTERPRISE_USER]) ? (doc[ENTERPRISE_USER] as ScimDocument) : {};
  const displayName =
    text(doc.displayName, 'displayName') ||
    text(name.formatted, 'name.formatted') ||
    [givenName, familyName].filter(Boolean).join(' ') ||
    userName;
  const locale = text(doc.preferredLanguage, 'preferredLanguage') || text(doc.locale, 'locale');
  return {
    userName,
    externalId: externalId || null,
    givenName: givenName || null,
    familyName: familyName || null,
    displayName,
    email: primaryEmail(doc.emails, userName),
    jobTitle: text(doc.title, 'title') || null,
    department: text(ext.department, `${ENTERPRISE_USER}:department`) || null,
    // Okta sends en_US; Outloud keeps BCP 47 (en-US).
    locale: locale ? locale.replace(/_/g, '-') : null,
    active: doc.active === undefined || doc.active === null ? undefined : bool(doc.active),
  };
}

function text(value: unknown, name: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string')
    throw ScimError.badRequest('invalidValue', `${name} must be a string.`);
  return value.trim();
}

export function bool(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
    return value.trim().toLowerCase() === 'true';
  throw ScimError.badRequest('invalidValue', 'active must be true or false.');
}

/** The primary address, else the work one, else the first; else userName if it is an address. */
function primaryEmail(emails: unknown, userName: string): string {
  if (emails !== undefined && emails !== null && !Array.isArray(emails))
    throw ScimError.badRequest('invalidValue', 'emails must be a list.');
  const list = ((emails as unknown[] | null) ?? []).map((e) => {
    if (!isObject(e) || typeof e.value !== 'string')
      throw ScimError.badRequest('invalidValue', 'Each of emails needs a string value.');
    return e;
  });
  const chosen =
    list.find((e) => e.primary === true || e.primary === 'true' || e.primary === 'True') ??
    list.find((e) => typeof e.type === 'string' && e.type.toLowerCase() === 'work') ??
    list[0];
  if (chosen) return (chosen.value as string).trim();
  if (userName.includes('@')) return userName;
  throw ScimError.badRequest('invalidValue', 'An e-mail address is required (emails).');
}
