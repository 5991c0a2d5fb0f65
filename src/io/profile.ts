// Import profiles, found by name among those shipped in profiles/ or by path, in JSON or YAML
// (docs/import-profiles.md), and checked against the profile schema with the line of each problem.
import { extname, resolve } from 'node:path';
import { patternProblems, profileSchema, type ImportProfile } from '../core/import-profile.js';
import { EXIT, UserError } from '../errors.js';
import { exists } from './edition-data.js';
import { displayPath, packagePath } from './paths.js';
import { readStructuredFile, STRUCTURED_EXTENSIONS, structuredFormatOf } from './structured-file.js';

export async function loadProfile(nameOrPath: string): Promise<ImportProfile> {
  // A profile name is lower-case-with-dashes, so anything with a slash or an extension is a path.
  const isPath = /[\\/]/.test(nameOrPath) || extname(nameOrPath) !== '';
  const candidates = isPath
    ? [resolve(nameOrPath)]
    : Object.keys(STRUCTURED_EXTENSIONS).map((ext) => packagePath('profiles', `${nameOrPath}${ext}`));
  const path = candidates[0]!;
  if (!structuredFormatOf(path)) {
    throw new UserError(
      `${displayPath(path)} is not a profile file: a profile is .json, .yaml or .yml`,
      EXIT.usage,
      'Name the file after its format (docs/import-profiles.md).',
    );
  }
  let found: string | undefined;
  for (const candidate of candidates) if (!found && (await exists(candidate))) found = candidate;
  if (!found) {
    throw new UserError(
      `there is no import profile ${isPath ? displayPath(path) : `"${nameOrPath}"`}`,
      EXIT.usage,
      `Profiles shipped: fbi-hate-crime, nypd-hate-crimes; or give the path of your own (docs/import-profiles.md).`,
    );
  }
  const parsed = await readStructuredFile(found, { kind: 'a profile', guide: 'docs/import-profiles.md' });
  const checked = profileSchema.safeParse(parsed.value);
  if (!checked.success) {
    throw new UserError(
      `${parsed.file} is not a valid import profile`,
      EXIT.usage,
      'The format is described in docs/import-profiles.md.',
      checked.error.issues.map((i) => {
        // An unknown key is reported on the object that holds it; its own line is the one to fix.
        const at = i.code === 'unrecognized_keys' && i.keys[0] !== undefined ? [...i.path, i.keys[0]] : i.path;
        const line = parsed.lineOf(at);
        return `${i.path.join('.') || '(profile)'}${line ? ` (line ${line})` : ''}: ${i.message}`;
      }),
    );
  }
  const bad = patternProblems(checked.data);
  if (bad.length > 0) {
    throw new UserError(
      `${parsed.file} is not a valid import profile`,
      EXIT.usage,
      'Fix the regular expressions listed: docs/import-profiles.md says what `matches` accepts.',
      bad.map((p) => `${p.path.join('.')}${parsed.lineOf(p.path) ? ` (line ${parsed.lineOf(p.path)})` : ''}: ${p.message}`),
    );
  }
  return checked.data;
}
