// `build --json`: one JSON document on stdout for CI, the same conventions as `validate --format json` (edition,
// ok, and on failure what went wrong): every file written with its SHA-256, the key figures, the warnings, the data
// fingerprint and the time of each stage. Its shape is this schema, which a test holds the output to.
import { z } from 'zod';
import type { BuildResult } from '../app/build.js';
import type { UserError } from '../errors.js';

const problem = z.object({ severity: z.enum(['error', 'warning']), kind: z.string(), file: z.string(), message: z.string() }).passthrough();

export const buildJsonSchema = z.strictObject({
  edition: z.number().int(),
  ok: z.literal(true),
  outDir: z.string(),
  outputs: z.array(
    z.strictObject({
      format: z.enum(['pdf', 'html', 'figures']),
      lang: z.string().nullable(),
      path: z.string(),
      pages: z.number().int().positive().nullable(),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  data: z.strictObject({
    file: z.string(),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    rowsRead: z.number().int(),
    rowsAccepted: z.number().int(),
    rowsRejected: z.number().int(),
    rejectedFile: z.string().nullable(),
  }),
  figures: z.strictObject({
    negative: z.number().int(),
    positive: z.number().int(),
    countries: z.number().int(),
    byRegion: z.array(z.strictObject({ region: z.string(), negative: z.number().int(), positive: z.number().int() })),
  }),
  warnings: z.strictObject({ count: z.number().int(), problems: z.array(problem) }),
  timings: z.record(z.string(), z.number()),
});

export const buildFailureSchema = z.strictObject({
  edition: z.number().int(),
  ok: z.literal(false),
  error: z.strictObject({ message: z.string(), details: z.array(z.string()), hint: z.string().nullable(), exitCode: z.number().int() }),
});

/** Warnings listed in the JSON; all are counted. */
const WARNINGS_LISTED = 100;

export function buildJson(result: BuildResult): string {
  const { data, figures } = result;
  const document: z.input<typeof buildJsonSchema> = {
    edition: result.edition.year,
    ok: true,
    outDir: result.outDir,
    outputs: result.outputs.map((o) => ({ format: o.format, lang: o.lang ?? null, path: o.path, pages: o.pages ?? null, bytes: o.bytes, sha256: o.sha256 })),
    data: {
      file: data.name,
      fingerprint: data.fingerprint,
      rowsRead: data.result.rowsRead,
      rowsAccepted: data.result.rowsAccepted,
      rowsRejected: data.result.rowsRejected,
      rejectedFile: result.rejectedFile ?? null,
    },
    figures: { negative: figures.totals.negative, positive: figures.totals.positive, countries: figures.countries, byRegion: figures.byRegion },
    warnings: { count: result.warnings.length, problems: result.warnings.slice(0, WARNINGS_LISTED).map((p) => ({ ...p })) },
    timings: result.timings,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function buildFailureJson(year: number, error: UserError): string {
  const document: z.input<typeof buildFailureSchema> = {
    edition: year,
    ok: false,
    error: { message: error.message, details: [...error.details], hint: error.hint ?? null, exitCode: error.exitCode },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
