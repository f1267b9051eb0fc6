export * from './spec.js';
export * from './messages.js';
export * from './status.js';
export * from './attributes.js';
export * from './submission.js';
export * from './query.js';
export * from './xml.js';
