import { z } from 'zod';
import type { ChatLlm } from '../llm/index.js';
import { fillTemplate, type PromptTemplate } from '../prompt-template.js';
import type { Answer, Citation, SearchHit } from './types.js';

const QUOTED = 3;
const LEAD_CHARS = 90;
const HELP_LINE = '如果还拿不准，可以拨打 12348 公共法律服务热线，或到所在乡镇（街道）综治中心当面咨询。';

// Off-topic questions score below ~0.7 (lexical) and ~0.3 (dense); answerable ones above ~1.4 / 0.24.
const WEAK_LEXICAL = 1.0;
const WEAK_DENSE = 0.35;
/** Below this even a weak answer lists no articles: nothing in the corpus is about the question. */
const MAYBE_LEXICAL = 0.75;

/**
 * Retrieval is weak when neither retriever is confident about the best passage: no strong full-text
 * match and no close vector. Thresholds were set on the QA dev set against off-topic questions.
 */
export function isWeakRetrieval(hits: SearchHit[]): boolean {
  if (!hits.length) return true;
  const lexical = Math.max(...hits.map((h) => h.lexical?.score ?? 0));
  const dense = Math.max(...hits.map((h) => h.dense?.score ?? 0));
  return lexical < WEAK_LEXICAL && dense < WEAK_DENSE;
}

const cite = (h: SearchHit): Citation => ({ doc: h.doc, article: h.article, text: h.text });
const label = (h: Pick<SearchHit, 'doc' | 'article'>) => `《${h.doc}》${h.article ?? ''}`;

function uniqueByArticle(hits: SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.doc}|${h.article ?? h.chunkId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const withoutArticleNumber = (text: string) => text.replace(/^第[一二三四五六七八九十百千零〇]+条(之[一二三四五六七八九十]+)?\s*/, '');

const firstSentence = (text: string) => {
  const body = withoutArticleNumber(text);
  const end = body.search(/[。；]/);
  const sentence = end > 0 ? body.slice(0, end + 1) : body;
  return sentence.length > LEAD_CHARS ? `${sentence.slice(0, LEAD_CHARS)}……` : sentence;
};

const WEAK_ANSWER = `抱歉，我在现有的法律法规里没有找到和您的问题足够相关的条文，不敢乱说。${HELP_LINE}`;

/** Offline answer: a plain lead naming the best article, then the articles quoted, best first. */
export function extractiveAnswer(hits: SearchHit[]): Answer {
  const best = uniqueByArticle(hits);
  if (isWeakRetrieval(hits)) {
    const maybe = best.filter((h) => (h.lexical?.score ?? 0) >= MAYBE_LEXICAL).slice(0, QUOTED);
    if (!maybe.length) return { answer: WEAK_ANSWER, citations: [], grounded: false, source: 'extractive' };
    const list = maybe.map((h) => `${label(h)}：${firstSentence(h.text)}`).join('\n');
    return {
      answer: `抱歉，我没有找到能直接回答这个问题的条文，下面几条可能有关，仅供参考，不能当作结论：\n${list}\n\n${HELP_LINE}`,
      citations: maybe.map(cite),
      grounded: false,
      source: 'extractive',
    };
  }
  const quoted = best.slice(0, QUOTED);
  const lead = `这个问题主要看${label(quoted[0] as SearchHit)}：${firstSentence((quoted[0] as SearchHit).text)}`;
  const body = quoted.map((h) => `${label(h)}：${withoutArticleNumber(h.text)}`).join('\n\n');
  const superseded = quoted.some((h) => !h.current) ? '\n\n注意：以上含已失效或已修订的旧文本，仅供对照，办事以现行规定为准。' : '';
  return {
    answer: `${lead}\n\n相关条文原文：\n${body}${superseded}\n\n${HELP_LINE}`,
    citations: best.map(cite),
    grounded: true,
    source: 'extractive',
  };
}

const LlmAnswer = z.object({ answer: z.string().min(1).max(2000), cited: z.array(z.coerce.number().int()).min(1) });

/** Every 《…》第…条 the answer mentions must be among the retrieved passages. */
function mentionsOnlyRetrieved(answer: string, hits: SearchHit[]): boolean {
  const known = new Set(hits.map((h) => `${h.doc}|${h.article}`));
  for (const m of answer.matchAll(/《([^》]+)》\s*(第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?)/g)) {
    if (!known.has(`${m[1]}|${m[2]}`)) return false;
  }
  return true;
}

/** True when the answer repeats a run of the instructions (a prompt leak after an injection). */
function echoesInstructions(answer: string, system: string): boolean {
  const RUN = 16;
  const flat = system.replace(/\s+/g, '');
  const said = answer.replace(/\s+/g, '');
  for (let i = 0; i + RUN <= flat.length; i += RUN / 2) if (said.includes(flat.slice(i, i + RUN))) return true;
  return false;
}

/**
 * LLM synthesis over the retrieved passages. Returns null (caller falls back to extractive) when
 * the output is malformed, cites a passage that was not retrieved, names an article it was not given, or
 * repeats the instructions.
 */
export async function synthesizeAnswer(llm: ChatLlm, prompt: PromptTemplate, question: string, hits: SearchHit[]): Promise<Answer | null> {
  const passages = uniqueByArticle(hits);
  const numbered = passages.map((h, i) => `[${i + 1}] ${label(h)}\n${h.text}`).join('\n\n');
  const raw = await llm.complete({
    json: true,
    messages: [
      { role: 'system', content: prompt.system },
      { role: 'user', content: fillTemplate(prompt.user, { question, passages: numbered }) },
    ],
  });
  let parsed: z.infer<typeof LlmAnswer>;
  try {
    parsed = LlmAnswer.parse(JSON.parse(raw));
  } catch {
    return null;
  }
  if (parsed.cited.some((n) => n < 1 || n > passages.length)) return null;
  if (!mentionsOnlyRetrieved(parsed.answer, passages) || echoesInstructions(parsed.answer, prompt.system)) return null;
  const markers = [...parsed.answer.matchAll(/【(\d+)】/g)].map((m) => Number(m[1]));
  if (markers.some((n) => n < 1 || n > passages.length)) return null;
  const cited = [...new Set(parsed.cited)].map((n) => passages[n - 1] as SearchHit);
  const text = parsed.answer.replace(/【(\d+)】/g, (_, n: string) => `（${label(passages[Number(n) - 1] as SearchHit)}）`);
  return { answer: text, citations: cited.map(cite), grounded: true, source: 'llm' };
}
