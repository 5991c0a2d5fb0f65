// Labels, in the OIC's three languages, of the codes that incident.ts defines and no reference table labels
// yet: the report does not print them, but editors and translators filling a row need to know what each means.
// Typed by the enums, so a code added to incident.ts does not compile until value-labels.json has its labels.
import labels from './value-labels.json' with { type: 'json' };
import type { DATE_PRECISIONS, Language, ODIHR_TYPES, PERPETRATOR_TYPES, POLARITIES, VERIFICATIONS } from '../incident.js';

export type Labels = Record<Language, string>;
type LabelsOf<T extends readonly string[]> = Record<T[number], Labels>;

/** The labels live in value-labels.json, beside this file, for translators; this type checks that no code lacks them. */
export const VALUE_LABELS: {
  polarity: LabelsOf<typeof POLARITIES>;
  date_precision: LabelsOf<typeof DATE_PRECISIONS>;
  odihr_type: LabelsOf<typeof ODIHR_TYPES>;
  perpetrator_type: LabelsOf<typeof PERPETRATOR_TYPES>;
  verification: LabelsOf<typeof VERIFICATIONS>;
} = labels;
