// The CI workflow, .github/workflows/draft-report.yml: its structure as GitHub reads it (parsed with `yaml`), and its
// `run:` steps run here as one bash script in a throwaway checkout, GitHub's files and variables pointed at temp
// files. Skipped: the actions (`uses:`, GitHub's own) and the setup step (`npm run setup`), which .ci/run already
// proves on a fresh clone; the checkout here shares this worktree's node_modules and dist/ instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../src/cli/build-json.js';
import { appendRows, generatedEdition, ROOT, row } from './helpers.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  id?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, { paths?: string[] } | null>;
  jobs: Record<string, { container?: string; strategy: { matrix: { node: number[] } }; env: Record<string, string>; defaults?: { run?: { shell?: string } }; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'draft-report.yml'), 'utf8')) as Workflow;
const job = workflow.jobs.draft!;
const SETUP = 'npm run setup';

describe('the workflow file', () => {
  it('runs on a push or pull request that touches the data, templates, fonts or import profiles', () => {
    for (const event of ['push', 'pull_request']) {
      expect(workflow.on[event]?.paths).toEqual(expect.arrayContaining(['data/**', 'templates/**', 'fonts/**', 'profiles/**']));
    }
  });

  it('builds on Node.js 20 (the machines), 22 and 24 (LTS), in Debian 12 as the machines run', () => {
    expect(job.strategy.matrix.node).toEqual([20, 22, 24]);
    expect(job.container).toBe('node:${{ matrix.node }}-bookworm');
    expect(job.env.NODE_MAJOR).toBe('${{ matrix.node }}');
    expect(job.defaults?.run?.shell).toBe('bash');
  });

  it('checks out with history, installs through the setup, checks, validates, builds a draft as JSON, sums up and uploads', () => {
    const steps = job.steps;
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    const runs = steps.map((s) => s.run ?? `uses ${s.uses}`);
    const at = (pattern: RegExp) => runs.findIndex((r) => pattern.test(r));
    const order = [/^npm run setup$/, /oic-report\.js check$/, /oic-report\.js validate "\$YEAR"$/, /build "\$YEAR" --draft --json .*> "\$OUT\/build-\$YEAR\.json"/, /base-figures\.sh/, />> "\$GITHUB_STEP_SUMMARY"/, /upload-artifact/];
    const positions = order.map(at);
    expect(positions.every((p) => p >= 0), runs.join('\n')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload).toMatchObject({ if: 'always()', with: { path: 'ci-out/', name: 'draft-report-node${{ matrix.node }}' } });
    expect(job.env.OUT).toBe('ci-out');
  });

  it('keeps GitHub expressions out of every run: step, so that each runs anywhere as it is', () => {
    for (const step of job.steps) {
      expect(step.run ?? '').not.toContain('${{');
      expect(step.env).toBeUndefined();
    }
  });
});

/** Every run: step but the setup, in order, each in a subshell of one `bash -e -o pipefail` script, as GitHub runs each. */
function runScript(): string {
  const steps = job.steps.filter((s) => s.run !== undefined && s.run.trim() !== SETUP);
  expect(steps.length).toBe(job.steps.filter((s) => s.run !== undefined).length - 1);
  return ['set -eo pipefail', ...steps.map((s) => `echo "::step:: ${s.name}" >&2\n(\n${s.run!.trim()}\n)`)].join('\n');
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=CI test', '-c', 'user.email=ci@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });

