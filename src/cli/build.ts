// `oic-report build <year>`: options in, the build use case, a summary of what was written out.
import { Command, Option } from 'commander';
import { DEFAULT_FORMATS, type BuildFormat } from '../app/build-formats.js';
import type { BuildResult } from '../app/build.js';
import type { Language } from '../core/incident.js';
import type { ProjectOptions } from '../app/options.js';
import { formatProblem, type Problem } from '../core/validate.js';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { displayPath } from '../io/paths.js';
import { nextCommand, parseTimeout, parseBleed, parseFormats, parseLanguages, parseYear } from './arguments.js';
import { buildFailureJson, buildJson } from './build-json.js';
import { exitOnInterrupt } from './interrupt.js';
import type { Io } from './io.js';
import { chromeOption, configOption, dataOption, encodingOption, paperOption, projectOptions, threadsOption, type ConfigFlags } from './options.js';
import { noProgressOption, progressDisplay, progressOption, seconds } from './progress.js';

const MAX_WARNINGS_LISTED = 10;

interface BuildFlags extends ConfigFlags, Omit<ProjectOptions, 'languages' | 'formats'> {
  lang?: Language[];
  format?: BuildFormat[];
  draft?: boolean;
  progress?: boolean;
  allowInvalid?: boolean;
  allowStubs?: boolean;
  json?: boolean;
  quiet?: boolean;
  cache?: boolean;
}

export function buildCommand(io: Io, done: (code: ExitCode) => void): Command {
  return new Command('build')
    .summary('build the PDF report of an edition')
    .description(
      'Reads data/<year>/ (edition.json and incidents.csv), validates every row, computes the figures, ' +
        'draws the charts and prints one PDF per language into out/<year>/. ' +
        'Rows with errors stop the build: each is listed with its file, line and field.',
    )
    .argument('<year>', 'the edition to build, named by its year (a folder of the data folder)', parseYear)
    .addOption(
      new Option('-l, --lang <languages>', "build only these languages, comma-separated (default: the edition's)").argParser(parseLanguages),
    )
    .addOption(
      new Option(
        '-f, --format <formats>',
        `what to write, comma-separated: pdf (printed by Chromium), html (the same report as a folder any browser opens, no Chromium needed), figures (figures.json, tables, chart files) (default: ${DEFAULT_FORMATS.join(',')})`,
      ).argParser(parseFormats),
    )
    .option('-o, --out <dir>', 'folder to write into; {year} stands for the year (default: out/{year})')
    .addOption(dataOption())
    .addOption(configOption())
    .addOption(chromeOption('print with'))
    .option('--templates <dir>', "a folder of the template files a translator changed (a catalog, report.css, a partial); every other file is the shipped one")
    .addOption(encodingOption('incidents.csv'))
    .addOption(threadsOption())
    .option(
      '--draft',
      'a DRAFT watermark, and the build time and data fingerprint in every footer; printed untagged, with bookmarks of the contents only, a quarter quicker',
    )
    .addOption(paperOption())
    .addOption(new Option('--timeout <seconds>', 'how long one load or print in the browser may take (default: a minute, and 10 ms more per incident)').argParser(parseTimeout))
    .option('--bleed <mm>', 'bleed for a print shop, e.g. 3mm: adds trim and bleed boxes and crop marks', parseBleed)
    // Both spellings, so that "not given" stays undefined and the config file's setting holds.
    .addOption(new Option('--attachments', 'carry the data as attached files (the default)').hideHelp())
    .option('--no-attachments', 'leave the data (incidents.csv, figures.json, fingerprint) out of the PDFs; they carry it as attached files by default')
    .option('--json', 'one JSON document on stdout for CI: every file written with its SHA-256, the key figures, the warnings, the time of each stage; progress stays on stderr')
    .option('-q, --quiet', 'no progress on stderr (errors are still told)')
    .option('--no-cache', 'read, draw and lay out everything anew: reuse nothing of out/<year>/.cache (the data, figures, charts and page layout of the last build of the same inputs)')
    .addOption(progressOption())
    .addOption(noProgressOption())
    .option(
      '--allow-invalid',
      'build even if rows have errors: they are left out of the figures, listed in out/<year>/rejected.csv and the data-quality annex',
    )
    .option('--allow-stubs', 'a final build even if narrative chapters are stubs (as `oic-report new` writes them): they are left out')
    .addHelpText(
      'after',
      `
Examples:
  $ oic-report build 2024                      both languages into out/2024/
  $ oic-report build 2024 --lang ar            the Arabic edition only
  $ oic-report build 2024 --format html        out/2024/html/, no browser needed
  $ oic-report build 2024 --out /tmp/drafts    somewhere else
  $ oic-report build 2024 --draft              watermarked, with build time and data fingerprint
  $ oic-report build 2024 --draft --json > build.json   for CI: outputs, SHA-256, figures, timings
  $ oic-report build 2025 --allow-stubs        a final build leaving out the chapters not written yet
  $ oic-report build 2024 --bleed 3mm          for a print shop: bleed, trim box, crop marks
  $ oic-report build 2024 --encoding windows-1256   an Arabic file saved by Excel as "CSV"
  $ SOURCE_DATE_EPOCH=1750464000 oic-report build 2024    byte-identical rebuilds
  $ OIC_REPORT_CHROME=/opt/chrome/chrome oic-report build 2024

Writes out/<year>/oic-islamophobia-report-<year>-<lang>.pdf. A failed build leaves no PDF behind.
A final build (without --draft) refuses an edition whose edition.json still lists fields in "toFill", or whose
chapters are stubs (as oic-report new writes them; --allow-stubs leaves those chapters out): exit 1.
Settings an organisation keeps (data, out, templates, languages, paper, chrome, encoding, threads, bleed,
attachments, formats) may live in oic-report.config.json (or .yaml) in the working folder; flags override them.
The browser is looked up in this order: --chrome, OIC_REPORT_CHROME, PUPPETEER_EXECUTABLE_PATH,
/usr/bin/chromium, puppeteer's cache.`,
    )
    .action(async (year: number, flags: BuildFlags) => done(await runBuild(year, flags, io)));
}

