import i18next from 'i18next';
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
  const t = i18next.getFixedT('en', 'notifications');
  const ana = { displayName: 'Ana' };
  const bo = { displayName: 'Bo' };
  it('names the actors', () => {
    expect(actorsText(t, [ana], 1)).toBe('Ana');
    expect(actorsText(t, [ana, bo], 2)).toBe('Ana and Bo');
    expect(actorsText(t, [ana, bo], 5)).toBe('Ana and 4 others');
    expect(actorsText(t, [ana], 2)).toBe('Ana and 1 other');
  });
  it('says what happened, where, and how many are unread', () => {
    expect(notificationSentence(t, { type: 'POST_LIKED', actors: [ana, bo], actorCount: 5 })).toBe(
      'Ana and 4 others liked your post',
    );
    expect(
      notificationSentence(t, {
        type: 'QUESTIONS_TO_ANSWER',
        actors: [ana, bo],
        actorCount: 2,
        questionCount: 3,
      }),
    ).toBe('3 questions you could answer, from Ana and Bo');
    expect(
      notificationSentence(t, {
        type: 'QUESTIONS_TO_ANSWER',
        actors: [ana],
        actorCount: 1,
        questionCount: 1,
      }),
    ).toBe('A question you could answer, from Ana');
    expect(notificationHref({ postId: '1' })).toBe('/posts/1');
    expect(notificationHref({ postId: null })).toBeNull();
    expect(bellLabel(t, 3)).toBe('Notifications, 3 unread');
    expect(bellLabel(t, 0)).toBe('Notifications');
  });
});

describe('notification text in Swedish', () => {
  const sv = i18next.getFixedT('sv', 'notifications');
  it('uses Swedish plurals and words', () => {
    const ana = { displayName: 'Ana' };
    expect(actorsText(sv, [ana], 2)).toBe('Ana och 1 annan');
    expect(notificationSentence(sv, { type: 'POST_LIKED', actors: [ana], actorCount: 5 })).toBe(
      'Ana och 4 andra gillade ditt inlägg',
    );
    expect(
      notificationSentence(sv, {
        type: 'QUESTIONS_TO_ANSWER',
        actors: [ana],
        actorCount: 1,
        questionCount: 2,
      }),
    ).toBe('2 frågor du kanske kan besvara, från Ana');
    expect(bellLabel(sv, 3)).toBe('Aviseringar, 3 olästa');
  });
});
