// A language's catalog against the reference language's (English): the same keys, each message with the same
// arguments (a misspelt {cuont} is found here, not as a blank in a PDF), and, as warnings, what looks untranslated:
// Latin words left in the Arabic catalog, strings identical to English in another one.
import { catalogMessages } from '../catalog.js';
import { messageArguments, messageLiterals, messageProblems } from '../messages.js';

export interface CatalogFinding {
  severity: 'error' | 'warning';
  kind: string;
  /** The keys down to the message, e.g. ["summary", "lead"]. */
  path: (string | number)[];
  message: string;
}

/** Words that stay Latin in any language: acronyms, names, the format of a hash. */
const LATIN_ALLOWED = new Set(['OIC', 'CFM', 'ODIHR', 'SHA', 'UN', 'PDF', 'CSV', 'ICU', 'URL']);

/**
 * Values the report gives a message beyond those the English one prints, so that a language may word it its own
 * way: the session in words or with digits, the Gregorian date beside the Hijri one, a region at a sentence's start.
 */
export const OFFERED_ARGUMENTS: Record<string, readonly string[]> = {
  'cover.presentedTo': ['sessionWords', 'sessionNumeral'],
  'cover.venue': ['city', 'gregorian', 'hijri'],
  'cover.hijri': ['city', 'gregorian', 'hijri'],
  'summary.topRegion': ['region', 'regionStart'],
};

export function compareCatalogs(reference: unknown, catalog: unknown, lang: string): CatalogFinding[] {
  const theirs = new Map(catalogMessages(reference).map((m) => [m.path.join('\u0000'), m]));
  const ours = new Map(catalogMessages(catalog).map((m) => [m.path.join('\u0000'), m]));
  const findings: CatalogFinding[] = [];
  for (const [key, m] of theirs) {
    if (!ours.has(key) && !isListItem(m.path)) findings.push({ severity: 'error', kind: 'missing_key', path: m.path, message: 'is missing: en.json has it' });
  }
  for (const [key, m] of ours) {
    const reference = theirs.get(key);
    if (!reference) {
      if (!isListItem(m.path)) findings.push({ severity: 'error', kind: 'extra_key', path: m.path, message: 'is not a key of en.json: the report never prints it (misspelt?)' });
      continue;
    }
    findings.push(...messageProblems(m.text, lang).map((message) => ({ severity: 'error' as const, kind: 'message_syntax', path: m.path, message })));
    findings.push(...argumentDifferences(reference.text, m.text, m.path, OFFERED_ARGUMENTS[m.path.join('.')] ?? []));
    // An abbreviation's short form is an acronym as the language writes it, often the Latin one (OIC, ODIHR).
    if (lang !== 'en' && !isShortForm(m.path)) findings.push(...untranslated(reference.text, m.text, m.path, lang));
  }
  return findings;
}

const isShortForm = (path: (string | number)[]) => path[0] === 'abbreviations' && path.at(-1) === 'short';

/** Paragraph lists (about.body) may have as many items as the translation needs. */
function isListItem(path: (string | number)[]): boolean {
  return typeof path.at(-1) === 'number';
}

function argumentDifferences(reference: string, text: string, path: (string | number)[], offered: readonly string[]): CatalogFinding[] {
  let theirs: Set<string>;
  let ours: Set<string>;
  try {
    theirs = messageArguments(reference);
    ours = messageArguments(text);
  } catch {
    return []; // a syntax error, reported as such
  }
  const extra = [...ours].filter((a) => !theirs.has(a) && !offered.includes(a));
  // A value among several offered for the same thing (the session in words or digits) need not be printed.
  const missing = [...theirs].filter((a) => !ours.has(a) && !offered.includes(a));
  const findings: CatalogFinding[] = [];
  if (extra.length > 0) {
    findings.push({
      severity: 'error',
      kind: 'unknown_argument',
      path,
      message: `uses ${extra.map((a) => `{${a}}`).join(', ')}, which the report does not give; en.json's message has ${[...theirs].map((a) => `{${a}}`).join(', ') || 'none'}`,
    });
  }
  if (missing.length > 0) {
    findings.push({ severity: 'warning', kind: 'unused_argument', path, message: `does not use ${missing.map((a) => `{${a}}`).join(', ')}, which en.json's message prints` });
  }
  return findings;
}

function untranslated(reference: string, text: string, path: (string | number)[], lang: string): CatalogFinding[] {
  let literal: string;
  try {
    literal = messageLiterals(text);
  } catch {
    return [];
  }
  // File paths (narrative/ar/foreword.md) are names, not words.
  const words = literal.replace(/\S*\/\S*|\S*\.md\b/g, ' ').match(/[A-Za-z][A-Za-z-]{2,}/g) ?? [];
  if (lang === 'ar') {
    const latin = [...new Set(words.filter((w) => !LATIN_ALLOWED.has(w.replace(/-$/, ''))))];
    if (latin.length > 0) return [{ severity: 'warning', kind: 'latin_in_arabic', path, message: `has Latin words (${latin.join(', ')}): left untranslated?` }];
    return [];
  }
  if (text === reference && words.length > 1) return [{ severity: 'warning', kind: 'same_as_english', path, message: 'is the same as in en.json: left untranslated?' }];
  return [];
}
