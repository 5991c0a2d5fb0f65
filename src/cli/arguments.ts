// Parsers of the arguments the commands share, each failing with a usage error that says what to type.
import { BUILD_FORMATS, type BuildFormat } from '../app/build-formats.js';
import { LANGUAGES, type Language } from '../core/incident.js';
import { EXIT, UserError } from '../errors.js';
import { ENCODINGS, parseEncoding, type Encoding } from '../io/encoding.js';

/** An edition's year, the name of its folder under data/. */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) {
    throw new UserError(`"${value}" is not an edition year`, EXIT.usage, 'Name the edition by its year, e.g. 2024.');
  }
  return Number(value);
}

export function parseEncodingOption(value: string): Encoding {
  const encoding = parseEncoding(value);
  if (!encoding) throw new UserError(`unknown encoding "${value}"`, EXIT.usage, `Use one of: ${ENCODINGS.join(', ')}.`);
  return encoding;
}

export function parseThreads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16) {
    throw new UserError(
      `"${value}" is not a number of threads`,
      EXIT.usage,
      'Give a whole number from 1 to 16 (each thread needs some 40 MB of its own), e.g. --threads 2.',
    );
  }
  return n;
}

export function parseLanguages(value: string): Language[] {
  return list(value, LANGUAGES, 'language', 'e.g. --lang ar,en');
}

export function parseFormats(value: string): BuildFormat[] {
  return list(value, BUILD_FORMATS, 'format', 'e.g. --format pdf,html');
}

export function parseTimeout(value: string): number {
  const n = Number(value.trim().replace(/s$/, ''));
  if (!Number.isInteger(n) || n < 10 || n > 86_400) {
    throw new UserError(`"${value}" is not a timeout`, EXIT.usage, 'Give whole seconds from 10 to 86400, e.g. --timeout 900.');
  }
  return n;
}

export function parseBleed(value: string): number {
  const mm = /^(\d+(?:\.\d+)?)\s*(mm)?$/.exec(value.trim());
  if (!mm || Number(mm[1]) > 20) {
    throw new UserError(`"${value}" is not a bleed`, EXIT.usage, 'Give it in millimetres, up to 20, e.g. --bleed 3mm.');
  }
  return Number(mm[1]);
}

function list<T extends string>(value: string, allowed: readonly T[], what: string, example: string): T[] {
  const items = value.split(',').map((l) => l.trim().toLowerCase());
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UserError(`unknown ${what} "${item}"`, EXIT.usage, `Use ${allowed.join(', ')}, ${example}.`);
    }
  }
  return [...new Set(items)] as T[];
}

/**
 * A command to run next, with the options the user gave that it needs too (--data, --encoding, --config), so
 * following a hint acts on the same edition: `oic-report validate 2024 --data /srv/editions`.
 */
export function nextCommand(command: string, flags: { data?: string; encoding?: string; config?: string }, ...extra: string[]): string {
  const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const options = [
    ...(flags.data ? ['--data', flags.data] : []),
    ...(flags.encoding ? ['--encoding', flags.encoding] : []),
    ...(flags.config ? ['--config', flags.config] : []),
  ];
  return ['oic-report', command, ...extra, ...options].map(quote).join(' ');
}
