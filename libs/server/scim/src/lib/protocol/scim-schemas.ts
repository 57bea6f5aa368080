/** URNs and documents of RFC 7643 and RFC 7644 that this service speaks. */
export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const SP_CONFIG = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';
const RESOURCE_TYPE = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';

/** Largest page a list returns (RFC 7644 §3.4.2.4: the service may return fewer than asked). */
export const MAX_PAGE = 200;

export function serviceProviderConfig(base: string) {
  return {
    schemas: [SP_CONFIG],
    documentationUri: `${base}/docs/operations#scim-provisioning`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_PAGE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description: 'A SCIM token an Outloud admin creates (Admin → Provisioning).',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
  };
}

export function resourceTypes(base: string) {
  return [
    {
      schemas: [RESOURCE_TYPE],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'A person in the organisation',
      schema: CORE_USER,
      schemaExtensions: [{ schema: ENTERPRISE_USER, required: false }],
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
    },
  ];
}

interface AttributeDoc {
  name: string;
  type: 'string' | 'boolean' | 'complex';
  multiValued?: boolean;
  required?: boolean;
  caseExact?: boolean;
  mutability?: 'readOnly' | 'readWrite' | 'immutable';
  uniqueness?: 'none' | 'server';
  description: string;
  subAttributes?: AttributeDoc[];
}

function attribute(doc: AttributeDoc): Record<string, unknown> {
  return {
    name: doc.name,
    type: doc.type,
    multiValued: doc.multiValued ?? false,
    description: doc.description,
    required: doc.required ?? false,
    caseExact: doc.caseExact ?? false,
    mutability: doc.mutability ?? 'readWrite',
    returned: 'default',
    uniqueness: doc.uniqueness ?? 'none',
    ...(doc.subAttributes ? { subAttributes: doc.subAttributes.map(attribute) } : {}),
  };
}

/** The attributes Outloud stores; other User attributes of RFC 7643 are accepted and ignored. */
export function schemas(base: string) {
  return [
    {
      schemas: [SCHEMA],
      id: CORE_USER,
      name: 'User',
      description: 'User Account',
      attributes: [
        attribute({
          name: 'userName',
          type: 'string',
          required: true,
          uniqueness: 'server',
          description: 'Unique identifier from the directory, typically the sign-in name.',
        }),
        attribute({
          name: 'name',
          type: 'complex',
          description: 'The parts of the name.',
          subAttributes: [
            { name: 'formatted', type: 'string', description: 'The full name.' },
            { name: 'givenName', type: 'string', description: 'Given name.' },
            { name: 'familyName', type: 'string', description: 'Family name.' },
          ],
        }),
        attribute({ name: 'displayName', type: 'string', description: 'Name shown in Outloud.' }),
        attribute({ name: 'title', type: 'string', description: 'Job title.' }),
        attribute({
          name: 'preferredLanguage',
          type: 'string',
          description: 'Language of the interface (BCP 47).',
        }),
        attribute({ name: 'locale', type: 'string', description: 'Same as preferredLanguage.' }),
        attribute({
          name: 'active',
          type: 'boolean',
          description: 'false deactivates: sessions end, content stays.',
        }),
        attribute({
          name: 'emails',
          type: 'complex',
          multiValued: true,
          required: true,
          description: 'The primary (or work) address is the account e-mail.',
          subAttributes: [
            { name: 'value', type: 'string', description: 'The address.' },
            { name: 'type', type: 'string', description: 'work, home or other.' },
            { name: 'primary', type: 'boolean', description: 'The address to use.' },
          ],
        }),
      ],
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${CORE_USER}` },
    },
    {
      schemas: [SCHEMA],
      id: ENTERPRISE_USER,
      name: 'EnterpriseUser',
      description: 'Enterprise User',
      attributes: [attribute({ name: 'department', type: 'string', description: 'Department.' })],
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${ENTERPRISE_USER}` },
    },
  ];
}
