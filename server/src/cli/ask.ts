import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { openRuntime } from '../runtime.js';
import { mapJsonl } from './jsonl.js';

/**
 * `npm run -s ask -- --jsonl`: `{id, question}` lines in, `{id, answer, citations:[{doc, article}]}`
 * lines out, citations best first. `npm run -s ask -- "问题"` prints one answer for a person.
 * Offline and deterministic without LLM_* keys; progress goes to stderr only.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = await openRuntime(config, { clock: systemClock, log: (line) => process.stderr.write(`${line}\n`) });
  try {
    const { knowledge } = runtime.deps;
    if (process.argv.includes('--jsonl')) {
      await mapJsonl(async (row) => {
        const question = typeof row.question === 'string' ? row.question : '';
        const { answer, citations } = await knowledge.answer(question);
        return { id: row.id ?? null, answer, citations: citations.map(({ doc, article }) => ({ doc, article })) };
      });
    } else {
      const question = process.argv.slice(2).join(' ').trim();
      if (!question) throw new Error('usage: npm run -s ask -- "您的问题"  or  npm run -s ask -- --jsonl < questions.jsonl');
      const { answer, citations } = await knowledge.answer(question);
      process.stdout.write(`${answer}\n\n引用：${citations.map((c) => `《${c.doc}》${c.article ?? ''}`).join('、') || '无'}\n`);
    }
  } finally {
    await runtime.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`ask failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
