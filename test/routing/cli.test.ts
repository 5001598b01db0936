import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RouteCode } from '../../server/src/routing/index.js';

const EVAL_FILE = '../shared/eval/routing-dev.jsonl';

function runCli(input: string) {
  return spawnSync('npx', ['tsx', 'server/src/cli/route.ts', '--jsonl', '--no-knowledge'], { input, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run -s route -- --jsonl', () => {
  it('writes exactly one contract line per input line and nothing else on stdout', () => {
    const input = readFileSync(EVAL_FILE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const { id, text } = JSON.parse(l) as { id: string; text: string };
        return JSON.stringify({ id, text });
      });
    const run = runCli(`${input.join('\n')}\n`);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(input.map((l) => (JSON.parse(l) as { id: string }).id));
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining(['id', 'kind', 'route', 'alternatives', 'topic', 'emergency', 'division', 'level', 'body', 'citations']),
      );
      expect(RouteCode.safeParse(line.route).success).toBe(true);
      expect((line.alternatives as unknown[]).every((a) => RouteCode.safeParse(a).success)).toBe(true);
      expect(typeof line.emergency).toBe('boolean');
      expect(line.citations).toEqual(expect.arrayContaining([expect.objectContaining({ doc: expect.any(String) })]));
    }
  });

  it('answers a line that is not JSON with an error line and goes on', () => {
    const run = runCli('not json\n{"id":"x1","text":"他正在拿刀砍人"}\n');
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: null, error: 'invalid_json' });
    expect(lines[1]).toMatchObject({ id: 'x1', route: 'emergency', emergency: true, hotline: '110' });
  });
});
