import { beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher, isValidIdNumber, loadDataKey } from '../../server/src/privacy/index.js';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPetition } from '../../server/src/petitions/index.js';
import { TEST_DATA_KEY, type TestApp, citizenToken, makePetitionApp, sampleDraft, submitRequest } from './fixture.js';

const PHONE = '13712345678';
const ID_NUMBER = '11010519491231002X';

describe('field encryption', () => {
  const cipher = createFieldCipher(TEST_DATA_KEY);

  it('round-trips text and never repeats a ciphertext', () => {
    const a = cipher.encrypt('phone', PHONE);
    expect(cipher.decrypt('phone', a)).toBe(PHONE);
    expect(cipher.encrypt('phone', PHONE)).not.toBe(a);
    expect(a).not.toContain(PHONE);
  });

  it('refuses a tampered ciphertext, another field’s ciphertext and another key', () => {
    const sealed = cipher.encrypt('phone', PHONE);
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt('phone', `v1:${raw.toString('base64')}`)).toThrow();
    expect(() => cipher.decrypt('id_number', sealed)).toThrow();
    expect(() => createFieldCipher(Buffer.alloc(32, 9)).decrypt('phone', sealed)).toThrow();
  });

  it('generates a data key file with mode 0600 once and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuoshi-key-'));
    const first = loadDataKey({ DATA_DIR: dir, DATA_KEY: undefined });
    expect(first).toHaveLength(32);
    expect(statSync(join(dir, 'data-key')).mode & 0o777).toBe(0o600);
    expect(loadDataKey({ DATA_DIR: dir, DATA_KEY: undefined }).equals(first)).toBe(true);
    expect(readFileSync(join(dir, 'data-key'), 'utf8').trim()).toBe(first.toString('hex'));
  });

  it('checks the ID number check digit', () => {
    expect(isValidIdNumber(ID_NUMBER)).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
  });
});

describe('personal data at rest and in logs', () => {
  let t: TestApp;
  let receiptNo: string;
  const logged: string[] = [];

  beforeAll(async () => {
    t = await makePetitionApp();
    const original = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
    const env = process.env.LOG_SILENT;
    delete process.env.LOG_SILENT;
    const capture = ((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    process.stdout.write = capture;
    process.stderr.write = capture;
    try {
      t.drafts.set('s-pii', sampleDraft({ phone: PHONE, idNumber: ID_NUMBER, summary: `欠薪，联系${PHONE}` }, [`我的电话是${PHONE}，身份证${ID_NUMBER}`]));
      const token = await citizenToken(t.app, 'pii-citizen');
      const res = await t.app.request('/api/petitions', submitRequest(token, 's-pii', 'pii-key-0001'));
      receiptNo = ((await res.json()) as { receiptNo: string }).receiptNo;
      // An unexpected failure is logged; its message must still be masked.
      t.drafts.set('s-boom', sampleDraft());
      const failing = { ...t.deps, drafts: { getSessionDraft: async () => { throw new Error(`db down for ${PHONE}`); } } };
      const { createApp } = await import('../../server/src/app.js');
      await createApp(failing).request('/api/petitions', submitRequest(token, 's-boom', 'pii-key-0002'));
    } finally {
      process.stdout.write = original.out;
      process.stderr.write = original.err;
      if (env !== undefined) process.env.LOG_SILENT = env;
    }
  });

  it('stores phone, ID number and the citizen’s words only encrypted', async () => {
    const { rows: tableRows } = await t.db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const tables = tableRows.map((r) => r.table_name);
    expect(tables).toEqual(expect.arrayContaining(['petitions', 'petition_events']));
    for (const table of tables) {
      const { rows } = await t.db.query<{ dump: string }>(`select string_agg(t::text, ' ') as dump from ${table} t`);
      const dump = rows[0]?.dump ?? '';
      if (table.startsWith('petition')) expect(dump.length).toBeGreaterThan(0);
      expect(dump, table).not.toContain(PHONE);
      expect(dump).not.toContain(ID_NUMBER);
    }
    const p = await findPetition(t.db, t.petitions.cipher, receiptNo);
    expect(p).toMatchObject({ phone: PHONE, idNumber: ID_NUMBER });
    expect(p?.citizenText[0]).toContain(PHONE);
  });

  it('keeps phone and ID numbers out of the logs', () => {
    expect(logged.join('')).toContain('unhandled error');
    expect(logged.join('')).not.toContain(PHONE);
    expect(logged.join('')).not.toContain(ID_NUMBER);
  });
});
