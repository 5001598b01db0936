import { z } from 'zod';
import { loadJson } from './knowledge-files.js';
import { Topic } from './types.js';
import type { Emergency } from './types.js';

const EmergencyCategory = z.object({
  id: z.string(),
  hotline: z.enum(['110', '119', '120']),
  topic: Topic,
  hypotheticalCounts: z.boolean(),
  unlessInClause: z.string().optional(),
  message: z.string(),
  patterns: z.array(z.string()).min(1),
});

const EmergencyData = z.object({
  clauseSplit: z.string(),
  negationBefore: z.string(),
  pastInClause: z.string(),
  pastAfter: z.string(),
  hypotheticalInClause: z.string(),
  categories: z.array(EmergencyCategory).min(1),
});

export interface EmergencyHit extends Emergency {
  category: string;
  topic: Topic;
  /** The words that showed danger now, for the rationale. */
  evidence: string;
}

export interface EmergencyDetector {
  detect(normalizedText: string): EmergencyHit | null;
}

interface CompiledCategory {
  data: z.infer<typeof EmergencyCategory>;
  pattern: RegExp;
  unless: RegExp | null;
}

/** Loads knowledge/routing/emergency.json and compiles one regular expression per category. */
export function loadEmergencyDetector(knowledgeDir: string): EmergencyDetector {
  const data = loadJson(knowledgeDir, 'routing/emergency.json', EmergencyData);
  const clauseSplit = new RegExp(data.clauseSplit, 'u');
  const negation = new RegExp(`${data.negationBefore}.{0,2}$`, 'u');
  const past = new RegExp(data.pastInClause, 'u');
  const pastAfter = new RegExp(data.pastAfter, 'u');
  const hypothetical = new RegExp(data.hypotheticalInClause, 'u');
  const categories: CompiledCategory[] = data.categories.map((c) => ({
    data: c,
    pattern: new RegExp(c.patterns.map((p) => `(?:${p})`).join('|'), 'gu'),
    unless: c.unlessInClause ? new RegExp(c.unlessInClause, 'u') : null,
  }));

  /**
   * A match counts only when it describes danger now: not negated, not past, not merely feared (a fear is
   * often voiced in the clause after the hazard: 围墙裂了，担心哪天会塌).
   */
  function isCurrent(clause: string, next: string, match: RegExpExecArray, category: CompiledCategory): boolean {
    const before = clause.slice(0, match.index);
    const after = clause.slice(match.index + match[0].length);
    if (negation.test(before)) return false;
    if (past.test(clause) || pastAfter.test(after)) return false;
    if (!category.data.hypotheticalCounts && (hypothetical.test(clause) || hypothetical.test(next))) return false;
    if (category.unless?.test(clause)) return false;
    return true;
  }

  return {
    detect(text) {
      const clauses = text.split(clauseSplit).filter((c) => c.length > 0);
      for (const category of categories) {
        for (const [i, clause] of clauses.entries()) {
          category.pattern.lastIndex = 0;
          for (let m = category.pattern.exec(clause); m; m = category.pattern.exec(clause)) {
            if (!isCurrent(clause, clauses[i + 1] ?? '', m, category)) continue;
            const { hotline, message, id, topic } = category.data;
            return { hotline, message, category: id, topic, evidence: m[0] };
          }
        }
      }
      return null;
    },
  };
}
