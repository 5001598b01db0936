import type { IntakeSpec } from './spec.js';
import type { SessionState } from './state.js';
import { summarize } from './summary.js';
import type { Draft } from './types.js';

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
