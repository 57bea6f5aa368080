import { splitTitle } from './post-text';
import { toPostDocument } from './search-document.source';

describe('splitTitle', () => {
  it('takes the first line as the title, without heading marks or emphasis', () => {
    expect(splitTitle('## How do I *renew* it?\nSome details\nmore')).toEqual({
      title: 'How do I renew it?',
      body: 'Some details\nmore',
    });
  });

  it('cuts a run-on first line at a word boundary and keeps the rest in the body', () => {
    const long = `${'word '.repeat(100)}end`;
    const { title, body } = splitTitle(long);
    expect(title.length).toBeLessThanOrEqual(300);
    expect(`${title}${body}`.replace(/\s+/g, '')).toBe(long.replace(/\s+/g, ''));
  });
});

describe('toPostDocument', () => {
  it('folds the accepted answer and other replies into weighted fields', () => {
    const doc = toPostDocument({
      id: 'p',
      body: 'Where is the printer?\nOn floor 3?',
      audience: 'members',
      community_id: 'c',
      author_id: 'a',
      department: 'IT',
      is_question: true,
      answered: true,
      reply_count: 2,
      like_count: 1,
      created_at: new Date('2026-01-01T00:00:00Z'),
      answer: 'Floor 2, by the kitchen.',
      others: 'I think floor 3.',
      tags: ['office'],
    });
    expect(doc).toMatchObject({
      type: 'post',
      title: 'Where is the printer?',
      body: 'On floor 3?',
      answer: 'Floor 2, by the kitchen.',
      extra: 'I think floor 3.',
      audience: 'members',
      communityId: 'c',
      hasAcceptedAnswer: true,
      language: 'english',
    });
  });
});
