import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';
import { describeWhen } from '../../support/describe-when';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const INSTALL_CHROMIUM = 'sudo apt-get install -y chromium';

/** CHROMIUM_PATH, else the usual system locations; null when there is none. */
export function findChromium(): string | null {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** A browser suite, reported skipped (loudly, with the install command) where no Chromium is found. */
export function describeInBrowser(name: string, fn: () => void): void {
  describeWhen(Boolean(findChromium()), name, 'No Chromium found (CHROMIUM_PATH, /usr/bin/chromium…).', INSTALL_CHROMIUM, fn);
}

// Nothing a test needs goes over the network, and background services would only add noise and time.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`No Chromium found; install one with: ${INSTALL_CHROMIUM}`);
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}
