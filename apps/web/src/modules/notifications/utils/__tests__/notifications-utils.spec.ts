import { highestId, mergeNotifications } from '../merge-notifications';
import {
  actorsText,
  bellLabel,
  notificationHref,
  notificationSentence,
} from '../notification-text';

const n = (id: string, type = 'MENTIONED', postId: string | null = `p${id}`) => ({
  id,
  type,
  postId,
});

describe('mergeNotifications', () => {
  it('adds new ones newest first without duplicates by id', () => {
    const merged = mergeNotifications([n('3'), n('2')], [n('4'), n('3'), n('10')]);
    expect(merged.map((x) => x.id)).toEqual(['10', '4', '3', '2']);
  });

  it('drops replaced cards and older cards of the same like group', () => {
    const merged = mergeNotifications(
      [n('5', 'POST_LIKED', 'a'), n('4'), n('3', 'POST_LIKED', 'b')],
      [n('7', 'POST_LIKED', 'a'), n('6', 'POST_LIKED', 'b')],
      ['3'],
    );
    expect(merged.map((x) => x.id)).toEqual(['7', '6', '4']);
  });
});

describe('highestId', () => {
  it('compares ids as numbers', () => {
    expect(highestId([{ id: '9' }, { id: '10' }], null)).toBe('10');
    expect(highestId([{ id: '9' }], '12')).toBe('12');
    expect(highestId([], null)).toBeNull();
  });
});

describe('notification text', () => {
  const ana = { displayName: 'Ana' };
  const bo = { displayName: 'Bo' };
  it('names the actors', () => {
    expect(actorsText([ana], 1)).toBe('Ana');
    expect(actorsText([ana, bo], 2)).toBe('Ana and Bo');
    expect(actorsText([ana, bo], 5)).toBe('Ana and 4 others');
    expect(actorsText([ana], 2)).toBe('Ana and 1 other');
  });
  it('says what happened, where, and how many are unread', () => {
    expect(notificationSentence({ type: 'POST_LIKED', actors: [ana, bo], actorCount: 5 })).toBe(
      'Ana and 4 others liked your post',
    );
    expect(notificationHref({ postId: '1' })).toBe('/posts/1');
    expect(notificationHref({ postId: null })).toBeNull();
    expect(bellLabel(3)).toBe('Notifications, 3 unread');
    expect(bellLabel(0)).toBe('Notifications');
  });
});
