// The targets' files written out, each with what --json reports of it: path, language, pages, size, SHA-256.
// The PDFs are written only once every language has printed, so a failed build leaves no PDF of its own.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ReportTemplate } from '../../core/html.js';
import { buildReportView } from '../../core/view-model.js';
import type { ChartRenderer } from '../../io/charts.js';
import { writeFiguresOutput } from '../../io/figures-output.js';
import { writeHtmlAssets, writeHtmlPage } from '../../io/html-edition.js';
import { writeOutput } from '../../io/output.js';
import type { BuildFormat } from '../build-formats.js';
import type { LanguageEdition } from '../edition-view.js';
import type { LoadedEdition } from '../load-edition.js';
import type { PrintedEdition } from './pdf.js';

export interface BuildOutput {
  format: BuildFormat;
  /** The language of a PDF or HTML file. */
  lang?: LanguageEdition['lang'];
  path: string;
  /** Pages of a PDF. */
  pages?: number;
  bytes: number;
  sha256: string;
}

export function reportFileName(year: number, lang: LanguageEdition['lang']): string {
  return `oic-islamophobia-report-${year}-${lang}.pdf`;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const size = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.byteLength(data) : data.length);

export async function writePdfs(outDir: string, year: number, editions: readonly LanguageEdition[], printed: readonly PrintedEdition[]): Promise<BuildOutput[]> {
  const outputs: BuildOutput[] = [];
  for (const [i, e] of editions.entries()) {
    const pdf = printed[i]!;
    const path = join(outDir, reportFileName(year, e.lang));
    await writeOutput(path, pdf.bytes);
    outputs.push({ format: 'pdf', lang: e.lang, path, pages: pdf.pages, bytes: pdf.bytes.length, sha256: sha256(pdf.bytes) });
  }
  return outputs;
}

/** The HTML edition: the very HTML of the PDF when there is one, else the report as a screen shows it (no pages). */
export async function writeHtml(
  dir: string,
  assets: { stylesheet: string; fontsDir: string },
  year: number,
  editions: readonly LanguageEdition[],
  template: ReportTemplate,
  printed?: readonly PrintedEdition[],
): Promise<BuildOutput[]> {
  await writeHtmlAssets(dir, assets.stylesheet, assets.fontsDir);
  const outputs: BuildOutput[] = [];
  for (const [i, e] of editions.entries()) {
    const html = printed?.[i]?.html ?? template.render(buildReportView(e.input));
    const path = await writeHtmlPage(dir, year, e.lang, html);
    outputs.push({ format: 'html', lang: e.lang, path, bytes: size(html), sha256: sha256(html) });
  }
  return outputs;
}

export async function writeFigures(outDir: string, loaded: LoadedEdition, editions: readonly LanguageEdition[], renderer: ChartRenderer): Promise<BuildOutput[]> {
  const written = await writeFiguresOutput({
    outDir,
    edition: loaded.edition,
    reference: loaded.reference,
    figures: loaded.figures,
    ...(loaded.previous ? { previous: loaded.previous.figures } : {}),
    charts: editions.map((e) => ({ lang: e.lang, specs: e.specs })),
    renderer,
    incidents: loaded.data.result.incidents,
  });
  return written.files.map((file) => ({ format: 'figures' as const, path: file.path, bytes: file.bytes, sha256: file.sha256 }));
}
