// A row's values by column number, and the incident made of them.
import { INCIDENT_COLUMNS, LANGUAGES, type Incident, type IncidentColumn, type IncidentRow } from '../incident.js';

const index = (column: IncidentColumn) => INCIDENT_COLUMNS.indexOf(column);
/** The column numbers the row rules read. */
export const AT = {
  id: index('id'),
  date: index('date'),
  country: index('country'),
  category: index('category'),
  polarity: index('polarity'),
  title_en: index('title_en'),
  source_url: index('source_url'),
};
export const SUMMARY_AT = LANGUAGES.map((l) => index(`summary_${l}`));

/** A row's values in the order of INCIDENT_COLUMNS, each of its column's type. */
type ValuesOf<T extends readonly IncidentColumn[]> = { -readonly [K in keyof T]: IncidentRow[T[K] & IncidentColumn] };
type IncidentValues = ValuesOf<typeof INCIDENT_COLUMNS>;

/**
 * The incident of a row's values (in the order of INCIDENT_COLUMNS), written as one object literal: V8 makes
 * it in one step with a fixed shape, where setting 28 properties by name one after the other took several
 * times longer (1M rows: 0.2 s against 0.9 s).
 */
export function incidentOf(values: readonly unknown[], country: string, region: string): Incident {
  const v = values as unknown as IncidentValues;
  return {
    id: v[0],
    polarity: v[1],
    date: v[2],
    date_precision: v[3],
    country,
    admin1: v[5],
    location: v[6],
    location_ar: v[7],
    location_fr: v[8],
    latitude: v[9],
    longitude: v[10],
    category: v[11],
    odihr_type: v[12],
    target_type: v[13],
    victims: v[14],
    injured: v[15],
    killed: v[16],
    perpetrator_type: v[17],
    source_name: v[18],
    source_url: v[19],
    source_type: v[20],
    verification: v[21],
    title_ar: v[22],
    title_en: v[23],
    title_fr: v[24],
    summary_ar: v[25],
    summary_en: v[26],
    summary_fr: v[27],
    region,
  };
}
