import { migrate, openPglite } from '../server/src/db/index.js';
import { SEED_PATH, writeSeed } from '../server/src/db/seed.js';
import { createLocalEmbedder, ensureIngested } from '../server/src/knowledge/index.js';

/**
 * Runs after `npm install`: builds the embedded database once (initdb, migrations, knowledge index
 * with the local embedder) so the first `npm start` is quick. Failure here only makes that start slower.
 */
try {
  const started = Date.now();
  const db = await openPglite('memory://');
  await migrate(db);
  await ensureIngested(db, createLocalEmbedder('knowledge'), { dir: 'knowledge' });
  await writeSeed(await db.dump('gzip'));
  await db.close();
  console.log(`说事: embedded database prepared in ${Date.now() - started} ms (${SEED_PATH})`);
} catch (err) {
  console.warn(`说事: could not prepare the embedded database ahead of time (${(err as Error).message}); the first start will build it`);
}
