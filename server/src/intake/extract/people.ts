import { NUMBER_SOURCE, parseChineseNumber } from './numerals.js';

const COUNT = new RegExp(
  `(好)?(${NUMBER_SOURCE})(多|来|余)?(?:个|名|位)?(户人家|户|家人家|家|口人|工友|村民|农民工|工人|员工|老人|学生|人)`,
  'g',
);
const NOT_GROUP = /^(一)$/;

/** How many people or households are affected: 我们六个人 → 6, 十几个工友 → 10, 好几十户 → 20. */
export function extractPeople(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(COUNT)) {
    const number = m[2] ?? '';
    if (NOT_GROUP.test(number) && m[4] === '家') continue;
    const value = parseChineseNumber(number);
    if (value === null || value < 1 || value > 1_000_000 || !Number.isInteger(value)) continue;
    if (best === null || value > best) best = value;
  }
  return best;
}
