import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { migrate, openDb } from '../db/index.js';
import { createEmbedder, ensureIngested } from '../knowledge/index.js';

/** `npm run ingest [-- --force]`: rebuilds the knowledge index, one progress line per document. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDb(config);
  try {
    await migrate(db);
    const started = systemClock.now().getTime();
    const result = await ensureIngested(db, await createEmbedder(config), {
      dir: config.KNOWLEDGE_DIR,
      force: process.argv.includes('--force'),
      log: (line) => process.stdout.write(`${line}\n`),
    });
    const took = systemClock.now().getTime() - started;
    process.stdout.write(
      result.skipped
        ? `knowledge index is up to date (${result.documents} documents, ${result.chunks} chunks); use --force to rebuild\n`
        : `ingested ${result.documents} documents, ${result.chunks} chunks in ${took} ms\n`,
    );
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`ingest failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
