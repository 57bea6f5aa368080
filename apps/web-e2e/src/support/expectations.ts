import type { Page } from 'playwright-core';
import { seriousA11yProblems } from './axe';

/** axe-core finds nothing "serious" or "critical" on the page as it is now. */
export async function expectNoSeriousA11yProblems(page: Page): Promise<void> {
  expect(await seriousA11yProblems(page)).toEqual([]);
}

/** The page is no wider than its viewport (nothing to scroll sideways, e.g. on a phone). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
