// What a final build needs beyond valid data: every field of edition.json filled in (its `toFill` empty) and
// no narrative stub. A draft builds without; loadEdition reports what is missing as warnings, which build and
// validate print.
import { join } from 'node:path';
import { toFillMessage, type Edition } from '../core/edition.js';
import { STUB_MARKER } from '../core/stub.js';
import type { Problem } from '../core/validate.js';
import { EXIT, UserError } from '../errors.js';
import type { NarrativeStub } from '../io/narrative.js';
import { displayPath } from '../io/paths.js';

/** The fields still to fill, as a warning of edition.json; none when every field is filled. */
export function toFillProblems(edition: Edition, editionDir: string): Problem[] {
  const message = toFillMessage(edition);
  return message ? [{ severity: 'warning', kind: 'to_fill', file: displayPath(join(editionDir, 'edition.json')), message }] : [];
}

export function refuseFieldsToFill(edition: Edition, editionDir: string): void {
  const [problem] = toFillProblems(edition, editionDir);
  if (!problem) return;
  throw new UserError(
    `${problem.file}: ${problem.message}`,
    EXIT.invalidData,
    `A final build needs them filled; meanwhile, oic-report build ${edition.year} --draft builds a draft.`,
  );
}

export function refuseStubs(stubs: readonly NarrativeStub[], year: number): void {
  if (stubs.length === 0) return;
  throw new UserError(
    `${stubs.length === 1 ? 'a narrative chapter is a stub' : `${stubs.length} narrative chapters are stubs`}, not written yet; no report was written`,
    EXIT.invalidData,
    `Write each chapter over its stub (deleting the first line, ${STUB_MARKER}), or build ${year} --allow-stubs to leave them out.`,
    stubs.map((s) => `${s.file}: the ${s.section} chapter of the ${s.lang} edition`),
  );
}
