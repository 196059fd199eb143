// Twelve small months of one year, each day coloured by what it is: a working day, a weekend, a public holiday, a
// swapped working day (调休上班) or a local holiday; a provisional year is drawn with dashed borders.
import { Tooltip, Typography } from 'antd';
import type { DayInfoView } from '../../../../../contracts/calendar';
import { useI18n } from '../../../lib/i18n';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'swapped_workday' | 'local_holiday';

export const DAY_COLOURS: Record<DayKind, { background: string; color: string; border: string }> = {
  workday: { background: '#ffffff', color: 'rgba(0,0,0,0.88)', border: '#f0f0f0' },
  weekend: { background: '#f5f5f5', color: 'rgba(0,0,0,0.45)', border: '#f0f0f0' },
  holiday: { background: '#fff1f0', color: '#cf1322', border: '#ffa39e' },
  swapped_workday: { background: '#e6f4ff', color: '#0958d9', border: '#91caff' },
  local_holiday: { background: '#f9f0ff', color: '#531dab', border: '#d3adf7' },
};

export const kindOf = (d: DayInfoView): DayKind =>
  d.reason === 'holiday' && d.local ? 'local_holiday' : (d.reason as DayKind);

const WEEK_ZH = ['一', '二', '三', '四', '五', '六', '日'];
const WEEK_EN = ['M', 'T', 'W', 'T', 'F', 'S', 'S'];

interface YearGridProps {
  year: number;
  days: readonly DayInfoView[];
}

export function YearGrid({ year, days }: YearGridProps) {
  const { t, lang } = useI18n();
  const byMonth = Array.from({ length: 12 }, (_, m) => days.filter((d) => Number(d.date.slice(5, 7)) === m + 1));
  return (
    <div
      data-testid="calendar-year-grid"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 16 }}
    >
      {byMonth.map((monthDays, m) => (
        <div key={m} data-testid={`calendar-month-${m + 1}`}>
          <Typography.Text strong>
            {lang === 'en' ? `${year}-${String(m + 1).padStart(2, '0')}` : `${m + 1}月`}
          </Typography.Text>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, marginTop: 4 }}>
            {(lang === 'en' ? WEEK_EN : WEEK_ZH).map((w, i) => (
              <div key={i} style={{ textAlign: 'center', fontSize: 11, color: 'rgba(0,0,0,0.45)' }}>
                {w}
              </div>
            ))}
            {monthDays.length > 0 &&
              Array.from({ length: (new Date(`${monthDays[0].date}T00:00:00Z`).getUTCDay() + 6) % 7 }, (_, i) => (
                <div key={`pad-${i}`} />
              ))}
            {monthDays.map((d) => {
              const kind = kindOf(d);
              const c = DAY_COLOURS[kind];
              const tip = [d.name, d.source, d.provisional ? t('暂定', 'Provisional') : null]
                .filter(Boolean)
                .join(' · ');
              const cell = (
                <div
                  data-testid={`calendar-day-${d.date}`}
                  data-kind={kind}
                  data-provisional={d.provisional ? 'true' : 'false'}
                  style={{
                    textAlign: 'center',
                    fontSize: 12,
                    lineHeight: '22px',
                    borderRadius: 4,
                    background: c.background,
                    color: c.color,
                    border: `1px ${d.provisional ? 'dashed' : 'solid'} ${c.border}`,
                    fontWeight: kind === 'workday' || kind === 'weekend' ? 400 : 600,
                  }}
                >
                  {Number(d.date.slice(8, 10))}
                </div>
              );
              return tip ? (
                <Tooltip key={d.date} title={`${d.date} ${tip}`}>
                  {cell}
                </Tooltip>
              ) : (
                <div key={d.date}>{cell}</div>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}

export function YearGridLegend() {
  const { t } = useI18n();
  const items: Array<[DayKind, string]> = [
    ['workday', t('工作日', 'Working day')],
    ['weekend', t('周末', 'Weekend')],
    ['holiday', t('法定节假日', 'Public holiday')],
    ['swapped_workday', t('调休上班', 'Swapped working day')],
    ['local_holiday', t('本地节假日', 'Local holiday')],
  ];
  return (
    <div data-testid="calendar-legend" style={{ display: 'flex', gap: 16, flexWrap: 'wrap', marginBottom: 12 }}>
      {items.map(([k, text]) => (
        <span key={k} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, fontSize: 12 }}>
          <span
            style={{
              width: 14,
              height: 14,
              borderRadius: 3,
              background: DAY_COLOURS[k].background,
              border: `1px solid ${DAY_COLOURS[k].border}`,
              display: 'inline-block',
            }}
          />
          {text}
        </span>
      ))}
    </div>
  );
}
