export * from './definition.js';
export * from './messages.js';
export * from './files.js';
export * from './answers.js';
export * from './submission.js';
export * from './reference.js';
export * from './feedback.js';
export * from './status.js';
