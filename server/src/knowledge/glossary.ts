import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { normalizeText } from './normalize-text.js';

const GlossaryFile = z.object({
  /** Homophone slips common in typed and voice-typed petitions (反应 for 反映, 复合 for 复核): corrected before search. */
  typos: z.array(z.object({ pattern: z.string().min(1), replace: z.string() })).default([]),
  entries: z
    .array(
      z.object({
        colloquial: z.array(z.string().min(1)).min(1),
        legal: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});

export interface Glossary {
  /** Fixes the common homophone slips in `text` (already normalised). */
  correct(text: string): string;
  /** Appends the legal terms for every colloquial phrase found in `text` (already normalised). */
  expand(text: string): string;
  /** Every term, for the tokenizer's user dictionary. */
  terms(): string[];
}

export function loadGlossary(knowledgeDir: string): Glossary {
  const file = GlossaryFile.parse(JSON.parse(readFileSync(join(knowledgeDir, 'glossary.json'), 'utf8')));
  const pairs = file.entries.flatMap((e) =>
    e.colloquial.map((c) => ({ phrase: normalizeText(c), legal: e.legal.map(normalizeText) })),
  );
  const typos = file.typos.map((t) => ({ pattern: new RegExp(t.pattern, 'gu'), replace: t.replace }));
  const correct = (text: string) => typos.reduce((out, t) => out.replace(t.pattern, t.replace), text);
  return {
    correct,
    expand(text) {
      const added = new Set<string>();
      for (const { phrase, legal } of pairs) {
        if (text.includes(phrase)) for (const term of legal) if (!text.includes(term)) added.add(term);
      }
      return added.size ? `${text} ${[...added].join(' ')}` : text;
    },
    terms: () => [...new Set(file.entries.flatMap((e) => [...e.colloquial, ...e.legal]).map(normalizeText))],
  };
}
