import { RateWindow } from './rate-window';

describe('RateWindow', () => {
  it('allows `limit` events per window and frees slots as time passes', () => {
    let now = 0;
    const window = new RateWindow(3, 1000, () => now);
    expect([window.hit(), window.hit(), window.hit(), window.hit()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    now = 999;
    expect(window.hit()).toBe(false);
    now = 1000;
    expect(window.hit()).toBe(true);
  });
});
