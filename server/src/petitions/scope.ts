import type { StaffRole } from './types.js';

/** What a staff member may see: petitions under a division prefix; grid workers only what they filed. */
export interface Scope {
  divisionPrefix: string;
  filedBy: string | null;
}

export function scopeFor(user: { username: string; role: StaffRole; divisionPrefix: string }): Scope {
  return { divisionPrefix: user.divisionPrefix, filedBy: user.role === 'grid_worker' ? `staff:${user.username}` : null };
}

/** SQL condition for a scope, with its parameters starting at `$first`. */
export function scopeSql(scope: Scope, first: number): { sql: string; params: string[] } {
  const parts = [`division like $${first}`];
  const params = [`${escapeLike(scope.divisionPrefix)}%`];
  if (scope.filedBy) {
    parts.push(`created_by = $${first + 1}`);
    params.push(scope.filedBy);
  }
  return { sql: parts.join(' and '), params };
}

export function inScope(scope: Scope, p: { division: string; createdBy: string }): boolean {
  return p.division.startsWith(scope.divisionPrefix) && (!scope.filedBy || p.createdBy === scope.filedBy);
}

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);
