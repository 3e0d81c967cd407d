import { createDiagnostic, type Diagnostic, type DiagnosticInput } from '@marsad/content';

/** A hand-built diagnostic for reporter tests: an error at 1:1 unless told otherwise. */
export function diagnostic(input: Partial<DiagnosticInput> = {}): Diagnostic {
  return createDiagnostic({
    file: 'events/brigade-12-strike.yaml',
    ruleId: 'ref/unknown',
    severity: 'error',
    message: 'no actor "abu-taqwaa" exists; did you mean "abu-taqwa"?',
    line: 1,
    column: 1,
    ...input,
  });
}
