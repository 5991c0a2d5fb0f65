// The dates of a source file in the formats its import profile names ("MM/DD/YYYY", "D MMM YY"), as ISO dates.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Parses a date in one of the formats (tokens YYYY, YY, MMM, MM, M, DD, D; anything else literal) to YYYY-MM-DD. */
export function parseDate(value: string, formats: readonly string[]): string | undefined {
  for (const format of formats) {
    const parts: string[] = [];
    const pattern = format.replace(/YYYY|YY|MMM|MM|M|DD|D|[.*+?^${}()|[\]\\]/g, (token) => {
      switch (token) {
        case 'YYYY':
          parts.push('Y');
          return '(\\d{4})';
        case 'YY':
          parts.push('y');
          return '(\\d{2})';
        case 'MMM':
          parts.push('b');
          return '([A-Za-z]{3})';
        case 'MM':
        case 'M':
          parts.push('m');
          return token === 'MM' ? '(\\d{2})' : '(\\d{1,2})';
        case 'DD':
        case 'D':
          parts.push('d');
          return token === 'DD' ? '(\\d{2})' : '(\\d{1,2})';
        default:
          return `\\${token}`;
      }
    });
    const m = new RegExp(`^${pattern}$`).exec(value.trim());
    if (!m) continue;
    let year = 0;
    let month = 0;
    let day = 0;
    parts.forEach((p, i) => {
      const v = m[i + 1]!;
      if (p === 'Y') year = Number(v);
      else if (p === 'y') year = Number(v) + (Number(v) < 70 ? 2000 : 1900);
      else if (p === 'b') month = MONTHS.indexOf(v.toLowerCase()) + 1;
      else if (p === 'm') month = Number(v);
      else day = Number(v);
    });
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const check = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(check.getTime()) && check.toISOString().startsWith(iso)) return iso;
  }
  return undefined;
}
