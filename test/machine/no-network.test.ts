// A whole build, browser included, traced at the system-call level: no host name is looked up (no DNS server
// contacted) and no TCP connection opened. Chromium still "connects" a UDP socket once or twice to learn whether
// IPv6 is routable: that sends no packet, so it is allowed here. Needs strace (scripts/setup.sh installs it).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, generatedEdition, ROOT } from '../helpers.js';

describe('a build', () => {
  it('makes no DNS lookup and opens no TCP connection, the browser included', async () => {
    const data = generatedEdition(30);
    const dir = mkdtempSync(join(tmpdir(), 'oic-trace-'));
    const trace = join(dir, 'trace.txt');
    const args = ['-f', '--seccomp-bpf', '-qq', '-e', 'trace=socket,connect', '-o', trace];
    const build = [BIN, 'build', '2024', '--data', data, '--lang', 'en', '--draft', '--out', join(dir, 'out')];
    const code = await new Promise<number>((resolve) => execFile('strace', [...args, 'node', ...build], { cwd: ROOT }, (error) => resolve(error ? Number(error.code ?? 1) : 0)));
    expect(code).toBe(0);
    const lines = readFileSync(trace, 'utf8').split('\n');
    // The trace saw the browser: its processes opened sockets of their own (Unix ones, between themselves).
    expect(lines.filter((l) => l.includes('AF_UNIX')).length).toBeGreaterThan(10);
    expect(lines.filter((l) => /htons\(53\)/.test(l))).toEqual([]);
    expect(lines.filter((l) => /socket\(AF_INET6?, SOCK_STREAM/.test(l))).toEqual([]);
    expect(lines.filter((l) => /connect\(.*sa_family=AF_INET6?,/.test(l) && !/htons\(443\).*"2001:4860:4860::8888"/.test(l))).toEqual([]);
  });
});
