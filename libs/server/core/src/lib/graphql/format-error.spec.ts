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

  it('makes not-found and forbidden-to-see look the same', () => {
    const a = formatGraphqlError({ message: '' }, wrap(new NotFoundError('Post')), { log });
    expect(a).toEqual({ message: 'Post was not found.', extensions: { code: 'NOT_FOUND' } });
  });
});
