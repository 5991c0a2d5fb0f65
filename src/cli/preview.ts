// `oic-report preview <year>`: the report of one language served on 127.0.0.1 and refreshed at each save, with
// its draft PDF. Prints the address, then each reload, print and error on stderr, until Ctrl-C closes the
// browser and the server.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { PreviewHandle } from '../app/preview.js';
import type { ProjectOptions } from '../app/options.js';
import type { Language } from '../core/incident.js';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { displayPath } from '../io/paths.js';
import { parseLanguages, parseYear } from './arguments.js';
import type { Io } from './io.js';
import { chromeOption, configOption, dataOption, encodingOption, paperOption, projectOptions, threadsOption, type ConfigFlags } from './options.js';
import { seconds } from './progress.js';

interface PreviewFlags extends ConfigFlags, Pick<ProjectOptions, 'data' | 'templates' | 'paper' | 'chrome' | 'encoding' | 'threads'> {
  lang?: Language;
  port?: number;
  pdf: boolean;
  allowInvalid?: boolean;
}

export function previewCommand(io: Io, done: (code: ExitCode) => void): Command {
  return new Command('preview')
    .summary('serve the report live while you edit it')
    .description(
      'Serves the report of one language on 127.0.0.1, as the HTML edition has it, and makes it again whenever a ' +
        'template, string catalog, style sheet or file of the edition (data/<year>/, data/reference/) is saved: ' +
        'the open page reloads by itself. A draft PDF is printed beside it after each change (/draft.pdf). ' +
        'A broken file shows as an error page, with its file and line, until it is fixed.',
    )
    .argument('<year>', 'the edition to preview, named by its year (a folder of the data folder)', parseYear)
    .addOption(new Option('-l, --lang <language>', "the language to show (default: the edition's first)").argParser(parseLanguage))
    .addOption(new Option('-p, --port <port>', 'port on 127.0.0.1; 0 picks a free one (default: 4410)').argParser(parsePort))
    .addOption(dataOption())
    .option('--templates <dir>', 'templates folder, e.g. a translator\'s copy (default: the shipped one)')
    .addOption(configOption())
    .addOption(chromeOption('print the draft PDF with'))
    .option('--no-pdf', 'print no draft PDF: no browser needed')
    .addOption(paperOption())
    .addOption(encodingOption('incidents.csv'))
    .addOption(threadsOption())
    .option('--allow-invalid', 'show the report even if rows have errors, without those rows')
    .addHelpText(
      'after',
      `
Examples:
  $ oic-report preview 2024 --lang ar                 the Arabic edition at http://127.0.0.1:4410/
  $ oic-report preview 2024 --lang en --port 0        any free port: the address is printed
  $ oic-report preview 2024 --templates my-templates/ a translator's copy of the templates
  $ oic-report preview 2024 --no-pdf                  the page only, no browser started

Open the address in a browser and edit templates/i18n/<lang>.json, templates/*.hbs, report.css or the
edition's files: the page follows each save within a second; the draft PDF when its print ends (seconds).
Ctrl-C stops the preview.`,
    )
    .action(async (year: number, flags: PreviewFlags) => done(await runPreview(year, flags, io)));
}

function parseLanguage(value: string): Language {
  const languages = parseLanguages(value);
  if (languages.length !== 1) throw new UserError(`"${value}": a preview shows one language`, EXIT.usage, 'Name one, e.g. --lang ar.');
  return languages[0]!;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535, e.g. --port 4410.');
  return port;
}

async function runPreview(year: number, flags: PreviewFlags, io: Io): Promise<ExitCode> {
  const { startPreview } = await import('../app/preview.js');
  // Listening from the start: a Ctrl-C while the edition loads still closes the browser once it is open.
  const stop = stopped();
  const { lang, port, pdf, allowInvalid, config, ...flagged } = flags;
  // What a config file sets for builds only (formats, out, bleed) does not apply to a preview.
  const { languages, formats: _formats, out: _out, bleed: _bleed, ...project } = await projectOptions({ ...flagged, ...(config ? { config } : {}) });
  const shown = lang ?? languages?.[0];
  const handle = await startPreview({
    year,
    ...project,
    ...(shown ? { lang: shown } : {}),
    ...(port !== undefined ? { port } : {}),
    pdf,
    ...(allowInvalid ? { allowInvalid: true } : {}),
  });
  report(handle, io);
  await stop;
  io.stderr('oic-report preview: closing the browser and the server…\n');
  await handle.close();
  return EXIT.ok;
}

function report(handle: PreviewHandle, io: Io): void {
  const line = (text: string) => io.stderr(`  ${new Date().toLocaleTimeString('en-GB')}  ${text}\n`);
  io.stderr(`oic-report preview: the ${handle.year} edition in ${handle.lang} at ${handle.url}\n`);
  if (handle.pdfUrl) io.stderr(`  draft PDF: ${handle.pdfUrl} (printed again after each change)\n`);
  io.stderr(`  watching ${handle.watching.map((d) => `${displayPath(d)}/`).join(', ')}; Ctrl-C to stop\n`);
  const { error } = handle.current();
  if (error !== undefined) failure(error, io);
  handle.events.on('reloaded', (r) => line(`page ${r.version} made in ${Math.round(r.ms)} ms (${r.changed.join(', ')}: ${r.files.map(displayPath).join(', ')})`));
  handle.events.on('pdf', (p) => line(`draft PDF of page ${p.version} printed in ${seconds(p.ms)} (${p.pages} pages)`));
  handle.events.on('error', (e) => {
    line(e.stage === 'page' ? `page ${e.version} shows an error:` : `the draft PDF of page ${e.version} failed:`);
    failure(e.error, io);
  });
}

function failure(error: unknown, io: Io): void {
  if (!(error instanceof UserError)) {
    io.stderr(`    internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return;
  }
  io.stderr(`    ${error.message}\n`);
  for (const detail of error.details) io.stderr(`      ${detail}\n`);
  if (error.hint) io.stderr(`    ${error.hint}\n`);
}

/** Resolves at Ctrl-C (or a polite kill); a second Ctrl-C while closing ends the process at once. */
function stopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
