// 权责清单公示 (/public/powers, no sign-in): every agency of a region and its powers in force today — disclosure
// before enforcement. ?tenant=<region code>&agency=<id>. Shows nothing personal. The header and the links to the
// other public pages are the shared PublicFrame.
import { useMemo, useState } from 'react';
import { Badge, Card, Col, Empty, Flex, Input, Row, Select, Spin, Table, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { AGENCY_KIND_LABELS, type AgencyKind } from '../../../../../contracts/agency';
import {
  POWER_CATEGORIES,
  POWER_CATEGORY_LABELS,
  POWER_LEVEL_LABELS,
  type PowerCategory,
  type PublicPowerItem,
} from '../../../../../contracts/power';
import { ErrorAlert } from '../../../components/error-alert';
import { PublicFrame, usePublicTenant } from '../../../components/public-frame';
import { useI18n } from '../../../lib/i18n';
import { usePublicAgencyPowers, usePublicPowersIndex } from '../api';
import { CategoryTag, POWERS_CSS } from './power-format';

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
  const { t, label, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const tenant = usePublicTenant().code;
  const agencyId = params.get('agency');
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
    <PublicFrame
      area="powers"
      testId="public-powers"
      title={
        lang === 'en'
          ? `${tenantName} — Powers lists of the enforcement agencies`
          : `${tenantName}行政执法单位权责清单公示`
      }
      subtitle={t(
        `截至 ${index.data?.on ?? ''} 有效的权责清单，依据《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》事前公开`,
        `The lists in force on ${index.data?.on ?? ''}, published before enforcement`,
      )}
    >
      <style>{POWERS_CSS}</style>
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
                <Flex gap={8} wrap>
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
                  // On a phone: the name and the category (the rest would squeeze the name to a column of characters).
                  { title: t('编码', 'Code'), dataIndex: 'code', width: 140, responsive: ['sm'] },
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
                    responsive: ['md'],
                    render: (l: PublicPowerItem['level']) => label(POWER_LEVEL_LABELS[l]),
                  },
                  { title: t('施行日期', 'In force from'), dataIndex: 'effectiveFrom', width: 110, responsive: ['md'] },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
    </PublicFrame>
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
