import { beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../server/src/console/index.js';
import { can, type Permission } from '../../server/src/console/permissions.js';
import type { StaffRole } from '../../server/src/petitions/index.js';
import { ConsoleClient } from '../console/browser-less.js';
import { type TestApp, citizenToken, makePetitionApp, sampleDraft, submitRequest } from '../petitions/fixture.js';

/**
 * Every console route × every role × a petition in the user's own jurisdiction and in another:
 * another jurisdiction answers 404 like a missing petition; a role without the permission answers 403;
 * grid workers see only their own filings; everything else reaches the handler (its own validation or state checks may still refuse).
 */
const PASSWORD = 'matrix-password-123';
const ROLES: StaffRole[] = ['admin', 'supervisor', 'clerk', 'grid_worker'];
const OWN_PREFIX = '420702101';

type Route = { method: 'GET' | 'POST'; path: (receiptNo: string) => string; needs: Permission | null; petition: boolean };
const action = (name: string, needs: Permission): Route => ({ method: 'POST', path: (no) => `/console/petitions/${no}/${name}`, needs, petition: true });
const ROUTES: Record<string, Route> = {
  queue: { method: 'GET', path: () => '/console', needs: null, petition: false },
  petition: { method: 'GET', path: (no) => `/console/petitions/${no}`, needs: null, petition: true },
  notice: { method: 'GET', path: (no) => `/console/petitions/${no}/notice.docx`, needs: null, petition: true },
  stats: { method: 'GET', path: () => '/console/stats', needs: 'stats', petition: false },
  statsCsv: { method: 'GET', path: () => '/console/stats.csv', needs: 'stats', petition: false },
  fileForm: { method: 'GET', path: () => '/console/file', needs: null, petition: false },
  file: { method: 'POST', path: () => '/console/file', needs: 'file', petition: false },
  ...Object.fromEntries(
    ['edit', 'accept', 'refer', 'not-accept', 'start', 'reply', 'close', 'rating', 'request-review'].map((a) => [a, action(a, 'review')]),
  ),
  assign: action('assign', 'assign'),
  extend: action('extend', 'extend'),
};

let t: TestApp;
const petitions: Record<'own' | 'other', string> = { own: '', other: '' };
const clients = new Map<StaffRole, ConsoleClient>();

beforeAll(async () => {
  t = await makePetitionApp();
  for (const [where, division] of [['own', '420702101209'], ['other', '522728109202']] as const) {
    t.drafts.set(`matrix-${where}`, sampleDraft({ division }));
    const token = await citizenToken(t.app, `matrix-citizen-${where}`);
    const res = await t.app.request('/api/petitions', submitRequest(token, `matrix-${where}`, `matrix-key-${where}`));
    petitions[where] = ((await res.json()) as { receiptNo: string }).receiptNo;
  }
  for (const role of ROLES) {
    await createStaffUser(t.db, t.clock, { username: `m-${role}`, displayName: role, role, divisionPrefix: OWN_PREFIX, password: PASSWORD });
    const client = new ConsoleClient(t);
    expect((await client.login(`m-${role}`, PASSWORD)).status).toBe(303);
    clients.set(role, client);
  }
});

const cases = ROLES.flatMap((role) =>
  Object.entries(ROUTES).flatMap(([name, route]) => (route.petition ? (['own', 'other'] as const) : (['own'] as const)).map((where) => ({ role, name, route, where }))),
);

describe('console authorisation matrix', () => {
  it.each(cases)('$role × $name × $where jurisdiction', async ({ role, route, where }) => {
    const client = clients.get(role) as ConsoleClient;
    const path = route.path(petitions[where]);
    let status: number;
    if (route.method === 'GET') status = (await client.request(path)).status;
    else {
      const csrf = /name="_csrf" value="([^"]+)"/.exec((await client.get('/console')).html)?.[1] ?? '';
      status = (await client.post(path, { _csrf: csrf })).status;
    }
    // Grid workers see only what they filed themselves, so a citizen's petition is out of their scope too.
    if (route.petition && (where === 'other' || role === 'grid_worker')) expect(status).toBe(404);
    else if (route.needs && !can(role, route.needs)) expect(status).toBe(403);
    else expect([403, 404, 500]).not.toContain(status);
  });

  it('keeps the other jurisdiction’s petition untouched after every attempt', async () => {
    const { rows } = await t.db.query<{ status: string; owner: string | null }>('select status, owner from petitions where receipt_no = $1', [petitions.other]);
    expect(rows[0]).toMatchObject({ status: 'submitted', owner: null });
    const { rows: events } = await t.db.query<{ n: number }>(
      'select count(*)::int as n from petition_events e join petitions p on p.id = e.petition_id where p.receipt_no = $1',
      [petitions.other],
    );
    expect(events[0]?.n).toBe(1);
  });
});
