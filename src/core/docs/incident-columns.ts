// docs/incident-columns.md, made from the schema (incident.ts) and the reference tables, so that the page an
// editor reads says what `validate` checks. Only the explanations are written by hand, in COLUMN_DOCS.
import countries from 'i18n-iso-countries';
import { FIELD_LIMITS, INCIDENT_COLUMNS, LANGUAGES, REQUIRED_COLUMNS, type IncidentColumn } from '../incident.js';
import type { Label, Reference } from '../reference.js';
import { columnFacts } from './column-facts.js';
import { code, document, generatedNotice, table } from './markdown.js';
import { VALUE_LABELS, type Labels } from './value-labels.js';

export type ColumnKind = 'text' | 'date' | 'whole' | 'decimal' | 'code' | 'url';

export interface ColumnDoc {
  kind: ColumnKind;
  /** One line for an editor: what the column means and what the report does with it. */
  meaning: string;
}

/** The hand-written part: one entry per column, which the type makes complete. */
export const COLUMN_DOCS: Record<IncidentColumn, ColumnDoc> = {
  id: { kind: 'text', meaning: 'The incident’s own reference, e.g. `OBS-2024-000123`. Unique in the file: a second row with the same id is rejected.' },
  polarity: { kind: 'code', meaning: '`negative` for a manifestation of Islamophobia, `positive` for a positive development. It decides which list `category` takes its code from.' },
  date: { kind: 'date', meaning: 'The day of the incident. A date outside the edition’s period ([`period` in edition.json](edition.md#the-fields)) is rejected; a date after today is a warning: check the year.' },
  date_precision: { kind: 'code', meaning: 'How precisely `date` is known. The annex prints the day, “week of” the day, or the month alone.' },
  country: { kind: 'code', meaning: 'The country where it happened, as an ISO 3166-1 code; the region of the report comes from it. A country name or a misspelt code is rejected, with the code it most likely means.' },
  admin1: { kind: 'text', meaning: 'The province, state or region inside the country, in English: `Bavaria`, `Ontario`.' },
  location: { kind: 'text', meaning: 'The town or place, as English (or the local Latin-letter form) writes it: `Cologne`. The annex prints it where the edition’s language has no form of its own.' },
  location_ar: { kind: 'text', meaning: 'The same place as the Arabic press writes it: `كولونيا`. The Arabic annex prints it instead of `location`.' },
  location_fr: { kind: 'text', meaning: 'The same place as the French press writes it: `La Haye` for The Hague. The French annex prints it instead of `location`.' },
  latitude: { kind: 'decimal', meaning: 'Where it happened, in degrees north (WGS84), from -90 to 90: `50.94`. South is negative.' },
  longitude: { kind: 'decimal', meaning: 'Where it happened, in degrees east (WGS84), from -180 to 180: `6.96`. West is negative.' },
  category: { kind: 'code', meaning: 'The Observatory’s type of manifestation or of positive development, from the list of the row’s `polarity` (a code of the other list is rejected). The report counts by it; the annex lists the incidents under it.' },
  odihr_type: { kind: 'code', meaning: 'The OSCE/ODIHR hate crime type: an attack on people or on property, a threat, or an incident that is not a crime (hate speech, discrimination).' },
  target_type: { kind: 'code', meaning: 'Who or what was targeted. A row that leaves it empty is counted as “unspecified” in the chart of targets.' },
  victims: { kind: 'whole', meaning: 'How many people were targeted. Leave it empty when it is not known: `0` means nobody.' },
  injured: { kind: 'whole', meaning: 'How many people were injured; empty when not known.' },
  killed: { kind: 'whole', meaning: 'How many people were killed; empty when not known.' },
  perpetrator_type: { kind: 'code', meaning: 'Who did it: `unknown` when the source says it is not known, empty when it was not recorded.' },
  source_name: { kind: 'text', meaning: 'Where the Observatory learnt of the incident: a newspaper, a police force, an NGO. The annex cites it. Every incident needs a source: an empty one is rejected.' },
  source_url: { kind: 'url', meaning: 'The web address of the source. Empty is a warning: the annex can then cite the source by name only.' },
  source_type: { kind: 'code', meaning: 'What kind of source `source_name` is.' },
  verification: { kind: 'code', meaning: '`verified` when the Observatory has confirmed the incident, `reported` when it is recorded as the source reports it.' },
  title_ar: { kind: 'text', meaning: 'The incident in one line, in Arabic. The Arabic annex prints it, or `title_en` where it is empty.' },
  title_en: { kind: 'text', meaning: 'The incident in one line, in English. The English annex prints it, and every other edition where its own title is empty. A second row with the same date, country, category and English title is a warning: a probable duplicate.' },
  title_fr: { kind: 'text', meaning: 'The incident in one line, in French. The French annex prints it, or `title_en` where it is empty.' },
  summary_ar: { kind: 'text', meaning: 'A few sentences on the incident, in Arabic. A row with a summary in some languages and not in others, or in none, is a warning.' },
  summary_en: { kind: 'text', meaning: 'The same summary in English.' },
  summary_fr: { kind: 'text', meaning: 'The same summary in French.' },
};

