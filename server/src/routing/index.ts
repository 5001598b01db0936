export { type ContractLine, contractLine } from './contract.js';
export { createRouter, type Router, type RouterDeps } from './router.js';
export { registerRoutingRoutes } from './routes.js';
export * from './types.js';