describe('the workflow run locally', () => {
  const checkout = mkdtempSync(join(tmpdir(), 'oic-ci-checkout-'));
  const github = mkdtempSync(join(tmpdir(), 'oic-ci-github-'));
  const summaryFile = join(github, 'step_summary.md');
  const outputFile = join(github, 'output');
  let run: { status: number | null; stderr: string };
  const added = [
    row({ id: 'CI-ADDED-1', date: '2024-05-10', country: 'FR', category: 'mosque', title_en: 'Added for the workflow test' }),
    row({ id: 'CI-ADDED-2', date: '2024-06-11', country: 'DE', category: 'hijab', title_en: 'Added for the workflow test too' }),
  ];

  beforeAll(() => {
    // A checkout of the project whose data is a small generated edition, its history two commits on two branches:
    // main (the base) and a feature branch that adds two manifestations.
    for (const entry of ['bin', 'dist', 'node_modules', 'src', 'scripts', 'templates', 'fonts', 'profiles', 'package.json', 'tsconfig.json']) {
      symlinkSync(join(ROOT, entry), join(checkout, entry));
    }
    const data = join(checkout, 'data');
    cpSync(generatedEdition(150), data, { recursive: true });
    cpSync(join(ROOT, 'data', 'reference'), join(data, 'reference'), { recursive: true });
    git(checkout, 'init', '-q', '-b', 'main');
    git(checkout, 'add', '-A');
    git(checkout, 'commit', '-qm', 'base');
    git(checkout, 'checkout', '-qb', 'feature');
    appendRows(join(data, '2024', 'incidents.csv'), added);
    git(checkout, 'commit', '-qam', 'two incidents more');
    writeFileSync(summaryFile, '');
    writeFileSync(outputFile, '');

    // The job's env, with what GitHub would have put in its expressions, and GitHub's own variables.
    const env = {
      ...process.env,
      ...job.env,
      NODE_MAJOR: process.versions.node.split('.')[0]!,
      BASE_SHA: '',
      LANGS: 'en', // one language keeps the test short; the workflow builds the edition's
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: checkout,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_BASE_REF: 'main',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: github,
    };
    const result = spawnSync('bash', ['-c', runScript()], { cwd: checkout, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    run = { status: result.status, stderr: result.stderr };
  }, 400_000);

  it('passes every step', () => {
    expect(run.status, run.stderr.slice(-3000)).toBe(0);
  });

  it('writes the draft PDF and a build JSON that matches its schema and the files', () => {
    const build = buildJsonSchema.parse(JSON.parse(readFileSync(join(checkout, 'ci-out', 'build-2024.json'), 'utf8')));
    const pdfs = build.outputs.filter((o) => o.format === 'pdf');
    expect(pdfs.map((o) => o.lang)).toEqual(['en']);
    for (const o of build.outputs) expect(existsSync(o.path), o.path).toBe(true);
    expect(pdfs[0]!.path).toBe(join(checkout, 'ci-out', '2024', 'oic-islamophobia-report-2024-en.pdf'));
    expect(readFileSync(pdfs[0]!.path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(checkout, 'ci-out', '2024', 'figures.json'))).toBe(true);
    expect(build.figures.negative + build.figures.positive).toBe(152);
  });

  it("compares with the base branch's data: the key figures, their change, and the incidents added", () => {
    const summary = readFileSync(summaryFile, 'utf8');
    const build = buildJsonSchema.parse(JSON.parse(readFileSync(join(checkout, 'ci-out', 'build-2024.json'), 'utf8')));
    const n = (v: number) => v.toLocaleString('en');
    expect(summary).toContain('## Draft report 2024');
    expect(summary).toContain(`| Manifestations | ${n(build.figures.negative)} | ${n(build.figures.negative - 2)} | +2 |`);
    expect(summary).toContain(`| Positive developments | ${n(build.figures.positive)} | ${n(build.figures.positive)} | 0 |`);
    expect(summary).toContain('| Manifestations in Europe |');
    expect(summary).toMatch(/\| en \| \d+ \| [\d.]+ MB \| `[0-9a-f]{16}` \|/);
    expect(summary).toContain('### Incidents added (2)');
    expect(summary).toContain('- CI-ADDED-1: negative mosque, FR, 2024-05-10');
    expect(readFileSync(outputFile, 'utf8')).toContain('base_ref=main');
  });

  it('says so in the summary when there is no base to compare with, and still passes', () => {
    const base = join(github, 'no-base');
    mkdirSync(base);
    const env = { ...process.env, YEAR: '2024', OUT: join(checkout, 'ci-out'), BASE_DIR: base, GITHUB_BASE_REF: 'no-such-branch', GITHUB_OUTPUT: outputFile };
    const script = job.steps.filter((s) => /base-figures|GITHUB_STEP_SUMMARY/.test(s.run ?? '')).map((s) => s.run!.replace('>> "$GITHUB_STEP_SUMMARY"', '')).join('\n');
    const result = spawnSync('bash', ['-ec', script], { cwd: checkout, env, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('_No comparison: no base branch or earlier commit to compare with._');
    expect(result.stdout).toContain('| Manifestations |');
  });
});
