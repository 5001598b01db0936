import type { Bucket, Rate } from '../../petitions/index.js';
import { formatPercent } from './format.js';

/** Horizontal bar chart as inline SVG: readable without client script, printable, no chart library. */
export function BarChart({ title, data, label = (k) => k }: { title: string; data: Bucket[]; label?: (key: string) => string }) {
  const rows = data.slice(0, 12);
  const max = Math.max(1, ...rows.map((d) => d.count));
  const rowHeight = 26;
  const labelWidth = 150;
  const width = 520;
  const barSpace = width - labelWidth - 50;
  const height = Math.max(rowHeight, rows.length * rowHeight) + 8;
  return (
    <figure class="chart">
      <figcaption><strong>{title}</strong></figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title}>
        {rows.map((d, i) => {
          const y = i * rowHeight + 4;
          const w = Math.max(2, (d.count / max) * barSpace);
          return (
            <g>
              <text x={labelWidth - 8} y={y + 16} text-anchor="end">{truncate(label(d.key), 11)}</text>
              <rect class="bar" x={labelWidth} y={y + 3} width={w} height={rowHeight - 8} rx="3" />
              <text x={labelWidth + w + 6} y={y + 16}>{d.count}</text>
            </g>
          );
        })}
        {rows.length === 0 && <text x="10" y="18">暂无数据</text>}
      </svg>
    </figure>
  );
}

/** Monthly volume as vertical bars. */
export function MonthChart({ data }: { data: Bucket[] }) {
  const rows = data.slice(-12);
  const max = Math.max(1, ...rows.map((d) => d.count));
  const width = 1060;
  const height = 220;
  const slot = (width - 40) / Math.max(rows.length, 1);
  const plot = height - 50;
  return (
    <figure class="chart">
      <figcaption><strong>按月受理量</strong></figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label="按月受理量">
        <line class="axis" x1="20" x2={width - 10} y1={plot + 10} y2={plot + 10} />
        {rows.map((d, i) => {
          const h = Math.max(2, (d.count / max) * (plot - 20));
          const x = 20 + i * slot + slot * 0.2;
          return (
            <g>
              <rect class="bar" x={x} y={plot + 10 - h} width={slot * 0.6} height={h} rx="3" />
              <text x={x + slot * 0.3} y={plot + 4 - h} text-anchor="middle">{d.count}</text>
              <text x={x + slot * 0.3} y={plot + 30} text-anchor="middle">{d.key}</text>
            </g>
          );
        })}
        {rows.length === 0 && <text x="20" y="30">暂无数据</text>}
      </svg>
    </figure>
  );
}

/** One of the 三率 with its fraction and a progress bar. */
export function RateCard({ title, rate, note }: { title: string; rate: Rate; note: string }) {
  const fill = rate.value === null ? 0 : Math.round(rate.value * 300);
  return (
    <div class="card">
      <h2>{title}</h2>
      <div class="rate">
        {formatPercent(rate.value)} <small>{rate.numerator} / {rate.denominator}</small>
      </div>
      <svg viewBox="0 0 300 10" width="100%" height="10" preserveAspectRatio="none" aria-hidden="true">
        <rect class="kpi-bar" x="0" y="0" width="300" height="10" rx="5" />
        <rect class="kpi-fill" x="0" y="0" width={fill} height="10" rx="5" />
      </svg>
      <p class="muted small">{note}</p>
    </div>
  );
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
