// The project options of a command: the flags given, over the config file (oic-report.config.json in the working
// folder, or --config FILE), over the defaults the use case applies. Flags have no commander defaults, so a
// flag that is not given never hides the file's setting.
import { availableParallelism } from 'node:os';
import { Option } from 'commander';
import { findConfigFile, loadConfigFile } from '../app/config.js';
import { PAPERS, PROJECT_OPTION_KEYS, type ProjectOptions } from '../app/options.js';
import { ENCODINGS } from '../io/encoding.js';
import { parseEncodingOption, parseThreads } from './arguments.js';

export const configOption = () =>
  new Option('-c, --config <file>', 'settings file (default: oic-report.config.json, .yaml or .yml in the working folder, if any)');

// The options several commands take, worded once.
export const dataOption = () => new Option('-d, --data <dir>', 'folder holding one sub-folder per edition (default: data)');

/** `what`: the file whose encoding it is, e.g. "incidents.csv" or "a source". */
export const encodingOption = (what: string) =>
  new Option('--encoding <encoding>', `encoding of ${what} without byte order mark: ${ENCODINGS.join(', ')} (default utf-8)`).argParser(parseEncodingOption);

export const threadsOption = () =>
  new Option(
    '--threads <count>',
    `threads to read a large UTF-8 incident file with, side by side (default: one per core, here ${availableParallelism()}, for files over 160 MB)`,
  ).argParser(parseThreads);

export const paperOption = () => new Option('--paper <size>', 'paper size (default: A4)').choices(PAPERS);

/** `purpose`: what the browser is for, e.g. "print with". */
export const chromeOption = (purpose: string) =>
  new Option('--chrome <path>', `Chromium to ${purpose} (also: OIC_REPORT_CHROME); default /usr/bin/chromium`);

/** A report for people or for CI. */
export const textOrJsonOption = () => new Option('-f, --format <format>', 'text for people, json for CI').choices(['text', 'json']).default('text');

export interface ConfigFlags {
  config?: string;
}

/** The options in force: each flag given wins over the config file's setting. */
export async function projectOptions(flags: ConfigFlags & Partial<ProjectOptions>, cwd = process.cwd()): Promise<ProjectOptions> {
  const path = flags.config ?? (await findConfigFile(cwd));
  const file = path ? (await loadConfigFile(path)).options : {};
  const given = Object.fromEntries(PROJECT_OPTION_KEYS.filter((key) => flags[key] !== undefined).map((key) => [key, flags[key]]));
  return { ...file, ...given };
}
