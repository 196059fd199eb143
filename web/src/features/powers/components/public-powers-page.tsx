// 权责清单公示 (/public/powers, no sign-in): every agency of a region and its powers in force today — disclosure
// before enforcement. ?tenant=<region code>&agency=<id>. Shows nothing personal.
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Col, Empty, Flex, Input, Layout, Row, Select, Spin, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { AGENCY_KIND_LABELS, type AgencyKind } from '../../../../../contracts/agency';
import {
  POWER_CATEGORIES,
  POWER_CATEGORY_LABELS,
  POWER_LEVEL_LABELS,
  type PowerCategory,
  type PublicPowerItem,
} from '../../../../../contracts/power';
import { ErrorAlert } from '../../../components/error-alert';
import { api } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { usePublicAgencyPowers, usePublicPowersIndex } from '../api';
import { CategoryTag, POWERS_CSS } from './power-format';

const DEFAULT_TENANT = '533401';
const KIND_ORDER: AgencyKind[] = [
  'justice_bureau',
  'city_department',
  'vertical_branch',
  'authorised_organisation',
  'entrusted_organisation',
  'township_government',
  'squad',
];

export function PublicPowersPage() {
  const { t, label, lang, setLang } = useI18n();
  const [params, setParams] = useSearchParams();
  const tenant = params.get('tenant') ?? DEFAULT_TENANT;
  const agencyId = params.get('agency');
  const tenants = useQuery({
    queryKey: ['public-tenants'],
    queryFn: ({ signal }) => api.get<Array<{ code: string; name: string }>>('/api/public/tenants', undefined, signal),
    staleTime: 5 * 60_000,
  });
  const index = usePublicPowersIndex(tenant);
  const [agencyFilter, setAgencyFilter] = useState('');
  const [category, setCategory] = useState<PowerCategory | undefined>();
  const [q, setQ] = useState<string | undefined>();
  const powers = usePublicAgencyPowers(tenant, agencyId, { category, q });

  const groups = useMemo(() => {
    const list = (index.data?.agencies ?? []).filter(
      (a) => a.kind !== 'squad' && (!agencyFilter || a.name.includes(agencyFilter)),
    );
    return KIND_ORDER.map((kind) => ({ kind, agencies: list.filter((a) => a.kind === kind) })).filter(
      (g) => g.agencies.length,
    );
  }, [index.data, agencyFilter]);

  const select = (id: string) => setParams({ tenant, agency: id });
  const chosen = index.data?.agencies.find((a) => a.id === agencyId);
  const tenantName = index.data?.tenant.name ?? '';

  return (
    <Layout style={{ minHeight: '100vh', background: '#f2f4f7' }} data-testid="public-powers-page">
      <style>{POWERS_CSS}</style>
      <div style={{ background: 'linear-gradient(120deg, #163d7a, #1f5fbf)', color: '#fff', padding: '18px 28px' }}>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <div>
            <Typography.Title level={3} style={{ color: '#fff', margin: 0 }} data-testid="public-powers-title">
              {lang === 'en'
                ? `${tenantName} — Powers lists of the enforcement agencies`
                : `${tenantName}行政执法单位权责清单公示`}
            </Typography.Title>
            <Typography.Text style={{ color: 'rgba(255,255,255,.85)' }}>
              {t(
                `截至 ${index.data?.on ?? ''} 有效的权责清单，依据《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》事前公开`,
                `The lists in force on ${index.data?.on ?? ''}, published before enforcement`,
              )}
            </Typography.Text>
          </div>
          <Flex gap={8} align="center">
            <Select
              style={{ width: 200 }}
              value={tenant}
              options={(tenants.data ?? []).map((x) => ({ value: x.code, label: `${x.name}（${x.code}）` }))}
              onChange={(code) => setParams({ tenant: code })}
              data-testid="public-powers-tenant"
            />
            <Button ghost onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} data-testid="lang-switch">
              {lang === 'en' ? '中文' : 'English'}
            </Button>
            <Link to="/login">
              <Button ghost>{t('工作人员登录', 'Staff sign-in')}</Button>
            </Link>
          </Flex>
        </Flex>
      </div>
      <Layout.Content style={{ padding: 20 }}>
        {index.error && <ErrorAlert error={index.error} />}
        <Row gutter={16}>
          <Col xs={24} lg={8} xl={7}>
            <Card
              title={t('执法单位', 'Agencies')}
              styles={{ body: { padding: 12, maxHeight: 'calc(100vh - 220px)', overflow: 'auto' } }}
            >
              <Input.Search
                allowClear
                placeholder={t('查找单位', 'Find an agency')}
                onChange={(e) => setAgencyFilter(e.target.value.trim())}
                style={{ marginBottom: 8 }}
              />
              {index.isPending && <Spin />}
              {groups.map((g) => (
                <div key={g.kind} style={{ marginBottom: 12 }}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {label(AGENCY_KIND_LABELS[g.kind])}
                  </Typography.Text>
                  {g.agencies.map((a) => (
                    <div
                      key={a.id}
                      role="button"
                      tabIndex={0}
                      className="xz-public-agency"
                      data-testid="public-agency"
                      data-agency-name={a.name}
                      onClick={() => select(a.id)}
                      onKeyDown={(e) => e.key === 'Enter' && select(a.id)}
                      style={{
                        padding: '6px 8px',
                        borderRadius: 4,
                        cursor: 'pointer',
                        background: a.id === agencyId ? '#e8f0fc' : undefined,
                      }}
                    >
                      <Flex justify="space-between" gap={8}>
                        <span>{a.name}</span>
                        <Badge
                          count={a.itemCount}
                          showZero
                          color={a.itemCount ? '#1f5fbf' : '#d9d9d9'}
                          overflowCount={999}
                        />
                      </Flex>
                    </div>
                  ))}
                </div>
              ))}
            </Card>
          </Col>
          <Col xs={24} lg={16} xl={17}>
            <Card
              title={chosen ? chosen.name : t('请选择左侧的执法单位', 'Choose an agency on the left')}
              extra={
                chosen && (
                  <Flex gap={8}>
                    <Select
                      allowClear
                      placeholder={t('全部类别', 'All categories')}
                      style={{ width: 140 }}
                      value={category}
                      onChange={setCategory}
                      options={POWER_CATEGORIES.map((c) => ({ value: c, label: label(POWER_CATEGORY_LABELS[c]) }))}
                    />
                    <Input.Search
                      allowClear
                      placeholder={t('名称、依据', 'Name, basis')}
                      onSearch={(v) => setQ(v.trim() || undefined)}
                      style={{ width: 200 }}
                      data-testid="public-powers-search"
                    />
                  </Flex>
                )
              }
            >
              {!agencyId ? (
                <Empty description={t('选择单位查看其权责清单', 'Choose an agency to see its list')} />
              ) : powers.error ? (
                <ErrorAlert error={powers.error} />
              ) : (
                <Table<PublicPowerItem>
                  rowKey="id"
                  size="middle"
                  loading={powers.isFetching}
                  dataSource={powers.data?.items ?? []}
                  data-testid="public-powers-table"
                  onRow={(r) => ({ 'data-code': r.code }) as React.HTMLAttributes<HTMLElement>}
                  locale={{ emptyText: t('该单位暂无公示的权责事项', 'No powers published for this agency') }}
                  pagination={{ pageSize: 20, showTotal: (n) => t(`共 ${n} 项`, `${n} powers`) }}
                  expandable={{ expandedRowRender: (r) => <PublicItemDetail item={r} /> }}
                  columns={[
                    { title: t('编码', 'Code'), dataIndex: 'code', width: 140 },
                    { title: t('职权名称', 'Name'), dataIndex: 'name' },
                    {
                      title: t('类别', 'Category'),
                      dataIndex: 'category',
                      width: 100,
                      render: (c: PowerCategory) => <CategoryTag category={c} />,
                    },
                    {
                      title: t('行使层级', 'Level'),
                      dataIndex: 'level',
                      width: 120,
                      render: (l: PublicPowerItem['level']) => label(POWER_LEVEL_LABELS[l]),
                    },
                    { title: t('施行日期', 'In force from'), dataIndex: 'effectiveFrom', width: 110 },
                  ]}
                />
              )}
            </Card>
          </Col>
        </Row>
      </Layout.Content>
    </Layout>
  );
}

