// `oic-report import --profile NAME SOURCE.csv --edition 2024`: a foreign CSV into an edition's incidents.csv,
// through a declarative profile (profiles/*.json, or a JSON or YAML file of your own; docs/import-profiles.md).
// Says where every source row went.
import { Command } from 'commander';
import { EXIT, type ExitCode } from '../errors.js';
import type { Encoding } from '../io/encoding.js';
import { importSource, type ImportResult } from '../app/import.js';
import { nextCommand, parseYear } from './arguments.js';
import type { Io } from './io.js';
import { configOption, dataOption, encodingOption, projectOptions, type ConfigFlags } from './options.js';

interface ImportFlags extends ConfigFlags {
  profile: string;
  edition: number;
  data?: string;
  encoding?: Encoding;
  dryRun?: boolean;
}

const REJECTED_SHOWN = 20;

export function importCommand(io: Io, done: (code: ExitCode) => void): Command {
  return new Command('import')
    .summary("add a source's incidents (police open data, a monitor's CSV) to an edition")
    .description(
      "Maps each row of SOURCE.csv through an import profile (column and value mapping, date formats, a filter " +
        "such as \"anti-Muslim rows only\", defaults) and adds the rows within the edition's period to " +
        "data/<edition>/incidents.csv. Ids come from the source's own ids, so importing the same file twice adds " +
        'nothing the second time.',
    )
    .argument('<source>', 'the CSV file to import')
    .requiredOption('-p, --profile <name>', 'a shipped profile (fbi-hate-crime, nypd-hate-crimes) or the path of a profile .json, .yaml or .yml')
    .requiredOption('-e, --edition <year>', 'the edition to add the incidents to', parseYear)
    .addOption(dataOption())
    .addOption(configOption())
    .addOption(encodingOption('a source'))
    .option('--dry-run', 'count and check, but change nothing')
    .addHelpText(
      'after',
      `
Examples:
  $ oic-report import --profile fbi-hate-crime hate_crime_2020.csv --edition 2020
  $ oic-report import --profile nypd-hate-crimes NYPD_Hate_Crimes.csv --edition 2024 --dry-run
  $ oic-report import --profile ./profiles/my-source.json export.csv --edition 2024
  $ oic-report import --profile ./my-source.yaml export.csv --edition 2024

Exit codes: 0 imported (or nothing new), 1 some rows were rejected (the others were imported),
2 unusable input (no such profile, edition or file; the file lacks a column the profile reads).`,
    )
    .action(async (source: string, flags: ImportFlags) => done(await runImport(source, flags, io)));
}

async function runImport(source: string, flags: ImportFlags, io: Io): Promise<ExitCode> {
  const result = await importSource({
    profile: flags.profile,
    source,
    year: flags.edition,
    // The config file's data folder; its encoding is the edition's, not the source's.
    ...(await dataOf(flags)),
    ...(flags.encoding ? { encoding: flags.encoding } : {}),
    ...(flags.dryRun ? { dryRun: true } : {}),
  });
  io.stdout(importSummary(result, flags.dryRun ?? false, nextCommand('validate', { ...(flags.data ? { data: flags.data } : {}), ...(flags.config ? { config: flags.config } : {}) }, String(flags.edition))));
  return result.rejected.length > 0 ? EXIT.invalidData : EXIT.ok;
}

export function importSummary(r: ImportResult, dryRun: boolean, validate: string): string {
  const lines: string[] = [];
  for (const row of r.rejected.slice(0, REJECTED_SHOWN)) {
    lines.push(`rejected: ${r.source}:${row.line}: ${row.reasons.join('; ')}`);
  }
  if (r.rejected.length > REJECTED_SHOWN) lines.push(`rejected: … and ${r.rejected.length - REJECTED_SHOWN} more rows`);
  lines.push(`${r.source} (profile ${r.profile}): ${r.rowsRead} rows read`);
  lines.push(`  ${r.filteredOut} left out by the profile's filter`);
  lines.push(
    `  ${r.outsidePeriod} outside the edition's period` +
      (r.outsideRange ? ` (dated ${r.outsideRange.first} to ${r.outsideRange.last}; import them into the edition that covers them)` : ''),
  );
  lines.push(`  ${r.alreadyPresent} already in ${r.target} (imported before)`);
  lines.push(`  ${r.repeatedInSource} repeating the id of an earlier row of the source (one incident, several rows), counted once`);
  lines.push(`  ${r.rejected.length} rejected`);
  lines.push(`  ${r.added} ${dryRun ? 'would be added' : 'added'} to ${r.target}`);
  if (r.backup) lines.push(`The previous ${r.target} is kept as ${r.backup}${r.encoding && r.encoding !== 'utf-8' ? `; the rows were added in its encoding, ${r.encoding.toUpperCase()}` : ''}.`);
  if (r.added > 0 && !dryRun) lines.push(`Check the result with: ${validate}`);
  return `${lines.join('\n')}\n`;
}

/** The data folder, and the encoding of its files (the edition's incidents.csv) without a byte order mark. */
async function dataOf(flags: ImportFlags): Promise<{ data?: string; editionEncoding?: Encoding }> {
  const { data, encoding } = await projectOptions({ ...(flags.config ? { config: flags.config } : {}), ...(flags.data ? { data: flags.data } : {}) });
  return { ...(data ? { data } : {}), ...(encoding ? { editionEncoding: encoding } : {}) };
}
