import type { Knowledge } from '../knowledge/index.js';
import type { LegalBasis } from './types.js';

export interface RouteCitationText {
  doc: string;
  article: string | null;
  text: string;
}

/**
 * The text of each legal basis, looked up in the knowledge base; a basis the knowledge base cannot find is
 * dropped rather than cited unchecked. Without a knowledge base (or when it fails) the bases are kept with
 * empty text so the decision still says what it rests on.
 */
export async function citeBases(knowledge: Knowledge | null, bases: LegalBasis[]): Promise<RouteCitationText[]> {
  const unique = [...new Map(bases.map((b) => [`${b.doc}|${b.article}`, b])).values()];
  if (!knowledge) return unique.map((b) => ({ doc: b.doc, article: b.article, text: '' }));
  try {
    const hits = await Promise.all(unique.map((b) => knowledge.getArticle(b.doc, b.article)));
    return hits.flatMap((hit, i) => {
      const basis = unique[i];
      // Cited by the name people use (行政复议法), as the answers do.
      return hit && basis ? [{ doc: hit.doc, article: basis.article, text: hit.text }] : [];
    });
  } catch {
    return unique.map((b) => ({ doc: b.doc, article: b.article, text: '' }));
  }
}
