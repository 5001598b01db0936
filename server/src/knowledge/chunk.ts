import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { CorpusDocument } from './corpus.js';

export interface Chunk {
  article: string | null;
  chapter: string | null;
  text: string;
}

const NUM = '[一二三四五六七八九十百千零〇]+';
const ARTICLE_START = new RegExp(`^(第${NUM}条(?:之${NUM})?)(?:[\\s\\u3000]+|$)`);
const HEADING = /^(#{1,6})\s+(.+)$/;

/** Legal texts are those whose body has article lines (第X条 …). */
export const isLegalText = (doc: CorpusDocument) => doc.body.some((l) => ARTICLE_START.test(l.text.trim()));

/**
 * One chunk per article; the 款/项 lines stay inside it on their own lines, and the chapter path
 * (章 › 节) comes from the headings above. Text before the first article (preamble) is skipped.
 */
export function chunkByArticle(doc: CorpusDocument): Chunk[] {
  const chunks: Chunk[] = [];
  const headings: string[] = [];
  let current: Chunk | null = null;
  for (const { text: raw } of doc.body) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    if (heading) {
      const depth = (heading[1] as string).length;
      if (depth === 1) continue; // the document title
      headings.length = Math.max(0, depth - 2);
      headings.push((heading[2] as string).replace(/[\s\u3000]+/g, ' ').trim());
      current = null;
      continue;
    }
    const article = ARTICLE_START.exec(line);
    if (article) {
      current = { article: article[1] as string, chapter: headings.join(' › ') || null, text: line };
      chunks.push(current);
    } else if (current && line && !line.startsWith('<!--')) {
      current.text += `\n${line}`;
    }
  }
  return chunks;
}

const splitter = new RecursiveCharacterTextSplitter({
  chunkSize: 500,
  chunkOverlap: 50,
  separators: ['\n\n', '\n', '。', '；', '，', ''],
});

/** Non-legal documents (reports, guidance): split under each heading by paragraphs. */
export async function chunkByHeading(doc: CorpusDocument): Promise<Chunk[]> {
  const sections: { chapter: string | null; lines: string[] }[] = [{ chapter: null, lines: [] }];
  for (const { text } of doc.body) {
    const heading = HEADING.exec(text.trim());
    if (heading) sections.push({ chapter: (heading[2] as string).trim(), lines: [] });
    else (sections.at(-1) as { lines: string[] }).lines.push(text);
  }
  const chunks: Chunk[] = [];
  for (const section of sections) {
    const body = section.lines.join('\n').replace(/<!--[\s\S]*?-->/g, '').trim();
    if (!body) continue;
    for (const text of await splitter.splitText(body)) chunks.push({ article: null, chapter: section.chapter, text });
  }
  return chunks;
}

export async function chunkDocument(doc: CorpusDocument): Promise<Chunk[]> {
  return isLegalText(doc) ? chunkByArticle(doc) : chunkByHeading(doc);
}
