import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@outloud/contracts';
import { translate } from '@outloud/web-i18n';
import type { GraphQLFormattedError } from 'graphql';

/** What a form shows after a failed request: messages per field, and one message for the alert. */
export interface FormErrors<F extends string = string> {
  fields: Partial<Record<F, string>>;
  message: string | null;
}

export const NO_ERRORS: FormErrors<never> = { fields: {}, message: null };

// Messages the client words itself come from the catalogue, in the person's language.
const networkMessage = () => translate('errors.network');
const genericMessage = () => translate('errors.generic');

interface FieldProblem {
  path: string;
  message: string;
}

function fieldProblems(error: GraphQLFormattedError): FieldProblem[] {
  const fields = error.extensions?.['fields'];
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { path, message } = item as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') return [];
    return [{ path, message }];
  });
}

/** "input.handle" -> "handle"; "input.expertise.2" -> "expertise". */
export function fieldNameOf(path: string): string {
  const parts = path.split('.').filter((part) => part !== '' && !/^\d+$/.test(part));
  if (parts[0] === 'input' && parts.length > 1) parts.shift();
  return parts[0] ?? path;
}

export function retryMessage(seconds: unknown): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
    return translate('errors.retryLater');
  }
  const rounded = Math.ceil(seconds);
  if (rounded < 60) return translate('errors.retrySeconds', { seconds: rounded });
  return translate('errors.retryMinutes', { minutes: Math.ceil(rounded / 60) });
}

function messageFor(error: GraphQLFormattedError): string {
  const code = error.extensions?.['code'];
  switch (code) {
    case ErrorCode.RateLimited:
      return retryMessage(error.extensions?.['retryAfterSeconds']);
    case ErrorCode.Unauthenticated:
      return error.message || translate('errors.logIn');
    case ErrorCode.Forbidden:
      return error.message || translate('errors.forbidden');
    case ErrorCode.NotFound:
      return error.message || translate('errors.notFound');
    case ErrorCode.ServiceUnavailable:
      return translate('errors.unavailable');
    default:
      return error.message || genericMessage();
  }
}

/**
 * Maps an error from Apollo to what a form shows. Field problems (BAD_USER_INPUT, CONFLICT with
 * fields) go next to the field they name when the form has it; everything else goes to the alert.
 */
export function toFormErrors<F extends string>(
  error: unknown,
  knownFields: readonly F[],
): FormErrors<F> {
  if (!error) return { fields: {}, message: null };
  const known = new Set<string>(knownFields);
  const fields: Partial<Record<F, string>> = {};
  const messages: string[] = [];

  if (CombinedGraphQLErrors.is(error)) {
    for (const graphqlError of error.errors) {
      const problems = fieldProblems(graphqlError);
      const placed = problems.filter((problem) => {
        const name = fieldNameOf(problem.path);
        if (!known.has(name)) return false;
        const key = name as F;
        fields[key] = fields[key] ? `${fields[key]} ${problem.message}` : problem.message;
        return true;
      });
      if (problems.length === 0) {
        messages.push(messageFor(graphqlError));
      } else {
        for (const problem of problems)
          if (!placed.includes(problem)) messages.push(problem.message);
      }
    }
  } else if (ServerError.is(error)) {
    messages.push(error.statusCode === 429 ? retryMessage(undefined) : genericMessage());
  } else if (error instanceof TypeError || (error instanceof Error && error.name === 'TypeError')) {
    // fetch() rejects with a TypeError when the network is down.
    messages.push(networkMessage());
  } else {
    messages.push(genericMessage());
  }

  const unique = [...new Set(messages)];
  const hasFields = Object.keys(fields).length > 0;
  let message = unique.length > 0 ? unique.join(' ') : null;
  if (!message && hasFields) message = translate('errors.fixFields');
  return { fields, message };
}
