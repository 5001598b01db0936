// Mainland mobile numbers, 18-digit ID numbers (last digit may be X) and 15-digit legacy IDs.
const ID_NUMBER = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;
const LEGACY_ID = /(?<!\d)(\d{6})\d{6}(\d{3})(?!\d)/g;
const MOBILE = /(?<!\d)(1[3-9]\d)[\s-]?\d{4}[\s-]?(\d{4})(?!\d)/g;

/** Replaces phone and ID numbers with masked forms; used for logs and anything sent to an LLM. */
export function maskPersonalData(text: string): string {
  return text
    .replace(ID_NUMBER, '$1********$2')
    .replace(LEGACY_ID, '$1******$2')
    .replace(MOBILE, '$1****$2');
}

/** A phone number as staff without full access see it: 138****5678. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** An ID number showing only the region and the check digits: 420702********123X. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length > 10 ? `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}` : '****';
}
