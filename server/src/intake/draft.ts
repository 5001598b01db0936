import { maskPersonalData } from '../privacy/index.js';
import { fill, type IntakeSpec } from './spec.js';
import type { SessionState } from './state.js';
import type { Draft } from './types.js';

const SUMMARY_MAX = 200;

function who(session: SessionState): string {
  const { personal, dialogue } = session;
  if (personal.agent) {
    const agent = personal.agent.name ? `代办人${personal.agent.name}` : '代办人';
    return `${agent}代${personal.agent.forPerson ?? '当事人'}`;
  }
  if (dialogue.values.anonymous) return '匿名群众';
  return personal.name ?? '群众';
}

// Phone and ID numbers live in their own fields; the summary never repeats them.
const withoutNumbers = (text: string) => maskPersonalData(text).replace(/\d{3,}\*+\d{2,}[\dXx]?/g, '').replace(/(电话|手机)(号码?)?(是|：|:)?[，。,.]?/g, '');
// Messages are stored half-width for matching; staff read the summary with Chinese punctuation.
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const chinesePunctuation = (text: string) => text.replace(/[,;:?!()]/g, (ch) => FULL_WIDTH[ch] ?? ch);

/** ≤ 200 字: who, where, what happened (as said), and the request. */
export function summarize(session: SessionState, spec: IntakeSpec): string {
  const { values, matter } = session.dialogue;
  const place = values.location?.name ? `（${values.location.name}）` : '';
  const request = values.request ? `。诉求：${values.request}` : '';
  const head = `${who(session)}${place}`;
  const facts = matter.map((t) => chinesePunctuation(withoutNumbers(t)).replace(/[。！\s]+$/, '')).filter(Boolean).join('；');
  const room = SUMMARY_MAX - fill(spec.templates.summary, { who: head, facts: '', request }).length;
  const clipped = facts.length > room ? `${facts.slice(0, Math.max(0, room - 1))}…` : facts;
  return fill(spec.templates.summary, { who: head, facts: clipped, request }).slice(0, SUMMARY_MAX);
}

/** The current petition draft, or null before anything about the matter was said. */
export function buildDraft(session: SessionState, spec: IntakeSpec): Draft | null {
  const { dialogue, personal } = session;
  const routing = dialogue.routing;
  if (!routing) return null;
  const values = dialogue.values;
  const urgent = dialogue.emergency !== null;
  return {
    kind: routing.kind,
    topic: routing.topic,
    route: urgent ? 'emergency' : routing.route,
    alternatives: routing.alternatives,
    level: routing.level,
    body: routing.body,
    division: values.location?.division ?? routing.division,
    name: personal.agent ? (personal.agent.forPerson ?? personal.name) : values.anonymous ? null : personal.name,
    phone: values.anonymous && !personal.phone ? null : personal.phone,
    idNumber: personal.idNumber,
    people: values.people,
    amount: values.amount,
    when: values.when?.iso ?? null,
    previous: values.previous ?? [],
    agent: personal.agent,
    anonymous: values.anonymous,
    urgent,
    summary: summarize(session, spec),
    request: values.request,
    facts: dialogue.matter.join('\n') || null,
    notes: dialogue.notes,
  };
}

/** The draft as lines the citizen can read and correct. */
export function describeDraft(draft: Draft, spec: IntakeSpec): string {
  const label = (key: string) => spec.draftLabels[key] ?? key;
  const unknown = label('unknown');
  const lines = [
    `${label('kind')}：${draft.kind}`,
    `${label('route')}：${spec.routeLabels[draft.route]}${draft.body ? `（${draft.body}）` : ''}`,
    `${label('name')}：${draft.anonymous ? label('anonymous') : (draft.name ?? unknown)}`,
    ...(draft.agent ? [`${label('agent')}：${draft.agent.name ?? unknown}`] : []),
    `${label('phone')}：${draft.phone ?? unknown}`,
    ...(draft.people !== null ? [`${label('people')}：${draft.people}`] : []),
    ...(draft.amount !== null ? [`${label('amount')}：${draft.amount}元`] : []),
    ...(draft.previous.length ? [`${label('previous')}：${draft.previous.join('；')}`] : []),
    `${label('summary')}：${draft.summary}`,
  ];
  return lines.join('\n');
}
