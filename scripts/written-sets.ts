/**
 * The project's own written routing and emergency sets in test/bench (same shape as ../shared/eval/routing-dev),
 * shared by the trainers: which files they learn from and which they must never see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_KNOWLEDGE_DIR } from '../server/src/routing/knowledge-files.js';
import { Kind, RouteCode, Topic } from '../server/src/routing/types.js';

const BENCH_DIR = join(DEFAULT_KNOWLEDGE_DIR, '../test/bench');

/** Kept out of every model's training so rules and models together have sets they have never learnt from. */
export const NEVER_TRAINED = new Set([
  'routing-final.jsonl',
  'routing-final3.jsonl',
  'routing-final4.jsonl',
  'routing-final5.jsonl',
  'routing-final6.jsonl',
  'routing-final7.jsonl',
  'routing-final8.jsonl',
  'routing-final9.jsonl',
  'routing-final10.jsonl',
  'routing-final11.jsonl',
  'routing-final12.jsonl',
  'routing-final13.jsonl',
  'routing-final14.jsonl',
  'routing-final15.jsonl',
  'routing-final16.jsonl',
  'routing-final17.jsonl',
  'routing-final18.jsonl',
  'routing-final19.jsonl',
  'routing-final20.jsonl',
  'routing-final21.jsonl',
  'routing-final22.jsonl',
  'routing-final23.jsonl',
  'routing-final24.jsonl',
  'emergency-final9.jsonl',
  'emergency-final10.jsonl',
  'emergency-final11.jsonl',
  'emergency-final12.jsonl',
  'emergency-final13.jsonl',
  'emergency-final14.jsonl',
  'emergency-final15.jsonl',
  'emergency-final16.jsonl',
  'emergency-final17.jsonl',
  'emergency-final18.jsonl',
  'emergency-final19.jsonl',
  'emergency-final20.jsonl',
  'emergency-final21.jsonl',
  'emergency-final22.jsonl',
  'emergency-final23.jsonl',
  'emergency-final24.jsonl',
]);

export const WrittenCase = z.object({
  text: z.string(),
  kind: Kind,
  routes: z.array(RouteCode).min(1),
  topic: z.array(Topic).min(1),
  emergency: z.boolean(),
});
export type WrittenCase = z.infer<typeof WrittenCase>;

/** The training files, sorted so retraining gives the same model. */
export const trainingFiles = (): string[] =>
  readdirSync(BENCH_DIR)
    .filter((f) => /^(emergency|routing)-.*\.jsonl$/.test(f) && !NEVER_TRAINED.has(f))
    .sort();

export const readWritten = (file: string): WrittenCase[] =>
  readFileSync(join(BENCH_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => WrittenCase.parse(JSON.parse(l)));
