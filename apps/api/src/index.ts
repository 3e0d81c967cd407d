export { type AppOptions, createApp, DEFAULT_RESPONSE_CACHE_BYTES } from './app.js';
export {
  type ApiData,
  type DataOrigin,
  dataFromBundle,
  dataFromContent,
  hashGraph,
  type LoadTiming,
  type SearchBackend,
} from './data.js';
export { type BuildReport, LiveData, type LiveDataOptions, REPORTED_ERRORS } from './live-data.js';
export { findProjectRoot, type LoadDataOptions, loadData } from './load-data.js';
export { API_VERSION } from './openapi.js';
export type { ApiEnv } from './router.js';
export { DEFAULT_PORT, type RunningServer, type ServerOptions, startServer } from './serve.js';
export { type Access, View } from './view.js';
export { BodyRenderer } from './views/body-renderer.js';
