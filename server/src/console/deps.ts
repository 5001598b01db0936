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

/** A place as staff say it, below the county: 东沟镇茅圻村; the bare code when no name is known. */
export function divisionLabel(deps: ConsoleDeps): (code: string) => string {
  return (code) => {
    if (!code) return '未注明';
    const full = deps.divisionName(code);
    if (!full) return code;
    const county = code.length > 6 ? deps.divisionName(code.slice(0, 6)) : null;
    return county && full.startsWith(county) && full !== county ? full.slice(county.length) : full;
  };
}
