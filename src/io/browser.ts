// Finding and starting Chromium. Puppeteer's own download cannot work on the machines this runs on,
// so the browser is looked up in this order: --chrome, OIC_REPORT_CHROME, PUPPETEER_EXECUTABLE_PATH,
// Debian's /usr/bin/chromium, then puppeteer's cache.
import { accessSync, constants } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer';
import { EXIT, UserError } from '../errors.js';

export const INSTALL_BROWSER_HINT =
  'Install Chromium (Debian/Ubuntu: sudo apt-get install -y --no-install-recommends chromium), ' +
  'or point to one with --chrome PATH or OIC_REPORT_CHROME=PATH.';

export interface BrowserCandidate {
  path: string;
  from: string;
}

export function browserCandidates(flag: string | undefined, env: NodeJS.ProcessEnv): BrowserCandidate[] {
  const candidates: BrowserCandidate[] = [];
  if (flag) candidates.push({ path: flag, from: '--chrome' });
  if (env.OIC_REPORT_CHROME) candidates.push({ path: env.OIC_REPORT_CHROME, from: 'OIC_REPORT_CHROME' });
  if (env.PUPPETEER_EXECUTABLE_PATH) {
    candidates.push({ path: env.PUPPETEER_EXECUTABLE_PATH, from: 'PUPPETEER_EXECUTABLE_PATH' });
  }
  candidates.push({ path: '/usr/bin/chromium', from: 'Debian' }, { path: '/usr/bin/chromium-browser', from: 'Ubuntu' });
  try {
    candidates.push({ path: puppeteer.executablePath(), from: "puppeteer's cache" });
  } catch {
    // No browser in puppeteer's cache: nothing to add.
  }
  return candidates;
}

/** The first candidate that is an executable file. One named explicitly must exist: no silent fallback. */
export function findBrowser(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const candidates = browserCandidates(flag, env);
  for (const candidate of candidates) {
    const explicit = candidate.from === '--chrome' || candidate.from === 'OIC_REPORT_CHROME';
    if (isExecutable(candidate.path)) return candidate.path;
    if (explicit) {
      throw new UserError(
        `no browser at ${candidate.path} (given by ${candidate.from})`,
        EXIT.environment,
        INSTALL_BROWSER_HINT,
      );
    }
  }
  throw new UserError('no Chromium browser found to print the PDF', EXIT.environment, INSTALL_BROWSER_HINT);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * `handleSignals: false` leaves Ctrl-C to the caller, who closes the browser itself (a preview closes its
 * server too); by default puppeteer kills the browser and exits at once, which is right for a build.
 */
export async function launchBrowser(executablePath: string, { handleSignals = true, timeoutMs = 300_000 } = {}): Promise<Browser> {
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      // Every call to the browser is bounded: a print may take as long as the stage's own bound, no longer.
      protocolTimeout: timeoutMs,
      handleSIGINT: handleSignals,
      handleSIGTERM: handleSignals,
      handleSIGHUP: handleSignals,
      // The print page needs no network, no GPU and no profile; as root Chromium also needs --no-sandbox.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        '--font-render-hinting=none',
      ],
    });
  } catch (error) {
    throw new UserError(
      `the browser at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}`,
      EXIT.environment,
      INSTALL_BROWSER_HINT,
    );
  }
}
