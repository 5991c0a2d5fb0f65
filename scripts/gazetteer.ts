// Place names for the ILLUSTRATIVE sample data of generate-sample-data.ts: about thirty countries across every
// region of data/reference/regions.json, 1–4 cities each, with names in Arabic, English and French, the first-level
// administrative division (in English or the local romanised form) and approximate WGS84 coordinates of the city
// centre. The Arabic and French names are the forms the press uses (كولونيا, ميونخ as in مؤتمر ميونخ للأمن; La Haye,
// Anvers), not transliterations: they fill location_ar and location_fr, which the annexes print. Weights say how
// often a country appears, roughly in the proportions of the Observatory's monitoring (Europe, North America and
// India heavy); they are invented for the sample and measure nothing.
import places from './sample-data/gazetteer.json' with { type: 'json' };

export interface City {
  en: string;
  fr: string;
  ar: string;
  admin1: string;
  lat: number;
  lon: number;
  /** Relative weight of the city within its country. */
  weight: number;
}

export interface Country {
  alpha2: string;
  alpha3: string;
  /** Relative weight among manifestations (negative rows). */
  negative: number;
  /** Relative weight among positive developments. */
  positive: number;
  cities: readonly City[];
}

/** The places, in gazetteer.json: data, edited as data. */
export const GAZETTEER: readonly Country[] = places;

/** "à Lyon", "au Cap", "à La Haye". */
export function frenchIn(name: string): string {
  return name.startsWith('Le ') ? `au ${name.slice(3)}` : `à ${name}`;
}

/** "de Lyon", "d’Anvers", "du Cap", "de La Haye" (typographic apostrophe, as in the templates). */
export function frenchOf(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  return /^[AEIOUÉÈ]/.test(name) ? `d’${name}` : `de ${name}`;
}
