import { ErrorCode } from '@outloud/contracts';
import { AppError, BadUserInputError, ForbiddenError } from '@outloud/server-core';

/**
 * Writing before acknowledging the current content policy. FORBIDDEN, with a machine-readable
 * reason and the version to show, so a client can open the policy dialog.
 */
export class PolicyNotAcknowledgedError extends AppError {
  constructor(version: number) {
    super(
      ErrorCode.Forbidden,
      `Please read and accept the content policy (version ${version}) before you post.`,
      { reason: 'CONTENT_POLICY_NOT_ACKNOWLEDGED', policyVersion: version },
    );
  }
}

export const PolicyErrors = {
  notAdmin: () => new ForbiddenError('Only admins can change the content policy.'),
  noPolicy: () =>
    BadUserInputError.field(['version'], 'There is no content policy to acknowledge yet.'),
  notCurrent: (asked: number, current: number) =>
    BadUserInputError.field(
      ['version'],
      `Version ${asked} is not the current content policy; the current one is version ${current}.`,
    ),
  unchanged: () =>
    BadUserInputError.field(
      ['input', 'markdown'],
      'This is the current policy word for word; change something to publish a new version.',
    ),
};
