import { passwordProblem } from './password';

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('rejects short, repeated, and personal passwords', () => {
    expect(passwordProblem('short')).toContain('at least 10');
    expect(passwordProblem('x'.repeat(257))).toContain('at most 256');
    expect(passwordProblem('aaaaaaaaaaaa')).toContain('repeated');
    expect(passwordProblem('AnaBerg123', { handle: 'anaberg123' })).toContain('handle');
    expect(passwordProblem('ana@corp.example', { email: 'ANA@corp.example' })).toContain('e-mail');
  });
});
