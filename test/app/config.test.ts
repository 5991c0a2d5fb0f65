import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, loadConfigFile } from '../../src/app/config.js';
import { PROJECT_OPTION_KEYS, projectOptionsSchema } from '../../src/app/options.js';
import { EXIT, UserError } from '../../src/errors.js';

/** A fresh folder holding a config file (in a sub-folder, so its folder is not the working folder). */
function configIn(name: string, text: string): { dir: string; path: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'oic-config-')), 'project');
  mkdirSync(dir);
  writeFileSync(join(dir, name), text);
  return { dir, path: join(dir, name) };
}

async function loadError(path: string): Promise<UserError> {
  const error: unknown = await loadConfigFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UserError)) throw new Error(`${path} was accepted, or failed otherwise: ${String(error)}`);
  return error;
}

describe('loadConfigFile', () => {
  it('reads a JSON file, resolving its paths against its own folder', async () => {
    const { dir, path } = configIn(
      'oic-report.config.json',
      JSON.stringify({ data: '../shared/data', out: 'reports/{year}', chrome: '/opt/chrome/chrome', languages: ['ar', 'en'], threads: 4, bleed: 3 }),
    );
    const { options } = await loadConfigFile(path);
    expect(options).toEqual({
      data: join(dir, '..', 'shared', 'data'),
      out: join(dir, 'reports', '{year}'),
      chrome: '/opt/chrome/chrome',
      languages: ['ar', 'en'],
      threads: 4,
      bleed: 3,
    });
  });

  it('reads a YAML file the same way; one of comments only sets nothing', async () => {
    const { dir, path } = configIn('oic-report.config.yml', ['# the shared settings', 'templates: ./tpl', 'paper: Letter', 'formats: [pdf, figures]', ''].join('\n'));
    expect((await loadConfigFile(path)).options).toEqual({ templates: join(dir, 'tpl'), paper: 'Letter', formats: ['pdf', 'figures'] });
    const empty = configIn('oic-report.config.yaml', '# paper: A4\n');
    expect((await loadConfigFile(empty.path)).options).toEqual({});
  });

  it('an unknown key is named on its own line, with the keys there are', async () => {
    const { path } = configIn('oic-report.config.json', ['{', '  "data": "data",', '  "out": "out",', '  "papr": "A4"', '}'].join('\n'));
    const e = await loadError(path);
    expect(e.exitCode).toBe(EXIT.usage);
    expect(e.message).toBe(`${path} is not a valid config file`);
    expect(e.details).toEqual([`${path}:4: papr: unknown key; the keys are ${PROJECT_OPTION_KEYS.join(', ')}`]);
  });

  it('a wrong value is named at its line with what it must be, in the order of the file', async () => {
    const { path } = configIn('oic-report.config.yaml', ['paper: B5', 'languages:', '  - ar', '  - de', 'threads: 0', 'data: data', ''].join('\n'));
    expect((await loadError(path)).details).toEqual([
      `${path}:1: paper: must be one of A4, Letter`,
      `${path}:4: languages, item 2: must be one of ar, en, fr`,
      `${path}:5: threads: must be a whole number from 1 to 16`,
    ]);
  });
});

describe('findConfigFile', () => {
  it('finds the one config file of a folder, and none where there is none', async () => {
    const { dir, path } = configIn('oic-report.config.yaml', 'paper: A4\n');
    expect(await findConfigFile(dir)).toBe(path);
    expect(await findConfigFile(join(dir, '..'))).toBeUndefined();
  });

  it('two config files at once is a usage error naming both', async () => {
    const { dir, path } = configIn('oic-report.config.json', '{}');
    writeFileSync(join(dir, 'oic-report.config.yml'), 'paper: A4\n');
    const error: unknown = await findConfigFile(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ exitCode: EXIT.usage, message: `there are 2 config files: ${path} and ${join(dir, 'oic-report.config.yml')}` });
  });
});

describe('projectOptionsSchema', () => {
  it('describes every key, for the README', () => {
    for (const key of PROJECT_OPTION_KEYS) expect(projectOptionsSchema.shape[key].description, key).toMatch(/\w/);
  });
});
