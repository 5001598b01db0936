import { z } from 'zod';

/** Codes from DESIGN.md; stable across the API, the database and the evaluation contract. */
export const Kind = z.enum(['建议意见', '检举控告', '申诉求决']);
export type Kind = z.infer<typeof Kind>;

export const RouteCode = z.enum([
  'emergency',
  'judicial',
  'labor_arbitration',
  'land_arbitration',
  'admin_review',
  'admin_procedure',
  'law_enforcement',
  'discipline',
  'mediation',
  'xinfang',
  'suggestion',
]);
export type RouteCode = z.infer<typeof RouteCode>;

export const Topic = z.enum([
  '劳动社保',
  '农村农业',
  '征地拆迁',
  '城乡建设',
  '环境保护',
  '民政救助',
  '医疗卫生',
  '教育',
  '交通运输',
  '市场监管',
  '治安安全',
  '纪检监察',
  '涉法涉诉',
  '婚姻家庭',
  '邻里纠纷',
  '其他',
]);
export type Topic = z.infer<typeof Topic>;

export const Level = z.enum(['village', 'town', 'county', 'city', 'province']);
export type Level = z.infer<typeof Level>;

export const LegalBasis = z.object({ doc: z.string(), article: z.string() });
export type LegalBasis = z.infer<typeof LegalBasis>;

export const RouteCitation = z.object({ doc: z.string(), article: z.string().nullable(), text: z.string() });

export const RouteOption = z.object({
  route: RouteCode,
  body: z.string().describe('the body to go to, e.g. 上栗县劳动人事争议仲裁委员会'),
  reason: z.string(),
  basis: z.array(LegalBasis),
});
export type RouteOption = z.infer<typeof RouteOption>;

export const Deadline = z.object({
  label: z.string().describe('e.g. 劳动仲裁申请时效'),
  days: z.number().int().nullable(),
  months: z.number().int().nullable(),
  dayCount: z.enum(['calendar', 'working']),
  due: z.string().nullable().describe('ISO date when a start date is known'),
  basis: LegalBasis,
});
export type Deadline = z.infer<typeof Deadline>;

export const Emergency = z.object({ hotline: z.string(), message: z.string() });
export type Emergency = z.infer<typeof Emergency>;

/** Facts intake has already gathered; all optional, the engine also reads the raw text. */
export const CaseFacts = z.object({
  division: z.string().nullable().optional(),
  previous: z.array(z.string()).optional(),
  people: z.number().int().nullable().optional(),
  amount: z.number().nullable().optional(),
  when: z.string().nullable().optional().describe('ISO date the matter happened or the act was known'),
});
export type CaseFacts = z.infer<typeof CaseFacts>;

export const RoutingResult = z.object({
  kind: Kind,
  topic: Topic,
  route: RouteCode,
  alternatives: z.array(RouteOption),
  primary: RouteOption,
  level: Level,
  body: z.string(),
  division: z.string().nullable().describe('12-digit village or 9-digit town code, etc.'),
  divisionCandidates: z.array(z.object({ code: z.string(), name: z.string() })),
  emergency: Emergency.nullable(),
  deadlines: z.array(Deadline),
  citations: z.array(RouteCitation),
  rationale: z.string(),
  /** How to reach the primary body, from the channel directory; `demo` marks unverified demo data. */
  contact: z
    .object({ phone: z.string().nullable(), address: z.string().nullable(), hours: z.string().nullable(), demo: z.boolean() })
    .optional(),
});
export type RoutingResult = z.infer<typeof RoutingResult>;
