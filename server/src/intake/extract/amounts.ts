import { NUMBER_SOURCE, parseChineseNumber } from './numerals.js';

export interface AmountFinding {
  /** Yuan; a lower bound when the words say 多/余/几 (六万多 → 60000). */
  yuan: number;
  text: string;
}

// 3.5w and 8k are how the young type 三万五 and 八千.
const MONEY = new RegExp(`(${NUMBER_SOURCE})(多|余|来)?(万|千|w(?![a-z])|k(?![a-z]))?(多|余)?\\s*(块钱|块|元|万元)?`, 'g');
// Words right before a number that make it a rate, not the sum in dispute (一天两百五, 每月三千).
const RATE_BEFORE = /(一天|每天|日薪|天工|一个月|每个月|每月|月薪|月工资|一年|每年|年薪|每人|每亩|一亩|每户|每平)[^，。；,;]{0,4}$/;
const NOT_MONEY_AFTER = /^(多|余|来)?(个|人|户|家|亩|分|平|米|斤|公斤|吨|岁|年|月|天|次|号|日|名|位|辆|间|层|栋|里|公里|遍|趟|周)/;
const TOTAL_WORD = /(一共|总共|共|合计|总计|欠|拖欠|赔|赔偿|补偿|罚款|罚了|花了|损失|判)[^，。；]{0,6}$/;

/** The amount in dispute: total-like words win over bare figures; rates are skipped. */
export function extractAmount(text: string): AmountFinding | null {
  let best: (AmountFinding & { total: boolean }) | null = null;
  for (const m of text.matchAll(MONEY)) {
    const [whole, number, , unit, , currency] = m;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    const after = text.slice((m.index ?? 0) + whole.length);
    // A unit alone is a surname or a word (万桂香, 千万别), not a sum.
    if (!/[\d零〇一二两三四五六七八九十百几]/.test(number ?? '')) continue;
    const hasBigUnit = /[万千wk]/.test(number + (unit ?? ''));
    if (!currency && !hasBigUnit) continue;
    if (!currency && NOT_MONEY_AFTER.test(after)) continue;
    if (RATE_BEFORE.test(before)) continue;
    const base = parseChineseNumber(number ?? '');
    if (base === null || base <= 0) continue;
    const yuan = base * (unit === '万' || unit === 'w' || currency === '万元' ? 10_000 : unit === '千' || unit === 'k' ? 1000 : 1);
    const total = TOTAL_WORD.test(before);
    if (!best || (total && !best.total) || (total === best.total && yuan > best.yuan)) {
      best = { yuan, text: whole.trim(), total };
    }
  }
  return best ? { yuan: best.yuan, text: best.text } : null;
}
