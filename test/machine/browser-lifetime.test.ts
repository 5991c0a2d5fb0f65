// The browser lives exactly as long as the command that started it: killed with the build whether the build ends,
// fails, is interrupted or is itself killed with SIGKILL, and it never waits on a browser that stopped answering.
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedEdition } from '../helpers.js';
import { browserOf, groupGone, groupMembers, killedAfterEach, sleep, startCli, until, userDataDir } from './processes.js';

let data: string;
const started = killedAfterEach();
beforeAll(() => {
  data = generatedEdition(60);
});

/** A build of its own: its own output folder and temporary folder, so that what it leaves is its own. */
function build(extra: string[] = []) {
  const root = mkdtempSync(join(tmpdir(), 'oic-machine-'));
  const tmp = join(root, 'tmp');
  mkdirSync(tmp);
  const out = join(root, 'out', '2024');
  const run = startCli(['build', '2024', '--data', data, '--lang', 'en', '--draft', '--out', out, ...extra], { TMPDIR: tmp });
  started.push(run);
  return { run, tmp, out, root };
}

/** No output, no staging folder, no lock: at most the chart cache, which outlives builds on purpose. */
function expectNoOutput(root: string) {
  expect(readdirSync(join(root, 'out'))).toEqual(existsSync(join(root, 'out', '2024')) ? ['2024'] : []);
  if (existsSync(join(root, 'out', '2024'))) expect(readdirSync(join(root, 'out', '2024'))).toEqual(['.cache']);
}

describe('the browser of a build', () => {
  it('dies with the build after a SIGKILL: no process of it alive a few seconds later, its folders removed', async () => {
    const { run, tmp, root } = build();
    const browser = await browserOf(run.pid);
    await sleep(1000);
    expect(groupMembers(browser.pgid).length).toBeGreaterThan(1);
    expect(readdirSync(tmp).length).toBeGreaterThan(0);
    run.child.kill('SIGKILL');
    expect((await run.done).code).toBe(137);
    expect(await groupGone(browser.pgid, 5000)).toEqual([]);
    // The guard removed the profile, the staged HTML and the half-built output, and released the lock.
    await until(() => readdirSync(tmp).length === 0, 5000, 'the temporary folder to be emptied');
    expect(existsSync(userDataDir(browser))).toBe(false);
    expectNoOutput(root);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('is killed at %s, and the build says it was interrupted (exit %i)', async (signal, code) => {
    const { run, tmp, root } = build();
    const browser = await browserOf(run.pid);
    await sleep(1000);
    run.child.kill(signal);
    const result = await run.done;
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(`interrupted (${signal})`);
    expect(result.stderr).not.toContain('Chromium failed');
    expect(await groupGone(browser.pgid, 3000)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    expectNoOutput(root);
  });

  it('that stops answering (SIGSTOP) ends the build with exit 3 within --timeout and a few seconds', async () => {
    const { run, tmp } = build(['--timeout', '10']);
    const browser = await browserOf(run.pid);
    await sleep(1500);
    process.kill(-browser.pgid, 'SIGSTOP');
    const stopped = Date.now();
    const result = await run.done;
    const seconds = (Date.now() - stopped) / 1000;
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Chromium did not finish the en edition within 10 s|did not answer within 10 s/);
    expect(seconds).toBeLessThan(10 + 8);
    expect(await groupGone(browser.pgid, 3000)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('has no network of its own: its command line switches off its services and resolves no host name', async () => {
    const { run } = build();
    const browser = await browserOf(run.pid);
    for (const flag of ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-pings', '--dns-prefetch-disable']) {
      expect(browser.args).toContain(flag);
    }
    expect(browser.args).toContain('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
    // Talked to over a pipe: no debugging port for another user of the machine to reach.
    expect(browser.args).toContain('--remote-debugging-pipe');
    expect(browser.args.some((a) => a.startsWith('--remote-debugging-port'))).toBe(false);
    expect((await run.done).code).toBe(0);
  });
});

describe('the browser of a preview', () => {
  it('dies with the preview after a SIGKILL', async () => {
    const run = startCli(['preview', '2024', '--port', '0', '--data', data, '--lang', 'en']);
    started.push(run);
    const browser = await browserOf(run.pid);
    await sleep(1000);
    run.child.kill('SIGKILL');
    await run.done;
    expect(await groupGone(browser.pgid, 5000)).toEqual([]);
    await until(() => !existsSync(userDataDir(browser)), 5000, 'the profile folder to be removed');
  });
});
