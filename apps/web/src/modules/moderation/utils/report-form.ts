import { LIMITS_MODERATION } from '@outloud/contracts';
import type { ReportReason } from '../../../generated/graphql';

/** In the order the dialog offers them: the most common first, "other" last. */
export const REPORT_REASONS: readonly ReportReason[] = [
  'ABUSIVE',
  'PERSONAL_ATTACK',
  'SPAM',
  'CONFIDENTIAL',
  'OTHER',
];

/** The server's limit for a reporter's note. */
export const REPORT_NOTE_MAX = LIMITS_MODERATION.reportNote;

export type ReportProblem = 'noReason' | 'noteRequired' | 'noteTooLong';

/** What keeps the report from being sent, checked before asking the server. */
export function reportProblem(reason: ReportReason | null, note: string): ReportProblem | null {
  if (!reason) return 'noReason';
  if (Array.from(note).length > REPORT_NOTE_MAX) return 'noteTooLong';
  if (reason === 'OTHER' && note.trim() === '') return 'noteRequired';
  return null;
}
