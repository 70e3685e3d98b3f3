/** Public surface of the engine. Pure TypeScript: no DOM, no browser API. */
export * from './template/schema';
export * from './types';
