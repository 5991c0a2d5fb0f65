// Counting what cairo drew in a chart's SVG. Cairo writes every filled shape as a <path> whose style names
// its fill as rgb(r%,g%,b%); a chart's series each have their own colour, so counting the paths filled with
// a series' colour counts its bars, points or slices (plus one legend key per series when a legend shows).
export function fillCounts(svg: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of svg.matchAll(/<path\b[^>]*\bstyle="[^"]*\bfill:rgb\(([\d.]+)%,\s*([\d.]+)%,\s*([\d.]+)%\)/g)) {
    const hex = `#${[match[1], match[2], match[3]]
      .map((p) => Math.round((Number(p) / 100) * 255).toString(16).padStart(2, '0'))
      .join('')}`;
    counts.set(hex, (counts.get(hex) ?? 0) + 1);
  }
  return counts;
}

export function filled(svg: string, hex: string): number {
  return fillCounts(svg).get(hex.toLowerCase()) ?? 0;
}
