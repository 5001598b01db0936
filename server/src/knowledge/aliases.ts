import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const AliasFile = z.object({
  aliases: z.array(z.object({ doc: z.string().min(1), article: z.string().min(1), words: z.array(z.string().min(1)).min(1) })),
});

export const ALIAS_FILE = 'article-aliases.json';

/** Colloquial words per article, keyed `doc|article` by the document's short title. */
export function loadArticleAliases(knowledgeDir: string): Map<string, string[]> {
  const file = AliasFile.parse(JSON.parse(readFileSync(join(knowledgeDir, ALIAS_FILE), 'utf8')));
  return new Map(file.aliases.map((a) => [`${a.doc}|${a.article}`, a.words]));
}
