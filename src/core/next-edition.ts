// The description of a new edition, made from the previous one's: what can be computed is carried forward (the
// number, the period, the CFM session), what only the editors know is kept as a starting point and marked
// in `toFill`, since a copied value validates and cannot say by itself that it is stale.
import { EDITION_FIELDS, type Edition, type EditionField } from './edition.js';

export type Period = Edition['period'];

/** The next CFM's city and dates and the symbol the OIC gives the document: new for every edition. */
export const FIELDS_OF_EACH_EDITION: readonly EditionField[] = ['cfm.city', 'cfm.start', 'cfm.end', 'documentSymbol'];

/**
 * The period after `period`, starting the day after it ends. A period of whole months (a calendar year, CFM to
 * CFM on the same day of the month) stays one of as many months; any other keeps its number of days.
 */
export function advancePeriod(period: Period): Period {
  const start = addDays(period.end, 1);
  const months = monthsBetween(period.start, start);
  if (months !== undefined) return { start, end: addDays(addMonths(start, months), -1) };
  return { start, end: addDays(start, daysBetween(period.start, period.end)) };
}

/** Edition `year`'s description from `previous` as its file is written (key order and publication choices kept). */
export function nextEditionDescription(previous: Edition, written: Record<string, unknown>, year: number): Record<string, unknown> {
  const steps = year - previous.year;
  let period = previous.period;
  for (let i = 0; i < steps; i++) period = advancePeriod(period);
  // A field the previous edition still had to fill stays to fill.
  const toFill = EDITION_FIELDS.filter((f) => FIELDS_OF_EACH_EDITION.includes(f) || previous.toFill.includes(f));
  const marks = { toFill, toFillFrom: previous.year };
  // The marks first, where the editor opening the file sees them; the rest in the previous file's order.
  // The date of issue is the new report's own: left out, the build gives its day.
  const { issued: _issued, ...kept } = written;
  return Object.assign({ year }, marks, kept, {
    year,
    number: previous.number + steps,
    period,
    cfm: { ...(written.cfm as Record<string, unknown>), session: previous.cfm.session + steps },
    ...marks,
  });
}

/** A first edition's description: every value a placeholder that validates, every field marked. */
export function templateEdition(year: number): Record<string, unknown> {
  return {
    year,
    toFill: [...EDITION_FIELDS],
    toFillFrom: 'template',
    number: 1,
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
    // Placeholders a draft prints visibly on its cover.
    cfm: { session: 1, city: { ar: '[مدينة الدورة]', en: '[CFM city]', fr: '[ville de la session]' }, start: `${year + 1}-01-01`, end: `${year + 1}-01-02` },
    documentSymbol: '[document symbol]',
    originalLanguage: 'en',
    languages: ['ar', 'en'],
    arabicDigits: 'arab',
  };
}

const DAY = 86_400_000;
const parse = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => format(parse(iso) + days * DAY);
const daysBetween = (from: string, to: string) => Math.round((parse(to) - parse(from)) / DAY);

/** The same day `months` later, or the month's last day when it has no such day (31 January + 1 month). */
function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

/** How many whole months from `from` to `to`, when `to` is exactly that many months on. */
function monthsBetween(from: string, to: string): number | undefined {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  return months >= 1 && addMonths(from, months) === to ? months : undefined;
}
