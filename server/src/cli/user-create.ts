import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { NewStaffUser, createStaffUser } from '../console/index.js';
import { migrate, openDb } from '../db/index.js';

const USAGE = `usage: npm run user:create -- --username NAME --name 显示名 [--role admin|supervisor|clerk|grid_worker]
         [--division PREFIX] [--password-env VAR]
  --division   division-code prefix the user may see (default: the whole deployment)
  --password-env  read the password from this environment variable; otherwise one is generated and printed`;

/** `npm run user:create`: adds a console account (the first admin after a fresh install). */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'admin' },
      division: { type: 'string', default: '' },
      'password-env': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.username) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const passwordEnv = values['password-env'];
  const password = passwordEnv ? process.env[passwordEnv] : randomBytes(12).toString('base64url');
  if (!password) throw new Error(`environment variable ${passwordEnv} is empty`);
  const input = NewStaffUser.safeParse({
    username: values.username,
    displayName: values.name ?? values.username,
    role: values.role,
    divisionPrefix: values.division,
    password,
  });
  if (!input.success) throw new Error(input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const config = loadConfig();
  const db = await openDb(config);
  try {
    await migrate(db);
    const user = await createStaffUser(db, systemClock, input.data);
    process.stdout.write(`created ${user.role} "${user.username}" (scope: ${user.divisionPrefix || 'all'})\n`);
    if (!passwordEnv) process.stdout.write(`password: ${password}\n(shown once — sign in at /console/login and keep it safe)\n`);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`user:create failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