const KIND_NAMES: Record<ColumnKind, string> = {
  text: 'text',
  date: 'date YYYY-MM-DD',
  whole: 'whole number, 0 or more',
  decimal: 'decimal number, with a point (not a comma)',
  code: 'code',
  url: 'web address, `http://` or `https://`',
};

/** A list of codes with their labels, and the file a translator corrects a label in. */
interface CodeList {
  caption?: string;
  source: string;
  codes: { code: string; labels: Labels }[];
}

const VALUE_LABELS_FILE = 'src/core/docs/value-labels.json';

export function incidentColumnsMarkdown(reference: Reference): string {
  const lists = codeLists(reference);
  return document([
    generatedNotice('src/core/incident.ts, src/core/docs/incident-columns.ts and data/reference/'),
    '# The columns of an incident file',
    INTRO,
    '## The columns',
    table(['column', 'type', 'required', 'when empty', 'at most', 'what it means'], INCIDENT_COLUMNS.map((c) => columnRow(c))),
    '## The codes',
    'A code is written exactly as below, in small letters. The labels say what it means in each language; those from `data/reference/` are also what the report prints.',
    ...INCIDENT_COLUMNS.filter((c) => c !== 'country' && COLUMN_DOCS[c].kind === 'code').map((c) => codeSection(c, lists)),
    countrySection(reference),
  ]);
}

const INTRO = [
  'Each edition’s `data/<year>/incidents.csv` has one row per incident: a manifestation of Islamophobia or a positive development. The first line names the columns, in any order, with the names below. A column that is not required may be left out of the header; a column the list does not know is ignored, with a warning. An empty cell means “not given”; spaces around a value do not count.',
  '`oic-report validate <year>` checks every row against the rules on this page and names the line, the column and what to write instead. **Required** “yes” means the header must have the column and no row may leave it empty.',
  'A cell longer than its column’s **at most** rejects the row. A control character in a cell (NUL, ESC and the other invisible codes; a tab and a line break are text) rejects the row too. A text direction opened in a cell and never closed (U+202A–U+202E, U+2066–U+2068) is closed at the end of the cell, with a warning, so that it cannot reverse what the report prints after it.',
].join('\n\n');

function columnRow(column: IncidentColumn): string[] {
  const facts = columnFacts(column);
  const doc = COLUMN_DOCS[column];
  // The type makes the table complete; this says so to whoever runs the generator on a column added without it.
  if (!doc) throw new Error(`incident column ${column} has no explanation in src/core/docs/incident-columns.ts (COLUMN_DOCS)`);
  const { kind, meaning } = doc;
  const header = REQUIRED_COLUMNS.includes(column);
  const required = header && facts.nonEmpty ? 'yes' : facts.nonEmpty ? 'in every row' : header ? 'in the header' : 'no';
  const type = kind === 'code' ? `code: [the list](#${column})` : KIND_NAMES[kind];
  const whenEmpty = facts.whenEmpty !== undefined ? code(facts.whenEmpty) : facts.nonEmpty ? 'rejected' : '—';
  return [code(column), type, required, whenEmpty, `${FIELD_LIMITS[column].toLocaleString('en')} characters`, meaning];
}

