// What a run leaves behind if it dies: the browser's process group and the temporary folders (the browser's
// profile, the staged HTML, a half-built output folder). Each is registered here while it exists, and removed
// three ways: by its owner when it is done, by `removeLeftovers()` when the process is interrupted (SIGINT,
// SIGTERM, SIGHUP), and by a guard process when this one dies without a word (SIGKILL, out of memory).
//
// The guard is a tiny shell in its own session (so Ctrl-C and a closed terminal do not reach it) reading lines
// on a pipe from this process: "+g PGID", "-g PGID", "+d DIR", "-d DIR". When the pipe closes, which only
// happens when this process is gone, it kills the groups still listed and removes the folders still listed.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

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
for g in $groups; do kill -KILL "-$g" 2>/dev/null; done
[ -z "$groups" ] || sleep 1
while IFS= read -r d; do [ -z "$d" ] || rm -rf -- "$d"; done <<EOF
$dirs
EOF
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
  groups.add(pgid);
  tell(`+g ${pgid}`);
}

/** Kills the group now (every process of it, stopped or busy ones too) and forgets it. */
export function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Gone already.
  }
  if (groups.delete(pgid)) tell(`-g ${pgid}`);
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
}

/** At an interruption: every browser killed and every temporary folder removed, synchronously, before exiting. */
export function removeLeftovers(): void {
  for (const pgid of [...groups]) killGroup(pgid);
  for (const dir of [...dirs]) {
    rmSync(dir, { recursive: true, force: true });
    releasePath(dir);
  }
}
