// Finding and starting Chromium. Puppeteer's own download cannot work on the machines this runs on,
// so the browser is looked up in this order: --chrome, OIC_REPORT_CHROME, PUPPETEER_EXECUTABLE_PATH,
// Debian's /usr/bin/chromium, then puppeteer's cache.
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer';
import { EXIT, UserError } from '../errors.js';
import { guardGroup, killGroup } from './leftovers.js';
import { removeFolder, temporaryFolder } from './temporary.js';

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
 * Chromium's own traffic switched off: no component, safe-browsing, sync or metrics services, and a host resolver
 * that resolves nothing, so not even a DNS lookup leaves the machine (file:// and data: need none). The print page
 * is further limited to the build's own folders by request interception (io/print-pdf.ts).
 */
export const BROWSER_ARGS = [
  // As root Chromium also needs --no-sandbox; the print page needs no GPU and no shared memory folder.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  '--no-first-run',
  '--no-pings',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--dns-prefetch-disable',
  // Loopback stays reachable (a preview's own server, seen in a browser); it never leaves the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions',
];

/**
 * The browser dies with this process: it talks over a pipe (Chromium exits when the pipe closes, and no debugging
 * port is opened), its process group is killed whole at close, at an interruption, and by the guard of
 * io/leftovers.ts if this process is killed; its profile is a temporary folder removed the same ways.
 * Signals are the caller's (see cli/interrupt.ts and the preview): puppeteer's own handlers are off.
 */
export async function launchBrowser(executablePath: string, { timeoutMs = 300_000 } = {}): Promise<Browser> {
  const profile = await temporaryFolder('oic-report-browser-');
  let browser: Browser;
  // A browser stopped while starting would hold puppeteer's own clean-up for another protocol timeout: at the
  // bound, its group is killed, which ends the launch at once.
  let stalled = false;
  const watchdog = setTimeout(() => {
    stalled = true;
    groupsRunning(profile).forEach(killGroup);
  }, timeoutMs);
  // Guarded from the moment it runs, not only once puppeteer hands it over.
  const spotter = setInterval(() => groupsRunning(profile).forEach(guardGroup), LAUNCH_POLL_MS);
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir: profile,
      // Chromium's own temporary files (shared memory, with --disable-dev-shm-usage) go with its profile.
      env: { ...process.env, TMPDIR: profile },
      // Every call to the browser is bounded: a print may take as long as the stage's own bound, no longer.
      protocolTimeout: timeoutMs,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: BROWSER_ARGS,
    });
  } catch (error) {
    groupsRunning(profile).forEach(killGroup);
    await removeFolder(profile);
    const message = (error as Error).message.split('\n')[0] ?? '';
    if (stalled || /timed out/i.test(message)) {
      throw new UserError(
        `the browser at ${executablePath} did not answer within ${Math.round(timeoutMs / 1000)} s of starting`,
        EXIT.environment,
        'Is the machine overloaded? Try again, or allow longer with --timeout SECONDS.',
      );
    }
    throw new UserError(
      `the browser at ${executablePath} did not start: ${message}`,
      EXIT.environment,
      INSTALL_BROWSER_HINT,
    );
  } finally {
    clearTimeout(watchdog);
    clearInterval(spotter);
  }
  const pid = browser.process()?.pid;
  // Puppeteer starts Chromium detached: its pid is the group of all its processes (zygotes, renderers, GPU).
  if (pid) guardGroup(pid);
  launched.set(browser, { ...(pid ? { pid } : {}), profile });
  return browser;
}

const launched = new WeakMap<Browser, { pid?: number; profile: string }>();
const CLOSE_WAIT_MS = 3000;
const LAUNCH_POLL_MS = 100;

/**
 * Closes the browser politely for a moment, then kills its whole group: a stopped or busy browser, or a renderer
 * that outlives the browser process, is not waited for. Its profile folder goes too.
 */
export async function closeBrowser(browser: Browser): Promise<void> {
  const own = launched.get(browser);
  launched.delete(browser);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([browser.close().catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS)))]);
  clearTimeout(timer);
  if (own?.pid) killGroup(own.pid);
  if (own) await removeFolder(own.profile);
}

/** The process groups of this process's browsers using a profile folder, found in /proc (Linux). */
function groupsRunning(profile: string): number[] {
  const flag = `--user-data-dir=${profile}`;
  const groups = new Set<number>();
  for (const pid of safe(() => readdirSync('/proc'), []).filter((e) => /^\d+$/.test(e))) {
    const args = safe(() => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'), []);
    if (!args.includes(flag)) continue;
    const stat = safe(() => readFileSync(`/proc/${pid}/stat`, 'utf8'), '');
    const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    if (pgid > 1 && pgid !== process.pid) groups.add(pgid);
  }
  return [...groups];
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
