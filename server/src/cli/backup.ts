import { loadConfig } from '../config.js';
import { backupDatabase } from '../ops/backup.js';

/** `npm run backup -- FILE`: the embedded database (gzip tarball) or PostgreSQL (pg_dump custom format). */
async function main(): Promise<void> {
  const file = process.argv[2] ?? `shuoshi-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.${process.env.DATABASE_URL ? 'dump' : 'tar.gz'}`;
  const config = loadConfig();
  await backupDatabase(config, file);
  process.stdout.write(`backup written to ${file}\nthe data key (DATA_KEY or ${config.DATA_DIR}/data-key) is not in it: keep a copy of the key apart from the backup\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`backup failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
