// Hand-written JSON and YAML files (import profiles, the project's config file), read with positions: a syntax
// error names file:line:column, and a schema error can name the line of the key it is about. JSON is accepted
// by JSON.parse alone, so a .json file means exactly what JSON means; its positions come from the `yaml` parser,
// which reads JSON as YAML flow syntax, and its syntax errors from a small scanner of our own, because V8's
// messages differ between Node versions and some carry no position at all.
import { dirname, extname, resolve } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { displayPath } from './paths.js';
import { readRegularText } from './safe-read.js';
import { jsonSyntaxError } from './json-syntax.js';

export type StructuredFormat = 'json' | 'yaml';

/** Formats by file extension. */
export const STRUCTURED_EXTENSIONS = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml' } as const;

export const structuredFormatOf = (path: string): StructuredFormat | undefined =>
  STRUCTURED_EXTENSIONS[extname(path).toLowerCase() as keyof typeof STRUCTURED_EXTENSIONS];

/** 1-based, as editors show them. */
export interface Position {
  line: number;
  column: number;
}

export interface StructuredFile {
  /** The path as the user should read it in a message. */
  file: string;
  format: StructuredFormat;
  value: unknown;
  /**
   * Where the value at a path is: a key's position for a map entry, an item's for a list. A path that goes
   * further than the file stops at the deepest part found, so an error is still shown near its place.
   */
  positionOf(path: readonly PropertyKey[]): Position | undefined;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface StructuredFileOptions {
  /** What the file is, in messages: "a profile is one YAML document". */
  kind?: string;
  /** Added to a syntax error's hint: where this kind of file is described, e.g. "docs/import-profiles.md". */
  guide?: string;
  /** The exit code of a syntax error (default: usage; a string catalog's is the templates' own). */
  exitCode?: ExitCode;
}

/** Reads a .json, .yaml or .yml file; a missing or unreadable one, or a syntax error, is a UserError (exit 2). */
export async function readStructuredFile(path: string, options: StructuredFileOptions = {}): Promise<StructuredFile> {
  const file = displayPath(resolve(path));
  const format = structuredFormatOf(path);
  if (!format) {
    throw new UserError(`${file} is neither .json, .yaml nor .yml`, EXIT.usage, 'Name the file after its format.');
  }
  // Only a regular file inside its own folder: a link to /etc/passwd, a FIFO or a device is refused by name.
  const text = await readRegularText(path, { within: dirname(resolve(path)) });
  return parseStructuredText(text, file, format, options);
}

/** Parses text in a format; `file` is only for messages. Pure. */
export function parseStructuredText(
  text: string,
  file: string,
  format: StructuredFormat,
  options: StructuredFileOptions = {},
): StructuredFile {
  // Editors on Windows may save a byte order mark; it is not part of the text.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = format === 'json' ? parseJson(body, file, options) : parseYaml(body, file, options);
  const positionOf = positionsIn(parsed.doc, parsed.lineCounter);
  return { file, format, value: parsed.value, positionOf, lineOf: (path) => positionOf(path)?.line };
}

interface Parsed {
  value: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** prettyErrors off keeps messages one line; uniqueKeys makes a key given twice an error, not a silent overwrite. */
function yamlDocument(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

const withGuide = (hint: string, options: StructuredFileOptions) => `${hint}${options.guide ? `; see ${options.guide}` : ''}.`;

function parseJson(text: string, file: string, options: StructuredFileOptions): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const found = safely(() => jsonSyntaxError(text));
    const at = found ? positionAt(text, found.offset) : undefined;
    throw new UserError(
      `${file} is not valid JSON`,
      options.exitCode ?? EXIT.usage,
      withGuide('Fix the line listed: JSON wants every key and text in double quotes, and no comma after the last entry', options),
      // Should the scanner ever miss what JSON.parse refused, V8's own message is still better than none.
      [at && found ? `${file}:${at.line}:${at.column}: ${found.message}` : `${file}: ${(error as Error).message}`],
    );
  }
  // JSON.parse has accepted the text, so it is YAML flow syntax too: parsed again for the positions, and to find
  // a key given twice, which JSON.parse takes silently (the last wins) where a hand-written file means a mistake.
  const { doc, lineCounter } = yamlDocument(text);
  const twice = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
  if (twice.length > 0) {
    throw new UserError(
      `${file} gives a key twice`,
      options.exitCode ?? EXIT.usage,
      'Keep one of the two: which of them counts would otherwise be a guess.',
      twice.map((e) => problemLine(file, lineCounter, e, options)),
    );
  }
  return { value, doc, lineCounter };
}

function parseYaml(text: string, file: string, options: StructuredFileOptions): Parsed {
  const { doc, lineCounter } = yamlDocument(text);
  if (doc.errors.length > 0) {
    throw new UserError(
      `${file} is not valid YAML`,
      options.exitCode ?? EXIT.usage,
      // The usual cause: a template such as {label:category} … left unquoted reads as the start of a YAML object.
      withGuide(
        'Fix the lines listed. Put in double quotes any text that starts with { or [, or that holds ": " or " #" ' +
          '(every template, to be safe)',
        options,
      ),
      doc.errors.map((e) => problemLine(file, lineCounter, e, options)),
    );
  }
  let value: unknown;
  try {
    // yaml refuses more than maxAliasCount alias expansions (a "billion laughs" bomb) with a ReferenceError.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new UserError(
      `${file} is not usable YAML: ${(error as Error).message}`,
      options.exitCode ?? EXIT.usage,
      withGuide('Write the values out instead of repeating them through many aliases (*name)', options),
    );
  }
  return { value, doc, lineCounter };
}

function problemLine(file: string, lineCounter: LineCounter, error: YAMLError, options: StructuredFileOptions): string {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const message =
    error.code === 'DUPLICATE_KEY'
      ? 'this key is given twice in the same object (keys must be unique)'
      : error.code === 'MULTIPLE_DOCS'
        ? `${options.kind ?? 'the file'} is one YAML document: remove the second "---"`
        : error.message;
  return `${file}:${line}:${col}: ${message}`;
}

/** Walks a path down the YAML nodes as far as it goes. */
function positionsIn(doc: Document.Parsed, lineCounter: LineCounter) {
  return (path: readonly PropertyKey[]): Position | undefined => {
    let node: unknown = doc.contents;
    let offset = isNode(node) ? node.range?.[0] : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!isNode(item)) break;
        offset = item.range?.[0];
        node = item;
      } else break;
    }
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - lineStart + 1 };
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined; // e.g. a stack overflow on absurdly deep nesting
  }
}
