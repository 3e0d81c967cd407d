export * from './bundle/index.js';
export * from './config/resolve-project.js';
export * from './diagnostics/diagnostic.js';
export * from './export/index.js';
export { textIn } from './export/localized-text.js';
export * from './graph/content-graph.js';
export * from './graph/is-public.js';
export * from './load-content.js';
export * from './model/entities.js';
export * from './model/references.js';
export * from './parse/json-data.js';
export * from './parse/markdown.js';
export * from './parse/yaml-data.js';
export * from './render/render-article.js';
export * from './render/render-markdown.js';
export * from './render/slug.js';
export { type EntityName, namesOf, primaryLanguage } from './rules/entity-names.js';
export {
  integrityRules,
  type Rule,
  type RuleContext,
  type RuleReport,
  type RuleSite,
} from './rules/index.js';
export { type KnownName, knownNames } from './rules/mention-unlinked.js';
export { MASK, proseOf } from './rules/prose-mask.js';
export * from './source/discover.js';
export * from './source/line-index.js';
export * from './source/load-sources.js';
export * from './source/read-text.js';
export {
  type EntryOrigin,
  originKey,
  type ValidatedContent,
  validateEntries,
} from './validate/validate-entries.js';
