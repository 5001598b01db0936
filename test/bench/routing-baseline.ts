import type { RouteCode } from '../../server/src/routing/index.js';

/** A plain keyword baseline: first keyword found decides, no negation, no weights, no context. */
const KEYWORDS: [RegExp, RouteCode][] = [
  [/救命|自杀|着火|打死|杀/, 'emergency'],
  [/法院|判/, 'judicial'],
  [/工资|工钱|社保|工伤/, 'labor_arbitration'],
  [/承包|流转/, 'land_arbitration'],
  [/罚/, 'admin_review'],
  [/低保|救助|申请/, 'admin_procedure'],
  [/污|假|赌|举报/, 'law_enforcement'],
  [/贪|村干部|村主任/, 'discipline'],
  [/邻居|隔壁|离婚|家/, 'mediation'],
  [/建议|希望/, 'suggestion'],
];

export function keywordBaseline(text: string): RouteCode {
  return KEYWORDS.find(([re]) => re.test(text))?.[1] ?? 'xinfang';
}
