import { parseArgs } from 'node:util';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { migrate, openDb } from '../db/index.js';
import { createFieldCipher, loadDataKey } from '../privacy/index.js';
import { DEMO_STAFF } from './demo-data.js';
import { seedDemoPetitions, seedDemoStaff } from './demo-seed.js';

/** A password for local demos only; printed so a new user can sign in at once. */
const DEMO_PASSWORD = 'shuoshi-demo-2026';

/** `npm run seed:demo [-- --count 120]`: demo staff and realistic petitions for the four demo places. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '120' } } });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error('--count must be 1–100000');
  const config = loadConfig();
  const db = await openDb(config);
  try {
    await migrate(db);
    const cipher = createFieldCipher(loadDataKey(config, (line) => process.stdout.write(`${line}\n`)));
    const staff = await seedDemoStaff(db, systemClock, DEMO_PASSWORD);
    const petitions = await seedDemoPetitions(db, cipher, systemClock.now(), count);
    process.stdout.write(`demo staff created: ${staff.length ? staff.join(', ') : 'none (already there)'}\n`);
    process.stdout.write(`demo petitions created: ${petitions}\n\n`);
    process.stdout.write(`Sign in at http://localhost:${config.PORT}/console/login (password for every demo account: ${DEMO_PASSWORD})\n`);
    for (const u of DEMO_STAFF) process.stdout.write(`  ${u.username.padEnd(12)} ${u.displayName}（${u.role}，辖区 ${u.divisionPrefix || '全部'}）\n`);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`seed:demo failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
