// Deterministic generator of ILLUSTRATIVE sample incident data: none of the rows describes a real incident.
//
//   npx tsx scripts/generate-sample-data.ts      writes data/2023/incidents.csv and data/2024/incidents.csv
//
// The same year always gives the same bytes: a seeded PRNG (mulberry32, seed from the year), no clock, no
// Math.random. test/sample-data.test.ts checks that the committed files still equal the generator's output, so
// change the generator and re-run it rather than editing the CSV files by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import {
  INCIDENT_COLUMNS,
  type IncidentColumn,
  type Language,
  type Polarity,
  ODIHR_TYPES,
  PERPETRATOR_TYPES,
  SOURCE_TYPES,
  TARGET_TYPES,
} from '../src/core/incident.js';
import { SAMPLE_SOURCE_NAME } from '../src/core/sample.js';
import { GAZETTEER, frenchIn, frenchOf, type City, type Country } from './gazetteer.js';
import { CATEGORY_WEIGHTS, DEFAULT_PROFILE, YEAR_PROFILES, type YearProfile } from './sample-data/profiles.js';
import { Random, mulberry32, seedForYear, type Weighted } from './sample-data/random.js';
import scenarios from './sample-data/scenarios.json' with { type: 'json' };

export { CATEGORY_WEIGHTS, YEAR_PROFILES, mulberry32, seedForYear };

export const SAMPLE_YEARS = [2023, 2024] as const;

// ---------------------------------------------------------------------------------------------------------------
// Scenarios: one coherent kind of incident each, with its wording in the three languages and the field values
// that go with it. Placeholders: {in} "in Lyon" / "à Lyon" / "في ليون"; {city} the bare name; {of} (French only)
// "de Lyon", "d'Anvers", "du Cap".

type OdihrType = (typeof ODIHR_TYPES)[number];
type TargetType = (typeof TARGET_TYPES)[number];
type PerpetratorType = (typeof PERPETRATOR_TYPES)[number];
type SourceType = (typeof SOURCE_TYPES)[number];
type Trilingual = Record<Language, string>;

interface Scenario {
  title: Trilingual;
  summary: Trilingual;
  odihr: Weighted<OdihrType | ''>;
  target: Weighted<TargetType>;
  perpetrator: Weighted<PerpetratorType | ''>;
  source: Weighted<SourceType>;
  /** Relative weight within its category; 1 unless given. */
  weight?: number;
  /** Number of victims, drawn in [min, max]; no victims column when absent. */
  victims?: readonly [number, number];
  /** Probability that injuries are reported, and their number in [min, max]. */
  injured?: readonly [number, number, number];
  killed?: number;
  /** Only in these months (1–12), e.g. iftars in Ramadan. */
  months?: readonly number[];
  /** Moved to this day of the week (0 Sunday … 6 Saturday), e.g. Friday prayers. */
  weekday?: number;
  /** Not in these countries (alpha-2), where the scenario would be implausible. */
  notIn?: readonly string[];
}

/** The scenarios of each category: data, in sample-data/scenarios.json, whose codes are checked as it loads. */
export const SCENARIOS = checkedScenarios(scenarios as unknown as Record<string, readonly Scenario[]>);

/** The codes of a scenario file are those of incident.ts: a misspelt one would make invalid sample rows. */
function checkedScenarios(all: Record<string, readonly Scenario[]>): Record<string, readonly Scenario[]> {
  const codes: [keyof Scenario, readonly string[]][] = [
    ['odihr', ['', ...ODIHR_TYPES]],
    ['target', TARGET_TYPES],
    ['perpetrator', ['', ...PERPETRATOR_TYPES]],
    ['source', SOURCE_TYPES],
  ];
  for (const [category, list] of Object.entries(all)) {
    for (const scenario of list) {
      for (const [field, allowed] of codes) {
        const wrong = (scenario[field] as Weighted<string>).find(([code]) => !allowed.includes(code));
        if (wrong) throw new Error(`scenarios.json: ${category} "${scenario.title.en}": ${field} "${wrong[0]}" is not one of ${allowed.join(', ')}`);
      }
    }
  }
  return all;
}

// ---------------------------------------------------------------------------------------------------------------
// Generation

export interface GenerateOptions {
  /** Number of rows; by default the year profile's count. */
  count?: number;
  /** PRNG seed; by default derived from the year. */
  seed?: number;
  /** Share of positive developments among all rows (waves included); 0.25 by default. */
  positiveShare?: number;
}

