// The project options of a command: the flags given, over the config file (oic-report.config.json in the working
// folder, or --config FILE), over the defaults the use case applies. Flags have no commander defaults, so a
// flag that is not given never hides the file's setting.
import { Option } from 'commander';
import { findConfigFile, loadConfigFile } from '../app/config.js';
import { PROJECT_OPTION_KEYS, type ProjectOptions } from '../app/options.js';

export const configOption = () =>
  new Option('-c, --config <file>', 'settings file (default: oic-report.config.json, .yaml or .yml in the working folder, if any)');

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
