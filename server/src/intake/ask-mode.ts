import type { IntakeSpec } from './spec.js';

const hasAny = (text: string, words: string[]) => words.some((w) => text.includes(w));
// A sentence-final 不 or 没 asks a yes-no question (要交钱不, 还能告没).
const ENDS_AS_QUESTION = /(不|没|没有)[?？。!！\s]*$/;

/**
 * `legal`: a question about the law (多长时间可以申请复议?, 请问…?) — answer it, then offer to file.
 * `legal-with-story`: the same question inside the citizen's own story (我被罚了款…多久能申请复议?) —
 * answer it and carry on with intake in the same turn. null: a matter to file ("工钱没给，怎么办?").
 */
export function classifyQuestion(text: string, spec: IntakeSpec): 'legal' | 'legal-with-story' | null {
  const lex = spec.askMode;
  if (!(hasAny(text, lex.questionMarks) || ENDS_AS_QUESTION.test(text)) || hasAny(text, lex.filingMarkers)) return null;
  const story = hasAny(text, lex.narrativeMarkers);
  if (hasAny(text, lex.legalQuestion)) return story ? 'legal-with-story' : 'legal';
  return hasAny(text, lex.askMarkers) && !story ? 'legal' : null;
}
