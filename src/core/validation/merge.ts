// The results of the parts of one file, validated side by side by several threads, as one result.
import type { Problem, ProblemCount, ProblemLimits, ValidationResult } from './problems.js';

/**
 * The results of consecutive parts of one file, validated side by side, as one result: the same as if the
 * file had been read whole, provided no two parts share an id or a content key (the caller checks), since the
 * problems of a part are sorted by line and the limits keep the first problems in line order.
 */
export function mergeResults(parts: readonly ValidationResult[], limits: ProblemLimits = {}): ValidationResult {
  const max = limits.maxProblems ?? Infinity;
  const perKind = limits.maxProblemsPerKind ?? Infinity;
  const problems: Problem[] = [];
  const keptOfKind = new Map<string, number>();
  const problemCounts: Record<string, ProblemCount> = {};
  const sum = (key: 'rowsRead' | 'rowsAccepted' | 'rowsRejected' | 'errors' | 'warnings') =>
    parts.reduce((n, part) => n + part[key], 0);
  for (const part of parts) {
    for (const p of part.problems) {
      const kept = keptOfKind.get(p.kind) ?? 0;
      if (problems.length < max && kept < perKind) {
        problems.push(p);
        keptOfKind.set(p.kind, kept + 1);
      }
    }
    for (const [kind, c] of Object.entries(part.problemCounts)) {
      const total = (problemCounts[kind] ??= { severity: c.severity, count: 0 });
      total.count += c.count;
    }
  }
  const errors = sum('errors');
  const warnings = sum('warnings');
  return {
    file: parts[0]?.file ?? '',
    incidents: parts.flatMap((part) => part.incidents),
    problems,
    problemCounts,
    rowsRead: sum('rowsRead'),
    rowsAccepted: sum('rowsAccepted'),
    rowsRejected: sum('rowsRejected'),
    errors,
    warnings,
    problemsOmitted: errors + warnings - problems.length,
  };
}
