import i18next from 'i18next';
import { COMMUNITY_TYPES, membershipActions, parseTags, slugFromName } from '../community-type';

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
      'membership.note.owner',
    );
  });

  it('explains every type, OPEN first', () => {
    expect(COMMUNITY_TYPES.map((type) => type.value)).toEqual(['OPEN', 'MODERATED', 'RESTRICTED']);
    const t = i18next.getFixedT('sv', 'communities');
    for (const type of COMMUNITY_TYPES) expect(t(type.description).length).toBeGreaterThan(10);
  });

  it('parses tags', () => {
    expect(parseTags('#Finance, budgeting  finance')).toEqual(['finance', 'budgeting']);
  });
});
