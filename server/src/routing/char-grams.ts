/** Character n-grams: the features of the danger and route models, which must read dialect and typos without a segmenter. */

const MAX_GRAM = 3;
/** Evidence worth showing a citizen: two or more Chinese characters, no punctuation. */
const WORDS = /^\p{Script=Han}{2,}$/u;

/** Every distinct character 1–3-gram of an already normalised message. */
export function charGrams(normalizedText: string): string[] {
  const chars = [...normalizedText];
  const out = new Set<string>();
  for (let n = 1; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  }
  return [...out];
}

/**
 * The n-grams to name in a rationale, from (n-gram, strength) pairs: positive strength, words only, strongest
 * first, skipping any inside or around one already shown (刀 after 拿刀).
 */
export function evidenceWords(scored: Iterable<readonly [string, number]>, count: number): string[] {
  const ranked = [...scored].filter(([f, s]) => s > 0 && WORDS.test(f)).sort((a, b) => b[1] - a[1]);
  const shown: string[] = [];
  for (const [f] of ranked) {
    if (shown.length >= count) break;
    if (!shown.some((s) => s.includes(f) || f.includes(s))) shown.push(f);
  }
  return shown;
}
