import { neutraliseFormula } from './audit-export.controller';

describe('CSV formula neutralisation', () => {
  it.each(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with an apostrophe', (v) => {
    expect(neutraliseFormula(v)).toBe(`'${v}`);
  });

  it('leaves other text alone', () => {
    expect(neutraliseFormula('moderation.post.hidden')).toBe('moderation.post.hidden');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });
});
