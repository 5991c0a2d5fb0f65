// The HTML edition as a folder that opens in any browser, and the folder Chromium prints from: the report's
// HTML files side by side, the style sheet in assets/ and the fonts it names in fonts/ (report.css finds them
// at ../fonts/). Charts are inside the HTML already. Printing from this very folder is what makes the HTML
// edition the exact HTML the PDF was printed from.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../core/incident.js';
import { writeOutput } from './output.js';

/** Where the HTML finds its style sheet, relative to itself. */
export const STYLESHEET_HREF = 'assets/report.css';

export function htmlFileName(year: number, lang: Language): string {
  return `oic-islamophobia-report-${year}-${lang}.html`;
}

/** Writes the style sheet and fonts into `dir`; the HTML files are written beside them by writeHtmlPage. */
export async function writeHtmlAssets(dir: string, stylesheet: string, fontsDir: string): Promise<string[]> {
  const written: string[] = [];
  const copy = async (from: string, to: string) => {
    await writeOutput(to, await readFile(from));
    written.push(to);
  };
  await copy(stylesheet, join(dir, STYLESHEET_HREF));
  for (const name of (await readdir(fontsDir)).filter((f) => /\.(ttf|otf|woff2?)$/i.test(f) || f === 'OFL.txt').sort()) {
    await copy(join(fontsDir, name), join(dir, 'fonts', name));
  }
  return written;
}

export async function writeHtmlPage(dir: string, year: number, lang: Language, html: string): Promise<string> {
  const path = join(dir, htmlFileName(year, lang));
  await writeOutput(path, html);
  return path;
}
