// docs/edition.md, made from editionSchema's shape (through zod's JSON Schema of it: types, limits, required
// keys, defaults) and from the explanations below, keyed by field path. A field added to the schema without an
// explanation stops the generator, and with it `npm run docs` and the docs test.
import { z } from 'zod';
import { editionSchema } from '../edition.js';
import { code, document, generatedNotice, table } from './markdown.js';

const HERE = 'src/core/docs/edition.ts';

/** What each field changes in the report, by its path in edition.json. */
export const EDITION_FIELD_DOCS: Record<string, string> = {
  year: 'The edition’s year: the output files are named by it (`oic-islamophobia-report-2024-ar.pdf`). Keep it equal to the folder’s name: `oic-report build 2024` reads `data/2024/`, and the comparisons with the previous edition read the folder of the year before.',
  number: 'The report’s number, printed in words on the cover in each language: 17 gives “Seventeenth OIC Observatory Report on Islamophobia”, “التقرير السابع عشر”.',
  period: 'The period the report covers. Not always a calendar year: reports often run from one CFM to the next. `start` must not be after `end`.',
  'period.start': 'The first day covered, printed on the cover. A row dated before it is rejected.',
  'period.end': 'The last day covered. A row dated after it is rejected. The monthly charts run from the month of `start` to the month of `end`.',
  cfm: 'The session of the Council of Foreign Ministers the report is presented to, printed on the cover.',
  'cfm.session': 'The session’s number: 51 gives “Presented to the 51st Session of the Council of Foreign Ministers”, “مقدَّم إلى الدورة الحادية والخمسين لمجلس وزراء الخارجية”.',
  'cfm.city': 'The city of the session, in each language; the cover prints the edition’s own.',
  'cfm.city.ar': 'The city in Arabic: `إسطنبول`.',
  'cfm.city.en': 'The city in English: `Istanbul`. Also the French edition’s, when `fr` is left out.',
  'cfm.city.fr': 'The city in French: `Istanbul`.',
  'cfm.start': 'The session’s first day. The cover dates the session in the Hijri (Umm al-Qura) and the Gregorian calendars.',
  'cfm.end': 'The session’s last day; the same as `start` for a session of one day.',
  documentSymbol: 'The document symbol, printed on the cover and in the running header of every page, the same in every language: `OIC-CS-7th OBS-REP-Final-May-2014`.',
  issued: 'The date of issue, printed on the cover under the document symbol in the Hijri (Umm al-Qura) and the Gregorian calendars: `2025-06-10`. Left out, it is the day of the build (`SOURCE_DATE_EPOCH` where it is set, for a reproducible build). `oic-report new` does not copy it.',
  originalLanguage: 'The language the report was written in. The cover says “Original: English” (الأصل: الإنجليزية) on every edition but the original’s; the English edition always says it.',
  languages: 'The editions `oic-report build` makes when no `--lang` is given. Each needs its string catalog, `templates/i18n/<lang>.json`, and its narrative, `narrative/<lang>/`.',
  arabicDigits: 'The digits of the Arabic edition: `arab` for Arabic-Indic ٠١٢٣ (with ٫ for decimals, ٬ for thousands), `latn` for 0123. Numbers, dates and page numbers follow it; the other editions always print 0123.',
  mirrorTimeAxes: 'In the Arabic charts, bars, legends and titles always run right to left; time axes (months) do too only when this is `true`, as most Arabic news charts keep them left to right.',
  unwrittenChapters: 'What a `--draft` build does with a narrative chapter nobody has written yet: `placeholder` prints a note where it goes, `omit` leaves it out, as a final build always does.',
  rectoChapters: 'The printed report starts the contents and every chapter on a right-hand page, odd-numbered, as a bound book does: the right-hand page in English and French, the left-hand one in Arabic (bound on the right, it opens from the right), with a blank page before a chapter where needed. `false` runs the chapters on without blank pages, e.g. for a report read on screen only.',
  illustrative: '`true` for generated sample data: the cover and every page say the figures are not real. Never `true` for a real edition.',
  annex: 'How Annex III (the incidents by category) is made. Leave it out to list every incident.',
  'annex.limit': 'For a very large edition: Annex III lists at most this many incidents of each category, verified ones first, then by date, and says how many it shows of how many. The full list is written beside the PDFs as `out/<year>/oic-islamophobia-incidents-<year>.csv` (every incident counted in the report, with its columns), which the annex names. Some 500 annex rows take a second to print: `100` keeps an edition of 100,000 incidents to a few hundred pages.',
  toFill: 'The fields whose values are only a starting point (`oic-report new` copies them from the previous edition): `build` and `validate` list them, and a final build refuses to run until the list is empty. Edit each field, then remove it from the list.',
  toFillFrom: 'Where the values still to fill came from: the year of the edition `oic-report new` copied them from, or `"template"`. Only the messages use it.',
};

