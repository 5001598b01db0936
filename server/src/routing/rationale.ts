import type { RouteDecision } from './decide.js';
import type { EmergencyHit } from './emergency.js';
import type { RoutingResult } from './types.js';

const KIND_BASIS = { 建议意见: '第二十九条', 检举控告: '第三十条', 申诉求决: '第三十一条' } as const;

const STAGE_NOTE = {
  review: '已有信访处理意见，走复查程序（《信访工作条例》第三十五条）。',
  recheck: '已有复查意见，走复核程序（《信访工作条例》第三十六条）。',
  final: '已有复核意见，信访程序已终结，同一事实和理由不再受理（《信访工作条例》第三十六条）。',
  judicial: '已进入诉讼程序的事项依法按诉讼程序处理，诉访分离（《信访工作条例》第三十一条）。',
} as const;

/** How a model's judgement is told: by the words it relied on, when it can name some. */
const byModel = (words: string[]) => (words.length ? `模型依据“${words.join('”“')}”等字词判断` : '由模型判断');

/** A plain-language explanation of the decision, naming the words that triggered each rule. */
export function explain(result: RoutingResult, decision: RouteDecision, danger: EmergencyHit | null, place: string | null): string {
  const parts: string[] = [];
  if (danger?.foundBy === 'rules') parts.push(`有正在发生的危险（“${danger.evidence}”）：请立即拨打${danger.hotline}。`);
  if (danger?.foundBy === 'model') parts.push(`这段话读来像有危险正在发生（${byModel(danger.evidence ? [danger.evidence] : [])}）：请立即拨打${danger.hotline}。`);
  parts.push(`事项类别：${result.kind}（《信访工作条例》${KIND_BASIS[result.kind]}）；主题：${result.topic}。`);
  if (decision.stage) parts.push(STAGE_NOTE[decision.stage]);
  const main = danger ? result.alternatives[0] : result.primary;
  if (main) {
    const rule = decision.primaryRules[0];
    const learnt = decision.learnt ? `（没有规则直接对应，${byModel(decision.learnt)}）` : '';
    const evidence = rule ? `（依据文中的“${rule.evidence}”）` : learnt;
    parts.push(`${danger ? '危险解除后' : '建议途径'}：${main.body}${evidence}——${main.reason}。`);
  }
  const others = (danger ? result.alternatives.slice(1) : result.alternatives).map((a) => a.body);
  if (others.length) parts.push(`也可以：${others.slice(0, 3).join('；')}。`);
  if (place) parts.push(`地点：${place}。`);
  for (const d of result.deadlines) if (d.due) parts.push(`${d.label}：${d.due}前（按日历日计算）。`);
  return parts.join('');
}
