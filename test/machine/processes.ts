// Watching the real processes of a build from outside, as an operator would with ps: read from /proc (Linux).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { BIN, ROOT, type CliRun } from '../helpers.js';

export interface RunningCli {
  child: ChildProcess;
  pid: number;
  /** Resolves when the command ends, with its exit code (128 + n for a signal that killed it) and output. */
  done: Promise<CliRun>;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): RunningCli {
  const child = spawn('node', [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun>((resolve) =>
    child.on('close', (code, signal) => resolve({ code: code ?? 128 + signalNumber(signal), stdout, stderr })),
  );
  return { child, pid: child.pid!, done };
}

/** Where a test file puts the commands it starts: each is killed after its test, so that a failed one leaves none running. */
export function killedAfterEach(): RunningCli[] {
  const started: RunningCli[] = [];
  afterEach(() => {
    for (const run of started.splice(0)) run.child.kill('SIGKILL');
  });
  return started;
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return signal === 'SIGKILL' ? 9 : signal === 'SIGTERM' ? 15 : signal === 'SIGINT' ? 2 : 0;
}

export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
  args: string[];
}

/** Every process of the machine but zombies (dead, waiting for init to reap them: they hold nothing). */
export function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      if (fields[0] === 'Z') continue;
      found.push({ pid: Number(entry), state: fields[0]!, ppid: Number(fields[1]), pgid: Number(fields[2]), args });
    } catch {
      // Ended while being read.
    }
  }
  return found;
}

/** The living processes of a process group. */
export function groupMembers(pgid: number): ProcessInfo[] {
  return processes().filter((p) => p.pgid === pgid);
}

/** The browser a command started: a Chromium whose parent is the command. */
export async function browserOf(parent: number, timeoutMs = 90_000): Promise<ProcessInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const browser = processes().find((p) => p.ppid === parent && p.args.some((a) => a.startsWith('--user-data-dir=')));
    if (browser) return browser;
    if (Date.now() > deadline) throw new Error(`no browser started by process ${parent} within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Waits until the group is empty, or the time is up; returns what is still alive. */
export async function groupGone(pgid: number, timeoutMs: number): Promise<ProcessInfo[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = groupMembers(pgid);
    if (left.length === 0 || Date.now() > deadline) return left;
    await sleep(200);
  }
}

export function userDataDir(browser: ProcessInfo): string {
  return browser.args.find((a) => a.startsWith('--user-data-dir='))!.slice('--user-data-dir='.length);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the check holds, or fails after the time given. */
export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
