import { ROUTE_LABELS, type Stats } from '../petitions/index.js';
import type { RouteCode } from '../routing/types.js';
import { formatPercent } from './views/format.js';

/** One CSV cell; quotes always, and a leading = + - @ is defused so spreadsheets never run it as a formula. */
const cell = (v: string | number) => {
  const s = String(v);
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
};

/** Statistics as CSV (UTF-8 with BOM so Excel opens Chinese correctly). */
export function statsCsv(stats: Stats, divisionName: (code: string) => string): string {
  const rows: (string | number)[][] = [['指标', '项目', '数量', '比率']];
  const rate = (name: string, r: Stats['timelyAcceptance']) => rows.push([name, `${r.numerator}/${r.denominator}`, r.numerator, formatPercent(r.value)]);
  rows.push(['总量', '全部', stats.total, '']);
  rate('及时受理率', stats.timelyAcceptance);
  rate('按期办结率', stats.onTimeResolution);
  rate('群众满意率', stats.satisfaction);
  for (const b of stats.byMonth) rows.push(['按月', b.key, b.count, '']);
  for (const b of stats.byTopic) rows.push(['按类别', b.key, b.count, '']);
  for (const b of stats.byRoute) rows.push(['按途径', ROUTE_LABELS[b.key as RouteCode] ?? b.key, b.count, '']);
  for (const b of stats.byDivision) rows.push(['按村（社区）', divisionName(b.key), b.count, '']);
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
