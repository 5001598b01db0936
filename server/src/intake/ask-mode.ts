import type { IntakeSpec } from './spec.js';

const hasAny = (text: string, words: string[]) => words.some((w) => text.includes(w));

/**
 * A question about the law rather than a matter to file: a legal question (多长时间可以申请复议?), or
 * an enquiry (请问…?) that tells no story of the citizen's own. "我的工钱没给，怎么办?" stays intake.
 */
export function isLegalQuestion(text: string, spec: IntakeSpec): boolean {
  const lex = spec.askMode;
  if (!hasAny(text, lex.questionMarks) || hasAny(text, lex.filingMarkers)) return false;
  return hasAny(text, lex.legalQuestion) || (hasAny(text, lex.askMarkers) && !hasAny(text, lex.narrativeMarkers));
}
