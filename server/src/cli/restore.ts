import { loadConfig } from '../config.js';
import { restoreDatabase } from '../ops/backup.js';

/** `npm run restore -- FILE [--replace]`: with the server stopped; refuses a non-empty target without --replace. */
async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: npm run restore -- FILE [--replace]');
  await restoreDatabase(loadConfig(), file, { replace: process.argv.includes('--replace') });
  process.stdout.write(`restored from ${file}; start the server with the same data key\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`restore failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
