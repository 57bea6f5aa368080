import { LIMITS, handleProblem, passwordProblem } from '@outloud/contracts';

export const SIGNUP_FIELDS = ['handle', 'displayName', 'email', 'password'] as const;
export type SignUpField = (typeof SIGNUP_FIELDS)[number];
export type SignUpValues = Record<SignUpField, string>;

// Deliberately loose: the server has the last word, this only catches typos early.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSignUp(values: SignUpValues): Partial<Record<SignUpField, string>> {
  const problems: Partial<Record<SignUpField, string>> = {};
  const handle = handleProblem(values.handle.trim());
  if (handle) problems.handle = handle;

  const name = values.displayName.trim();
  if (name.length < LIMITS.displayName.min)
    problems.displayName = 'Enter the name colleagues know you by.';
  else if (name.length > LIMITS.displayName.max) {
    problems.displayName = `Name must be at most ${LIMITS.displayName.max} characters.`;
  }

  const email = values.email.trim();
  if (!email) problems.email = 'Enter your work e-mail address.';
  else if (email.length > LIMITS.email.max || !EMAIL_SHAPE.test(email)) {
    problems.email = 'Enter an e-mail address like name@company.com.';
  }

  const password = passwordProblem(values.password, { handle: values.handle.trim(), email });
  if (password) problems.password = password;
  return problems;
}
