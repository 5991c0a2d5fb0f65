// The project's config file: oic-report.config.json, .yaml or .yml in the working folder, holding the options an
// organisation keeps in its repository. Flags override it; merging the two is the command line's business.
import { dirname, join, resolve } from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { exists } from '../io/edition-data.js';
import { displayPath } from '../io/paths.js';
import { issueLines } from '../io/checked-file.js';
import { readStructuredFile } from '../io/structured-file.js';
import { CONFIG_FILE_NAMES, PROJECT_OPTION_KEYS, projectOptionsSchema, type ProjectOptions } from './options.js';

/** The options that are paths: relative ones are relative to the config file's folder. */
const PATH_KEYS = ['data', 'out', 'templates', 'chrome'] as const satisfies readonly (keyof ProjectOptions)[];

/** The config file in a folder, or undefined when there is none; two at once is a usage error naming both. */
export async function findConfigFile(cwd: string): Promise<string | undefined> {
  const present: string[] = [];
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(resolve(cwd), name);
    if (await exists(path)) present.push(path);
  }
  if (present.length > 1) {
    throw new UserError(
      `there are ${present.length} config files: ${present.map(displayPath).join(' and ')}`,
      EXIT.usage,
      'Keep one of them, with all the settings: oic-report reads only one, and would not guess which.',
    );
  }
  return present[0];
}

/**
 * Reads and checks a config file. Its paths come back absolute, resolved against the file's folder, so the
 * file means the same whatever folder the command runs in; `out` keeps its {year} for the caller to fill.
 * `file` is the path to show in messages.
 */
export async function loadConfigFile(path: string): Promise<{ file: string; options: ProjectOptions }> {
  const absolute = resolve(path);
  const parsed = await readStructuredFile(absolute, { kind: 'a config file' });
  // A YAML file of comments only (every setting commented out) sets nothing; it is not an error.
  const value = parsed.format === 'yaml' && parsed.value == null ? {} : parsed.value;
  const checked = projectOptionsSchema.safeParse(value);
  if (!checked.success) {
    throw new UserError(
      `${parsed.file} is not a valid config file`,
      EXIT.usage,
      'Fix the lines listed, or remove the key to use its default.',
      issueLines(parsed, checked.error.issues, PROJECT_OPTION_KEYS),
    );
  }
  const options = { ...checked.data };
  for (const key of PATH_KEYS) {
    const given = options[key];
    if (given !== undefined) options[key] = resolve(dirname(absolute), given);
  }
  return { file: parsed.file, options };
}
