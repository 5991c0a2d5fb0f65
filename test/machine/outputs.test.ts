// out/<year>/ holds exactly one build's files: a build is staged beside it and swapped in, a killed build leaves the
// previous output whole, and two builds of one folder at once do not mix (the second is refused while the first runs).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { folderSnapshot, generatedEdition, runCli } from '../helpers.js';
import { browserOf, killedAfterEach, sleep, startCli, until } from './processes.js';

let data: string;
const started = killedAfterEach();
beforeAll(() => {
  data = generatedEdition(60);
});

const buildArgs = (out: string, ...extra: string[]) => ['build', '2024', '--data', data, '--lang', 'en', '--draft', '--out', out, ...extra];

function outFolder() {
  const parent = join(mkdtempSync(join(tmpdir(), 'oic-outputs-')), 'out');
  return { parent, out: join(parent, '2024') };
}

/** What a reader of the folder sees, the chart cache aside. */
const published = (dir: string) => Object.fromEntries(Object.entries(folderSnapshot(dir)).filter(([path]) => !path.includes('/.cache/')));

describe('the output folder', () => {
  it('holds exactly the last build: another --format leaves no file of the one before', async () => {
    const { parent, out } = outFolder();
    expect((await runCli(buildArgs(out))).code).toBe(0);
    expect(readdirSync(out)).toContain('oic-islamophobia-report-2024-en.pdf');
    expect(readdirSync(out)).toContain('figures.json');
    const html = await runCli(buildArgs(out, '--format', 'html'));
    expect(html.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.cache', '.oic-report-build.json', 'html']);
    const manifest = JSON.parse(readFileSync(join(out, '.oic-report-build.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('html/oic-islamophobia-report-2024-en.html');
    // Nothing of the build is left beside the folder: no staging folder, no lock.
    expect(readdirSync(parent)).toEqual(['2024']);
    expect(html.stdout).toContain(join(out, 'html'));
    expect(html.stdout).not.toContain('.building-');
  });

  it('is left whole by a build killed half-way', async () => {
    const { parent, out } = outFolder();
    expect((await runCli(buildArgs(out))).code).toBe(0);
    const before = published(out);
    const run = startCli(buildArgs(out, '--format', 'html,pdf'));
    started.push(run);
    await browserOf(run.pid);
    await sleep(1500);
    run.child.kill('SIGKILL');
    await run.done;
    expect(published(out)).toEqual(before);
    // The guard removes the staging folder and the lock of the killed build.
    await until(() => readdirSync(parent).length === 1, 5000, 'the staging folder and the lock to be removed');
  });

  it('refuses a folder holding files oic-report did not write, and leaves them be', async () => {
    const { out } = outFolder();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const result = await runCli(buildArgs(out));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot build into ${out}: it holds files oic-report did not write (notes.txt)`);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('is cleaned of what a killed build left beside it (its staging folder, a stale lock) at the next build', async () => {
    const { parent, out } = outFolder();
    mkdirSync(join(parent, '.2024.building-999999-dead'), { recursive: true });
    writeFileSync(join(parent, '.2024.building-999999-dead', 'oic-islamophobia-report-2024-en.pdf'), 'half');
    writeFileSync(join(parent, '.2024.lock'), JSON.stringify({ pid: 999999, since: '2024-01-01T00:00:00Z' }));
    const result = await runCli(buildArgs(out, '--format', 'html'));
    expect(result.code).toBe(0);
    expect(readdirSync(parent)).toEqual(['2024']);
  });
});

describe('two builds of one output folder at once', () => {
  it('the second is refused with the pid of the first, which ends well', async () => {
    const { parent, out } = outFolder();
    const first = startCli(buildArgs(out));
    started.push(first);
    await until(() => existsSync(join(parent, '.2024.lock')), 60_000, 'the first build to take the lock');
    const second = await runCli(buildArgs(out));
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(`${out} is being built by another oic-report (process ${first.pid}`);
    expect(second.stderr).toContain('--out');
    const result = await first.done;
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toContain('oic-islamophobia-report-2024-en.pdf');
    expect(readdirSync(parent)).toEqual(['2024']);
  });
});
