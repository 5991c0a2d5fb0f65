// What the row schema itself says about a column, learnt by giving it cells to check rather than by reading
// its source: whether an empty cell is refused, what an empty cell becomes, and which codes it takes. Asking
// the schema that validates every row means the documentation cannot say otherwise than `validate` does.
import { incidentRowSchema, type IncidentColumn } from '../incident.js';

export interface ColumnFacts {
  /** An empty cell is an error. */
  nonEmpty: boolean;
  /** What an empty cell stands for, when it stands for something ("day" for date_precision). */
  whenEmpty?: string;
  /** The codes the column takes, when the schema lists them. */
  values?: readonly string[];
}

type Checked = { success: boolean; data?: unknown; error?: { issues: readonly { code: string; values?: readonly unknown[] }[] } };
const SHAPE = incidentRowSchema.shape as unknown as Record<IncidentColumn, { safeParse(cell: string): Checked }>;

/** A cell no column accepts as a code: the schema's refusal then names the codes it would have accepted. */
const NOT_A_CODE = '\u0000';

export function columnFacts(column: IncidentColumn): ColumnFacts {
  const empty = SHAPE[column].safeParse('');
  const refusal = SHAPE[column].safeParse(NOT_A_CODE).error?.issues.find((i) => i.code === 'invalid_value');
  return {
    nonEmpty: !empty.success,
    ...(empty.success && empty.data !== undefined ? { whenEmpty: String(empty.data) } : {}),
    ...(refusal?.values ? { values: refusal.values.map(String) } : {}),
  };
}

/** Whether the schema accepts a cell: for the test that checks each column's documented type against it. */
export function acceptsCell(column: IncidentColumn, cell: string): boolean {
  return SHAPE[column].safeParse(cell).success;
}
