export * from './diagnostics/diagnostic.js';
export * from './parse/json-data.js';
export * from './parse/markdown.js';
export * from './parse/yaml-data.js';
export * from './source/discover.js';
export * from './source/line-index.js';
export * from './source/load-sources.js';
export * from './source/read-text.js';
