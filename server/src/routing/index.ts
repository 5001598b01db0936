export { createRouter, type Router, type RouterDeps } from './router.js';
export * from './types.js';
