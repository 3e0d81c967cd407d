export * from './acled.js';
export * from './event-point.js';
export * from './geojson.js';
export * from './jsonld.js';
export * from './popolo.js';
