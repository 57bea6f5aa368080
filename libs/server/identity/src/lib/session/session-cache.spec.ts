import { Viewer } from '@outloud/server-core';
import { SessionCache } from './session-cache';

const viewer = (id: string, sessionId: string): Viewer => ({
  id,
  handle: id,
  role: 'MEMBER' as Viewer['role'],
  sessionId,
});

describe('session cache', () => {
  it('answers for a few seconds, then asks again', () => {
    let now = 1_000;
    const cache = new SessionCache(5_000, () => now);
    cache.set('h1', viewer('ana', 's1'), cache.begin());
    expect(cache.get('h1')?.id).toBe('ana');
    now += 4_999;
    expect(cache.get('h1')?.id).toBe('ana');
    now += 1;
    expect(cache.get('h1')).toBeNull();
  });

  it('forgets ended sessions and a person whose role or status changed', () => {
    const cache = new SessionCache(5_000);
    cache.set('h1', viewer('ana', 's1'), cache.begin());
    cache.set('h2', viewer('ana', 's2'), cache.begin());
    cache.set('h3', viewer('bo', 's3'), cache.begin());
    cache.forgetSessions(['s1']);
    expect([cache.get('h1'), cache.get('h2')?.id, cache.get('h3')?.id]).toEqual([
      null,
      'ana',
      'bo',
    ]);
    cache.forgetUser('ana');
    expect([cache.get('h2'), cache.get('h3')?.id]).toEqual([null, 'bo']);
  });

  it('never stores the answer of a read that began before a forget', () => {
    const cache = new SessionCache(5_000);
    const begun = cache.begin();
    cache.forgetSessions(['s1']);
    cache.set('h1', viewer('ana', 's1'), begun);
    expect(cache.get('h1')).toBeNull();
  });
});
