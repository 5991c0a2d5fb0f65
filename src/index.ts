// The library: what the oic-report command is made of, for scripts and other Node projects. Every function
// takes typed options and returns a typed result; none prints, exits or reads process.argv. Progress comes as
// typed events (onProgress), failures as UserError (with an exit code and a hint) or TemplateError.
export { buildReport, reportFileName, type BuildOptions, type BuildOutput, type BuildResult } from './app/build.js';
export { BUILD_FORMATS, DEFAULT_FORMATS, type BuildFormat } from './app/build-formats.js';
export { loadEdition, openEdition, type EditionData, type LoadEditionOptions, type LoadedEdition, type OpenedEdition } from './app/load-edition.js';
export { projectOptionsSchema, type ProjectOptions } from './app/options.js';
export type { ProgressEvent, ProgressListener, Stage } from './app/progress.js';
export { diffEdition, type DiffOptions, type DiffResult } from './app/diff.js';
export { checkProject, type CheckOptions, type CheckResult } from './app/check.js';
export { validateEdition, type FileReport, type ValidateOptions, type ValidateResult } from './app/validate.js';
export {
  startPreview,
  DEFAULT_PREVIEW_PORT,
  type PreviewChange,
  type PreviewEvents,
  type PreviewFailure,
  type PreviewHandle,
  type PreviewOptions,
  type PreviewPdf,
  type PreviewReloaded,
} from './app/preview.js';
export { importSource, type ImportOptions, type ImportResult } from './app/import.js';
export { newEdition, type EditionSource, type NewEditionOptions, type NewEditionResult } from './app/new-edition.js';
export { EXIT, TemplateError, UserError, type ExitCode, type SourcePosition } from './errors.js';
export type { Edition, EditionField } from './core/edition.js';
export type { Figures } from './core/figures.js';
export type { Incident, Language } from './core/incident.js';
export type { Problem } from './core/validate.js';
