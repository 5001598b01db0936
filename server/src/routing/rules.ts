import { z } from 'zod';
import { loadJson } from './knowledge-files.js';
import { Kind, LegalBasis, Level, RouteCode, Topic } from './types.js';

export const Stage = z.enum(['judicial', 'review', 'recheck', 'final']);
export type Stage = z.infer<typeof Stage>;

const Patterns = z.array(z.string().min(1));

export const RoutingRule = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  description: z.string(),
  all: Patterns.optional(),
  any: Patterns.optional(),
  none: Patterns.optional(),
  route: RouteCode,
  weight: z.number().positive(),
  alternatives: z.array(RouteCode).optional(),
  kind: Kind.optional(),
  topic: Topic.optional(),
  level: Level.optional(),
  stage: Stage.optional(),
  /**
   * The rule names a procedural step already taken that leaves one route (a 复议决定 still disputed → court), so its
   * route wins over the summed weights of the matter's own words, which such a message always repeats.
   */
  decisive: z.boolean().optional(),
  reason: z.string(),
  basis: z.array(LegalBasis).min(1),
});
export type RoutingRule = z.infer<typeof RoutingRule>;

const Fallback = RoutingRule.pick({ id: true, description: true, route: true, reason: true, alternatives: true, basis: true });

/** Why each route fits in general, for alternatives no fired rule explains. */
const RouteDefault = z.object({ reason: z.string(), basis: z.array(LegalBasis) });

export const RuleBook = z.object({
  fallback: Fallback,
  routeDefaults: z.record(RouteCode, RouteDefault),
  rules: z.array(RoutingRule).min(1),
});
export type RuleBook = z.infer<typeof RuleBook>;

export interface FiredRule {
  rule: RoutingRule;
  /** The text that satisfied the rule, for the rationale. */
  evidence: string;
}

interface CompiledRule {
  rule: RoutingRule;
  all: RegExp[];
  any: RegExp | null;
  none: RegExp | null;
}

const union = (patterns: string[] | undefined): RegExp | null =>
  patterns?.length ? new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'u') : null;

export interface RuleEngine {
  book: RuleBook;
  fire(normalizedText: string): FiredRule[];
}

export function loadRuleBook(knowledgeDir: string): RuleBook {
  const book = loadJson(knowledgeDir, 'routing/rules.json', RuleBook);
  const ids = new Set<string>();
  for (const rule of book.rules) {
    if (ids.has(rule.id)) throw new Error(`routing/rules.json: duplicate rule id ${rule.id}`);
    ids.add(rule.id);
  }
  return book;
}

/** Compiles each rule's patterns once; firing is then a handful of regex tests per rule. */
export function compileRules(book: RuleBook): RuleEngine {
  const compiled: CompiledRule[] = book.rules.map((rule) => ({
    rule,
    all: (rule.all ?? []).map((p) => new RegExp(p, 'u')),
    any: union(rule.any),
    none: union(rule.none),
  }));
  return {
    book,
    fire(text) {
      const fired: FiredRule[] = [];
      for (const c of compiled) {
        const allMatches = c.all.map((re) => re.exec(text));
        if (allMatches.some((m) => m === null)) continue;
        const anyMatch = c.any ? c.any.exec(text) : null;
        if (c.any && !anyMatch) continue;
        if (c.none?.test(text)) continue;
        const words = [...allMatches, anyMatch].flatMap((m) => (m ? [m[0]] : []));
        fired.push({ rule: c.rule, evidence: [...new Set(words)].join('、') });
      }
      return fired;
    },
  };
}
