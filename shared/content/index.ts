export * from './blocks.js';
export * from './entries.js';
export * from './urls.js';
