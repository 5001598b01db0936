import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Division {
  code: string;
  name: string;
}

export interface LocationResult {
  division: string | null;
  /** Full chain name of the resolved division, e.g. 江西省萍乡市上栗县金山镇. */
  name: string | null;
  candidates: Division[];
}

export interface DivisionIndex {
  resolve(normalizedText: string, jurisdiction?: string): LocationResult;
  /** Names along the chain, by level; used to fill body templates. */
  chain(code: string): { province?: string; city?: string; county?: string; town?: string; village?: string };
  fullName(code: string): string;
}

const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const ETHNIC = /(各族|蒙古族|回族|藏族|维吾尔族|苗族|彝族|壮族|布依族|朝鲜族|满族|侗族|瑶族|白族|土家族|哈尼族|哈萨克族|傣族|黎族|傈僳族|佤族|畲族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜族|土族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|普米族|塔吉克族|怒族|鄂温克族|保安族|裕固族|京族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族)+/g;

/**
 * What people call a place: 茅圻村委会 → 茅圻村, 黔南布依族苗族自治州 → 黔南州, 内蒙古自治区 → 内蒙古.
 * `bare` is a town or village name without its 镇/乡/村 (十二连城, 老山沟): common as a word, so it counts
 * only when another place named in the same text lies on its chain.
 */
export function spokenNames(code: string, name: string): { full: string[]; short: string[]; bare: string[] } {
  if (code.length === 12) {
    const base = name.replace(/(村民委员会|村委会|居民委员会|社区居委会|居委会|委员会)$/, '');
    const kind = /(村民委员会|村委会)$/.test(name) ? '村' : /(居民委员会|居委会)$/.test(name) ? '社区' : '';
    const spoken = base.endsWith('嘎查') || base.endsWith(kind) ? base : `${base}${kind}`;
    const full = [...new Set([spoken, base.length >= 2 && base !== spoken ? `${base}村` : spoken])];
    const stem = base.replace(/(村|社区|嘎查)$/, '');
    return { full, short: [], bare: stem.length >= 2 && !full.includes(stem) ? [stem] : [] };
  }
  const full = [name];
  const deEthnic = name.replace(ETHNIC, '').replace(/自治(州|县|旗)$/, '$1');
  if (deEthnic !== name && deEthnic.length >= 2) full.push(deEthnic);
  const stem = deEthnic.replace(/(特别行政区|自治区|省|市|自治州|州|地区|盟|县|区|旗)$/, '');
  const short = code.length <= 6 && stem.length >= 2 && stem !== deEthnic ? [stem] : [];
  const townStem = code.length === 9 ? deEthnic.replace(/(民族乡|镇|乡|街道办事处|街道|苏木)$/, '') : '';
  const bare = townStem.length >= 2 && townStem !== deEthnic ? [townStem] : [];
  return { full, short, bare };
}

interface Match {
  start: number;
  end: number;
  codes: string[];
  /** Found by a bare name: needs another match on its chain. */
  bare: boolean;
}

