// Automated accessibility check of the page as it is now: axe-core's WCAG 2.1 A and AA rules (labels,
// names, contrast, landmarks, keyboard focusability). It cannot see everything a person would, so the
// scenarios also walk the pages by keyboard where it matters.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; help: string; nodes: { target: string[] }[] };

/** The WCAG A/AA violations on the page, as "rule: help (selectors)" lines; empty when none. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Run through the DevTools protocol: the pages' Content-Security-Policy refuses inline <script> tags.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return (violations as Violation[]).map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
