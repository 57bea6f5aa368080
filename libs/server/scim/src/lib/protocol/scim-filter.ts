import { ScimError } from './scim-error';

/** The one filter shape provisioning clients send to find a person before creating them. */
export interface UserFilter {
  attribute: 'userName' | 'externalId' | 'id' | 'email';
  value: string;
}

const ATTRIBUTES: Record<string, UserFilter['attribute']> = {
  username: 'userName',
  externalid: 'externalId',
  id: 'id',
  'emails.value': 'email',
  emails: 'email',
};

/**
 * Parses `<attribute> eq "<string>"` (RFC 7644 §3.4.2.2) for userName, externalId, id and
 * emails.value; attribute names and the operator are case-insensitive, the string is a JSON
 * string. Anything else is refused with `invalidFilter` rather than half understood.
 */
export function parseUserFilter(filter: string | undefined): UserFilter | null {
  if (filter === undefined || filter.trim() === '') return null;
  const match = /^\s*([A-Za-z][A-Za-z0-9.:]*)\s+([A-Za-z]+)\s+("(?:[^"\\]|\\.)*")\s*$/.exec(filter);
  if (!match) throw invalid(filter);
  const [, rawAttribute, operator, literal] = match;
  const attribute = ATTRIBUTES[rawAttribute.replace(CORE_PREFIX, '').toLowerCase()];
  if (!attribute || operator.toLowerCase() !== 'eq') throw invalid(filter);
  let value: unknown;
  try {
    value = JSON.parse(literal);
  } catch {
    throw invalid(filter);
  }
  return { attribute, value: value as string };
}

const CORE_PREFIX = /^urn:ietf:params:scim:schemas:core:2\.0:User:/i;

function invalid(filter: string): ScimError {
  return ScimError.badRequest(
    'invalidFilter',
    `Unsupported filter ${JSON.stringify(filter.slice(0, 200))}: use userName, externalId, id or emails.value with eq and a quoted string.`,
  );
}