/** Loads knowledge/divisions/divisions.tsv once and indexes every spoken name. */
export function loadDivisionIndex(knowledgeDir: string): DivisionIndex {
  const names = new Map<string, string>();
  const byFull = new Map<string, string[]>();
  const byShort = new Map<string, string[]>();
  const byBare = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, code: string) => {
    const list = map.get(key);
    if (list) list.push(code);
    else map.set(key, [code]);
  };
  for (const line of readFileSync(join(knowledgeDir, 'divisions', 'divisions.tsv'), 'utf8').split('\n')) {
    if (line.startsWith('#') || !line) continue;
    const [code, name] = line.split('\t');
    if (!code || !name) continue;
    names.set(code, name);
    if (PLACEHOLDER_NAMES.has(name)) continue;
    const forms = spokenNames(code, name);
    for (const n of forms.full) push(byFull, n, code);
    for (const n of forms.short) push(byShort, n, code);
    for (const n of forms.bare) push(byBare, n, code);
  }
  // Name lengths by their first two characters, so a scan tries only lengths some name could have there.
  const lengthsByPrefix = new Map<string, number[]>();
  for (const name of [...byFull.keys(), ...byShort.keys(), ...byBare.keys()]) {
    const prefix = name.slice(0, 2);
    const lengths = lengthsByPrefix.get(prefix) ?? [];
    if (!lengths.includes(name.length)) lengths.push(name.length);
    lengthsByPrefix.set(prefix, lengths);
  }

  const ancestors = (code: string) => [2, 4, 6, 9].filter((l) => l < code.length).map((l) => code.slice(0, l));
  const chainOf = (code: string) => [...ancestors(code), code].filter((c) => names.has(c) && !PLACEHOLDER_NAMES.has(names.get(c) ?? ''));
  const spoken = (code: string) => {
    const name = names.get(code) ?? '';
    return code.length === 12 ? (spokenNames(code, name).full[0] ?? name) : name;
  };
  const fullName = (code: string) => chainOf(code).map(spoken).join('');

  function scan(text: string): Match[] {
    const found: Match[] = [];
    for (let start = 0; start + 2 <= text.length; start++) {
      for (const len of lengthsByPrefix.get(text.slice(start, start + 2)) ?? []) {
        if (start + len > text.length) continue;
        const key = text.slice(start, start + len);
        const codes = [...(byFull.get(key) ?? []), ...(byShort.get(key) ?? [])];
        if (codes.length) found.push({ start, end: start + len, codes, bare: false });
        // A short name may also be a bare one elsewhere (金山 is 金山区, and 金山镇 after 上栗).
        if (byBare.has(key)) found.push({ start, end: start + len, codes: byBare.get(key) ?? [], bare: true });
      }
    }
    // A bare name counts only for codes on the chain of another match (老山沟 after 大路镇, 五家尧 after 十二连城).
    const onChain = (code: string, m: Match) =>
      found.some((o) => o !== m && o.codes.some((c) => c !== code && (code.startsWith(c) || c.startsWith(code))));
    // A name inside a longer name is not a place of its own (不拉村 inside 东不拉村, 东沟 inside 东沟镇, 连城 inside 十二连城).
    const inside = (m: Match) => found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
    // One word names one level: bare 金山 after 上栗 is 金山镇, not also its 金山村.
    const outermost = (codes: string[]) => codes.filter((c) => !codes.some((o) => o !== c && c.startsWith(o)));
    return found
      .filter((m) => !inside(m))
      .map((m) => (m.bare ? { ...m, codes: outermost(m.codes.filter((c) => onChain(c, m))) } : m))
      .filter((m) => m.codes.length);
  }

  function resolve(text: string, jurisdiction?: string): LocationResult {
    const matches = scan(text);
    if (!matches.length) return { division: null, name: null, candidates: [] };
    // Words of the text that name the code or one of its ancestors (a span read two ways counts once).
    const support = new Map(
      [...new Set(matches.flatMap((m) => m.codes))].map((code) => [
        code,
        new Set(matches.filter((m) => m.codes.some((c) => code.startsWith(c))).map((m) => m.start * 1000 + m.end)).size,
      ]),
    );
    const top = Math.max(...support.values());
    let codes = [...support.keys()].filter((c) => support.get(c) === top);
    // A name read both plainly and as a bare one (上栗: 上栗县 or 上栗镇) means the plain one.
    const plain = codes.filter((c) => matches.some((m) => !m.bare && m.codes.includes(c)));
    if (plain.length) codes = plain;
    // Along one chain the deepest named level wins; different chains stay ambiguous.
    codes = codes.filter((c) => !codes.some((o) => o !== c && o.startsWith(c)));
    if (codes.length > 1 && jurisdiction) {
      const inside = codes.filter((c) => c.startsWith(jurisdiction) || jurisdiction.startsWith(c));
      if (inside.length) codes = inside;
    }
    const candidates = codes.slice(0, 10).map((code) => ({ code, name: fullName(code) }));
    const only = codes.length === 1 ? codes[0] : undefined;
    const span = matches.find((m) => only !== undefined && m.codes.includes(only));
    // A lone two-character village or town name (新村, 城关) is too common a word to trust without context.
    const tooCommon = only !== undefined && only.length >= 9 && support.get(only) === 1 && (span ? span.end - span.start : 0) < 3;
    if (only && !(tooCommon && !jurisdiction)) {
      return { division: only, name: fullName(only), candidates };
    }
    return { division: null, name: null, candidates };
  }

  const chain = (code: string) => {
    const levels = ['province', 'city', 'county', 'town', 'village'] as const;
    const lengths = [2, 4, 6, 9, 12];
    const out: { province?: string; city?: string; county?: string; town?: string; village?: string } = {};
    lengths.forEach((l, i) => {
      const name = code.length >= l ? names.get(code.slice(0, l)) : undefined;
      const level = levels[i];
      if (name && level && !PLACEHOLDER_NAMES.has(name)) out[level] = spoken(code.slice(0, l));
    });
    return out;
  };

  return { resolve, chain, fullName };
}
