import { REPORT_NOTE_MAX, reportProblem } from '../report-form';

describe('reportProblem', () => {
  it('asks for a reason first', () => {
    expect(reportProblem(null, 'anything')).toBe('noReason');
  });

  it('needs a note only for "other"', () => {
    expect(reportProblem('SPAM', '')).toBeNull();
    expect(reportProblem('OTHER', '   ')).toBe('noteRequired');
    expect(reportProblem('OTHER', 'leaks a customer list')).toBeNull();
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(reportProblem('ABUSIVE', '😀'.repeat(REPORT_NOTE_MAX))).toBeNull();
    expect(reportProblem('ABUSIVE', 'a'.repeat(REPORT_NOTE_MAX + 1))).toBe('noteTooLong');
  });
});
