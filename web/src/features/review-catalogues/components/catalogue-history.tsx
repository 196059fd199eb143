// The versions of a catalogue and the differences between any two of them.
import { useEffect, useState } from 'react';
import { Card, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import {
  CATALOGUE_VERSION_STATE_LABELS,
  type CatalogueVersionState,
  type CatalogueVersionSummary,
  type ReviewRuleView,
} from '../../../../../contracts/review-catalogue';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { useCatalogueDiff } from '../api';

const STATE_COLORS: Record<CatalogueVersionState, string> = {
  draft: 'processing',
  scheduled: 'purple',
  in_force: 'success',
  superseded: 'default',
};

export function VersionStateTag({ state }: { state: CatalogueVersionState }) {
  const { label } = useI18n();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="catalogue-version-state" data-state={state}>
      {label(CATALOGUE_VERSION_STATE_LABELS[state])}
    </Tag>
  );
}

const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  title: { zh: '情形表述', en: 'wording' },
  condition: { zh: '认定条件', en: 'condition' },
  basis: { zh: '依据', en: 'basis' },
  position: { zh: '顺序', en: 'order' },
};

function RuleLine({ rule }: { rule: ReviewRuleView }) {
  const { label } = useI18n();
  return (
    <div>
      <div>{rule.title}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label(rule.summary)}
        {rule.basisText ? ` · ${rule.basisText}` : ''}
      </Typography.Text>
    </div>
  );
}

export function CatalogueHistory({ agencyId, versions }: { agencyId: string; versions: CatalogueVersionSummary[] }) {
  const { t, label } = useI18n();
  const numbers = versions.map((v) => v.versionNo).sort((a, b) => a - b);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  useEffect(() => {
    // Default: the last two versions.
    setTo(numbers.at(-1) ?? null);
    setFrom(numbers.length > 1 ? numbers.at(-2)! : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [agencyId, numbers.join(',')]);
  const diff = useCatalogueDiff(agencyId, from, to);

  const options = numbers.map((n) => {
    const v = versions.find((x) => x.versionNo === n)!;
    return {
      value: n,
      label: `${t(`第 ${n} 版`, `Version ${n}`)}（${label(CATALOGUE_VERSION_STATE_LABELS[v.state])}）`,
    };
  });

  return (
    <Flex vertical gap={16}>
      <Table<CatalogueVersionSummary>
        rowKey="versionNo"
        size="small"
        pagination={false}
        dataSource={versions}
        data-testid="catalogue-versions"
        columns={[
          {
            title: t('版本', 'Version'),
            dataIndex: 'versionNo',
            width: 70,
            render: (n: number) => t(`第 ${n} 版`, `v${n}`),
          },
          {
            title: t('状态', 'State'),
            dataIndex: 'state',
            width: 150,
            render: (s: CatalogueVersionState, v) => (
              <Flex gap={4} wrap>
                <VersionStateTag state={s} />
                {v.demo && <Tag color="gold">{t('含演示数据', 'Demo content')}</Tag>}
              </Flex>
            ),
          },
          {
            title: t('生效日期', 'In force from'),
            dataIndex: 'effectiveFrom',
            width: 110,
            render: (d: string | null) => d ?? '—',
          },
          {
            title: t('发布时间', 'Published'),
            dataIndex: 'publishedAt',
            width: 170,
            render: (d: string | null) => <DateTime value={d} />,
          },
          { title: t('发布人', 'By'), dataIndex: 'publishedBy', width: 100, render: (d: string | null) => d ?? '—' },
          { title: t('规则数', 'Rules'), dataIndex: 'ruleCount', width: 70 },
          { title: t('说明', 'Note'), dataIndex: 'note', render: (d: string | null) => d ?? '' },
        ]}
      />
      <Card
        size="small"
        title={t('版本比较', 'Compare versions')}
        extra={
          <Flex gap={8} align="center">
            <Select
              size="small"
              style={{ width: 190 }}
              value={from}
              onChange={setFrom}
              options={options}
              placeholder={t('原版本', 'From')}
              data-testid="catalogue-diff-from"
            />
            <span>→</span>
            <Select
              size="small"
              style={{ width: 190 }}
              value={to}
              onChange={setTo}
              options={options}
              placeholder={t('新版本', 'To')}
              data-testid="catalogue-diff-to"
            />
          </Flex>
        }
      >
        {diff.error && <ErrorAlert error={diff.error} />}
        {!from || !to ? (
          <Empty description={t('选择两个版本进行比较', 'Choose two versions')} />
        ) : diff.data ? (
          <Flex vertical gap={8} data-testid="catalogue-diff">
            <Typography.Text type="secondary">
              {t(
                `新增 ${diff.data.added.length} 条，删除 ${diff.data.removed.length} 条，修改 ${diff.data.changed.length} 条，未变 ${diff.data.unchanged} 条`,
                `${diff.data.added.length} added, ${diff.data.removed.length} removed, ${diff.data.changed.length} changed, ${diff.data.unchanged} unchanged`,
              )}
            </Typography.Text>
            {diff.data.added.map((r) => (
              <div key={r.ruleId} className="xz-diff xz-diff-added" data-testid="catalogue-diff-added">
                <Tag color="green">{t('新增', 'Added')}</Tag>
                <RuleLine rule={r} />
              </div>
            ))}
            {diff.data.removed.map((r) => (
              <div key={r.ruleId} className="xz-diff xz-diff-removed" data-testid="catalogue-diff-removed">
                <Tag color="red">{t('删除', 'Removed')}</Tag>
                <RuleLine rule={r} />
              </div>
            ))}
            {diff.data.changed.map((c) => (
              <div key={c.ruleId} className="xz-diff xz-diff-changed" data-testid="catalogue-diff-changed">
                <Tag color="blue">
                  {t('修改', 'Changed')}：{c.fields.map((f) => label(FIELD_LABELS[f], f)).join(t('、', ', '))}
                </Tag>
                <div style={{ flex: 1 }}>
                  <div className="xz-diff-before">
                    <RuleLine rule={c.before} />
                  </div>
                  <div className="xz-diff-after">
                    <RuleLine rule={c.after} />
                  </div>
                </div>
              </div>
            ))}
            {diff.data.added.length + diff.data.removed.length + diff.data.changed.length === 0 && (
              <Typography.Text>{t('两个版本的规则相同', 'The two versions have the same rules')}</Typography.Text>
            )}
          </Flex>
        ) : null}
      </Card>
    </Flex>
  );
}
