import { formatters } from '@outloud/web-i18n';
import i18next from 'i18next';
import { audienceLine, cannotSeeNotice } from '../audience';

describe('audience of a post', () => {
  const en = i18next.getFixedT('en', 'stream');
  const sv = i18next.getFixedT('sv', 'stream');

  it('states who can see it, with plurals in both languages', () => {
    expect(audienceLine(en, null)).toBe('Everyone in the company can see this.');
    expect(audienceLine(en, { name: 'Design', type: 'OPEN', memberCount: 3 })).toMatch(
      /^Everyone in the company can see this/,
    );
    expect(audienceLine(en, { name: 'Finance Leads', type: 'RESTRICTED', memberCount: 12 })).toBe(
      'Only the 12 members of Finance Leads can see this.',
    );
    expect(audienceLine(en, { name: 'Solo', type: 'RESTRICTED', memberCount: 1 })).toBe(
      'Only the 1 member of Solo can see this.',
    );
    expect(audienceLine(sv, { name: 'Ekonomi', type: 'RESTRICTED', memberCount: 1 })).toBe(
      'Bara den enda medlemmen i Ekonomi kan se det här.',
    );
  });

  it('words the notice about mentioned non-members as a list of the language', () => {
    const list = (items: string[]) => formatters('en').list(items);
    expect(cannotSeeNotice(en, [], list)).toBeNull();
    expect(cannotSeeNotice(en, ['bob'], list)).toBe(
      '@bob can’t see this community and won’t be notified.',
    );
    expect(cannotSeeNotice(en, ['a', 'b', 'c'], list)).toBe(
      '@a, @b, and @c can’t see this community and won’t be notified.',
    );
    expect(cannotSeeNotice(sv, ['a', 'b'], (items) => formatters('sv').list(items))).toBe(
      '@a och @b kan inte se gruppen och aviseras inte.',
    );
  });
});
