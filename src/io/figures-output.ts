// The figures and charts of an edition as files for reuse, beside the PDFs:
//   out/<year>/figures.json, out/<year>/tables/*.csv,
//   out/<year>/charts/<id>-<lang>.svg and .png (300 dpi at the printed width),
//   out/<year>/incident-index.csv (each incident's id, what it is counted by and a digest: what `diff` compares).
// Charts come through the renderer's cache, so a rebuild with unchanged figures draws nothing.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ChartSpec } from '../core/charts.js';
import type { Edition } from '../core/edition.js';
import { figureTables, figuresJson, tableCsv } from '../core/figure-tables.js';
import type { Figures } from '../core/figures.js';
import { INDEX_COLUMNS, indexIncidents } from '../core/figures-diff.js';
import type { Incident, Language } from '../core/incident.js';
import type { Reference } from '../core/reference.js';
import { spreadsheetSafe } from '../core/text-safety.js';
import type { ChartRenderer } from './charts.js';
import { writeOutput } from './output.js';

export interface FiguresOutput {
  outDir: string;
  edition: Edition;
  reference: Reference;
  figures: Figures;
  previous?: Figures;
  /** The chart specs of each language, as the report has them: neither catalogs nor specs are made twice. */
  charts: readonly { lang: Language; specs: readonly ChartSpec[] }[];
  renderer: ChartRenderer;
  /** The accepted incidents, for the index `oic-report diff` compares a later build with. */
  incidents?: readonly Incident[];
}

export interface FiguresWritten {
  files: { path: string; bytes: number; sha256: string }[];
  /** Chart files (SVG and PNG) that had to be drawn; the others came from the cache. */
  drawn: number;
}

export async function writeFiguresOutput(input: FiguresOutput): Promise<FiguresWritten> {
  const { outDir, edition, reference, figures, previous } = input;
  const files: FiguresWritten['files'] = [];
  const write = async (path: string, data: string | Uint8Array) => {
    await writeOutput(path, data);
    files.push({ path, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length, sha256: createHash('sha256').update(data).digest('hex') });
  };
  await write(join(outDir, 'figures.json'), figuresJson(edition, figures, previous));
  if (input.incidents) await write(join(outDir, INDEX_FILE), incidentIndexCsv(input.incidents));
  for (const table of figureTables(figures, reference, previous)) await write(join(outDir, 'tables', table.name), tableCsv(table));

  let drawn = 0;
  for (const { lang, specs } of input.charts) {
    for (const spec of specs) {
      const svg = await input.renderer.render(spec);
      const png = await input.renderer.renderPng(spec);
      drawn += Number(!svg.cached) + Number(!png.cached);
      await write(join(outDir, 'charts', `${spec.id}-${lang}.svg`), svg.svg);
      await write(join(outDir, 'charts', `${spec.id}-${lang}.png`), png.png);
    }
  }
  return { files, drawn };
}

/** Beside figures.json: what `oic-report diff` reads of a build to tell incidents apart. */
export const INDEX_FILE = 'incident-index.csv';

/** A digest of an incident's every field, so that a change of title or source is seen as a change too. */
export function incidentDigest(incident: Incident): string {
  return createHash('sha256').update(JSON.stringify(Object.entries(incident).sort(([a], [b]) => a.localeCompare(b)))).digest('hex').slice(0, 16);
}

export function incidentIndexCsv(incidents: readonly Incident[]): string {
  // Ids are the data's own: one starting with = must not open as a formula (diff reads it back with spreadsheetText).
  const field = (raw: string) => {
    const v = spreadsheetSafe(raw);
    return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const rows = indexIncidents(incidents, incidentDigest).map((i) => INDEX_COLUMNS.map((c) => field(i[c])).join(','));
  return `${[INDEX_COLUMNS.join(','), ...rows].join('\n')}\n`;
}
