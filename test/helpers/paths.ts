import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_CACHE_DIR = join(tmpdir(), 'shuoshi-test-cache');
export const TEMPLATE_DB = 'shuoshi_test_template';

/** The maintenance database on the same server, for CREATE/DROP DATABASE. */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}
