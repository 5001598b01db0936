import { type PetitionStatus, ROUTE_LABELS, STATUS_LABELS, type Stats, type StatsFilter } from '../../petitions/index.js';
import type { RouteCode } from '../../routing/types.js';
import type { StaffSession } from '../staff.js';
import { BarChart, MonthChart, RateCard } from './charts.js';
import { Layout } from './layout.js';

interface StatsProps {
  session: StaffSession;
  stats: Stats;
  filter: StatsFilter;
  divisionName: (code: string) => string;
}

export function StatsPage({ session, stats, filter, divisionName }: StatsProps) {
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
  return (
    <Layout title="统计" session={session} active="stats">
      <h1>信访“三率”与受理量</h1>
      <form class="filters card" method="get" action="/console/stats">
        <div>
          <label for="from">提交日期自</label>
          <input id="from" name="from" type="date" value={filter.from ?? ''} />
        </div>
        <div>
          <label for="to">至</label>
          <input id="to" name="to" type="date" value={filter.to ?? ''} />
        </div>
        <button type="submit">查看</button>
        <a class="button secondary" href={`/console/stats.csv?${query}`}>导出 CSV</a>
        <span class="muted small">共 {stats.total} 件</span>
      </form>
      <div class="grid3">
        <RateCard title="及时受理率" rate={stats.timelyAcceptance} note="15日内作出受理、转送或不予受理决定（第二十二条、第二十三条）；超期未决定的计入分母。" />
        <RateCard title="按期办结率" rate={stats.onTimeResolution} note="受理后60日内（含批准延期）作出答复（第三十四条）；超期未答复的计入分母。" />
        <RateCard title="群众满意率" rate={stats.satisfaction} note="回访或评价为“满意”“基本满意”的比例。" />
      </div>
      <div class="card">
        <MonthChart data={stats.byMonth} />
      </div>
      <div class="grid2">
        <div class="card"><BarChart title="按类别" data={stats.byTopic} /></div>
        <div class="card"><BarChart title="按途径" data={stats.byRoute} label={(k) => ROUTE_LABELS[k as RouteCode] ?? k} /></div>
        <div class="card"><BarChart title="按村（社区）" data={stats.byDivision} label={divisionName} /></div>
        <div class="card"><BarChart title="按办理状态" data={stats.byStatus} label={(k) => STATUS_LABELS[k as PetitionStatus] ?? k} /></div>
      </div>
    </Layout>
  );
}
