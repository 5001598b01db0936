import { z } from 'zod';
import type { ChatLlm } from '../llm/index.js';
import { logger } from '../log.js';
import type { Extraction } from './extract/index.js';
import { isPlausibleName } from './extract/names.js';
import type { IntakeSpec } from './spec.js';
import type { Slot } from './types.js';

/** What the model may propose; every field optional, unknown keys dropped. */
const LlmFields = z.object({
  name: z.string().nullish(),
  phone: z.string().nullish(),
  people: z.number().int().positive().max(1_000_000).nullish(),
  amount: z.number().positive().max(1e10).nullish(),
  when: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
  previous: z.array(z.string().max(100)).max(10).nullish(),
  request: z.string().max(200).nullish(),
  anonymous: z.boolean().nullish(),
});
type LlmFields = z.infer<typeof LlmFields>;

export interface LlmExtractor {
  /** Fills gaps the rules left; rules win every conflict; any failure returns the rule result unchanged. */
  refine(text: string, rules: Extraction, awaiting: Slot | null): Promise<Extraction>;
}

const MIN_CHARS_FOR_LLM = 12;
const PERSONAL = /(?<!\d)1[3-9]\d{9}(?!\d)|(?<![\dXx])\d{17}[\dXx](?![\dXx])/g;

/** Replaces phone and ID numbers with placeholders the model sees instead; restore() maps them back. */
export function maskForLlm(text: string, names: string[]): { masked: string; restore: (value: string) => string } {
  const secrets = new Map<string, string>();
  let numbers = 0;
  let masked = text.replace(PERSONAL, (secret) => {
    const token = `[号码${++numbers}]`;
    secrets.set(token, secret);
    return token;
  });
  [...new Set(names)].forEach((name, i) => {
    const token = `[姓名${i + 1}]`;
    secrets.set(token, name);
    masked = masked.split(name).join(token);
  });
  const restore = (value: string) => value.replace(/\[(号码|姓名)\d+\]/g, (token) => secrets.get(token) ?? token);
  return { masked, restore };
}

function merge(rules: Extraction, proposed: LlmFields, restore: (v: string) => string, today: string): Extraction {
  const merged: Extraction = { ...rules };
  const name = proposed.name ? restore(proposed.name) : null;
  if (!rules.name && !rules.anonymous && name && isPlausibleName(name)) merged.name = name;
  const phone = proposed.phone ? restore(proposed.phone).replace(/\D/g, '') : null;
  if (!rules.phone && !rules.phoneInvalid && phone && /^1[3-9]\d{9}$/.test(phone)) merged.phone = phone;
  if (rules.people === undefined && proposed.people) merged.people = proposed.people;
  if (!rules.amount && proposed.amount) merged.amount = { yuan: proposed.amount, text: String(proposed.amount) };
  if (!rules.when && proposed.when && proposed.when <= today) merged.when = { iso: proposed.when, precision: 'day', text: proposed.when };
  if (!rules.previous && proposed.previous) merged.previous = { channels: proposed.previous.map(restore) };
  if (!rules.request && proposed.request) merged.request = restore(proposed.request);
  if (rules.anonymous === undefined && proposed.anonymous) merged.anonymous = true;
  return merged;
}

/** Structured extraction through an OpenAI-compatible model, bounded by `budgetMs`. */
export function createLlmExtractor(llm: ChatLlm, spec: IntakeSpec, options: { now: () => Date; budgetMs: number }): LlmExtractor {
  return {
    async refine(text, rules, awaiting) {
      // Short answers (张海, 不知道, a phone number) are the rules' home ground; no round trip for them.
      if (text.length < MIN_CHARS_FOR_LLM) return rules;
      const { masked, restore } = maskForLlm(text, [rules.name, rules.agent?.name, rules.agent?.forPerson].filter((n): n is string => !!n));
      const today = options.now().toISOString().slice(0, 10);
      let timer: NodeJS.Timeout | undefined;
      try {
        const call = llm.complete({
          json: true,
          messages: [
            { role: 'system', content: spec.llm.system.replace('{today}', today) },
            { role: 'user', content: spec.llm.user.replace('{awaiting}', awaiting ?? '无').replace('{message}', masked) },
          ],
        });
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('llm extraction over budget')), options.budgetMs);
        });
        const raw = await Promise.race([call, timeout]);
        const parsed = LlmFields.safeParse(JSON.parse(raw));
        if (!parsed.success) throw new Error('llm extraction did not match the schema');
        return merge(rules, parsed.data, restore, today);
      } catch (err) {
        logger.warn('llm extraction skipped; rules only', { error: err instanceof Error ? err : String(err) });
        return rules;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
