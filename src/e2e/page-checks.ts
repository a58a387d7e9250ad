import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Where the browser tests leave their screenshots (gitignored; CI keeps them as artefacts). */
export const SCREENSHOTS = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

/** Saves a full-page screenshot as artifacts/screenshots/NAME.png and answers its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

// Roles a user operates; each must carry an accessible name (a label, aria-label or its text).
const CONTROL =
  /^\s*- (button|link|textbox|searchbox|combobox|listbox|checkbox|radio|slider|spinbutton|switch|tab)\b(.*)$/;

/**
 * The controls on the page that have no accessible name, read from the accessibility tree as
 * Playwright's ARIA snapshot shows it: a named control is written `- button "Buscar"`.
 */
export async function unnamedControls(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  return snapshot
    .split('\n')
    .map((line) => CONTROL.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .filter((match) => !/^\s*"/.test(match[2] ?? ''))
    .map((match) => match[0].trim());
}

/** How far the page is wider than the window: 0 when nothing overflows sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  // A string, evaluated in the page: the server's TypeScript has no DOM types.
  const overflow: unknown = await page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  return Number(overflow);
}

/** Waits until `check` holds (the page settles after a filter or a fetch), failing after `timeoutMs`. */
export async function eventually(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
