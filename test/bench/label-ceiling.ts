/**
 * How separable a binary label is at all: a character 1–3-gram naive Bayes classifier, trained and scored
 * by stratified k-fold cross-validation on the set itself. It is a measuring stick for noisy labels, never
 * shipped and never used by the engine: if a model fitted to the very distribution it is scored on cannot
 * reach a target, rules that must generalise will not either.
 */
export interface CeilingResult {
  /** Area under the ROC curve of the out-of-fold scores. */
  auc: number;
  /** Balanced accuracy at the best threshold, picked after seeing the scores: an optimistic upper bound. */
  bestBalanced: number;
}

const MIN_GRAM_COUNT = 3; // grams seen fewer times in training are noise at this set size

function grams(text: string): Set<string> {
  const t = text.replace(/\s+/g, '');
  const out = new Set<string>();
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= t.length; i++) out.add(t.slice(i, i + n));
  return out;
}

/** Deterministic shuffle (mulberry32) so the figure is the same on every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function trainNaiveBayes(train: { grams: Set<string>; positive: boolean }[]): (g: Set<string>) => number {
  const counts = { pos: new Map<string, number>(), neg: new Map<string, number>() };
  let pos = 0;
  for (const row of train) {
    if (row.positive) pos++;
    const side = row.positive ? counts.pos : counts.neg;
    for (const g of row.grams) side.set(g, (side.get(g) ?? 0) + 1);
  }
  const neg = train.length - pos;
  return (g) => {
    let score = 0;
    for (const gram of g) {
      const p = counts.pos.get(gram) ?? 0;
      const n = counts.neg.get(gram) ?? 0;
      if (p + n < MIN_GRAM_COUNT) continue;
      score += Math.log((p + 0.5) / (pos + 1)) - Math.log((n + 0.5) / (neg + 1));
    }
    return score;
  };
}

export function labelCeiling(rows: { text: string; positive: boolean }[], folds = 5, seed = 20251123): CeilingResult {
  const items = rows.map((r) => ({ grams: grams(r.text), positive: r.positive }));
  // Stratified: deal each class round-robin into the folds.
  const fold = new Map<(typeof items)[number], number>();
  for (const positive of [true, false]) {
    const members = shuffled(
      items.filter((i) => i.positive === positive),
      seed,
    );
    for (const [k, item] of members.entries()) fold.set(item, k % folds);
  }
  const scored: { score: number; positive: boolean }[] = [];
  for (let k = 0; k < folds; k++) {
    const model = trainNaiveBayes(items.filter((i) => fold.get(i) !== k));
    for (const item of items.filter((i) => fold.get(i) === k)) scored.push({ score: model(item.grams), positive: item.positive });
  }
  const pos = scored.filter((s) => s.positive);
  const neg = scored.filter((s) => !s.positive);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
  const balancedAt = (t: number) =>
    (pos.filter((s) => s.score > t).length / pos.length + neg.filter((s) => s.score <= t).length / neg.length) / 2;
  const bestBalanced = Math.max(...scored.map((s) => balancedAt(s.score)));
  return { auc: wins / (pos.length * neg.length), bestBalanced };
}
