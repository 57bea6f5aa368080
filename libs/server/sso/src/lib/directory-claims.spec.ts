import { UserRole } from '@outloud/contracts';
import { normaliseLocale, personFromClaims } from './directory-claims';
import { SsoSettings } from './sso-settings';

const settings: SsoSettings = {
  issuer: 'https://idp.example',
  clientId: 'outloud',
  clientSecret: 's',
  providerName: 'Corp',
  scopes: 'openid email profile',
  allowedDomains: ['corp.example'],
  emailVerifiedByProvider: false,
  claims: {
    handle: 'preferred_username',
    name: 'name',
    title: 'title',
    department: 'department',
    locale: 'locale',
    groups: 'groups',
  },
  adminGroups: ['outloud-admins'],
  moderatorGroups: ['outloud-moderators'],
  publicUrl: undefined,
};

const base = { email: 'ana@corp.example', email_verified: true };

describe('personFromClaims', () => {
  it('maps name, title, department, locale and handle candidates', () => {
    expect(
      personFromClaims(
        {
          ...base,
          name: 'Ana Lind',
          preferred_username: 'ana.lind@corp.example',
          title: 'Buyer',
          department: 'Purchasing',
          locale: 'sv_SE',
        },
        settings,
      ),
    ).toEqual({
      handles: ['ana.lind@corp.example', 'ana.lind@corp.example'],
      displayName: 'Ana Lind',
      email: 'ana@corp.example',
      jobTitle: 'Buyer',
      department: 'Purchasing',
      locale: 'sv-SE',
      role: undefined,
    });
  });

  it('builds a name from given and family names; leaves unsent claims undefined', () => {
    expect(
      personFromClaims({ ...base, given_name: 'Ana', family_name: 'Lind' }, settings),
    ).toMatchObject({ displayName: 'Ana Lind' });
    const bare = personFromClaims(base, settings);
    expect([bare.displayName, bare.jobTitle, bare.department, bare.locale, bare.role]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it.each([
    [{ email_verified: true }, 'email'],
    [{ email: 'ana@corp.example' }, 'email'],
    [{ email: 'ana@corp.example', email_verified: false }, 'email'],
    [{ email: 'ana@evil.example', email_verified: true }, 'domain'],
    [{ email: 'ana@sub.corp.example', email_verified: true }, 'domain'],
  ])('refuses %p with %s', (claims, code) => {
    expect(() => personFromClaims(claims, settings)).toThrow(expect.objectContaining({ code }));
  });

  it('trusts a missing email_verified only when told to (Entra ID)', () => {
    const entra = { ...settings, emailVerifiedByProvider: true };
    expect(personFromClaims({ email: 'ana@corp.example' }, entra).email).toBe('ana@corp.example');
    expect(() =>
      personFromClaims({ email: 'ana@corp.example', email_verified: false }, entra),
    ).toThrow(expect.objectContaining({ code: 'email' }));
  });

  it('maps groups to roles, and leaves the role alone when no groups are sent', () => {
    const role = (groups: unknown) => personFromClaims({ ...base, groups }, settings).role;
    expect(role(['staff', 'outloud-admins'])).toBe(UserRole.ADMIN);
    expect(role(['outloud-moderators'])).toBe(UserRole.MODERATOR);
    expect(role([])).toBe(UserRole.MEMBER);
    expect(role('outloud-admins')).toBe(UserRole.ADMIN);
    expect(personFromClaims(base, settings).role).toBeUndefined();
    const unmapped = { ...settings, claims: { ...settings.claims, groups: undefined } };
    expect(
      personFromClaims({ ...base, groups: ['outloud-admins'] }, unmapped).role,
    ).toBeUndefined();
  });
});

describe('normaliseLocale', () => {
  it.each([
    ['sv', 'sv'],
    ['en_US', 'en-US'],
    ['sv-SE', 'sv-SE'],
    ['', null],
    ['<script>', null],
    [42, null],
  ])('%p -> %p', (input, out) => expect(normaliseLocale(input)).toBe(out));
});
