import { safeNextPath } from '../safe-next';
import { validateSignUp } from '../signup-validation';

describe('validateSignUp', () => {
  it('accepts a good sign-up', () => {
    expect(
      validateSignUp({
        handle: 'ana_b',
        displayName: 'Ana Berg',
        email: 'ana@corp.example',
        password: 'river stone lamp',
      }),
    ).toEqual({});
  });

  it('uses the shared handle and password rules', () => {
    const problems = validateSignUp({
      handle: '1ana',
      displayName: '',
      email: 'ana',
      password: 'short',
    });
    expect(problems.handle).toMatch(/start with a letter/);
    expect(problems.displayName).toBeDefined();
    expect(problems.email).toMatch(/e-mail address/);
    expect(problems.password).toMatch(/at least 10/);
  });
});

describe('safeNextPath', () => {
  it.each([
    ['/people/ana', '/people/ana'],
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/login', '/'],
    [null, '/'],
  ])('%p -> %p', (next, expected) => expect(safeNextPath(next)).toBe(expected));
});
