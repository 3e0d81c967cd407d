import type { Diagnostic } from '@marsad/content';

/** What changed between two runs over the same content. */
export interface DiagnosticChanges {
  /** In the new run and not in the old one. */
  added: Diagnostic[];
  /** In the old run and no longer in the new one. */
  resolved: Diagnostic[];
}

/**
 * Identifies a diagnostic across runs by file, position, rule and message. The end of the span is left
 * out on purpose: an edit further along the line moves it without making the problem a new one.
 */
export function diagnosticKey(diagnostic: Diagnostic): string {
  const { file, line, column, ruleId, message } = diagnostic;
  return JSON.stringify([file, line, column, ruleId, message]);
}

/** Takes one diagnostic per key out of `pool` for each of `wanted`, returning those not found. */
function unmatched(wanted: readonly Diagnostic[], pool: readonly Diagnostic[]): Diagnostic[] {
  const available = new Map<string, number>();
  for (const diagnostic of pool) {
    const key = diagnosticKey(diagnostic);
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  return wanted.filter((diagnostic) => {
    const key = diagnosticKey(diagnostic);
    const count = available.get(key) ?? 0;
    if (count > 0) available.set(key, count - 1);
    return count === 0;
  });
}

/** The diagnostics a re-run added and resolved; identical diagnostics are counted, not merged. */
export function diffDiagnostics(
  before: readonly Diagnostic[],
  after: readonly Diagnostic[],
): DiagnosticChanges {
  return { added: unmatched(after, before), resolved: unmatched(before, after) };
}
