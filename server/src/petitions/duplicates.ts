import type { Queryable } from '../db/index.js';

/** Matters from the same person about the same topic and town within this window are linked. */
export const DUPLICATE_WINDOW_DAYS = 90;

export interface DuplicateProbe {
  citizenId: string;
  phoneIndex: string | null;
  name: string | null;
  division: string;
  topic: string;
  since: Date;
}

/**
 * The earliest petition this one repeats (same person — citizen account, phone or name — same town,
 * same topic, recent), or null. Agent accounts file for many villagers, so they do not identify a person.
 */
export async function findDuplicateRoot(q: Queryable, probe: DuplicateProbe): Promise<number | null> {
  const { rows } = await q.query<{ root: string | number }>(
    `select coalesce(duplicate_of, id) as root from petitions
     where topic = $1 and left(division, 9) = left($2, 9) and submitted_at >= $3
       and ((citizen_id = $4 and citizen_id not like 'agent:%')
         or (phone_index is not null and phone_index = $5)
         or (name is not null and name = $6))
     order by submitted_at asc limit 1`,
    [probe.topic, probe.division, probe.since.toISOString(), probe.citizenId, probe.phoneIndex, probe.name],
  );
  return rows[0] ? Number(rows[0].root) : null;
}
