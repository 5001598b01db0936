import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/clock.js';
import { createRouter, registerRoutingRoutes } from '../../server/src/routing/index.js';

const app = new OpenAPIHono();
registerRoutingRoutes(app, { router: createRouter({ knowledge: null, clock: fixedClock('2025-06-01T08:00:00Z') }) });

const post = (body: unknown) =>
  app.request('/api/route', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/route', () => {
  it('answers with the routing decision and its bases', async () => {
    const res = await post({ text: '村里把我家的承包地流转出去了，流转费一分没给' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { route: string; deadlines: { months: number | null }[]; citations: unknown[] };
    expect(body.route).toBe('land_arbitration');
    expect(body.deadlines[0]?.months).toBe(24);
    expect(body.citations.length).toBeGreaterThan(0);
  });

  it('rejects an empty text', async () => {
    const res = await post({ text: '  ' });
    expect(res.status).toBe(400);
  });
});
