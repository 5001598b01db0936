const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** Strips spaces and dashes a citizen may type inside a mobile number. */
export function normalizePhone(raw: string): string {
  const compact = raw.replace(/[\s()（）]/g, '');
  return /^1[\d-]+$/.test(compact) ? compact.replace(/-/g, '') : compact;
}

/** A mainland mobile (11 digits) or a landline with area code. */
export function isValidPhone(phone: string): boolean {
  return MOBILE.test(phone) || LANDLINE.test(phone);
}

/** 18-character resident ID with a valid check digit (GB 11643-1999). */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17]?.toUpperCase();
}
