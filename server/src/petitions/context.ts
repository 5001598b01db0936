import type { Clock } from '../clock.js';
import type { Db } from '../db/index.js';
import type { FieldCipher } from '../privacy/index.js';

/** What petition functions need; built once from AppDeps. */
export interface PetitionContext {
  db: Db;
  clock: Clock;
  cipher: FieldCipher;
  /** Division prefix the deployment serves; petitions without a place fall under it. */
  jurisdiction: string;
}
