import { maskPersonalData } from '../privacy/index.js';
import { extractPrevious, isPlaceOnly } from './extract/index.js';
import { fill, type IntakeSpec } from './spec.js';
import type { SessionState } from './state.js';

const SUMMARY_MAX = 200;

// Clauses that carry no fact of the matter: greetings, "我想反映个事", self-introductions, contact details.
const GREETING = /^(你好|您好|喂|哈喽|在吗)[，,！!\s]*/;
const INTENT_ONLY = /^(我们?|就)?(想|要|来|需要)?(跟您|跟你们|向你们|给你们)?(帮.{0,14})?(反映|说|咨询|问|提|举报|投诉)(一下|一个|个|点)?(事情?|问题|情况|建议|意见)?$/;
const SELF_INTRO = /^(我|本人)(叫|姓|的名字)|^我是.{0,16}(的|人|网格员|代办员|村民|居民)$/;
const INTRODUCES = /^(我|本人)(是|叫|姓)/;
const CONTACT = /电话|手机|号码|\d+\*{4}\d+/;
// Messages are stored half-width for matching; staff read the summary with Chinese punctuation.
const FULL_WIDTH: Record<string, string> = { ':': '：', '(': '（', ')': '）' };
const chinesePunctuation = (text: string) => text.replace(/[:()]/g, (ch) => FULL_WIDTH[ch] ?? ch);

/** 浙江省杭州市桐庐县分水镇 → 桐庐县分水镇: staff work within one city. */
export function shortPlace(name: string): string {
  const withoutProvince = name.replace(/^.+?(省|自治区|特别行政区)/, '');
  return withoutProvince.replace(/^.+?(市|自治州|地区|盟)(?=.+?[县区旗市])/, '');
}

/** The people the session names; a summary speaks of them by role, never by name. */
function namesIn(session: SessionState): { name: string; role: string }[] {
  const { personal } = session;
  const named = [
    { name: personal.agent?.forPerson, role: '当事人' },
    { name: personal.agent?.name, role: '代办人' },
    { name: personal.name, role: '本人' },
  ];
  return named.filter((n): n is { name: string; role: string } => typeof n.name === 'string' && n.name.length >= 2);
}

/** The citizen's clauses worth a clerk's reading, in the order said, each once. */
function factClauses(session: SessionState): string[] {
  const { matter, values } = session.dialogue;
  const names = namesIn(session);
  const seen: string[] = [];
  for (const message of matter) {
    for (const raw of chinesePunctuation(maskPersonalData(message)).split(/[，。；！？,;!?\n]+/)) {
      let clause = raw.trim().replace(GREETING, '').trim();
      if (!clause || INTENT_ONLY.test(clause) || SELF_INTRO.test(clause) || CONTACT.test(clause)) continue;
      if (INTRODUCES.test(clause) && names.some((n) => clause.includes(n.name))) continue;
      // "没有找过别人" says nothing; channels actually tried stay (重复信访 matters to staff).
      if (extractPrevious(clause, false)?.channels.length === 0) continue;
      // The lead already says where; a clause that is only a place name would repeat it.
      if (values.location?.name && isPlaceOnly(clause)) continue;
      if (values.request && clause.includes(values.request)) continue;
      for (const n of names) clause = clause.replaceAll(n.name, n.role);
      if (seen.some((s) => s.includes(clause))) continue;
      seen.push(clause);
    }
  }
  return seen;
}

/** Clauses up to `room` characters, cut at a clause boundary (a first clause too long is clipped). */
function within(clauses: string[], room: number): string {
  let text = '';
  for (const clause of clauses) {
    const next = text ? `${text}，${clause}` : clause;
    if (next.length + 1 > room) return text ? `${text}。` : `${clause.slice(0, Math.max(0, room - 2))}…。`;
    text = next;
  }
  return text ? `${text}。` : '';
}

/**
 * ≤ 200 字 for a clerk's queue: where, what happened (when, how much, who is harmed, as said), the 诉求.
 * Names and phone numbers have their own fields and never appear here.
 */
export function summarize(session: SessionState, spec: IntakeSpec): string {
  const { values } = session.dialogue;
  const tag = session.personal.agent ? '代办' : values.anonymous ? '匿名' : '';
  const place = values.location?.name ? shortPlace(values.location.name) : '';
  const lead = place || tag ? `${place}${tag && place ? `（${tag}）` : tag}：` : '';
  const request = values.request ? `诉求：${chinesePunctuation(maskPersonalData(values.request))}。` : '';
  const clauses = factClauses(session);
  if (values.when && !clauses.some((c) => c.includes(values.when?.text ?? ''))) clauses.unshift(values.when.text);
  const room = SUMMARY_MAX - fill(spec.templates.summary, { lead, facts: '', request }).length;
  return fill(spec.templates.summary, { lead, facts: within(clauses, room), request }).slice(0, SUMMARY_MAX);
}
