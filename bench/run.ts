// One timed child process, with the peak memory of its whole process tree (the build and the Chromium it starts),
// sampled from /proc every second: a build's memory is as much the browser's as its own. Each process counts its
// proportional share (Pss) of the pages it shares with others, so Chromium's shared pages are counted once.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** How often the memory of a run's processes is read. */
const SAMPLE_MS = 1000;

export interface Run {
  seconds: number;
  /** Peak of the tree's memory (the sum of its processes' Pss), in MB (sampled). */
  treeMb: number;
  /** Peak resident memory of the process itself (VmHWM), in MB. */
  ownMb: number;
  stdout: string;
  stderr: string;
  code: number;
}

/** Parent of each process. */
function processTable(): Map<number, { ppid: number }> {
  const table = new Map<number, { ppid: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]) });
    } catch {
      // gone between the listing and the read
    }
  }
  return table;
}

function treeRssKb(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += pssKb(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function pssKb(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function ownPeakKb(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Runs a command to its end; never throws for a failing command (its code says so). */
export function timed(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let treeKb = 0;
    let ownKb = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      treeKb = Math.max(treeKb, treeRssKb(child.pid));
      ownKb = Math.max(ownKb, ownPeakKb(child.pid));
    };
    // Not more often: reading a large Chromium renderer's smaps_rollup walks its page tables under its memory-map
    // lock, and at 100 ms the sampling took 30% of a core here, which may skew the times it measures (a build has
    // more large processes than a bare print).
    const sampler = setInterval(sample, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ seconds: (performance.now() - started) / 1000, treeMb: treeKb / 1024, ownMb: ownKb / 1024, stdout, stderr, code: code ?? 1 });
    });
  });
}

/** Several commands at once; the time until the last ends, the memory of all their trees added up. */
export async function timedTogether(commands: readonly { command: string; args: readonly string[] }[], env?: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  const runs = await Promise.all(commands.map((c) => timed(c.command, c.args, env ? { env } : {})));
  return {
    seconds: (performance.now() - started) / 1000,
    treeMb: runs.reduce((sum, r) => sum + r.treeMb, 0),
    ownMb: Math.max(...runs.map((r) => r.ownMb)),
    stdout: runs.map((r) => r.stdout).join(''),
    stderr: runs.map((r) => r.stderr).join(''),
    code: runs.find((r) => r.code !== 0)?.code ?? 0,
  };
}