function PublicItemDetail({ item }: { item: PublicPowerItem }) {
  const { t } = useI18n();
  const row = (title: string, body: React.ReactNode) => (
    <div style={{ marginBottom: 8 }}>
      <Typography.Text strong>{title}：</Typography.Text>
      {body}
    </div>
  );
  return (
    <div data-testid="public-power-detail" style={{ padding: '4px 8px' }}>
      {item.subItems.length > 0 &&
        row(
          t('子项', 'Sub-items'),
          <ol style={{ margin: 0 }}>
            {item.subItems.map((s, i) => (
              <li key={i}>{s.name}</li>
            ))}
          </ol>,
        )}
      {row(
        t('实施依据', 'Legal basis'),
        <span>
          {item.basisText}
          {item.basisCitations.map((c) => (
            <Tag key={c} color="blue" style={{ marginInlineStart: 6 }}>
              {c}
            </Tag>
          ))}
        </span>,
      )}
      {row(t('责任事项', 'Duty'), <p className="xz-power-pre">{item.duty}</p>)}
      {row(t('追责情形', 'Accountability'), <p className="xz-power-pre">{item.accountability}</p>)}
      {item.delegatedFrom && row(t('委托/下放部门', 'Delegated by'), item.delegatedFrom)}
      {item.delegatedTo.length > 0 && row(t('下放乡镇', 'Delegated to'), item.delegatedTo.join('、'))}
    </div>
  );
}
