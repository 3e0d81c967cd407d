export { runCli, version } from './cli.js';
export type { CliIO, Output } from './io.js';
export { escapeData, escapeProperty, type GithubOptions, reportGithub } from './reporters/github.js';
export { type JsonReport, reportJson } from './reporters/json.js';
export { type PrettyOptions, reportPretty } from './reporters/pretty.js';
export { type PrettyChangesOptions, reportPrettyChanges } from './reporters/pretty-changes.js';
export { countSeverities, type ReportOptions, type SeverityCounts } from './reporters/report-options.js';
export { type DiagnosticChanges, diagnosticKey, diffDiagnostics } from './watch/diagnostic-changes.js';
