// Taiwan standard, not plain Traditional: it also maps 著→着 where it means the particle (著火, 穿著).
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * The form every routing matcher sees: Simplified script, half-width ASCII, lower case, no spaces.
 * Spaces are dropped because citizens type them at random inside Chinese sentences.
 */
export function normalizeForRouting(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .replace(/\p{Cc}/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** A space between two runs of at least this many characters ends a sentence rather than splitting a phrase. */
const SENTENCE_MIN = 4;

/**
 * The danger detector's form: as normalizeForRouting, but a space between two longer runs becomes a comma.
 * Villagers separate sentences with spaces (心口好痛 出了冷汗 他之前做过搭桥); without them a 之前 or 没 in one
 * sentence would reach into the next. Spaces inside a phrase (我 老公 拿刀) still just disappear.
 */
export function normalizeForDanger(text: string): string {
  const runs = text.trim().split(/\s+/);
  const joined = runs.reduce((out, run, i) => {
    if (i === 0) return run;
    const previous = runs[i - 1] ?? '';
    return out + (previous.length >= SENTENCE_MIN && run.length >= SENTENCE_MIN ? '，' : '') + run;
  }, '');
  return normalizeForRouting(joined);
}
