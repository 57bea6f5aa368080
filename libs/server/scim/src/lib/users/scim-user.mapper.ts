import { UserStatus } from '@outloud/contracts';
import type { UserEntity } from '@outloud/identity';
import { CORE_USER, ENTERPRISE_USER } from '../protocol/scim-schemas';
import { ScimLink } from './scim-user.repository';
import { ScimDocument } from './scim-user.attributes';

/** A person as a SCIM User resource (RFC 7643 §4.1), with the enterprise department. */
export function toScimUser(user: UserEntity, link: ScimLink, base: string): ScimDocument {
  const lastModified = new Date(
    Math.max(user.updatedAt.getTime(), link.updatedAt.getTime()),
  ).toISOString();
  return {
    schemas: [CORE_USER, ENTERPRISE_USER],
    id: user.id,
    ...(link.externalId ? { externalId: link.externalId } : {}),
    userName: link.userName,
    name: {
      formatted: user.displayName,
      ...(link.givenName ? { givenName: link.givenName } : {}),
      ...(link.familyName ? { familyName: link.familyName } : {}),
    },
    displayName: user.displayName,
    ...(user.jobTitle ? { title: user.jobTitle } : {}),
    ...(user.locale ? { preferredLanguage: user.locale } : {}),
    active: user.status === UserStatus.ACTIVE,
    emails: [{ value: user.email, type: 'work', primary: true }],
    [ENTERPRISE_USER]: user.department ? { department: user.department } : {},
    meta: {
      resourceType: 'User',
      created: link.createdAt.toISOString(),
      lastModified,
      location: `${base}/Users/${user.id}`,
    },
  };
}
