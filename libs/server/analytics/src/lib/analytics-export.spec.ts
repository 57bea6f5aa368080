import { toCsv } from './analytics-export';

describe('analytics CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas, and quotes commas and quotes', () => {
    const csv = toCsv({
      columns: ['question', 'count'],
      rows: [
        { question: '=HYPERLINK("http://evil","click")', count: 1 },
        { question: '+1, "quoted"', count: 2 },
        { question: '@SUM(A1)', count: null },
        { question: 'Where is the tool?', count: 0 },
      ],
    });
    expect(csv.split('\n')).toEqual([
      'question,count',
      `"'=HYPERLINK(""http://evil"",""click"")",1`,
      `"'+1, ""quoted""",2`,
      `'@SUM(A1),`,
      'Where is the tool?,0',
      '',
    ]);
  });
});
