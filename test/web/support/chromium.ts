import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const INSTALL_CHROMIUM = 'sudo apt-get install -y chromium';

/** CHROMIUM_PATH, else the usual system locations; null when there is none. */
export function findChromium(): string | null {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * describe, or describe.skip with a warning nobody can miss when there is no Chromium: a browser test that is not run
 * must never look like one that passed.
 */
export function describeInBrowser(name: string, fn: () => void): void {
  if (findChromium()) {
    describe(name, fn);
    return;
  }
  const lines = [`Browser tests SKIPPED: ${name}`, 'No Chromium found (CHROMIUM_PATH, /usr/bin/chromium…). Install one with:', `  ${INSTALL_CHROMIUM}`];
  const width = Math.max(...lines.map((line) => line.length));
  const bar = '!'.repeat(width + 6);
  console.warn([bar, ...lines.map((line) => `!! ${line.padEnd(width)} !!`), bar].join('\n'));
  describe.skip(name, fn);
}

// Nothing a test needs goes over the network, and background services would only add noise and time.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`No Chromium found; install one with: ${INSTALL_CHROMIUM}`);
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}
