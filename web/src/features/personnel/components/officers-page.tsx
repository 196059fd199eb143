// 执法人员 (/officers?agency=<id>): the officers in scope, filtered by agency subtree, status, domain and reviewer,
// searched by name, masked-ID tail or whole resident ID; resident ID and phone masked. Leaders and legal offices
// record officers; the justice bureau keeps the personnel settings.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, Card, Flex, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import SettingOutlined from '@ant-design/icons/SettingOutlined';
import type { OfficerView } from '../../../../../contracts/officer';
import {
  DOMAIN_LABELS,
  ENFORCEMENT_DOMAINS,
  OFFICER_STATUS_LABELS,
  OFFICER_STATUSES,
  STAFFING_TYPE_LABELS,
  type OfficerStatus,
} from '../../../../../contracts/personnel';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { useOfficerAgencies, useOfficers, type OfficerFilter } from '../officers-api';
import { OfficerFormModal, type OfficerFormTarget } from './officer-form-modal';
import { PersonnelSettingsModal } from './personnel-settings-modal';

export const STATUS_COLORS: Record<OfficerStatus, string> = {
  in_post: 'success',
  seconded: 'blue',
  transferred: 'default',
  retired: 'default',
  suspended: 'error',
};

export function OfficersPage() {
  const me = useCurrentUser();
  const { t, label } = useI18n();
  const canWrite = me.permissions.includes('personnel.write');
  const canConfigure = me.permissions.includes('personnel.configure');
  const [params, setParams] = useSearchParams();
  const agencyId = params.get('agency') ?? undefined;
  const [filter, setFilter] = useState<Omit<OfficerFilter, 'agencyId'>>({ page: 1, pageSize: 20 });
  const [search, setSearch] = useState('');
  const agencies = useOfficerAgencies();
  const officers = useOfficers({ ...filter, agencyId });
  const [formTarget, setFormTarget] = useState<OfficerFormTarget | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const set = (patch: Partial<OfficerFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));

  const columns: ColumnsType<OfficerView> = [
    {
      title: t('姓名', 'Name'),
      key: 'name',
      width: 150,
      render: (_, o) => (
        <Flex vertical gap={2}>
          <Link to={`/officers/${o.id}`} data-testid="officer-link">
            {o.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.sex === 'male' ? t('男', 'M') : t('女', 'F')}
            {o.ethnicity ? ` · ${o.ethnicity}` : ''} · {o.birthDate.slice(0, 4)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('身份证号', 'Resident ID'),
      dataIndex: 'residentIdMasked',
      width: 180,
      render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</span>,
    },
    {
      title: t('联系电话', 'Phone'),
      dataIndex: 'phoneMasked',
      width: 130,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('单位 / 岗位', 'Agency / post'),
      key: 'agency',
      render: (_, o) => (
        <Flex vertical gap={2}>
          <span>{o.agency.name.replace(/^香格里拉市/, '')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.post} · {label(STAFFING_TYPE_LABELS[o.staffingType])}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('执法领域', 'Domains'),
      key: 'domains',
      width: 200,
      render: (_, o) => (
        <Flex gap={4} wrap>
          {o.domains.map((d) => (
            <Tag key={d} style={{ marginInlineEnd: 0 }}>
              {label(DOMAIN_LABELS[d])}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('资格', 'Qualifications'),
      key: 'marks',
      width: 150,
      render: (_, o) => (
        <Flex gap={4} wrap>
          {o.legalReviewer && (
            <Tag color="purple" data-testid="officer-mark-reviewer">
              {t('法制审核', 'Legal reviewer')}
            </Tag>
          )}
          {o.legalQualification && (
            <Tooltip title={t('国家统一法律职业资格', 'National legal professional qualification')}>
              <Tag color="gold" data-testid="officer-mark-qualification">
                {t('法律职业资格', 'Legal qual.')}
              </Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      title: t('状态', 'Status'),
      dataIndex: 'status',
      width: 90,
      render: (s: OfficerStatus) => (
        <Tag color={STATUS_COLORS[s]} data-testid="officer-status" data-status={s}>
          {label(OFFICER_STATUS_LABELS[s])}
        </Tag>
      ),
    },
  ];

  const data = officers.data;
  return (
    <Page
      title={t('执法人员', 'Officers')}
      description={t(
        '本单位及下级单位的执法人员。身份证号、电话加密存储、脱敏显示；查看完整号码须有权限并记入访问日志。',
        'Officers of your agencies. Resident IDs and phones are stored encrypted and shown masked; full reads need permission and are logged.',
      )}
      testId="officers-page"
      extra={
        <>
          {canConfigure && (
            <Button
              icon={<SettingOutlined />}
              onClick={() => setSettingsOpen(true)}
              data-testid="personnel-settings-open"
            >
              {t('人员管理参数', 'Personnel settings')}
            </Button>
          )}
          {canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setFormTarget({ mode: 'create', agencyId: agencyId ?? me.agency?.id ?? null })}
              data-testid="officer-create"
            >
              {t('新增执法人员', 'New officer')}
            </Button>
          )}
        </>
      }
    >
      {officers.error && <ErrorAlert error={officers.error} />}
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <div style={{ width: 260 }}>
            <AgencyTreeSelect
              id="officerAgencyFilter"
              agencies={agencies.data ?? []}
              value={agencyId ?? null}
              onChange={(id) => {
                setParams(id ? { agency: id } : {});
                set({});
              }}
              placeholder={t('全部单位（含下级）', 'All agencies (with sub-units)')}
            />
          </div>
          <Select
            allowClear
            placeholder={t('全部状态', 'Any status')}
            style={{ width: 120 }}
            value={filter.status}
            onChange={(v) => set({ status: v })}
            data-testid="officer-status-filter"
            options={OFFICER_STATUSES.map((s) => ({ value: s, label: label(OFFICER_STATUS_LABELS[s]) }))}
          />
          <Select
            allowClear
            placeholder={t('全部执法领域', 'Any domain')}
            style={{ width: 160 }}
            value={filter.domain}
            onChange={(v) => set({ domain: v })}
            data-testid="officer-domain-filter"
            options={ENFORCEMENT_DOMAINS.map((d) => ({ value: d, label: label(DOMAIN_LABELS[d]) }))}
          />
          <Select
            allowClear
            placeholder={t('法制审核人员', 'Legal reviewers')}
            style={{ width: 150 }}
            value={filter.legalReviewer}
            onChange={(v) => set({ legalReviewer: v })}
            data-testid="officer-reviewer-filter"
            options={[
              { value: 'true', label: t('仅法制审核人员', 'Legal reviewers only') },
              { value: 'false', label: t('非法制审核人员', 'Others') },
            ]}
          />
          <Input.Search
            allowClear
            style={{ width: 300 }}
            placeholder={t('姓名、身份证号后四位或完整身份证号', 'Name, last 4 ID digits or the whole ID')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => set({ q: v.trim() || undefined })}
            data-testid="officer-search"
          />
        </Flex>
        <Table<OfficerView>
          rowKey="id"
          size="middle"
          loading={officers.isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          data-testid="officers-table"
          onRow={(o) => ({ 'data-id': o.id, 'data-name': o.name }) as React.HTMLAttributes<HTMLElement>}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (n) => t(`共 ${n} 人`, `${n} officers`),
            onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
          }}
          locale={{ emptyText: t('没有符合条件的执法人员', 'No officers match') }}
          scroll={{ x: 1000 }}
        />
      </Card>
      <OfficerFormModal target={formTarget} agencies={agencies.data ?? []} onClose={() => setFormTarget(null)} />
      <PersonnelSettingsModal open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </Page>
  );
}
