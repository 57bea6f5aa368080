import { currentLocale, setLocale } from '@outloud/web-i18n';
import { act, renderHook } from '@testing-library/react';
import { profileLocale, useProfileLocale } from '../use-profile-locale';

afterEach(async () => {
  await act(() => setLocale('en'));
  window.localStorage.clear();
});

describe('profile locale', () => {
  it('reads the language of a profile tag, or null when we have no catalogue for it', () => {
    expect(profileLocale('sv-SE')).toBe('sv');
    expect(profileLocale('EN')).toBe('en');
    expect(profileLocale('fi')).toBeNull();
    expect(profileLocale(null)).toBeNull();
  });

  it('speaks the profile’s language on sign-in, and leaves the device’s choice without one', async () => {
    const { rerender } = renderHook(({ tag }: { tag: string | null }) => useProfileLocale(tag), {
      initialProps: { tag: null as string | null },
    });
    expect(currentLocale()).toBe('en');
    await act(async () => rerender({ tag: 'sv-SE' }));
    expect(currentLocale()).toBe('sv');
    expect(window.localStorage.getItem('outloud.locale')).toBe('sv');
  });
});
