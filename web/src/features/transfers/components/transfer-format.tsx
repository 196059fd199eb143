// Small shared pieces of the transfers pages: state tags, flag tags, the front-line balance panel, the officer
// picker and the Shanghai date of today.
import { useMemo, useState } from 'react';
import { Alert, Flex, Select, Statistic, Tag, Typography } from 'antd';
import {
  SECONDMENT_FLAG_LABELS,
  TRANSFER_PLAN_STATE_LABELS,
  type BalanceView,
  type SecondmentFlag,
  type TransferPlanState,
} from '../../../../../contracts/transfer';
import { OFFICER_STATUS_LABELS } from '../../../../../contracts/personnel';
import { useI18n } from '../../../lib/i18n';
import { useOfficerSearch } from '../api';

const STATE_COLORS: Record<TransferPlanState, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
  executed: 'cyan',
  withdrawn: 'default',
};

export function PlanStateTag({ state }: { state: TransferPlanState }) {
  const { label } = useI18n();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="transfer-plan-state" data-state={state}>
      {label(TRANSFER_PLAN_STATE_LABELS[state])}
    </Tag>
  );
}

export function FlagTags({ flags }: { flags: readonly SecondmentFlag[] }) {
  const { label } = useI18n();
  if (flags.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={4} wrap data-testid="secondment-flags">
      {flags.map((f) => (
        <Tag key={f} color={f === 'below_minimum' || f === 'share_exceeded' ? 'red' : 'orange'}>
          {label(SECONDMENT_FLAG_LABELS[f])}
        </Tag>
      ))}
    </Flex>
  );
}

/** 现有 / 计划执行后 / 最低配置, with the rule it rests on when below the minimum. */
export function BalancePanel({ balance, loading }: { balance?: BalanceView; loading?: boolean }) {
  const { t } = useI18n();
  if (!balance) return null;
  const below = balance.belowMinimum;
  return (
    <Flex vertical gap={8} data-testid="transfer-balance" data-below={below ? 'true' : 'false'}>
      <Flex gap={32} wrap>
        <Statistic title={t('现有一线执法人员', 'Front line now')} value={balance.current} loading={loading} />
        <Statistic
          title={t('计划执行后', 'After the plan')}
          value={balance.projected}
          loading={loading}
          styles={{ content: { color: below ? '#cf1322' : undefined } }}
        />
        <Statistic
          title={t('最低配置', 'Minimum')}
          value={balance.minimum ?? t('未设定', 'not set')}
          loading={loading}
        />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(
          `调出 ${balance.outs} 人 · 调入（一线）${balance.ins} 人 · 转非一线 ${balance.toBackOffice} 人 · 转一线 ${balance.toFrontLine} 人（借调人员不计入一线力量）`,
          `Out ${balance.outs} · in (front line) ${balance.ins} · to back office ${balance.toBackOffice} · to front line ${balance.toFrontLine} (seconded officers do not count)`,
        )}
      </Typography.Text>
      {below && (
        <Alert
          type="warning"
          showIcon
          title={t(
            '计划执行后一线执法力量低于最低配置：报备时须说明理由，并将提示司法局重点审核。',
            'After the plan the front line falls below the minimum: state the reason when submitting; the justice bureau is alerted.',
          )}
          description={t(
            '依据：香格里拉市司法局2024年6月26日通知第（四）项——保证调出与调入的均衡性，保障一线执法队伍人员数量稳定，力量充足。',
            'Basis: Diqing notice of 26 June 2024, item (4) — keep transfers out and in balanced and front-line teams stable.',
          )}
        />
      )}
    </Flex>
  );
}

interface OfficerSelectProps {
  value?: string | null;
  onChange?: (v: string | null) => void;
  /** Limit to one agency (and below). */
  agencyId?: string;
  /** The name to show for the current value before a search finds it. */
  knownName?: string | null;
  id?: string;
  testId?: string;
}

export function OfficerSelect({ value, onChange, agencyId, knownName, id, testId }: OfficerSelectProps) {
  const { t, label } = useI18n();
  const [q, setQ] = useState('');
  const found = useOfficerSearch(q, agencyId);
  const options = useMemo(() => {
    const list = (found.data ?? []).map((o) => {
      const extra = [
        o.agency.name.replace(/^香格里拉市/, ''),
        o.post,
        ...(o.frontLine ? [t('一线', 'front line')] : []),
        ...(o.status === 'in_post' ? [] : [label(OFFICER_STATUS_LABELS[o.status])]),
      ];
      return { value: o.id, label: `${o.name}（${extra.join(' · ')}）` };
    });
    if (value && !list.some((o) => o.value === value)) list.unshift({ value, label: knownName ?? value });
    return list;
  }, [found.data, value, knownName, t, label]);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(v) => onChange?.((v as string | undefined) ?? null)}
      options={options}
      loading={found.isFetching}
      allowClear
      placeholder={t('输入姓名查找执法人员', 'Type a name to find an officer')}
      notFoundContent={t('数据范围内没有匹配的执法人员', 'No matching officer in your scope')}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}

/** Today's date in Asia/Shanghai (legal dates are Shanghai calendar dates). */
export const shanghaiToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
