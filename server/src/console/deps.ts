import type { Clock } from '../clock.js';
import type { Db } from '../db/index.js';
import type { CaseRouter, PetitionContext } from '../petitions/index.js';

export interface ConsoleDeps {
  db: Db;
  clock: Clock;
  petitions: PetitionContext;
  /** Proposes kind/topic/route for 代办 filings; without it staff choose by hand. */
  routeCase: CaseRouter | null;
  /** Place name for a division code, when a directory is available. */
  divisionName: (code: string) => string | null;
}

/** "茅圻村（420702101209）", or the bare code when no name is known. */
export function divisionLabel(deps: ConsoleDeps): (code: string) => string {
  return (code) => {
    if (!code) return '未注明';
    const name = deps.divisionName(code);
    return name ? `${name}（${code}）` : code;
  };
}
