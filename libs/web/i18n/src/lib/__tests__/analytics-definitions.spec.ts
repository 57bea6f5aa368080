import { ANALYTICS_METRICS } from '@outloud/contracts';
import { en, sv } from '../resources';

/**
 * The dashboard's tooltips read the metric definitions from the catalogue; the English ones must be
 * the contracts' text word for word (the GraphQL descriptions and docs/analytics.md use the same),
 * and Swedish must define every metric too.
 */
describe('analytics metric definitions', () => {
  it('are the contracts’ text in English, for every metric and no other', () => {
    const fromContracts = Object.fromEntries(
      Object.entries(ANALYTICS_METRICS).map(([key, { text }]) => [key, text]),
    );
    expect(en.analytics.definitions).toEqual(fromContracts);
  });

  it('are all translated into Swedish', () => {
    expect(Object.keys(sv.analytics.definitions).sort()).toEqual(
      Object.keys(ANALYTICS_METRICS).sort(),
    );
  });
});
