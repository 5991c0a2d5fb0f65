// Reading PDFs back the way a reader's tools do: poppler's pdftotext and pdfinfo.
import { execFileSync } from 'node:child_process';

/** The PDF's text in logical order, without the direction marks pdftotext wraps Arabic in, spaces folded. */
export function pdfText(path: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  const text = execFileSync('pdftotext', [...range, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
}

export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Arabic-Indic digits with the Arabic thousands separator, written out by hand (not with Intl). */
export function arabicIndic(n: number): string {
  const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '٬');
  return grouped.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
}

/** Without any white space: pdftotext drops or adds spaces where Arabic meets digits. */
export const compact = (text: string) => text.replace(/\s+/g, '');
