import { z } from 'zod';
import { parseSeedData, tag, text } from './seed-data';

const topics = z.strictObject({
  topics: z.array(
    z.strictObject({
      tag,
      questions: z.array(z.strictObject({ question: text, answers: z.array(text).min(1) })),
    }),
  ),
});

const good = {
  topics: [
    { tag: 'vpn', questions: [{ question: 'How?', answers: ['Like this.'] }] },
    { tag: 'ci-cd', questions: [] },
  ],
};

describe('parseSeedData', () => {
  it('returns the data when every entry fits', () => {
    expect(parseSeedData('stream.json', topics, good)).toEqual(good);
  });

  it('names the file and the path of a bad entry', () => {
    const bad = structuredClone(good);
    bad.topics[1].questions.push({ question: 'Why?', answers: [''] });
    expect(() => parseSeedData('stream.json', topics, bad)).toThrow(
      /stream\.json: topics\[1\]\.questions\[0\]\.answers\[0\]: Too small/,
    );
  });

  it('refuses a misspelt key and a tag the product would not write', () => {
    const bad = { topics: [{ tag: 'Ci CD', questions: [], answer: 'typo' }] };
    let message = '';
    try {
      parseSeedData('stream.json', topics, bad);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('stream.json: topics[0].tag: a lower-case tag like "ci-cd"');
    expect(message).toMatch(/stream\.json: topics\[0\]: Unrecognized key: "answer"/);
  });

  it('points at the root when the file is not the expected shape at all', () => {
    expect(() => parseSeedData('people.json', topics, [])).toThrow(
      /people\.json: \(root\): Invalid input: expected object, received array/,
    );
  });
});
