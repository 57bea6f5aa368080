import {
  COMMUNITY_TYPES,
  audienceLine,
  membershipActions,
  parseTags,
  slugFromName,
} from '../community-type';
import { cannotSeeNotice } from '../../../stream/components/composer';

describe('community utils', () => {
  it('suggests an address from a name', () => {
    expect(slugFromName('Finance Leads!')).toBe('finance-leads');
    expect(slugFromName('  Café & Crème  ')).toBe('cafe-creme');
    expect(slugFromName('---')).toBe('');
    expect(slugFromName('a'.repeat(60))).toHaveLength(48);
  });

  it('offers the right membership buttons', () => {
    const kinds = (...args: Parameters<typeof membershipActions>) =>
      membershipActions(...args).actions.map((action) => action.kind);
    expect(kinds('OPEN', null)).toEqual(['join']);
    expect(kinds('MODERATED', null)).toEqual(['request']);
    expect(kinds('RESTRICTED', null)).toEqual([]);
    expect(kinds('MODERATED', { role: 'MEMBER', state: 'REQUESTED' })).toEqual(['withdraw']);
    expect(kinds('RESTRICTED', { role: 'MEMBER', state: 'INVITED' })).toEqual([
      'accept',
      'decline',
    ]);
    expect(kinds('OPEN', { role: 'OWNER', state: 'MEMBER' })).toEqual(['leave']);
    expect(membershipActions('OPEN', { role: 'OWNER', state: 'MEMBER' }).note).toBe(
      'You are an owner.',
    );
  });

  it('states the audience of a post', () => {
    expect(audienceLine(null)).toBe('Everyone in the company can see this.');
    expect(audienceLine({ name: 'Design', type: 'OPEN', memberCount: 3 })).toMatch(
      /^Everyone in the company can see this/,
    );
    expect(audienceLine({ name: 'Finance Leads', type: 'RESTRICTED', memberCount: 12 })).toBe(
      'Only the 12 members of Finance Leads can see this.',
    );
    expect(audienceLine({ name: 'Solo', type: 'RESTRICTED', memberCount: 1 })).toBe(
      'Only the 1 member of Solo can see this.',
    );
  });

  it('explains every type, OPEN first', () => {
    expect(COMMUNITY_TYPES.map((type) => type.value)).toEqual(['OPEN', 'MODERATED', 'RESTRICTED']);
    for (const type of COMMUNITY_TYPES) expect(type.description.length).toBeGreaterThan(10);
  });

  it('parses tags and words the notice about mentioned non-members', () => {
    expect(parseTags('#Finance, budgeting  finance')).toEqual(['finance', 'budgeting']);
    expect(cannotSeeNotice([])).toBeNull();
    expect(cannotSeeNotice(['bob'])).toBe('@bob can’t see this community and won’t be notified.');
    expect(cannotSeeNotice(['a', 'b', 'c'])).toBe(
      '@a, @b and @c can’t see this community and won’t be notified.',
    );
  });
});
