export { maskIdNumber, maskPersonalData, maskPhone } from './mask.js';
export { createFieldCipher, deriveKey, type FieldCipher } from './cipher.js';
export { loadDataKey } from './data-key.js';
export { isValidIdNumber, isValidPhone, normalizePhone } from './validate.js';
