// The rules of a row as a whole: its country and region in the reference tables, its category for its polarity,
// its date within the edition's period, and the summaries an editor should fill. Each rule returns what is wrong
// (a message, and the likely value meant), or nothing.
import { LANGUAGES, type Incident, type IncidentColumn, type Language } from '../incident.js';
import type { Edition } from '../edition.js';
import { nearestCode, type Reference } from '../reference.js';

export interface Finding {
  severity: 'error' | 'warning';
  field: IncidentColumn | undefined;
  kind: string;
  message: string;
  suggestion?: string;
}

/** The country code of a country column's value and its region, or why there is none. */
export function countryRule(reference: Reference, value: string): { country?: string; region?: string; error?: Finding } {
  const country = reference.countryCode(value);
  if (!country) {
    const near = reference.suggestCountry(value);
    const message = near
      ? `is not an ISO 3166-1 alpha-2 or alpha-3 country code; did you mean "${near}" (${reference.countryName(near, 'en')})?`
      : 'is not an ISO 3166-1 alpha-2 or alpha-3 country code (e.g. FR or FRA)';
    return { error: { severity: 'error', field: 'country', kind: 'country', message, ...(near ? { suggestion: near } : {}) } };
  }
  const region = reference.regionOf(country);
  if (!region) return { country, error: { severity: 'error', field: 'country', kind: 'country', message: 'has no region in data/reference/regions.json' } };
  return { country, region };
}

/** A category that is not one of its polarity's, with the likely one meant. */
export function categoryRule(reference: Reference, polarity: Incident['polarity'], category: string): Finding | undefined {
  const categories = reference.categories[polarity];
  if (categories.some((c) => c.code === category)) return undefined;
  const other = polarity === 'negative' ? 'positive' : 'negative';
  const codes = categories.map((c) => c.code);
  const near = nearestCode(category, codes);
  const message = reference.categories[other].some((c) => c.code === category)
    ? `is a ${other} category, but the row's polarity is ${polarity}; fix one or the other (${polarity} categories: ${codes.join(', ')})`
    : near
      ? `is not a ${polarity} category; did you mean "${near}"? (use one of: ${codes.join(', ')})`
      : `is not a ${polarity} category; use one of: ${codes.join(', ')}`;
  return { severity: 'error', field: 'category', kind: 'category', message, ...(near ? { suggestion: near } : {}) };
}

/** A date outside the edition's period (an error), or after today (a warning: the year is likely wrong). */
export function dateRule(period: Edition['period'], today: string, date: string): Finding | undefined {
  const { start, end } = period;
  if (date < start || date > end) {
    return { severity: 'error', field: 'date', kind: 'outside_period', message: `is outside the edition's period, ${start} to ${end}` };
  }
  if (date > today) {
    return { severity: 'warning', field: 'date', kind: 'future_date', message: `is in the future (today is ${today}); check the year` };
  }
  return undefined;
}

const LANGUAGE_NAMES = { ar: 'Arabic', en: 'English', fr: 'French' } as const;

/** The summaries missing from a usable row, by language, as one warning. */
export function summaryRule(missing: readonly Language[]): Finding | undefined {
  if (missing.length === 0) return undefined;
  if (missing.length === LANGUAGES.length) {
    return { severity: 'warning', field: undefined, kind: 'missing_summary', message: 'has no summary in any language (summary_ar, summary_en, summary_fr)' };
  }
  return {
    severity: 'warning',
    field: `summary_${missing[0]!}`,
    kind: 'missing_summary',
    message: `is empty: the summary is missing in ${missing.map((l) => LANGUAGE_NAMES[l]).join(' and ')}`,
  };
}
