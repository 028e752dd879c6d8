import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Page } from 'playwright-core';

// For the functions that run inside the page: the tests are compiled without the DOM's types, which would clash with Node's.
declare const window: any;
declare const document: any;

const AXE_SOURCE = readFileSync(join(require.resolve('axe-core'), '..', 'axe.min.js'), 'utf8');
const SCREENSHOTS = resolve(__dirname, '../../../test-artifacts/screenshots');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** WCAG 2.1 A and AA, as axe-core checks them on what the page shows now. */
export async function expectNoAxeViolations(page: Page, screenName: string): Promise<void> {
  // Evaluated through the DevTools protocol, not added as a <script>: the app's CSP rightly refuses inline script.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result: { violations: AxeViolation[] } = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return result.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) }));
  });
  const report = violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`);
  if (report.length > 0) throw new Error(`Accessibility violations on ${screenName}:\n  ${report.join('\n  ')}`);
}

/** A full-page PNG in test-artifacts/screenshots/<name>.png, for people reviewing a change. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Presses Tab until the focused element's accessible name matches, as a keyboard-only user would reach it. */
export async function tabTo(page: Page, name: RegExp, maxTabs = 60): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(focusedName);
    if (name.test(focused)) return;
    seen.push(focused);
  }
  throw new Error(`${maxTabs} presses of Tab never reached ${name}; focus went through: ${seen.map((s) => JSON.stringify(s)).join(', ')}`);
}

/** The focused element's name as assistive technology would mostly compute it (aria-labelledby, aria-label, labels, text). */
function focusedName(): string {
  const element = document.activeElement;
  if (!element || element === document.body) return '';
  const byIds = element.getAttribute('aria-labelledby');
  if (byIds) return byIds.split(/\s+/).map((id: string) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const labels: { textContent: string | null }[] = Array.from(element.labels ?? []);
  if (labels.length > 0) return labels.map((l) => l.textContent ?? '').join(' ').trim();
  return (element.textContent || element.getAttribute('title') || '').trim();
}