async function runBuild(year: number, flags: BuildFlags, io: Io): Promise<ExitCode> {
  const started = Date.now();
  // Loaded here, not at the top: the browser, PDF and chart libraries take most of a second to load, which
  // `validate`, `import` and `--help` need not wait for.
  const { buildReport } = await import('../app/build.js');
  const { lang, format, config, draft, allowInvalid, allowStubs, progress, json, quiet, cache, ...flagged } = flags;
  const options = await projectOptions({ ...flagged, ...(config ? { config } : {}), ...(lang ? { languages: lang } : {}), ...(format ? { formats: format } : {}) });
  const display = quiet ? undefined : progressDisplay(io, flags, started);
  let result: BuildResult;
  const stopInterrupts = exitOnInterrupt(io, 'the browser was stopped and nothing was written; the previous output is as it was');
  try {
    result = await buildReport({
      year,
      ...options,
      ...(allowInvalid ? { allowInvalid: true } : {}),
      ...(allowStubs ? { allowStubs: true } : {}),
      ...(draft ? { draft: true } : {}),
      ...(cache === false ? { cache: false } : {}),
      ...(display ? { onProgress: display.listener } : {}),
    });
    display?.end(result.outputs);
  } catch (error) {
    display?.end();
    // CI reads stdout: a failure is a JSON document too, and the message still goes to stderr.
    if (json && error instanceof UserError) io.stdout(buildFailureJson(year, error));
    throw error;
  } finally {
    stopInterrupts();
  }
  io.stdout(json ? buildJson(result) : summary(result, Date.now() - started, nextCommand('validate', flags, String(year), '--all')));
  return EXIT.ok;
}

function summary(result: BuildResult, ms: number, validateAll: string): string {
  const lines = warningLines(result.warnings, validateAll);
  const { data } = result;
  lines.push(
    `${data.file}: ${data.result.rowsRead} rows read, ${data.result.rowsAccepted} in the report ` +
      `(${result.figures.totals.negative} manifestations, ${result.figures.totals.positive} positive developments), ` +
      `${data.result.rowsRejected} rejected`,
  );
  if (result.rejectedFile) {
    lines.push(`wrote ${displayPath(result.rejectedFile)}  (the ${data.result.rowsRejected} rejected rows, with their reasons)`);
  }
  for (const o of result.outputs) {
    if (o.format === 'pdf') lines.push(`wrote ${displayPath(o.path)}  (${o.lang}, ${o.pages} pages, ${formatBytes(o.bytes)})`);
    if (o.format === 'html') lines.push(`wrote ${displayPath(o.path)}  (${o.lang}, HTML, ${formatBytes(o.bytes)}; opens in any browser)`);
  }
  const figures = result.outputs.filter((o) => o.format === 'figures');
  if (figures.length > 0) lines.push(`wrote ${figures.length} files of figures, tables and charts into ${displayPath(result.outDir)}`);
  lines.push(`done in ${seconds(ms)}`);
  return `${lines.join('\n')}\n`;
}

/** A few warnings are listed; many are counted by kind, with one example each and where to see them all. */
function warningLines(warnings: readonly Problem[], validateAll: string): string[] {
  if (warnings.length <= MAX_WARNINGS_LISTED) return warnings.map((w) => `warning: ${formatProblem(w)}`);
  const byKind = new Map<string, Problem[]>();
  for (const w of warnings) byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), w]);
  return [
    `${warnings.length} warnings; \`${validateAll}\` lists every one:`,
    ...[...byKind.values()].map((list) => `  ${list.length} × like ${formatProblem(list[0]!)}`),
  ];
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
