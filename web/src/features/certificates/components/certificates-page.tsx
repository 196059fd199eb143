// 执法证管理 (/certificates?id=<certificate>&officer=<officer>): the certificates in scope with today's status (有效 / 已暂扣 / 已注销 /
// 已过期), filters, the expiry alerts (90 and 30 days by default, the justice bureau's setting), and for the justice
// bureau the issue drawer and the .xlsx import of historical certificates. No enforcement without a valid
// certificate (行政处罚法 第四十二条).
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Badge, Button, Card, Empty, Flex, Input, Select, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import {
  CERTIFICATE_STATUSES,
  CERTIFICATE_STATUS_LABELS,
  type CertificateAlerts,
  type CertificateStatus,
  type CertificateView,
} from '../../../../../contracts/certificate';
import { DOMAIN_LABELS, ENFORCEMENT_DOMAINS, type EnforcementDomain } from '../../../../../contracts/personnel';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { useAgencyChoices, useCertificateAlerts, useCertificates } from '../api';
import { CertificateDrawer } from './certificate-drawer';
import { CertificateImportModal } from './certificate-import-modal';
import { CertificateStatusTag } from './certificate-status-tag';
import { IssueCertificateDrawer } from './issue-certificate-drawer';

export function CertificatesPage() {
  const me = useCurrentUser();
  const { t, label } = useI18n();
  const canWrite = me.permissions.includes('certificate.write');
  const [params, setParams] = useSearchParams();
  const openId = params.get('id');
  /** `?officer=<id>`: one officer's certificates (linked from the officer's page). */
  const officerId = params.get('officer') ?? undefined;
  const [tab, setTab] = useState(params.get('tab') === 'alerts' ? 'alerts' : 'list');
  const [q, setQ] = useState<string | undefined>();
  const [status, setStatus] = useState<CertificateStatus | undefined>();
  const [domain, setDomain] = useState<EnforcementDomain | undefined>();
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [issuing, setIssuing] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = useCertificates({ q, status, domain, agencyId, officerId, ...page });
  const alerts = useCertificateAlerts();
  const agencies = useAgencyChoices();
  const alertCount = (alerts.data?.buckets.reduce((n, b) => n + b.count, 0) ?? 0) + (alerts.data?.expired.count ?? 0);

  const open = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('id', id);
    else next.delete('id');
    setParams(next);
  };

  const columns: ColumnsType<CertificateView> = [
    {
      title: t('证号', 'Number'),
      dataIndex: 'number',
      width: 170,
      render: (n: string, c) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, fontFamily: 'monospace' }}
          onClick={() => open(c.id)}
          data-testid="certificate-open"
        >
          {n}
        </Button>
      ),
    },
    { title: t('姓名', 'Name'), key: 'name', width: 110, render: (_, c) => c.officer.name },
    { title: t('执法单位', 'Agency'), key: 'agency', render: (_, c) => c.agency.name },
    {
      title: t('执法领域', 'Domains'),
      key: 'domains',
      width: 220,
      render: (_, c) => c.domains.map((d) => <Tag key={d}>{label(DOMAIN_LABELS[d])}</Tag>),
    },
    { title: t('有效期至', 'Valid until'), dataIndex: 'expiresOn', width: 110 },
    {
      title: t('状态', 'Status'),
      key: 'status',
      width: 130,
      render: (_, c) => (
        <Flex gap={4} wrap>
          <CertificateStatusTag status={c.status} />
          {c.demo && <Tag color="orange">{t('演示', 'Demo')}</Tag>}
        </Flex>
      ),
    },
  ];

  const listTab = (
    <Card size="small">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('证号或姓名', 'Number or name')}
          style={{ width: 220 }}
          onSearch={(v) => {
            setQ(v.trim() || undefined);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          data-testid="certificate-search"
        />
        <Select
          allowClear
          placeholder={t('状态', 'Status')}
          style={{ width: 120 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          options={CERTIFICATE_STATUSES.map((s) => ({ value: s, label: label(CERTIFICATE_STATUS_LABELS[s]) }))}
          data-testid="certificate-status-filter"
        />
        <Select
          allowClear
          placeholder={t('执法领域', 'Domain')}
          style={{ width: 160 }}
          value={domain}
          onChange={(v) => {
            setDomain(v);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          options={ENFORCEMENT_DOMAINS.map((d) => ({ value: d, label: label(DOMAIN_LABELS[d]) }))}
        />
        <AgencyTreeSelect
          agencies={agencies.data ?? []}
          value={agencyId ?? null}
          onChange={(v) => {
            setAgencyId(v ?? undefined);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          placeholder={t('执法单位', 'Agency')}
          loading={agencies.isPending}
          style={{ width: 260 }}
        />
      </Flex>
      {officerId && (
        <Tag
          closable
          color="blue"
          style={{ marginBottom: 12 }}
          onClose={() => {
            const next = new URLSearchParams(params);
            next.delete('officer');
            setParams(next);
          }}
        >
          {t(
            `仅显示执法人员 ${list.data?.items[0]?.officer.name ?? ''} 的执法证`,
            `Certificates of ${list.data?.items[0]?.officer.name ?? 'one officer'}`,
          )}
        </Tag>
      )}
      <ErrorAlert error={list.error} />
      <Table<CertificateView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        onRow={(c) => ({ 'data-number': c.number, 'data-status': c.status }) as React.HTMLAttributes<HTMLElement>}
        data-testid="certificates-table"
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t(`共 ${n} 张`, `${n} in all`),
          onChange: (p, s) => setPage({ page: s === page.pageSize ? p : 1, pageSize: s }),
        }}
      />
    </Card>
  );

  return (
    <Page
      title={t('执法证管理', 'Enforcement certificates')}
      description={t(
        '执法人员须持有效执法证方可执法（《行政处罚法》第四十二条）；发证须通过执法资格考试并完成年度培训学时，编外人员不得发证（国办发〔2024〕54号）',
        'Only officers holding a valid certificate may enforce (Administrative Penalty Law Art. 42); issuing requires the exam and the yearly training hours',
      )}
      testId="certificates-page"
      extra={
        canWrite && (
          <>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="certificate-import">
              {t('导入历史证件', 'Import')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setIssuing(true)}
              data-testid="certificate-issue"
            >
              {t('发证', 'Issue')}
            </Button>
          </>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'list', label: t('执法证', 'Certificates'), children: listTab },
          {
            key: 'alerts',
            label: (
              <span data-testid="certificate-alerts-tab">
                {t('到期提醒', 'Expiry alerts')} <Badge count={alertCount} overflowCount={999} size="small" />
              </span>
            ),
            children: <AlertsTab data={alerts.data} error={alerts.error} onOpen={open} />,
          },
        ]}
      />
      {openId && <CertificateDrawer id={openId} onClose={() => open(null)} />}
      {issuing && (
        <IssueCertificateDrawer
          onClose={() => setIssuing(false)}
          onIssued={(id) => {
            setIssuing(false);
            open(id);
          }}
        />
      )}
      {importing && <CertificateImportModal onClose={() => setImporting(false)} />}
    </Page>
  );
}

function AlertsTab({
  data,
  error,
  onOpen,
}: {
  data: CertificateAlerts | undefined;
  error: unknown;
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n();
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  type Item = CertificateAlerts['expired']['items'][number];
  const columns: ColumnsType<Item> = [
    {
      title: t('证号', 'Number'),
      dataIndex: 'number',
      width: 170,
      render: (n: string, i) => (
        <Button type="link" size="small" style={{ padding: 0, fontFamily: 'monospace' }} onClick={() => onOpen(i.id)}>
          {n}
        </Button>
      ),
    },
    { title: t('姓名', 'Name'), dataIndex: 'officerName', width: 110 },
    { title: t('执法单位', 'Agency'), dataIndex: 'agencyName' },
    { title: t('有效期至', 'Valid until'), dataIndex: 'expiresOn', width: 110 },
    {
      title: t('剩余天数', 'Days left'),
      dataIndex: 'daysLeft',
      width: 100,
      render: (d: number) =>
        d < 0 ? (
          <Tag color="error">{t(`过期 ${-d} 天`, `${-d} days ago`)}</Tag>
        ) : (
          <Tag color={d <= 30 ? 'error' : 'warning'}>{d}</Tag>
        ),
    },
  ];
  const sections = [
    ...[...data.buckets].reverse().map((b, i, all) => ({
      key: `d${b.days}`,
      title:
        i === 0
          ? t(`${b.days} 天内到期`, `Expiring within ${b.days} days`)
          : t(`${all[i - 1].days + 1}–${b.days} 天内到期`, `Expiring in ${all[i - 1].days + 1}–${b.days} days`),
      count: b.count,
      items: b.items,
    })),
    {
      key: 'expired',
      title: t('已过期（持证人仍在岗，不得执法）', 'Expired (holder still in post: may not enforce)'),
      count: data.expired.count,
      items: data.expired.items,
    },
  ];
  return (
    <Flex vertical gap={12} data-testid="certificate-alerts">
      <Typography.Text type="secondary">
        {t(
          `截至 ${data.today}。提醒天数由司法局在“队伍建设设置”中配置。`,
          `As of ${data.today}. The alert days are the justice bureau's setting.`,
        )}
      </Typography.Text>
      {sections.map((s) => (
        <Card
          key={s.key}
          size="small"
          title={
            <span data-testid={`certificate-alert-${s.key}`} data-count={s.count}>
              {s.title}{' '}
              <Badge count={s.count} showZero color={s.key === 'expired' ? 'red' : 'orange'} overflowCount={9999} />
            </span>
          }
        >
          {s.items.length ? (
            <Table
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={s.items}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('无', 'None')} />
          )}
        </Card>
      ))}
    </Flex>
  );
}
