// `oic-report diff <year>`: what changed in the figures since a build (by default the last one in out/<year>), in
// text, Markdown (for a CI job summary) or JSON.
import { Command, Option } from 'commander';
import type { DiffResult } from '../app/diff.js';
import type { ProjectOptions } from '../app/options.js';
import type { CountChange } from '../core/figures-diff.js';
import { isUnchanged } from '../core/figures-diff.js';
import { EXIT, type ExitCode } from '../errors.js';
import { parseYear } from './arguments.js';
import type { Io } from './io.js';
import { configOption, dataOption, projectOptions, type ConfigFlags } from './options.js';

interface DiffFlags extends ConfigFlags, Pick<ProjectOptions, 'data' | 'out'> {
  base?: string;
  format: 'text' | 'markdown' | 'json';
}

/** Incidents listed one by one before "… and N more". */
const LISTED = 50;

export function diffCommand(io: Io, done: (code: ExitCode) => void): Command {
  return new Command('diff')
    .summary('what changed in the figures since a build: incidents added, removed, changed; totals')
    .description(
      "Compares the edition's data now with a build of it (its figures.json and incident-index.csv): the incidents " +
        'added, removed or changed, by id, and the totals by region, category and month that changed.',
    )
    .argument('<year>', 'the edition to compare', parseYear)
    .option('--base <dir|file>', 'a build folder or its figures.json (default: out/<year>, the last build)')
    .addOption(dataOption())
    .option('-o, --out <dir>', 'the output folder whose build is the base (default: out/{year})')
    .addOption(configOption())
    .addOption(new Option('-f, --format <format>', 'text, markdown (a CI job summary) or json').choices(['text', 'markdown', 'json']).default('text'))
    .addHelpText(
      'after',
      `
Examples:
  $ oic-report diff 2024                                   since the last build in out/2024
  $ oic-report diff 2024 --base /ci/base/out/2024 --format markdown >> "$GITHUB_STEP_SUMMARY"

Exit codes: 0 compared (changed or not), 2 no build to compare with or wrong usage.`,
    )
    .action(async (year: number, flags: DiffFlags) => done(await runDiff(year, flags, io)));
}

async function runDiff(year: number, flags: DiffFlags, io: Io): Promise<ExitCode> {
  const { diffEdition } = await import('../app/diff.js');
  const { data, out, encoding } = await projectOptions(flags);
  const result = await diffEdition({ year, ...(flags.base ? { base: flags.base } : {}), ...(data ? { data } : {}), ...(out ? { out } : {}), ...(encoding ? { encoding } : {}) });
  io.stdout(flags.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : report(result, flags.format === 'markdown'));
  return EXIT.ok;
}

function report(r: DiffResult, markdown: boolean): string {
  const heading = (text: string) => (markdown ? `### ${text}` : `${text}:`);
  const item = (text: string) => (markdown ? `- ${text}` : `  ${text}`);
  const lines = [markdown ? `## Figures of the ${r.year} edition against ${r.base}` : `The ${r.year} edition against ${r.base}`];
  if (isUnchanged(r)) return `${[...lines, 'Nothing changed.'].join('\n')}\n`;
  const list = (title: string, entries: string[]) => {
    if (entries.length === 0) return;
    lines.push('', heading(`${title} (${entries.length})`), ...entries.slice(0, LISTED).map(item));
    if (entries.length > LISTED) lines.push(item(`… and ${entries.length - LISTED} more (--format json lists all)`));
  };
  list('Incidents added', r.added.map((i) => `${i.id}: ${i.polarity} ${i.category}, ${i.country}, ${i.date}`));
  list('Incidents removed', r.removed.map((i) => `${i.id}: ${i.polarity} ${i.category}, ${i.country}, ${i.date}`));
  list('Incidents changed', r.changed.map((c) => `${c.id}: ${c.fields.map((f) => `${f.field} ${f.from} → ${f.to}`).join(', ') || 'text or source'}`));
  if (!r.byIncident) lines.push('', `(${r.base} has no incident-index.csv beside it: only the counts are compared.)`);
  const counts = (title: string, changes: CountChange[]) => list(title, changes.map((c) => `${c.key}: ${c.before} → ${c.after} (${c.after > c.before ? '+' : ''}${c.after - c.before})`));
  counts('Totals', r.totals);
  counts('By region', r.byRegion);
  counts('By category', r.byCategory);
  counts('By month', r.monthly);
  return `${lines.join('\n')}\n`;
}
