import { LIMITS } from './limits';

/**
 * Password policy after NIST SP 800-63B: length matters, composition rules do not. We refuse
 * short passwords, passwords that are one repeated character, and passwords equal to the
 * person's handle or e-mail.
 */
export function passwordProblem(
  password: string,
  person: { handle?: string; email?: string } = {},
): string | null {
  if (password.length < LIMITS.password.min) {
    return `Password must be at least ${LIMITS.password.min} characters.`;
  }
  if (password.length > LIMITS.password.max) {
    return `Password must be at most ${LIMITS.password.max} characters.`;
  }
  if (new Set(password).size === 1) {
    return 'Password must not be a single repeated character.';
  }
  const lower = password.toLowerCase();
  if (person.handle && lower === person.handle.toLowerCase()) {
    return 'Password must not be your handle.';
  }
  if (person.email && lower === person.email.toLowerCase()) {
    return 'Password must not be your e-mail address.';
  }
  return null;
}
