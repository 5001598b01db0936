export interface PreviousFinding {
  /** Channels already tried and case numbers, as the citizen said them; empty when none was tried. */
  channels: string[];
}

const TRIED = /(找过|找了|讲过|提过|报告过|反映过|反映了|去过|问过|申请过|申请了|说过|告过|起诉过|起诉了|投诉过|投诉了|打过|交过|递过|上访过|信访过|报过警|报警了|报了警|仲裁过|申请了仲裁|写过信|举报过|告到|判了|判的|立案|调解过|调解了|协调过|协调了|处理过|调过)/;
const NEVER = /(没有?|未|还没有?|从来没有?|从没|不曾)[^，。；,;]{0,8}(找|反映|去|问|申请|说|告|起诉|投诉|打|交|递|上访|信访|报警|仲裁|举报|调解|协调|处理)(过|了)?|(第一次|头一回)(反映|说|找)/;
const CASE_NUMBER = /[(（]?\d{4}[)）]?[\u4e00-\u9fff]{1,8}\d{0,4}[\u4e00-\u9fff]{0,4}第?\d+号|(?:案号|编号|受理号|回执号)[:：\s]*([A-Za-z0-9-]{4,})/g;

/** Channels already tried (去年找过村委会), explicit "没有找过", and case numbers like (2023)赣0322民初123号. */
export function extractPrevious(text: string, expectingPrevious: boolean): PreviousFinding | null {
  const caseNumbers = [...text.matchAll(CASE_NUMBER)].map((m) => m[0]);
  const clauses = text.split(/[，。；！？,;!?\n]+/).map((c) => c.trim()).filter(Boolean);
  const tried = clauses.filter((c) => TRIED.test(c) && !NEVER.test(c));
  if (tried.length || caseNumbers.length) return { channels: [...new Set([...tried, ...caseNumbers])] };
  if (clauses.some((c) => NEVER.test(c))) return { channels: [] };
  // A bare 没有 answers only the question about previous channels, not "anything to change?".
  return expectingPrevious && /没|无|不|第一次|头一回/.test(text) ? { channels: [] } : null;
}
