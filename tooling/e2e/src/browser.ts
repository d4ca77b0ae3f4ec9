import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * Debian's Chromium (no browser download is possible on these machines): its headless shell when it is
 * installed (`chromium-headless-shell`, the build Playwright itself runs headless; it takes about half
 * the processor time of the whole browser), otherwise the whole browser in headless mode.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('page', waitsForPortalPages);
    return context;
  };
  return browser;
}

/**
 * The portals' router changes the address first and shows the page once its code and data are in
 * (`<html data-navigating>` meanwhile, see packages/ui/src/router/router.tsx). So that a test reads the
 * page it asked for, `goto`, `reload`, `goBack` and `waitForURL` also wait for the page to be shown
 * (at once on what is not a portal page: a JSON answer, a file). A `goto` with `waitUntil: 'commit'`
 * does not wait: the test means to see the page while it loads.
 */
function waitsForPortalPages(page: Page): void {
  const shown = () => page.locator('html:not([data-navigating])').waitFor({ state: 'attached' });
  const goto = page.goto.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    // `waitUntil: 'commit'`: the test looks at the page while it loads (its data held back).
    if (args[1]?.waitUntil !== 'commit') await shown();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (...args) => {
    const response = await reload(...args);
    await shown();
    return response;
  };
  const goBack = page.goBack.bind(page);
  page.goBack = async (...args) => {
    const response = await goBack(...args);
    await shown();
    return response;
  };
  const waitForURL = page.waitForURL.bind(page);
  page.waitForURL = async (...args) => {
    await waitForURL(...args);
    await shown();
  };
}

/**
 * Chooses a language with the header's switch and waits until the page shows it: the new language's
 * messages load first, then every text changes at once and `<html lang>` follows.
 */
export async function switchLanguage(page: Page, name: 'Français' | 'English'): Promise<void> {
  await page.getByTestId('language-switch').first().getByRole('button', { name }).click();
  await page.locator(`html[lang="${name === 'Français' ? 'fr' : 'en'}"]`).waitFor({ state: 'attached' });
}
