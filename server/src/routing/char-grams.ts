import { contentWords } from './segment.js';

/** Character n-grams: the features of the danger and route models, which must read dialect and typos without a segmenter. */

const MAX_GRAM = 3;
/** Evidence worth showing a citizen: two or more Chinese characters, no punctuation. */
const WORDS = /^\p{Script=Han}{2,}$/u;

// The route and case topic models read the same normalised message one after the other: the last result is kept.
let last: { text: string; grams: readonly string[] } | null = null;

/** Every distinct character 1–3-gram of an already normalised message. */
export function charGrams(normalizedText: string): readonly string[] {
  if (last?.text === normalizedText) return last.grams;
  const chars = [...normalizedText];
  const out = new Set<string>();
  for (let n = 1; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  }
  last = { text: normalizedText, grams: Object.freeze([...out]) };
  return last.grams;
}

/**
 * The words to name in a rationale: the message's own content words (two or more Chinese characters),
 * each as strong as its strongest n-gram of two or more characters, strongest first, positive ones only.
 * Whole words read better to a citizen than the n-grams the models count (了说, 人看).
 */
export function evidenceWords(text: string, strength: (gram: string) => number | undefined, count: number): string[] {
  const words = [...new Set(contentWords(text))].filter((w) => WORDS.test(w));
  const scored = words.map((w) => [w, Math.max(0, ...innerGrams(w).map((g) => strength(g) ?? 0))] as const);
  return scored
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([w]) => w);
}

/** The n-grams of two or more characters inside a word, the word itself included when short enough. */
function innerGrams(word: string): string[] {
  const chars = [...word];
  const out: string[] = [];
  for (let n = 2; n <= MAX_GRAM; n++) for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  return out;
}
