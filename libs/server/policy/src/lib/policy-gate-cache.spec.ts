import { PolicyGateCache } from './policy-gate-cache';

describe('the content policy gate cache', () => {
  it('lets someone who acknowledged the current version pass for a few seconds, then asks again', () => {
    let now = 1_000;
    const cache = new PolicyGateCache(5_000, () => now);
    expect(cache.passes('ana')).toBe(false);
    cache.remember(cache.begin(), 2, 'ana', true);
    expect(cache.passes('ana')).toBe(true);
    now += 4_999;
    expect(cache.passes('ana')).toBe(true);
    now += 1;
    expect(cache.passes('ana')).toBe(false);
  });

  it('never lets through someone whose answer was a refusal, or an older acknowledgement', () => {
    const cache = new PolicyGateCache(5_000);
    cache.remember(cache.begin(), 2, 'ana', false);
    cache.rememberAcknowledged('bo', 1);
    expect([cache.passes('ana'), cache.passes('bo')]).toEqual([false, false]);
    cache.rememberAcknowledged('ana', 2);
    expect(cache.passes('ana')).toBe(true);
  });

  it('lets everyone through while no policy exists', () => {
    const cache = new PolicyGateCache(5_000);
    cache.remember(cache.begin(), null, 'ana', false);
    expect([cache.passes('ana'), cache.passes('bo')]).toEqual([true, true]);
  });

  it('asks everyone again after a publish, and never stores a read that began before it', () => {
    const cache = new PolicyGateCache(5_000);
    cache.remember(cache.begin(), 1, 'ana', true);
    const begun = cache.begin();
    cache.forgetCurrent();
    expect(cache.passes('ana')).toBe(false);
    cache.remember(begun, 1, 'ana', true);
    expect(cache.passes('ana')).toBe(false);
    cache.remember(cache.begin(), 2, 'bo', true);
    expect([cache.passes('ana'), cache.passes('bo')]).toEqual([false, true]);
  });
});
