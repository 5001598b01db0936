// Taiwan standard, not plain Traditional: it also maps 著→着 where it means the particle (著火, 穿著).
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Cantonese words as their Mandarin equivalents, so the rules read Cantonese messages too: the danger rules'
 * negation (唔系 → 不是), past (咗 → 了), now (而家 → 现在; the progressive 烧紧 → 正在烧) markers, and the routing
 * rules' complaints (同佢讲又唔理 → 同他讲又不理). Multi-character words first; single characters only where
 * Mandarin has no use of its own for them.
 */
const CANTONESE: [RegExp, string][] = [
  [/唔系|唔是/g, '不是'],
  [/唔好/g, '不要'],
  [/饮咗/g, '喝了'],
  [/佢哋/g, '他们'],
  [/而家|宜家/g, '现在'],
  [/喺度/g, '在这里'],
  [/(烧|打|劈|斩|追|砸|淹|塌|冲|流|漏)紧/g, '正在$1'],
  [/行唔郁|郁唔到/g, '动不了'],
  [/隔篱/g, '隔壁'],
  [/琴日|寻日|噚日/g, '昨天'],
  [/差佬/g, '警察'],
  [/搞掂/g, '处理好了'],
  [/打交/g, '打架'],
  [/嘈/g, '吵'],
  [/返屋企/g, '回家'],
  [/屋企/g, '家'],
  [/(我|佢|你)(个|嘅)仔/g, '$1儿子'],
  [/(我|佢|你)(个|嘅)女(?![人士])/g, '$1女儿'],
  [/[搵揾]/g, '找'],
  [/(找|问|行)(过)?晒/g, '$1$2遍了'],
  [/(佢|学校|老板|警察|差佬|医生|老师)话/g, '$1说'],
  [/先(?=[一二三四五六七八九十两\d]+岁)/g, '才'],
  [/唔/g, '不'],
  [/冇/g, '没'],
  [/咗/g, '了'],
  [/喺/g, '在'],
  [/佢/g, '他'],
  [/哋/g, '们'],
  [/嘅/g, '的'],
  [/睇/g, '看'],
  [/嚟/g, '来'],
  [/攞/g, '拿'],
  [/俾/g, '给'],
  [/嘢/g, '东西'],
  [/啲/g, '些'],
];

// Homophone slips of pinyin and voice input that change what a matcher reads (以经 → 已经; 在审 → 再审 after a
// request word; 建义 → 建议).
const TYPOS: [RegExp, string][] = [
  [/以经/g, '已经'],
  [/(能|可以|申请|要求|想)(不能)?在审(?!理|核|批|查)/g, '$1$2再审'],
  [/建义/g, '建议'],
];

/**
 * The form every routing matcher sees: Simplified script, half-width ASCII, lower case, no spaces, Cantonese
 * words in Mandarin, common homophone slips corrected. Spaces are dropped because citizens type them at random
 * inside Chinese sentences.
 */
export function normalizeForRouting(text: string): string {
  const simplified = toSimplified(text.normalize('NFKC'))
    .replace(/\p{Cc}/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, '');
  return inMandarin(simplified);
}

const TO_MANDARIN = [...CANTONESE, ...TYPOS];

/** Simplified text with Cantonese words in Mandarin (冇 → 没, 唔 → 不) and the homophone slips corrected. */
export function inMandarin(simplified: string): string {
  return TO_MANDARIN.reduce((out, [word, mandarin]) => out.replace(word, mandarin), simplified);
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
