import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { setLocale } from '@outloud/web-i18n';
import { fieldNameOf, retryMessage, toFormErrors } from '../form-errors';

const graphqlError = (errors: Array<{ message: string; extensions?: Record<string, unknown> }>) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('toFormErrors', () => {
  const FIELDS = ['handle', 'email', 'password'] as const;

  it('puts BAD_USER_INPUT field problems next to their fields', () => {
    const error = graphqlError([
      {
        message: 'Handle is taken. E-mail is invalid.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { path: 'input.handle', message: 'Handle is taken.' },
            { path: 'input.email', message: 'E-mail is invalid.' },
          ],
        },
      },
    ]);
    expect(toFormErrors(error, FIELDS)).toEqual({
      fields: { handle: 'Handle is taken.', email: 'E-mail is invalid.' },
      message: 'Please correct the highlighted fields.',
    });
  });

  it('sends problems with fields the form does not have to the alert', () => {
    const error = graphqlError([
      {
        message: 'x',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ path: 'input.inviteCode', message: 'Invite expired.' }],
        },
      },
    ]);
    expect(toFormErrors(error, FIELDS)).toEqual({ fields: {}, message: 'Invite expired.' });
  });

  it('maps CONFLICT with a field like a field problem', () => {
    const error = graphqlError([
      {
        message: 'That e-mail is already registered.',
        extensions: {
          code: 'CONFLICT',
          fields: [{ path: 'input.email', message: 'That e-mail is already registered.' }],
        },
      },
    ]);
    expect(toFormErrors(error, FIELDS).fields).toEqual({
      email: 'That e-mail is already registered.',
    });
  });

  it('says when to retry after RATE_LIMITED', () => {
    const error = graphqlError([
      {
        message: 'Too many attempts.',
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
      },
    ]);
    expect(toFormErrors(error, FIELDS)).toEqual({
      fields: {},
      message: 'Too many attempts. Try again in 42 seconds.',
    });
  });

  it('shows the server message for other codes', () => {
    const error = graphqlError([
      { message: 'Wrong handle or password.', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    expect(toFormErrors(error, FIELDS).message).toBe('Wrong handle or password.');
  });

  it('explains network failures', () => {
    expect(toFormErrors(new TypeError('Failed to fetch'), FIELDS).message).toMatch(
      /Could not reach Outloud/,
    );
  });

  it('returns no errors for no error', () => {
    expect(toFormErrors(undefined, FIELDS)).toEqual({ fields: {}, message: null });
  });
});

describe('fieldNameOf', () => {
  it.each([
    ['input.handle', 'handle'],
    ['input.expertise.2', 'expertise'],
    ['handle', 'handle'],
  ])('%p -> %p', (path, name) => expect(fieldNameOf(path)).toBe(name));
});

describe('retryMessage', () => {
  it('rounds to minutes past a minute', () => {
    expect(retryMessage(61)).toBe('Too many attempts. Try again in 2 minutes.');
    expect(retryMessage(1)).toBe('Too many attempts. Try again in 1 second.');
    expect(retryMessage(undefined)).toMatch(/wait a moment/);
  });
});

describe('messages the client words itself, in the person’s language', () => {
  afterEach(() => setLocale('en'));

  it('speaks Swedish when the interface does: waits, network and outage', async () => {
    await setLocale('sv');
    expect(retryMessage(42)).toBe('För många försök. Försök igen om 42 sekunder.');
    expect(retryMessage(61)).toBe('För många försök. Försök igen om 2 minuter.');
    expect(toFormErrors(new TypeError('Failed to fetch'), []).message).toBe(
      'Det gick inte att nå Outloud. Kontrollera anslutningen och försök igen.',
    );
    const outage = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Outloud cannot reach its database',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
    expect(toFormErrors(outage, []).message).toBe(
      'Outloud når inte sin databas just nu. Försök igen om några sekunder.',
    );
  });
});
