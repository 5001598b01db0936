import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { migrate, openDb } from '../db/index.js';
import { runRetention } from '../ops/retention.js';

/** `npm run retention [-- --dry-run]`: erases personal data of petitions closed more than RETENTION_DAYS ago. */
async function main(): Promise<void> {
  const config = loadConfig();
  const days = config.RETENTION_DAYS;
  if (days === undefined) {
    process.stdout.write('RETENTION_DAYS is not set: closed petitions are kept forever, nothing to do\n');
    return;
  }
  const dryRun = process.argv.includes('--dry-run');
  const db = await openDb(config);
  try {
    await migrate(db);
    const r = await runRetention(db, systemClock, days, { dryRun });
    const verb = dryRun ? 'would be' : 'were';
    process.stdout.write(
      `petitions closed before ${r.cutoff.toISOString()} (RETENTION_DAYS=${days}): ${r.petitions} ${verb} erased\n` +
        `expired intake chat sessions: ${r.sessions} ${verb} deleted\n${dryRun ? 'dry run: nothing was changed\n' : ''}`,
    );
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`retention failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