/** The few JSON Schema keywords zod writes for this schema's shapes. */
interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: unknown;
  items?: JsonSchema;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  minLength?: number;
  pattern?: string;
  const?: unknown;
  anyOf?: JsonSchema[];
}

interface Field {
  path: string;
  schema: JsonSchema;
  required: boolean;
}

/** Every field, parents before their children, in the schema's order. */
function fields(schema: JsonSchema, prefix = '', parentRequired = true): Field[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const required = parentRequired && (schema.required ?? []).includes(key);
    return [{ path, schema: child, required }, ...fields(child, path, required)];
  });
}

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/.source;
const json = (value: unknown) => code(JSON.stringify(value));
const codes = (values: unknown[]) => values.map(json).join(', ');

/** The type in an editor's words, with the limits the schema puts on it. */
function typeOf(field: Field): string {
  const s = field.schema;
  const limits = (min?: number, max?: number) =>
    min !== undefined && max !== undefined && max < Number.MAX_SAFE_INTEGER ? `, ${min} to ${max}` : min !== undefined && min > -Number.MAX_SAFE_INTEGER ? `, ${min} or more` : '';
  if (s.enum) return `one of ${codes(s.enum)}`;
  if (s.const !== undefined) return json(s.const);
  if (s.anyOf) return s.anyOf.map((alternative) => typeOf({ ...field, schema: alternative })).join(' or ');
  if (s.type === 'integer') return `whole number${limits(s.minimum, s.maximum)}`;
  if (s.type === 'boolean') return '`true` or `false`';
  if (s.type === 'object') return 'the fields below';
  if (s.type === 'string' && s.pattern === ISO_DATE_PATTERN) return 'date YYYY-MM-DD';
  if (s.type === 'string') return s.minLength ? 'text, not empty' : 'text';
  if (s.type === 'array' && s.items?.enum) return `list of ${codes(s.items.enum)}${s.minItems ? `, at least ${s.minItems}` : ''}`;
  throw new Error(`edition.json field ${field.path} has a type that ${HERE} cannot describe yet: ${JSON.stringify(s)}`);
}

function explanation(path: string): string {
  const text = EDITION_FIELD_DOCS[path];
  if (text === undefined) throw new Error(`edition.json field ${path} has no explanation in ${HERE} (EDITION_FIELD_DOCS)`);
  return text;
}

/**
 * `example`: an edition.json as an editor writes it, shown as is and with every default filled in. `edition`
 * is the schema to describe: editionSchema, or in a test one with a field more.
 */
export function editionMarkdown(example: { file: string; text: string }, edition: z.ZodType = editionSchema): string {
  const schema = z.toJSONSchema(edition, { io: 'input' }) as JsonSchema;
  const all = fields(schema);
  const known = new Set(all.map((f) => f.path));
  for (const path of Object.keys(EDITION_FIELD_DOCS)) {
    if (!known.has(path)) throw new Error(`${HERE} explains edition.json field ${path}, which editionSchema no longer has`);
  }
  const rows = all.map((f) => [
    code(f.path),
    typeOf(f),
    f.required ? 'yes' : 'no',
    f.schema.default !== undefined ? json(f.schema.default) : '—',
    explanation(f.path),
  ]);
  const parsed = edition.safeParse(JSON.parse(example.text));
  if (!parsed.success) throw new Error(`${example.file} is not a valid edition.json: ${parsed.error.message}`);
  return document([
    generatedNotice(`src/core/edition.ts and ${HERE}`),
    '# edition.json',
    'Each edition’s folder, `data/<year>/`, has an `edition.json`: what the report is (its number, its period, the CFM it goes to) and the choices the editors make for it. It is JSON: names and texts in double quotes, no comma after the last item. `oic-report build` and `oic-report validate` check it first; a mistake stops them with the file, the line and the field (exit 1).',
    schema.additionalProperties === false
      ? 'A field that is not in the table below is an error.'
      : 'A field that is not in the table below is ignored without a word, so check the spelling of the names: a misspelt optional field is as if it were not there.',
    '## The fields',
    'A field inside another is written with a dot: `cfm.city.ar` is `ar` inside `city` inside `cfm`. A field that is not required may be left out; it then takes its default.',
    table(['field', 'type', 'required', 'default', 'what it changes in the report'], rows),
    '## A complete example',
    `\`${example.file}\`:`,
    '```json\n' + example.text.trimEnd() + '\n```',
    'The same as oic-report reads it, every default written out:',
    '```json\n' + JSON.stringify(parsed.data, null, 2) + '\n```',
  ]);
}
