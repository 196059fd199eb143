// 版本: every version with its state and dates; pick two to see what changed (levels, conditions, penalties and
// ranges), or open one version's full content.
import { useState } from 'react';
import { Button, Card, Empty, Flex, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { BenchmarkDiff, BenchmarkView, DiffItem } from '../../../../../contracts/benchmark';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { useBenchmarkDiff, useBenchmarkVersion } from '../api';
import { LevelsTable, VersionStateTag } from './parts';

export function VersionHistory({ benchmark }: { benchmark: BenchmarkView }) {
  const { t } = useI18n();
  const numbers = benchmark.versions.map((v) => v.versionNo);
  const [from, setFrom] = useState<number | null>(numbers.length > 1 ? numbers[1] : null);
  const [to, setTo] = useState<number | null>(numbers.length > 1 ? numbers[0] : null);
  const [viewing, setViewing] = useState<number | null>(null);
  const pair: [number, number] | null = from && to && from !== to ? [from, to] : null;
  const diff = useBenchmarkDiff(benchmark.id, pair);
  const version = useBenchmarkVersion(benchmark.id, viewing);
  const options = numbers.map((n) => ({ value: n, label: t(`第 ${n} 版`, `Version ${n}`) }));

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('版本历史', 'History')}>
        <Table
          size="small"
          rowKey="versionNo"
          pagination={false}
          dataSource={benchmark.versions}
          data-testid="versions-table"
          columns={[
            {
              title: t('版本', 'Version'),
              dataIndex: 'versionNo',
              width: 80,
              render: (n: number) => t(`第 ${n} 版`, `v${n}`),
            },
            { title: t('状态', 'State'), dataIndex: 'state', width: 110, render: (s) => <VersionStateTag state={s} /> },
            { title: t('施行日期', 'Effective from'), dataIndex: 'effectiveFrom', width: 120, render: (d) => d ?? '—' },
            { title: t('发布时间', 'Published'), dataIndex: 'publishedAt', render: (d) => <DateTime value={d} /> },
            { title: t('最后修改', 'Last change'), dataIndex: 'updatedAt', render: (d) => <DateTime value={d} /> },
            {
              title: '',
              key: 'open',
              width: 90,
              render: (_, v) => (
                <Button type="link" size="small" onClick={() => setViewing(v.versionNo)} data-testid="version-open">
                  {t('查看', 'Open')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {viewing !== null && (
        <Card
          size="small"
          title={t(`第 ${viewing} 版内容`, `Version ${viewing}`)}
          extra={
            <Button size="small" onClick={() => setViewing(null)}>
              {t('关闭', 'Close')}
            </Button>
          }
        >
          {version.isPending ? (
            <Spin />
          ) : version.error ? (
            <ErrorAlert error={version.error} />
          ) : (
            <LevelsTable content={version.data!.content} />
          )}
        </Card>
      )}
      <Card
        size="small"
        title={t('版本差异', 'Differences')}
        extra={
          <Space>
            <Select value={from} onChange={setFrom} options={options} style={{ width: 110 }} data-testid="diff-from" />
            <span>→</span>
            <Select value={to} onChange={setTo} options={options} style={{ width: 110 }} data-testid="diff-to" />
          </Space>
        }
      >
        {!pair ? (
          <Empty description={t('选择两个不同的版本进行比较', 'Pick two different versions')} />
        ) : diff.isPending ? (
          <Spin />
        ) : diff.error ? (
          <ErrorAlert error={diff.error} />
        ) : (
          <DiffView diff={diff.data!} />
        )}
      </Card>
    </Flex>
  );
}

function Change({ item }: { item: DiffItem }) {
  const { label } = useI18n();
  return (
    <div style={{ padding: '6px 0', borderTop: '1px solid #f3f3f3' }} data-testid="diff-item">
      <Typography.Text strong>{label(item.what)}</Typography.Text>
      <Flex gap={8} wrap style={{ marginTop: 4 }}>
        {item.before && (
          <span
            className="xz-diff-before"
            style={{ background: '#fff1f0', color: '#a8071a', padding: '0 6px', textDecoration: 'line-through' }}
          >
            {label(item.before)}
          </span>
        )}
        {item.before && item.after && <span>→</span>}
        {item.after && (
          <span className="xz-diff-after" style={{ background: '#f6ffed', color: '#135200', padding: '0 6px' }}>
            {label(item.after)}
          </span>
        )}
      </Flex>
    </div>
  );
}

export function DiffView({ diff }: { diff: BenchmarkDiff }) {
  const { t, label } = useI18n();
  const changed = diff.fields.length + diff.levels.filter((l) => l.change !== 'unchanged').length;
  const CHANGE = {
    added: { color: 'green', text: t('新增', 'added') },
    removed: { color: 'red', text: t('删除', 'removed') },
    changed: { color: 'orange', text: t('修改', 'changed') },
    unchanged: { color: 'default', text: t('未变', 'unchanged') },
  } as const;
  return (
    <div data-testid="diff-view">
      <Typography.Paragraph type="secondary">
        {t(
          `第 ${diff.from} 版 → 第 ${diff.to} 版：${changed} 处变化`,
          `v${diff.from} → v${diff.to}: ${changed} changes`,
        )}
      </Typography.Paragraph>
      {diff.fields.map((f, i) => (
        <Change key={i} item={f} />
      ))}
      {diff.levels.map((l) => (
        <div key={l.key} style={{ marginTop: 12 }} data-testid="diff-level" data-level={l.key} data-change={l.change}>
          <Flex gap={8} align="center">
            <Tag color="blue">{label(l.name)}</Tag>
            <Tag color={CHANGE[l.change].color}>{CHANGE[l.change].text}</Tag>
          </Flex>
          {l.items.map((item, i) => (
            <Change key={i} item={item} />
          ))}
        </div>
      ))}
    </div>
  );
}
