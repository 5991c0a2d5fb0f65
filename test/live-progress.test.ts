// The progress a person sees: a real build of a small generated edition, through the library, its typed events drawn
// by the CLI's renderer onto a fake terminal (a stream that says it is a TTY), read back as a terminal would show it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type BuildResult } from '../src/app/build.js';
import type { ProgressEvent } from '../src/app/progress.js';
import { colourWanted, streamIo } from '../src/cli/io.js';
import { progressDisplay } from '../src/cli/progress.js';
import { generatedEdition } from './helpers.js';

/** A stream that says it is a terminal of `columns` columns, and keeps what was written and when. */
class FakeTerminal extends Writable {
  readonly isTTY: boolean;
  readonly writes: { at: number; text: string }[] = [];
  constructor(readonly columns = 72, tty = true) {
    super();
    this.isTTY = tty;
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.writes.push({ at: Date.now(), text: chunk.toString() });
    done();
  }
  get text(): string {
    return this.writes.map((w) => w.text).join('');
  }
}

const SGR = /\x1b\[[\d;]*m/g;

/** The screen after `text`: the cursor moves the renderer uses (up, carriage return, clear line), colours dropped. */
function screen(text: string): string[] {
  const lines: string[] = [''];
  let row = 0;
  for (const token of text.replace(SGR, '').split(/(\x1b\[\d*[AK]|\r|\n)/)) {
    if (token === '\n') lines[++row] ??= '';
    else if (token === '\r') continue;
    else if (token.startsWith('\x1b[') && token.endsWith('A')) row -= Number(token.slice(2, -1) || 1);
    else if (token.startsWith('\x1b[') && token.endsWith('K')) lines[row] = '';
    else lines[row] += token;
  }
  return lines.filter((l) => l !== '');
}

const noStdout = new Writable({ write: (_c, _e, done) => done() });
const events: ProgressEvent[] = [];
const terminal = new FakeTerminal();
let result: BuildResult;
let ran: { start: number; end: number };
/** When a 50 ms timer fired during the build: where it did not, the event loop was held. */
const probe: number[] = [];

beforeAll(async () => {
  const data = generatedEdition(150);
  const display = progressDisplay(streamIo({ stdout: noStdout, stderr: terminal }, { TERM: 'xterm-256color' }), {})!;
  const start = Date.now();
  const probing = setInterval(() => probe.push(Date.now()), 50);
  result = await buildReport({
    year: 2024,
    data,
    out: mkdtempSync(join(tmpdir(), 'oic-progress-')),
    languages: ['en', 'fr'],
    formats: ['pdf', 'figures'],
    draft: true,
    onProgress: (event) => {
      events.push(event);
      display.listener(event);
    },
  });
  display.end(result.outputs);
  clearInterval(probing);
  ran = { start, end: Date.now() };
}, 240_000);

describe('live progress on a terminal', () => {
  it('ends with one line for the data, one per edition with its pages and size, and one for the figures', () => {
    const final = screen(terminal.text);
    const pdf = (lang: string) => result.outputs.find((o) => o.format === 'pdf' && o.lang === lang)!;
    expect(final).toHaveLength(4);
    expect(final[0]).toMatch(/^✓ data +data read +\d+\.\d s$/);
    for (const [i, lang] of ['en', 'fr'].entries()) {
      expect(final[i + 1]).toMatch(new RegExp(`^✓ ${lang} +printed, ${pdf(lang).pages} pages, \\d+ KB +\\d+\\.\\d s$`));
    }
    expect(final[3]).toMatch(/^✓ figures wrote figures, tables and charts into .+ \d+\.\d s$/);
    for (const line of final) expect([...line].length).toBeLessThan(terminal.columns);
  });

  it('shows each stage of each edition as it runs, redrawn in place', () => {
    const states = new Set<string>();
    let text = '';
    for (const w of terminal.writes) states.add(screen((text += w.text)).join('\n'));
    const seen = [...states].join('\n');
    for (const lang of ['en', 'fr']) {
      for (const stage of ['drawing charts \\d+/\\d+', 'laying out to number the contents', 'printing', 'finishing the PDF']) {
        expect(seen).toMatch(new RegExp(`${lang} +${stage}`));
      }
    }
    expect(seen).toMatch(/data +validating \//);
    // Redrawn, not appended: the cursor goes back up over the block.
    expect(terminal.text).toMatch(/\x1b\[3A/);
    expect(terminal.text).toMatch(SGR);
  });

  it('lets no second of free event loop pass without a redraw, from the start of the build to its end', () => {
    const times = [ran.start, ...terminal.writes.map((w) => w.at), ran.end];
    let checked = 0;
    for (const [i, at] of times.slice(1).entries()) {
      const from = times[i]!;
      if (at - from <= 1000) continue;
      // A longer gap is only allowed while work held the event loop (a chart drawn, a 300-dpi PNG encoded, on a
      // loaded machine): then no timer can run, ours or the probe's. Where the probe ran freely, so must the ticker.
      expect(longestFreeRun(from, at), `a gap of ${at - from} ms before: ${terminal.writes[i]?.text.replace(SGR, '')}`).toBeLessThan(1000);
      checked++;
    }
    expect(checked).toBeLessThan(times.length);
    expect(terminal.writes.length).toBeGreaterThan((ran.end - ran.start) / 1000);
  });
});

/** The longest time in [from, to] during which the probe's 50 ms timer kept firing: the event loop was free. */
function longestFreeRun(from: number, to: number): number {
  const ticks = probe.filter((t) => t >= from && t <= to);
  let longest = 0;
  let start = ticks[0] ?? from;
  for (const [i, t] of ticks.entries()) {
    if (i > 0 && t - ticks[i - 1]! > 250) start = t;
    longest = Math.max(longest, t - start);
  }
  return longest;
}

describe('colours and plain lines', () => {
  const replay = (env: NodeJS.ProcessEnv, tty = true, progress?: boolean) => {
    const stream = new FakeTerminal(72, tty);
    const display = progressDisplay(streamIo({ stdout: noStdout, stderr: stream }, env), progress === undefined ? {} : { progress });
    for (const event of events) display?.listener(event);
    display?.end(result.outputs);
    return stream.text;
  };

  it('draws no colour with NO_COLOR or FORCE_COLOR=0, but still redraws its lines', () => {
    for (const env of [{ TERM: 'xterm', NO_COLOR: '1' }, { TERM: 'xterm', FORCE_COLOR: '0' }]) {
      const text = replay(env);
      expect(text).not.toMatch(SGR);
      expect(text).toMatch(/\x1b\[\d+A/);
      expect(screen(text)[1]).toMatch(/^✓ en +printed/);
    }
  });

  it('writes plain lines, without escapes, where stderr is not a terminal (CI, a pipe) and progress is asked for', () => {
    const text = replay({}, false, true);
    expect(text).not.toMatch(/\x1b/);
    expect(text).toMatch(/^ {2}\d+\.\d s {2}Printing the en edition…$/m);
    expect(replay({}, false)).toBe('');
    // A terminal that cannot move its cursor gets plain lines too.
    expect(replay({ TERM: 'dumb' })).not.toMatch(/\x1b/);
  });

  it('follows FORCE_COLOR before NO_COLOR, and colours a terminal only', () => {
    expect(colourWanted({}, true)).toBe(true);
    expect(colourWanted({}, false)).toBe(false);
    expect(colourWanted({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colourWanted({ NO_COLOR: '' }, true)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(replay({ FORCE_COLOR: '1' }, false, true)).toMatch(SGR);
  });
});

describe('live progress of a rebuild', () => {
  it('says of an edition unchanged since the last build that its PDF is reused, and of the other that it prints', () => {
    const tty = new FakeTerminal();
    const display = progressDisplay(streamIo({ stdout: noStdout, stderr: tty }, { TERM: 'xterm-256color', NO_COLOR: '1' }), {})!;
    display.listener({ stage: 'reuse', lang: 'ar', pages: 40 });
    display.listener({ stage: 'print', lang: 'en' });
    const shown = screen(tty.text).join('\n');
    expect(shown).toMatch(/ar +unchanged since the last build: PDF reused/);
    expect(shown).toMatch(/en +printing/);
    display.end();
  });
});
