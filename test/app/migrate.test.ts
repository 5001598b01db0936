import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../server/src/db/index.js';
import { makeTestDb } from '../helpers/db.js';

describe('migrate', () => {
  it('is idempotent: a second run applies nothing', async () => {
    const db = await makeTestDb();
    expect(await migrate(db)).toEqual([]);
    const applied = await db.query<{ name: string }>('select name from schema_migrations order by name');
    expect(applied.rows.map((r) => r.name)[0]).toBe('001_knowledge.sql');
  });

  it('applies new files in name order and records each, rolling back a failing one', async () => {
    const db = await makeTestDb();
    const dir = mkdtempSync(join(tmpdir(), 'shuoshi-mig-'));
    writeFileSync(join(dir, '900_b.sql'), 'create table mig_b (id int references mig_a(id));');
    writeFileSync(join(dir, '899_a.sql'), 'create table mig_a (id int primary key);');
    expect(await migrate(db, dir)).toEqual(['899_a.sql', '900_b.sql']);
    writeFileSync(join(dir, '901_bad.sql'), 'create table mig_c (id int); select * from no_such_table;');
    await expect(migrate(db, dir)).rejects.toThrow();
    const c = await db.query("select 1 from information_schema.tables where table_name = 'mig_c'");
    expect(c.rows).toHaveLength(0);
    const recorded = await db.query<{ name: string }>("select name from schema_migrations where name >= '899' order by name");
    expect(recorded.rows.map((r) => r.name)).toEqual(['899_a.sql', '900_b.sql']);
  });
});
