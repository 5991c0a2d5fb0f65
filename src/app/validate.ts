// `validate`: every row of an edition's data checked and counted, nothing built and no incident kept. The same
// loading as the build (loadEdition), so the two can never disagree about a row.
import type { Figures } from '../core/figures.js';
import type { Problem, ValidationResult } from '../core/validate.js';
import { loadEdition } from './load-edition.js';
import type { ProjectOptions } from './options.js';
import type { ProgressListener } from './progress.js';

export interface ValidateOptions extends Pick<ProjectOptions, 'data' | 'encoding' | 'threads'> {
  year: number;
  /** At most this many problems of each kind are kept; every one is counted. */
  maxProblemsPerKind?: number;
  onProgress?: ProgressListener;
}

export interface FileReport {
  file: string;
  encoding?: string;
  bytes: number;
  /** Threads that read the file. */
  threads: number;
  result: ValidationResult;
  figures: Figures;
}

export interface ValidateResult {
  year: number;
  files: FileReport[];
  /** Errors in all files: each rejects its row. */
  errors: number;
  /** Warnings of the edition beyond its data files: narrative chapters not written, unknown narrative files. */
  edition: Problem[];
}

export async function validateEdition(options: ValidateOptions): Promise<ValidateResult> {
  const loaded = await loadEdition({
    year: options.year,
    ...(options.data ? { data: options.data } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.threads ? { threads: options.threads } : {}),
    ...(options.maxProblemsPerKind !== undefined ? { maxProblemsPerKind: options.maxProblemsPerKind } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    previous: false,
  });
  const { data } = loaded;
  const file: FileReport = {
    file: data.file,
    ...(data.encoding ? { encoding: data.encoding } : {}),
    bytes: data.bytes,
    threads: data.threads,
    result: data.result,
    figures: loaded.figures,
  };
  const edition = loaded.warnings.filter((p) => p.file !== data.file);
  return { year: options.year, files: [file], errors: data.result.errors, edition };
}
