import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';

const HEX_KEY = /^[0-9a-fA-F]{64}$/;

/**
 * The 256-bit key for personal data: DATA_KEY when set (required with DATABASE_URL, see config.ts),
 * else `DATA_DIR/data-key`, generated with mode 0600 on the first embedded start.
 */
export function loadDataKey(config: Pick<Config, 'DATA_KEY' | 'DATA_DIR'>, log?: (line: string) => void): Buffer {
  if (config.DATA_KEY) return Buffer.from(config.DATA_KEY, 'hex');
  const path = join(config.DATA_DIR, 'data-key');
  try {
    const stored = readFileSync(path, 'utf8').trim();
    if (!HEX_KEY.test(stored)) throw new Error(`${path} is not 64 hex characters; restore it from a backup`);
    return Buffer.from(stored, 'hex');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(config.DATA_DIR, { recursive: true });
  const key = randomBytes(32).toString('hex');
  // 'wx' fails if another process created the file meanwhile; then that file wins.
  try {
    writeFileSync(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
    log?.(`generated a new data key in ${path} — back it up: without it personal data cannot be read`);
    return Buffer.from(key, 'hex');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
  }
}
