import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, UserError } from '../../src/errors.js';
import { parseStructuredText, readStructuredFile, type StructuredFormat } from '../../src/io/structured-file.js';

/** The UserError a parse throws (failing the test if it throws none), for its message and details. */
function errorOf(text: string, format: StructuredFormat, file = `f.${format}`): UserError {
  try {
    parseStructuredText(text, file, format);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('JSON syntax errors', () => {
  it('a trailing comma is an error at the comma, line and column', () => {
    const e = errorOf(lines('{', '  "data": "data",', '  "paper": "A4",', '}'), 'json');
    expect(e.message).toBe('f.json is not valid JSON');
    expect(e.exitCode).toBe(EXIT.usage);
    expect(e.details).toEqual(['f.json:3:16: a comma after the last entry: JSON allows none, remove it']);
  });

  it('a missing closing quote is named just after the last character of its line', () => {
    const e = errorOf(lines('{', '  "data": "data,', '  "paper": "A4"', '}'), 'json');
    expect(e.details).toEqual(['f.json:2:17: the closing double quote of this text is missing']);
  });

  it('a missing opening quote names the bare word, where it starts', () => {
    const e = errorOf(lines('{', '  "paper": A4"', '}'), 'json');
    expect(e.details).toEqual(['f.json:2:12: A4 is not a JSON value: put text in double quotes, "A4"']);
  });

  it('a comment, a missing comma and an unclosed object each say what is wrong', () => {
    expect(errorOf(lines('{', '  // the data', '  "data": "d"', '}'), 'json').details).toEqual([
      'f.json:2:3: JSON allows no comments (a .yaml file does, after #)',
    ]);
    expect(errorOf(lines('{', '  "data": "d"', '  "out": "o"', '}'), 'json').details).toEqual([
      'f.json:3:3: expected , or } here (a comma missing?)',
    ]);
    expect(errorOf('{"data": "d"', 'json').details).toEqual(['f.json:1:13: the file ends inside an object: a closing } is missing']);
  });

  it('accepts exactly what JSON.parse accepts, on a thousand mutations of a valid file', () => {
    // The scanner only explains JSON.parse's refusals: it must refuse the same texts, and place each one.
    const base = JSON.stringify({ a: 'x\\"y\u00e9', b: [1, -2.5, 3e4, true, false, null], c: { d: {}, e: [] } }, null, 2);
    const alphabet = '"{}[],: \n\\a0.-e/\'\t';
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 1000; k++) {
      const at = random(base.length);
      const text = base.slice(0, at) + alphabet[random(alphabet.length)] + base.slice(at + random(2));
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      if (valid) expect(() => parseStructuredText(text, 'f.json', 'json'), text).not.toThrow();
      else expect(errorOf(text, 'json').details[0], text).toMatch(/^f\.json:\d+:\d+: /);
    }
  });

  it('a key given twice is refused, at the second', () => {
    const e = errorOf(lines('{', '  "paper": "A4",', '  "paper": "Letter"', '}'), 'json');
    expect(e.message).toBe('f.json gives a key twice');
    expect(e.details).toEqual(['f.json:3:3: this key is given twice in the same object (keys must be unique)']);
  });
});

describe('YAML syntax errors', () => {
  it('an unquoted template is named by line and column', () => {
    const e = errorOf(lines('name: x', 'fields:', '  title_en: {label:category} reported'), 'yaml');
    expect(e.message).toBe('f.yaml is not valid YAML');
    expect(e.details[0]).toMatch(/^f\.yaml:3:\d+: /);
    expect(e.hint).toContain('Put in double quotes any text that starts with { or [');
  });

  it('a key given twice and a second document are refused', () => {
    expect(errorOf(lines('paper: A4', 'data: d', 'paper: Letter'), 'yaml').details).toEqual([
      'f.yaml:3:1: this key is given twice in the same object (keys must be unique)',
    ]);
    const e = errorOf(lines('paper: A4', '---', 'paper: Letter'), 'yaml');
    expect(e.details).toEqual(['f.yaml:2:1: the file is one YAML document: remove the second "---"']);
  });
});

describe('positions', () => {
  const json = lines('{', '  "data": "d",', '  "fields": {', '    "id": "x",', '    "tags": ["a",', '      "b"]', '  }', '}');
  const yaml = lines('data: d', 'fields:', '  id: x', '  tags:', '    - a', '    - b');

  it('lineOf finds nested keys and list items in JSON and in YAML', () => {
    const j = parseStructuredText(json, 'f.json', 'json');
    const y = parseStructuredText(yaml, 'f.yaml', 'yaml');
    expect(j.value).toEqual(y.value);
    expect([j.lineOf(['data']), j.lineOf(['fields', 'id']), j.lineOf(['fields', 'tags']), j.lineOf(['fields', 'tags', 1])]).toEqual([2, 4, 5, 6]);
    expect([y.lineOf(['data']), y.lineOf(['fields', 'id']), y.lineOf(['fields', 'tags']), y.lineOf(['fields', 'tags', 1])]).toEqual([1, 3, 4, 6]);
    expect(j.positionOf(['fields', 'id'])).toEqual({ line: 4, column: 5 });
  });

  it('a path beyond the file stops at the deepest part found', () => {
    const y = parseStructuredText(yaml, 'f.yaml', 'yaml');
    expect(y.lineOf(['fields', 'colour'])).toBe(2);
    expect(y.lineOf([])).toBe(1);
  });
});

describe('readStructuredFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oic-structured-'));

  it('reads by extension, a byte order mark and all', async () => {
    writeFileSync(join(dir, 'a.yml'), '\uFEFFpaper: A4\n');
    writeFileSync(join(dir, 'a.json'), '\uFEFF{"paper": "A4"}');
    expect((await readStructuredFile(join(dir, 'a.yml'))).value).toEqual({ paper: 'A4' });
    expect(await readStructuredFile(join(dir, 'a.json'))).toMatchObject({ format: 'json', value: { paper: 'A4' } });
  });

  it('a missing file is a usage error naming it', async () => {
    const missing = join(dir, 'none.json');
    await expect(readStructuredFile(missing)).rejects.toMatchObject({ message: `there is no file ${missing}`, exitCode: EXIT.usage });
  });
});
