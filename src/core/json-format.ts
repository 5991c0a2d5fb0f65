// JSON for files people edit: what fits on a line stays on one (`"period": { "start": …, "end": … }`), as the
// shipped edition.json files are written, rather than one line per value.
const WIDTH = 100;

/** `lead`: what precedes the value on its line (the indent and the key), for the width. */
export function formatJson(value: unknown, indent = '', lead = 0): string {
  const line = oneLine(value);
  if (typeof value !== 'object' || value === null || (indent !== '' && lead + line.length <= WIDTH)) return line;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => `${inner}${formatJson(v, inner, inner.length)}`)
    : present(value).map(([k, v]) => {
        const key = `${inner}${JSON.stringify(k)}: `;
        return `${key}${formatJson(v, inner, key.length)}`;
      });
  return Array.isArray(value) ? `[\n${items.join(',\n')}\n${indent}]` : `{\n${items.join(',\n')}\n${indent}}`;
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = present(value).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The entries JSON.stringify would write: an undefined property is left out. */
const present = (value: object) => Object.entries(value).filter(([, v]) => v !== undefined);