function codeSection(column: IncidentColumn, lists: Partial<Record<IncidentColumn, CodeList[]>>): string {
  const found = lists[column];
  if (!found) throw new Error(`incident column ${column} is a code, but codeLists in src/core/docs/incident-columns.ts does not say where its codes come from`);
  const whenEmpty = columnFacts(column).whenEmpty;
  return [
    `### ${column}`,
    ...(whenEmpty !== undefined ? [`Empty means ${code(whenEmpty)}.`] : []),
    ...found.flatMap((list) => [
      ...(list.caption ? [list.caption] : []),
      table(['code', 'العربية', 'English', 'Français'], list.codes.map((c) => [code(c.code), ...LANGUAGES.map((l) => c.labels[l])])),
      `Labels: \`${list.source}\`.`,
    ]),
  ].join('\n\n');
}

/** Every code column's list: from the schema's own codes where it has them, else from the reference tables. */
function codeLists(reference: Reference): Partial<Record<IncidentColumn, CodeList[]>> {
  const own = (column: keyof typeof VALUE_LABELS) => [labelled(column, VALUE_LABELS[column], VALUE_LABELS_FILE)];
  const byCode = (labels: readonly Label[]) => Object.fromEntries(labels.map((l) => [l.code, l]));
  const categories = (polarity: 'negative' | 'positive'): CodeList => ({
    caption: `When \`polarity\` is \`${polarity}\`:`,
    source: 'data/reference/categories.json',
    codes: reference.categories[polarity].map((l) => ({ code: l.code, labels: l })),
  });
  return {
    polarity: own('polarity'),
    date_precision: own('date_precision'),
    odihr_type: own('odihr_type'),
    perpetrator_type: own('perpetrator_type'),
    verification: own('verification'),
    category: [categories('negative'), categories('positive')],
    target_type: [labelled('target_type', byCode(reference.targetTypes), 'data/reference/target-types.json')],
    source_type: [labelled('source_type', byCode(reference.sourceTypes), 'data/reference/target-types.json')],
  };
}

/** The schema's codes of a column, each with its labels; a code without labels stops the generator. */
function labelled(column: IncidentColumn, labels: Partial<Record<string, Labels>>, source: string): CodeList {
  const values = columnFacts(column).values;
  if (!values) throw new Error(`incident column ${column} has no list of codes in src/core/incident.ts`);
  return {
    source,
    codes: values.map((value) => {
      const found = labels[value];
      if (!found) throw new Error(`incident column ${column}: the code "${value}" has no labels in ${source}`);
      return { code: value, labels: found };
    }),
  };
}

function countrySection(reference: Reference): string {
  const byRegion = new Map<string | undefined, string[]>();
  for (const alpha2 of Object.keys(countries.getAlpha2Codes()).sort()) {
    const region = reference.regionOf(alpha2);
    byRegion.set(region, [...(byRegion.get(region) ?? []), alpha2]);
  }
  const rows = reference.regions.map((r) => [code(r.code), ...LANGUAGES.map((l) => r[l]), (byRegion.get(r.code) ?? []).join(' ')]);
  const none = byRegion.get(undefined) ?? [];
  return [
    '### country',
    'An ISO 3166-1 code: two letters (alpha-2, `FR`) or three (alpha-3, `FRA`), in capitals or not. The annex and the tables print the country’s name in the edition’s language, as the `i18n-iso-countries` package has it or, where UN usage differs, as `data/reference/country-names.json` says.',
    'The region comes from `data/reference/regions.json`: the countries it lists one by one, every other country by its continent. The regions, and the countries (alpha-2) each holds:',
    table(['region', 'العربية', 'English', 'Français', 'countries'], rows),
    ...(none.length > 0 ? [`These codes have no region, so a row with one of them is rejected: ${none.join(' ')}.`] : []),
  ].join('\n\n');
}
