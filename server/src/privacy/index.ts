export { maskPersonalData } from './mask.js';
