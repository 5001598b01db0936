import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const AliasFile = z.object({
  about: z.string().optional(),
  aliases: z.array(z.object({ doc: z.string().min(1), article: z.string().min(1), words: z.array(z.string().min(1)).min(1) })),
});

/** knowledge/aliases/*.json, one file per group of texts; an article named in several files gets all their words. */
export const ALIAS_DIR = 'aliases';

/** The alias files in a stable order (their bytes feed the index hash). */
export function aliasFiles(knowledgeDir: string): string[] {
  return readdirSync(join(knowledgeDir, ALIAS_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(ALIAS_DIR, f));
}

/** Colloquial words per article, keyed `doc|article` by the document's short title. */
export function loadArticleAliases(knowledgeDir: string): Map<string, string[]> {
  const merged = new Map<string, Set<string>>();
  for (const file of aliasFiles(knowledgeDir)) {
    const parsed = AliasFile.safeParse(JSON.parse(readFileSync(join(knowledgeDir, file), 'utf8')));
    if (!parsed.success) throw new Error(`knowledge/${file}: ${z.prettifyError(parsed.error)}`);
    for (const a of parsed.data.aliases) {
      const key = `${a.doc}|${a.article}`;
      const words = merged.get(key) ?? new Set<string>();
      for (const w of a.words) words.add(w);
      merged.set(key, words);
    }
  }
  return new Map([...merged].map(([key, words]) => [key, [...words]]));
}
