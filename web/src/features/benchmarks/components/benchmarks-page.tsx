// 裁量基准 (/benchmarks): the benchmarks of the agencies in scope, filtered by agency, text and state; import and
// export; and, in the second tab, the 不予处罚 / 首违不罚 lists.
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, Card, Flex, Form, Input, Select, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import type { BenchmarkSummary } from '../../../../../contracts/benchmark';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useHasPermission } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { exportUrl, useAgencyOptions, useBenchmarks, useLevelSet, type BenchmarkListParams } from '../api';
import { ExemptionsTab } from './exemptions-tab';
import { ImportModal } from './import-modal';
import { LevelSetButton, LevelSetLine } from './level-set';
import { SummaryTags } from './parts';

export function BenchmarksPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const canWrite = useHasPermission('benchmark.write');
  // The level set is the justice bureau's: filing.review, and over this whole tenant (the server's ability).
  const canSetLevels = useHasPermission('filing.review');
  const levelSet = useLevelSet();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'exemptions' ? 'exemptions' : 'benchmarks';
  const [filters, setFilters] = useState<BenchmarkListParams>({});
  const [form] = Form.useForm<BenchmarkListParams>();
  const list = useBenchmarks(filters);
  const agencies = useAgencyOptions();
  const [importing, setImporting] = useState(false);

  const columns: ColumnsType<BenchmarkSummary> = [
    {
      title: t('编码', 'Code'),
      dataIndex: 'code',
      width: 160,
      render: (v: string, b) => (
        <Link to={`/benchmarks/${b.id}`} data-testid="benchmark-link" style={{ fontFamily: 'monospace' }}>
          {v}
        </Link>
      ),
    },
    {
      title: t('违法行为', 'Violation'),
      dataIndex: 'violation',
      render: (v: string, b) => (
        <Link to={`/benchmarks/${b.id}`} style={{ color: 'inherit' }}>
          {v}
        </Link>
      ),
    },
    { title: t('执法主体', 'Agency'), dataIndex: 'agencyName', width: 200, ellipsis: true },
    {
      title: t('裁量档次', 'Levels'),
      dataIndex: 'levelNames',
      width: 170,
      render: (v: string[]) => <Typography.Text type="secondary">{v.join(' / ')}</Typography.Text>,
    },
    { title: t('状态', 'State'), key: 'state', width: 250, render: (_, b) => <SummaryTags b={b} /> },
  ];

  return (
    <Page
      title={t('行政执法自由裁量基准', 'Discretion benchmarks')}
      description={t(
        '按违法行为细化裁量档次、适用情形和处罚幅度；发布后向社会公布（行政处罚法第三十四条）',
        'Levels, circumstances and penalty ranges per violation; published once in force (Administrative Penalty Law Art. 34)',
      )}
      testId="benchmarks-page"
      extra={
        tab === 'benchmarks' ? (
          <>
            {canSetLevels && levelSet.data?.abilities.update && <LevelSetButton levelSet={levelSet.data} />}
            <Button icon={<DownloadOutlined />} href={exportUrl(filters.agencyId)} data-testid="benchmark-export">
              {t('导出 Excel', 'Export Excel')}
            </Button>
            {canWrite && (
              <Button onClick={() => setImporting(true)} data-testid="benchmark-import">
                {t('导入 Excel', 'Import Excel')}
              </Button>
            )}
            {canWrite && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/benchmarks/new')}
                data-testid="benchmark-create"
              >
                {t('新建裁量基准', 'New benchmark')}
              </Button>
            )}
          </>
        ) : undefined
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'exemptions' ? { tab: k } : {})}
        items={[
          {
            key: 'benchmarks',
            label: <span data-testid="tab-benchmarks">{t('裁量基准', 'Benchmarks')}</span>,
            children: (
              <Card styles={{ body: { paddingBottom: 8 } }}>
                <Form
                  form={form}
                  name="benchmarkFilter"
                  layout="inline"
                  onFinish={(v) =>
                    setFilters({ agencyId: v.agencyId || undefined, q: v.q || undefined, state: v.state })
                  }
                  style={{ marginBottom: 16, rowGap: 8 }}
                >
                  <Form.Item name="agencyId" style={{ width: 280 }}>
                    <AgencyTreeSelect
                      agencies={agencies.data ?? []}
                      loading={agencies.isLoading}
                      placeholder={t('全部单位', 'All agencies')}
                    />
                  </Form.Item>
                  <Form.Item name="q">
                    <Input allowClear placeholder={t('编码或违法行为', 'Code or violation')} style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name="state">
                    <Select
                      allowClear
                      placeholder={t('全部状态', 'Any state')}
                      style={{ width: 150 }}
                      options={[
                        { value: 'in_force', label: t('施行中', 'In force') },
                        { value: 'draft', label: t('有草稿', 'Has a draft') },
                        { value: 'unpublished', label: t('从未发布', 'Never published') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item>
                    <Button type="primary" htmlType="submit" data-testid="benchmark-search">
                      {t('查询', 'Search')}
                    </Button>
                  </Form.Item>
                </Form>
                <LevelSetLine levelSet={levelSet.data} />
                {list.error && <ErrorAlert error={list.error} />}
                <Table
                  rowKey="id"
                  size="middle"
                  columns={columns}
                  dataSource={list.data ?? []}
                  loading={list.isLoading}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  data-testid="benchmarks-table"
                  onRow={(b) => ({ 'data-code': b.code }) as React.HTMLAttributes<HTMLElement>}
                />
                <Flex justify="flex-end">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`共 ${list.data?.length ?? 0} 项`, `${list.data?.length ?? 0} benchmarks`)}
                  </Typography.Text>
                </Flex>
              </Card>
            ),
          },
          {
            key: 'exemptions',
            label: <span data-testid="tab-exemptions">{t('不予处罚 / 首违不罚清单', 'No-penalty lists')}</span>,
            children: <ExemptionsTab />,
          },
        ]}
      />
      <ImportModal open={importing} onClose={() => setImporting(false)} agencies={agencies.data ?? []} />
    </Page>
  );
}
