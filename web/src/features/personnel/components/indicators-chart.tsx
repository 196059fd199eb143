// The four indicators per agency as grouped horizontal bars (ECharts, only the parts used, in this lazy chunk).
import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { AgencyIndicatorsView } from '../../../../../contracts/personnel';
import { useI18n } from '../../../lib/i18n';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

export function IndicatorsChart({ rows, reviewerTarget }: { rows: AgencyIndicatorsView[]; reviewerTarget: number }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const names = rows.map((r) => r.agencyName.replace(/^香格里拉市/, ''));
    const series = [
      { name: t('持证率', 'Certified'), pick: (r: AgencyIndicatorsView) => r.validCertificate.percent },
      { name: t('法制审核人员比例', 'Legal reviewers'), pick: (r: AgencyIndicatorsView) => r.legalReviewers.percent },
      { name: t('学时达标率', 'Training met'), pick: (r: AgencyIndicatorsView) => r.trainingHoursMet.percent },
      { name: t('考试通过率', 'Exam pass rate'), pick: (r: AgencyIndicatorsView) => r.examPassRate.percent },
    ];
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v == null ? '—' : `${String(v)} %`) },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
      yAxis: { type: 'category', data: names, inverse: true },
      series: series.map((s, i) => ({
        name: s.name,
        type: 'bar',
        data: rows.map(s.pick),
        barMaxWidth: 10,
        ...(i === 1
          ? {
              markLine: {
                symbol: 'none',
                data: [{ xAxis: reviewerTarget, name: t('目标', 'Target') }],
                label: { formatter: `${t('审核人员目标', 'Reviewer target')} ${reviewerTarget} %` },
                lineStyle: { type: 'dashed' },
              },
            }
          : {}),
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows, reviewerTarget, t]);
  return <div ref={ref} data-testid="indicators-chart" style={{ height: Math.max(240, rows.length * 56 + 60) }} />;
}
