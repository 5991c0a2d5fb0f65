// Colours, fonts and the canvas width that every chart of the report shares.
import type { Language } from '../incident.js';

// Dark red against light blue: told apart in grey-scale print and by colour-blind readers alike. The
// previous period is a mid grey, drawn dashed or behind. `sequence` (viridis) runs from dark to light with
// even steps of lightness, for charts with many series: stacked segments and doughnut slices.
export const PALETTE = {
  negative: '#9e1b32',
  positive: '#6baed6',
  previous: '#969696',
  grid: '#d9d9d9',
  text: '#222222',
  sequence: ['#440154', '#46327e', '#365c8d', '#277f8e', '#1fa187', '#4ac16d', '#a0da39', '#fde725'],
} as const;

/** `n` colours of the sequence, spread from its darkest to its lightest. */
export function sequence(n: number): string[] {
  const s = PALETTE.sequence;
  if (n <= 1) return [s[0]];
  return Array.from({ length: n }, (_, i) => s[Math.round((i * (s.length - 1)) / (n - 1))] ?? s[0]);
}

// Arabic charts in Amiri, as the Arabic pages around them, so a number reads the same in chart and text.
export const CHART_FONTS: Record<Language, string> = {
  ar: "'Amiri', 'Noto Sans'",
  en: "'Noto Sans'",
  fr: "'Noto Sans'",
};

/** Canvas width in CSS pixels; the PDF prints charts about 170 mm wide, so 16 px type prints at about 8.5 pt. */
export const WIDTH = 900;
