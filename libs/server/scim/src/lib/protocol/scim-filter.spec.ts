import { ScimError } from './scim-error';
import { parseUserFilter } from './scim-filter';

function refusal(filter: string): ScimError {
  try {
    parseUserFilter(filter);
  } catch (error) {
    return error as ScimError;
  }
  throw new Error(`accepted ${filter}`);
}

describe('parseUserFilter', () => {
  it('reads the shapes Entra ID, Okta and RFC 7644 send', () => {
    expect(parseUserFilter('userName eq "bjensen"')).toEqual({
      attribute: 'userName',
      value: 'bjensen',
    });
    expect(parseUserFilter('UserName EQ "Ana.Lind@corp.example"')).toEqual({
      attribute: 'userName',
      value: 'Ana.Lind@corp.example',
    });
    expect(parseUserFilter('externalId eq "58342554-38d6-4ec8-948c-50044d0a33fd"')).toEqual({
      attribute: 'externalId',
      value: '58342554-38d6-4ec8-948c-50044d0a33fd',
    });
    expect(parseUserFilter('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "x"')).toEqual({
      attribute: 'userName',
      value: 'x',
    });
    expect(parseUserFilter('emails.value eq "a@b.example"')).toEqual({
      attribute: 'email',
      value: 'a@b.example',
    });
  });

  it('unescapes the JSON string', () => {
    expect(parseUserFilter('userName eq "say \\"hi\\" \\u00e5"')?.value).toBe('say "hi" å');
  });

  it('has no filter for an empty or absent parameter', () => {
    expect(parseUserFilter(undefined)).toBeNull();
    expect(parseUserFilter('  ')).toBeNull();
  });

  it.each([
    'userName sw "bj"',
    'userName eq "a" and active eq true',
    'title eq "Buyer"',
    'userName eq bjensen',
    'userName eq "unterminated',
    '(userName eq "a")',
    'emails[type eq "work"].value eq "a@b"',
    'userName pr',
    'userName eq "bad \\x escape"',
  ])('refuses %s with invalidFilter', (filter) => {
    const error = refusal(filter);
    expect(error).toBeInstanceOf(ScimError);
    expect(error.status).toBe(400);
    expect(error.scimType).toBe('invalidFilter');
  });
});
