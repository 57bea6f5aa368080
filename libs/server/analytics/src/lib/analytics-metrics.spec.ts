import { ANALYTICS_METRICS } from '@outloud/contracts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

describe('metric definitions', () => {
  it('are quoted word for word in docs/analytics.md', () => {
    const docs = readFileSync(resolve(__dirname, '../../../../../docs/analytics.md'), 'utf8');
    for (const [key, { text }] of Object.entries(ANALYTICS_METRICS))
      expect({ key, quoted: docs.includes(text) }).toEqual({ key, quoted: true });
  });
});
