/** Public surface of the engine. Pure TypeScript: no DOM, no browser API. */

export * from './analyze';
export * from './lint';
export * from './pricing';
export * from './template/parse';
export * from './template/schema';
export * from './template/variables';
export * from './types';
