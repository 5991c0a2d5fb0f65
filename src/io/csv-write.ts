// CSV text as oic-report writes it: UTF-8 without BOM, LF line ends, a field quoted only when it holds a comma,
// a quote or a line break (RFC 4180). Used for rejected.csv, the incident files `import` writes and
// the full incident list beside a limited annex.
import { INCIDENT_COLUMNS, type Incident } from '../core/incident.js';
import { spreadsheetSafe } from '../core/text-safety.js';
import type { RejectedRow } from '../core/validate.js';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}

/**
 * rejected.csv: the original columns, then the row's line in the source file and its reasons ("; "-joined).
 * Editors open it in a spreadsheet: a cell that would be a formula there (=, +, -, @) is written as text.
 */
export function rejectedCsv(columns: readonly string[], rows: readonly RejectedRow[]): string {
  let text = csvLine([...columns, 'line', 'reasons'].map(spreadsheetSafe));
  for (const row of rows) {
    text += csvLine([...columns.map((c) => row.cells[c] ?? ''), String(row.line), row.reasons.join('; ')].map(spreadsheetSafe));
  }
  return text;
}

/** The incidents as an incidents.csv with every column (it validates as one): the full list a limited annex names. */
export function incidentsCsv(incidents: readonly Incident[]): string {
  let text = csvLine(INCIDENT_COLUMNS);
  for (const incident of incidents) text += csvLine(INCIDENT_COLUMNS.map((c) => (incident[c] === undefined ? '' : String(incident[c]))));
  return text;
}
