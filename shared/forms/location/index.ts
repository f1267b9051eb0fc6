export * from './geometry.js';
export * from './city.js';
export * from './answer.js';
export * from './address-point.js';
export * from './import.js';
