import type { StaffRole } from '../petitions/index.js';

/** What each role may do in the console; one table, checked by every handler. */
const PERMISSIONS = {
  review: ['clerk', 'supervisor', 'admin'],
  assign: ['supervisor', 'admin'],
  extend: ['supervisor', 'admin'],
  file: ['grid_worker', 'clerk', 'supervisor', 'admin'],
  stats: ['clerk', 'supervisor', 'admin'],
  seePhone: ['clerk', 'supervisor', 'admin'],
  seeIdNumber: ['supervisor', 'admin'],
} as const satisfies Record<string, readonly StaffRole[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}
