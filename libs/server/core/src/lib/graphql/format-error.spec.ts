import { GraphQLError } from 'graphql';
import { BadUserInputError, NotFoundError } from '../errors/app-errors';
import { formatGraphqlError } from './format-error';

const wrap = (e: Error) => new GraphQLError(e.message, { originalError: e });

describe('formatGraphqlError', () => {
  const log = jest.fn();

  it('keeps the code and field paths of user errors', () => {
    const err = wrap(BadUserInputError.field(['input', 'handle'], 'Handle is taken.'));
    const out = formatGraphqlError({ message: err.message }, err, { requestId: 'r1', log });
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.handle', message: 'Handle is taken.' }],
    });
  });

  it('hides internal errors behind a request id and logs them', () => {
    const sqlError = new Error(
      'duplicate key value violates unique constraint "users_pkey" SELECT * FROM users',
    );
    const out = formatGraphqlError(
      { message: sqlError.message, extensions: { stacktrace: ['at x'] } },
      wrap(sqlError),
      {
        requestId: 'req-42',
        log,
      },
    );
    expect(out.message).toContain('req-42');
    expect(JSON.stringify(out)).not.toMatch(/users_pkey|SELECT|stacktrace/);
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(log).toHaveBeenCalledWith(sqlError);
  });

  it.each([
    [
      'a statement timeout',
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
    ],
    ['a lock timeout', Object.assign(new Error('could not obtain lock'), { code: '55P03' })],
    ['a pool that waited too long', new Error('timeout exceeded when trying to connect')],
    ['a stalled connection', new Error('Query read timeout')],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
  ])('answers %s with SERVICE_UNAVAILABLE, not an internal error', (_, cause) => {
    // TypeORM wraps driver errors in QueryFailedError with driverError.
    const typeorm = Object.assign(new Error('Query failed'), { driverError: cause });
    const out = formatGraphqlError({ message: 'x' }, wrap(typeorm), { requestId: 'r', log });
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    expect(out.message).not.toMatch(/timeout|ECONN/);
  });

  it('keeps a constraint violation an internal error', () => {
    const cause = Object.assign(new Error('duplicate key'), { code: '23505' });
    const out = formatGraphqlError({ message: 'x' }, wrap(cause), { requestId: 'r', log });
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('makes not-found and forbidden-to-see look the same', () => {
    const a = formatGraphqlError({ message: '' }, wrap(new NotFoundError('Post')), { log });
    expect(a).toEqual({ message: 'Post was not found.', extensions: { code: 'NOT_FOUND' } });
  });
});
