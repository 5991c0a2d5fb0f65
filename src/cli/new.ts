// `oic-report new <year>`: a new edition's folder made from the previous one, then what the editors do next,
// in commands they can paste (with the options they gave, so that the commands find the same data).
import { dirname } from 'node:path';
import { Command } from 'commander';
import { newEdition, type NewEditionResult } from '../app/new-edition.js';
import { EXIT, type ExitCode } from '../errors.js';
import { displayPath } from '../io/paths.js';
import { parseYear } from './arguments.js';
import type { Io } from './io.js';
import { configOption, dataOption, projectOptions, type ConfigFlags } from './options.js';

interface NewFlags extends ConfigFlags {
  data?: string;
  from?: number;
}

export function newCommand(io: Io, done: (code: ExitCode) => void): Command {
  return new Command('new')
    .summary('start a new edition: data/<year>/ made from the previous one')
    .description(
      "Makes data/<year>/ from the previous edition: edition.json with the year, the report's number, the period " +
        'and the CFM session carried forward, and the fields only the editors know (the CFM city and dates, the ' +
        'document symbol) kept as a starting point and listed in its "toFill"; an incidents.csv with the header alone; ' +
        'a stub of every narrative chapter in every language. Build and validate report what is still to fill; a ' +
        'final build refuses it and the stubs, a --draft builds. Never writes into an edition that exists.',
    )
    .argument('<year>', "the new edition's year: data/<year>/ must not exist yet (or be empty)", parseYear)
    .option('--from <year>', 'the edition to start from (default: the year before; when there is none, a template with every field to fill)', parseYear)
    .addOption(dataOption())
    .addOption(configOption())
    .addHelpText(
      'after',
      `
Examples:
  $ oic-report new 2025                    data/2025/ from data/2024/
  $ oic-report new 2025 --data editions    editions/2025/ from editions/2024/
  $ oic-report new 2026 --from 2024        from the 2024 edition, two years on (number +2, period and session too)
  $ oic-report validate 2025               then, with incidents added: what is still to fill, the data's problems
  $ oic-report build 2025 --draft          a draft while fields and chapters are still to write

Exit codes: 0 the edition was made, 1 the edition started from is not valid, 2 wrong usage (the edition exists
already, no such data folder or --from edition), 3 the folder could not be written (nothing is left of it).`,
    )
    .action(async (year: number, flags: NewFlags) => done(await runNew(year, flags, io)));
}

async function runNew(year: number, flags: NewFlags, io: Io): Promise<ExitCode> {
  const { data } = await projectOptions({ ...(flags.config ? { config: flags.config } : {}), ...(flags.data ? { data: flags.data } : {}) });
  const result = await newEdition({ year, ...(data ? { data } : {}), ...(flags.from !== undefined ? { from: flags.from } : {}) });
  io.stdout(newSummary(result, givenOptions(flags)));
  return EXIT.ok;
}

export function newSummary(r: NewEditionResult, options: string): string {
  const folder = `${displayPath(r.editionDir)}/`;
  const [editionFile, incidentFile] = r.files.map(displayPath) as [string, string];
  const { number, period, cfm } = r.edition;
  const lines = [
    `made ${folder} from ${sourceText(r)}:`,
    `  wrote ${editionFile}  (number ${number}, period ${period.start} to ${period.end}, CFM session ${cfm.session})`,
    `  wrote ${incidentFile}  (the header, no incident yet)`,
    ...stubLines(r.stubs),
  ];
  if (r.toFill.length > 0) {
    const kept = r.source.kind === 'edition' ? `the ${r.source.year} edition's values until then` : "the template's placeholders until then";
    lines.push(`to fill in ${editionFile} (${kept}): ${r.toFill.join(', ')}`);
  }
  lines.push(
    `Next: fill the fields listed in ${editionFile}, add incidents (oic-report import --profile NAME SOURCE.csv --edition ${r.year}${options}), ` +
      `write the chapters over the stubs, then oic-report build ${r.year} --draft${options}`,
  );
  return `${lines.join('\n')}\n`;
}

function sourceText({ source, year, dataDir }: NewEditionResult): string {
  if (source.kind === 'edition') return `the ${source.year} edition`;
  const earlier = source.editions.filter((y) => y < year).at(-1);
  const hint = earlier ? `; --from ${earlier} starts from the ${earlier} edition instead` : '';
  return `the template (there is no ${year - 1} edition in ${displayPath(dataDir)}${hint})`;
}

/** One line per language: `narrative/ar/{foreword,introduction}.md`, a form a shell expands too. */
function stubLines(stubs: readonly string[]): string[] {
  const byFolder = new Map<string, string[]>();
  for (const path of stubs.map(displayPath)) byFolder.set(dirname(path), [...(byFolder.get(dirname(path)) ?? []), path.slice(dirname(path).length + 1, -'.md'.length)]);
  const files = (names: string[]) => (names.length === 1 ? `${names[0]}.md` : `{${names.join(',')}}.md`);
  return [...byFolder].map(([dir, names]) => `  wrote ${dir}/${files(names)}  (stubs: write the chapters over them)`);
}

/** The options that locate the data, as the user typed them, for the next commands to find the same edition. */
function givenOptions(flags: NewFlags): string {
  const quote = (value: string) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`);
  return [flags.data !== undefined ? ` --data ${quote(flags.data)}` : '', flags.config !== undefined ? ` --config ${quote(flags.config)}` : ''].join('');
}
