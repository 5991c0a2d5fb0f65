// What a run leaves behind if it dies: the browser's process group and the temporary folders (the browser's
// profile, the staged HTML, a half-built output folder). Each is registered here while it exists, and removed
// three ways: by its owner when it is done, by `removeLeftovers()` when the process is interrupted (SIGINT,
// SIGTERM, SIGHUP), and by a guard process when this one dies without a word (SIGKILL, out of memory).
//
// The guard is a tiny shell in its own session (so Ctrl-C and a closed terminal do not reach it) reading lines
// on a pipe from this process: "+g PGID", "-g PGID", "+d DIR", "-d DIR". When the pipe closes, which only
// happens when this process is gone, it kills the groups still listed and removes the folders still listed, then
// removes them again twice over the next seconds: a browser it did not know of yet (killed while starting) shuts
// down by itself when its pipe closes, and may write into its profile while doing so.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';

const GUARD_SCRIPT = `
trap '' INT TERM HUP
groups=''
dirs=''
nl='
'
while IFS= read -r line; do
  value=\${line#?? }
  case "$line" in
    '+g '*) groups="$groups $value" ;;
    '-g '*) kept=''; for g in $groups; do [ "$g" = "$value" ] || kept="$kept $g"; done; groups=$kept ;;
    '+d '*) dirs="$dirs$value$nl" ;;
    '-d '*) kept=''; while IFS= read -r d; do [ -z "$d" ] || [ "$d" = "$value" ] || kept="$kept$d$nl"; done <<EOF
$dirs
EOF
      dirs=$kept ;;
  esac
done
# This process closed everything itself: nothing to wait for.
left=$groups
while IFS= read -r d; do [ -z "$d" ] || [ ! -e "$d" ] || left=1; done <<EOF
$dirs
EOF
[ -n "$left" ] || exit 0
for g in $groups; do kill -KILL "-$g" 2>/dev/null; done
for wait in 1 1 2; do
  sleep $wait
  while IFS= read -r d; do [ -z "$d" ] || rm -rf -- "$d" 2>/dev/null; done <<EOF
$dirs
EOF
done
`;

const groups = new Set<number>();
const dirs = new Set<string>();
let guard: ChildProcess | undefined;

function tell(line: string): void {
  if (!guard) {
    guard = spawn('/bin/sh', ['-c', GUARD_SCRIPT], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
    guard.on('error', () => {});
    guard.stdin!.on('error', () => {});
    // The guard must not keep this process alive: it lives exactly as long as this process does.
    guard.unref();
    (guard.stdin as unknown as { unref?: () => void }).unref?.();
  }
  guard.stdin!.write(`${line}\n`);
}

/** The process group of a browser, killed whole if this process ends before closing it. */
export function guardGroup(pgid: number): void {
  if (groups.has(pgid)) return;
  groups.add(pgid);
  tell(`+g ${pgid}`);
}

/**
 * Kills the group now (every process of it, stopped or busy ones too), waits a moment for its processes to have
 * ended (a process being killed may still finish a write into the folders about to be removed), and forgets it.
 */
export function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Gone already.
  }
  const deadline = Date.now() + GROUP_END_MS;
  while (groupAlive(pgid) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 20);
  if (groups.delete(pgid)) tell(`-g ${pgid}`);
  dismissIfIdle();
}

const GROUP_END_MS = 2000;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Whether a process of the group is alive; a zombie (dead, not yet reaped by init) is not. Linux: /proc. */
function groupAlive(pgid: number): boolean {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return false;
  }
  return entries.some((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(group) === pgid && state !== 'Z';
    } catch {
      return false;
    }
  });
}

/** A temporary folder (or file), removed if this process ends before removing it. A path with a newline is not guarded. */
export function guardPath(dir: string): void {
  if (dir.includes('\n')) return;
  dirs.add(dir);
  tell(`+d ${dir}`);
}

/** The folder (or file) removed or moved away by its owner: nothing left to do for it. */
export function releasePath(dir: string): void {
  if (dirs.delete(dir)) tell(`-d ${dir}`);
  dismissIfIdle();
}

/** Nothing left to guard: the guard ends now (and is reaped by this process), a new one starts when needed. */
function dismissIfIdle(): void {
  if (!guard || groups.size > 0 || dirs.size > 0) return;
  guard.stdin!.end();
  guard = undefined;
}

/** At an interruption: every browser killed and every temporary folder removed, synchronously, before exiting. */
export function removeLeftovers(): void {
  for (const pgid of [...groups]) killGroup(pgid);
  for (const dir of [...dirs]) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
      releasePath(dir);
    } catch {
      // Still being written to: the guard removes it once this process has exited.
    }
  }
}