interface Draft {
  order: number;
  date: string;
  fields: Record<IncidentColumn, string>;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fill(template: string, lang: Language, place: City): string {
  const name = place[lang];
  const inPlace = lang === 'en' ? `in ${name}` : lang === 'fr' ? frenchIn(name) : `في ${name}`;
  return template
    .replaceAll('{in}', inPlace)
    .replaceAll('{of}', lang === 'fr' ? frenchOf(name) : inPlace)
    .replaceAll('{city}', name);
}

function verificationFor(rng: Random, source: SourceType): 'verified' | 'reported' {
  const p = { police: 0.9, member_state: 0.9, media: 0.55, ngo: 0.5, social_media: 0.2 }[source];
  return rng.chance(p) ? 'verified' : 'reported';
}

function coordinate(value: number, jitter: number): string {
  const s = (value + jitter).toFixed(4);
  return s === '-0.0000' ? '0.0000' : s;
}

/** What a row is about: a wave's (a spike of manifestations in some months and countries) or the year's usual mix. */
function drawSubject(
  rng: Random,
  profile: YearProfile,
  spikeTotal: number,
  positiveShare: number,
  monthWeights: Weighted<number>,
  byCode: ReadonlyMap<string, Country>,
): { polarity: Polarity; month: number; country: Country; category: string } {
  let r = rng.float();
  const spike = r < spikeTotal ? profile.spikes.find((s) => (r -= s.share) < 0) : undefined;
  if (spike) {
    const month = rng.pick(spike.months);
    const code = rng.pick(spike.countries);
    const country = byCode.get(code);
    if (!country) throw new Error(`wave names ${code}, which is not in the gazetteer`);
    return { polarity: 'negative', month, country, category: rng.pick(spike.categories) };
  }
  const polarity: Polarity = rng.chance(positiveShare) ? 'positive' : 'negative';
  const month = rng.weighted(monthWeights);
  const country = rng.weighted(GAZETTEER.map((c) => [c, c[polarity]] as const));
  return { polarity, month, country, category: rng.weighted(CATEGORY_WEIGHTS[polarity]) };
}

/** A day of the month and its precision: a scenario's weekday, a week's Monday (never before 1 January), a month's first. */
function drawDate(rng: Random, year: number, month: number, scenario: Scenario): { date: string; precision: string } {
  let date = new Date(Date.UTC(year, month - 1, rng.int(1, daysInMonth(year, month))));
  const precisionRoll = rng.float();
  let precision = precisionRoll < 0.05 ? 'week' : precisionRoll < 0.08 ? 'month' : 'day';
  if (scenario.weekday !== undefined) {
    precision = 'day';
    const back = (date.getUTCDay() - scenario.weekday + 7) % 7;
    const moved = new Date(date.getTime() - back * 86_400_000);
    date = moved.getUTCMonth() === month - 1 ? moved : new Date(moved.getTime() + 7 * 86_400_000);
  }
  if (precision === 'week') {
    const back = (date.getUTCDay() + 6) % 7;
    const monday = new Date(date.getTime() - back * 86_400_000);
    date = monday.getUTCFullYear() === year ? monday : new Date(Date.UTC(year, 0, 1));
  } else if (precision === 'month') {
    date = new Date(Date.UTC(year, month - 1, 1));
  }
  return { date: isoDay(date), precision };
}

/** Ids in date order; the sort is stable, so rows of the same day keep the order they were drawn in. */
function numbered(drafts: Draft[], year: number): string[][] {
  drafts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return drafts.map((draft, i) => {
    const id = `SAMPLE-${year}-${pad(i + 1, 6)}`;
    const fields = { ...draft.fields, id };
    if (fields.source_url !== '') fields.source_url = `https://example.org/illustrative/${year}/${id}`;
    return INCIDENT_COLUMNS.map((column) => fields[column]);
  });
}

/**
 * The data rows (no header) of an illustrative incident file for `year`, in INCIDENT_COLUMNS order, sorted by date,
 * with ids SAMPLE-<year>-000001… in that order. Pure and deterministic: same year and options, same rows.
 */
export function generateIncidents(year: number, options: GenerateOptions = {}): string[][] {
  const rng = new Random(mulberry32(options.seed ?? seedForYear(year)));
  const profile = YEAR_PROFILES[year] ?? DEFAULT_PROFILE;
  const count = options.count ?? profile.count;
  const spikeTotal = profile.spikes.reduce((sum, s) => sum + s.share, 0);
  // Waves are all manifestations: raise the positive share of the other rows so the whole comes to positiveShare.
  const positiveShare = Math.min(1, (options.positiveShare ?? 0.25) / (1 - spikeTotal));
  const monthWeights: Weighted<number> = profile.months.map((w, i) => [i + 1, w] as const);
  const byCode = new Map(GAZETTEER.map((c) => [c.alpha2, c]));

  const drafts: Draft[] = [];
  for (let order = 0; order < count; order++) {
    const { polarity, month, country, category } = drawSubject(rng, profile, spikeTotal, positiveShare, monthWeights, byCode);

    const all = SCENARIOS[category];
    if (!all) throw new Error(`no scenarios for category ${category}`);
    const fitting = all.filter(
      (s) => !s.notIn?.includes(country.alpha2) && (!s.months || s.months.includes(month)),
    );
    const candidates = fitting.length > 0 ? fitting : all;
    const scenario = rng.weighted(candidates.map((s) => [s, s.weight ?? 1] as const));
    const place = rng.weighted(country.cities.map((c) => [c, c.weight] as const));

    const { date, precision } = drawDate(rng, year, month, scenario);

    // Country code: ISO alpha-2, a few alpha-3 to exercise normalisation.
    const countryCode = rng.chance(0.03) ? country.alpha3 : country.alpha2;

    const withCoordinates = rng.chance(0.9);
    const latJitter = (rng.float() - 0.5) * 0.06;
    const lonJitter = (rng.float() - 0.5) * 0.06;

    const source = rng.weighted(scenario.source);
    const victims = scenario.victims ? String(rng.int(scenario.victims[0], scenario.victims[1])) : '';
    const injured =
      scenario.injured && rng.chance(scenario.injured[0])
        ? String(rng.int(scenario.injured[1], scenario.injured[2]))
        : '';
    const killed = scenario.killed !== undefined ? String(scenario.killed) : '';

    const frenchMissing = rng.chance(0.03);
    const arabicSummaryMissing = rng.chance(0.02);
    const urlMissing = rng.chance(0.05);

    drafts.push({
      order,
      date,
      fields: {
        id: '',
        polarity,
        date,
        date_precision: precision,
        country: countryCode,
        admin1: place.admin1,
        location: place.en,
        location_ar: place.ar,
        location_fr: place.fr,
        latitude: withCoordinates ? coordinate(place.lat, latJitter) : '',
        longitude: withCoordinates ? coordinate(place.lon, lonJitter) : '',
        category,
        odihr_type: rng.weighted(scenario.odihr),
        target_type: rng.weighted(scenario.target),
        victims,
        injured,
        killed,
        perpetrator_type: rng.weighted(scenario.perpetrator),
        source_name: SAMPLE_SOURCE_NAME,
        source_url: urlMissing ? '' : 'pending',
        source_type: source,
        verification: verificationFor(rng, source),
        title_ar: fill(scenario.title.ar, 'ar', place),
        title_en: fill(scenario.title.en, 'en', place),
        title_fr: frenchMissing ? '' : fill(scenario.title.fr, 'fr', place),
        summary_ar: arabicSummaryMissing ? '' : fill(scenario.summary.ar, 'ar', place),
        summary_en: fill(scenario.summary.en, 'en', place),
        summary_fr: frenchMissing ? '' : fill(scenario.summary.fr, 'fr', place),
      },
    });
  }

  return numbered(drafts, year);
}

/** The whole file for `year`: header row and data rows, CSV quoted as needed, LF line endings, no BOM. */
export function generateIncidentsCsv(year: number, options: GenerateOptions = {}): string {
  const rows = generateIncidents(year, options);
  return stringify([[...INCIDENT_COLUMNS], ...rows], { record_delimiter: 'unix', bom: false });
}

/** Where the file for `year` lives, relative to the repository root. */
export function incidentsPath(root: string, year: number): string {
  return resolve(root, 'data', String(year), 'incidents.csv');
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (const year of SAMPLE_YEARS) {
    const path = incidentsPath(root, year);
    const rows = generateIncidents(year);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, generateIncidentsCsv(year), 'utf8');
    const positive = rows.filter((r) => r[1] === 'positive').length;
    console.log(`${path}: ${rows.length} rows (${rows.length - positive} negative, ${positive} positive)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
