// The ActualText spans that make poppler (pdftotext) read each run as its source: see text-runs.ts.
import { literalTextString, type Edit } from './content-stream.js';
import type { Run, RunStats } from './text-runs.js';

export const ISOLATES = /[\u2066-\u2069]/g;
const RLM = '\u200F';
const LRM = '\u200E';

/** Every run's ActualText span, in stream order. */
export function popplerEdits(runs: Run[], stats: RunStats): Edit[] {
  return lineGroups(runs).flatMap((group) => groupEdits(group, stats));
}

/**
 * poppler reads the words of a right-to-left line from right to left, so consecutive left-to-right runs (a path
 * split by its slashes, a number and its full stop) would come out in reverse order. Runs that follow each other
 * on one baseline, left to right and touching, make one group, which gives all its text to one of them.
 */
function lineGroups(runs: Run[]): Run[][] {
  const groups: Run[][] = [];
  for (const run of runs) {
    const last = groups.at(-1)?.at(-1);
    const joins = last && !last.reversed && !run.reversed && last.y === run.y && run.x >= last.lastX && run.x - last.lastX <= 2 * Math.max(last.size, run.size);
    if (joins) groups.at(-1)!.push(run);
    else groups.push([run]);
  }
  return groups;
}

function groupEdits(group: Run[], stats: RunStats): Edit[] {
  if (group.length === 1) return runEdits(group[0]!, stats);
  // The rightmost run, which poppler reads first, carries the group's text; the others an empty ActualText.
  const text = group.flatMap((r) => r.texts).join('');
  return group.flatMap((run, i) => runEdits({ ...run, texts: i === group.length - 1 ? [text] : [] }, stats));
}

function runEdits(run: Run, stats: RunStats): Edit[] {
  const text = run.texts.join('').replace(ISOLATES, '');
  // Nothing but isolates, or text another run of the group carries.
  if (text === '') {
    return [
      { start: run.start, end: run.start, text: '/Span<</ActualText ()>> BDC\n' },
      { start: run.end, end: run.end, text: '\nEMC' },
      ...run.spans,
    ];
  }
  let actual: string;
  if (run.reversed) {
    // The texts are in visual order, each cluster's own text in logical order.
    // poppler counts punctuation (even the Arabic comma) and no-break spaces as left-to-right: a mark on either
    // side keeps each with the words around it.
    const logical = [...run.texts].reverse().join('').replace(ISOLATES, '').replace(/[^\p{Script=Arabic}\p{M} ]/gu, `${RLM}$&${RLM}`);
    actual = [...(RLM + logical + RLM)].reverse().join('');
    stats.reversed++;
  } else {
    actual = LRM + text + LRM;
    stats.leftToRight++;
  }
  return [
    { start: run.start, end: run.start, text: `/Span<</ActualText ${literalTextString(actual)}>> BDC\n` },
    { start: run.end, end: run.end, text: '\nEMC' },
    ...run.spans,
  ];
}

