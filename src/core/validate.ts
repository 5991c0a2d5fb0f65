// Validation of incident rows, its public face: the modules of validation/ by domain (the problems and their
// accounting, the rules of one value, of a row, duplicates, the validator, merging the parts of a file).
import type { CsvRecord } from './csv.js';
import type { Edition } from './edition.js';
import { INCIDENT_COLUMNS } from './incident.js';
import type { Reference } from './reference.js';
import type { SourceRow, ValidationResult } from './validation/problems.js';
import { IncidentValidator, type ValidateOptions } from './validation/validator.js';
export {
  fieldCountProblem,
  formatProblem,
  type Problem,
  type ProblemCount,
  type ProblemLimits,
  type RejectedRow,
  type SourceRow,
  type ValidationResult,
} from './validation/problems.js';
export { incidentOf } from './validation/incident-values.js';
export { mergeResults } from './validation/merge.js';
export { IncidentValidator, type ValidateOptions } from './validation/validator.js';
export { checkColumns, HEADER_ERROR_KINDS, unusableReason } from './header-check.js';

/** Validates rows from an array or any iterable (tests, small files). */
export function validateIncidents(
  file: string,
  rows: Iterable<SourceRow>,
  edition: Edition,
  reference: Reference,
  options: ValidateOptions & { columns?: readonly string[] } = {},
): ValidationResult {
  const validator = new IncidentValidator(file, options.columns ?? INCIDENT_COLUMNS, edition, reference, options);
  for (const row of rows) validator.add(row);
  return validator.finish();
}

/**
 * Validates records as they stream from a file, in batches (one per chunk of text read: a million rows handed
 * over one at a time through an async iterator would cost a promise each); memory holds only what `options`
 * asks to keep.
 */
export async function validateIncidentStream(
  file: string,
  columns: readonly string[],
  batches: AsyncIterable<readonly CsvRecord[]>,
  edition: Edition,
  reference: Reference,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const validator = new IncidentValidator(file, columns, edition, reference, options);
  for await (const batch of batches) for (const record of batch) validator.addRecord(record);
  return validator.finish();
}
