import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { signUpAs, type E2ePerson, type SignUpOptions } from './people';
import { startProduct, type RunningProduct } from './product';

type StartOptions = Parameters<typeof startProduct>[0];

/** What a browser spec works with: the running product, Chromium and a few shortcuts. */
export interface E2eSuite {
  readonly product: RunningProduct;
  readonly browser: Browser;
  /** The product's absolute URL for `path`. */
  url(path: string): string;
  /** A page in a browser context of its own (its own cookies); actions give up after 15 s. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Signs `who` up on `page` through the real form (see signUpAs). */
  signUp(page: Page, who: E2ePerson, options?: SignUpOptions): Promise<void>;
}

/**
 * Starts the built product and Chromium before the tests of the enclosing `describe` and stops
 * both after them. Call it first in the block: Jest runs `beforeAll` hooks in the order they are
 * declared, so the spec's own set-up already finds both running. `startOptions` runs in the hook,
 * for a spec that must start something else first (an identity provider).
 */
export function useProductAndBrowser(
  startOptions?: () => StartOptions | Promise<StartOptions>,
): E2eSuite {
  let product: RunningProduct | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    product = await startProduct(await startOptions?.());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  const running = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} runs only inside hooks and tests`);
    return value;
  };
  return {
    get product() {
      return running(product, 'The product');
    },
    get browser() {
      return running(browser, 'Chromium');
    },
    url: (path) => `${running(product, 'The product').baseUrl}${path}`,
    newPage: async (options) => {
      const context = await running(browser, 'Chromium').newContext(options);
      context.setDefaultTimeout(15_000);
      return context.newPage();
    },
    signUp: (page, who, options) =>
      signUpAs(page, running(product, 'The product').baseUrl, who, options),
  };
}
