// 执法主体 (/agencies): the tenant's agency tree, a detail panel, and create/edit in a drawer.
import { useMemo, useState } from 'react';
import { Button, Card, Col, Flex, Input, Row, Select, Switch, Typography } from 'antd';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import ReloadOutlined from '@ant-design/icons/ReloadOutlined';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { useAgencies, useTenants } from '../api';
import { AgencyDetail } from './agency-detail';
import { AgencyFormDrawer, type AgencyFormTarget } from './agency-form-drawer';
import { AgencyTree } from './agency-tree';

export function AgenciesPage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const canWrite = me.permissions.includes('agency.write');
  const canReadTenants = me.permissions.includes('tenant.read');

  const [tenant, setTenant] = useState(me.tenant.code);
  const [search, setSearch] = useState('');
  const [showAbolished, setShowAbolished] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [formTarget, setFormTarget] = useState<AgencyFormTarget | null>(null);

  const tenants = useTenants(canReadTenants);
  const agenciesQuery = useAgencies(tenant === me.tenant.code ? {} : { tenant });
  const all = useMemo(() => agenciesQuery.data ?? [], [agenciesQuery.data]);
  const shown = useMemo(
    () => (showAbolished ? all : all.filter((a) => a.status !== 'abolished')),
    [all, showAbolished],
  );
  // Until the user picks one, the detail panel shows their own agency.
  const selected = all.find((a) => a.id === (selectedId ?? me.agency?.id)) ?? null;
  const parentName = selected?.parentId ? (all.find((a) => a.id === selected.parentId)?.name ?? null) : null;
  const abolishedCount = all.length - all.filter((a) => a.status !== 'abolished').length;

  const openCreate = () =>
    setFormTarget({ mode: 'create', parentId: selected && selected.abilities.createChild ? selected.id : null });

  return (
    <Page
      title={t('执法主体', 'Enforcement agencies')}
      description={t(
        '本行政区划内的行政执法主体及其层级关系',
        'The enforcement agencies of the region and how they are organised',
      )}
      testId="agencies-page"
      extra={
        <>
          {canReadTenants && (tenants.data?.length ?? 0) > 1 && (
            <Select
              value={tenant}
              onChange={(v) => {
                setTenant(v);
                setSelectedId(null);
              }}
              data-testid="agency-tenant"
              style={{ minWidth: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={tenants.data!.map((x) => ({ value: x.code, label: `${x.name}（${x.code}）` }))}
            />
          )}
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={openCreate} data-testid="agency-create">
              {t('新建执法主体', 'New agency')}
            </Button>
          )}
        </>
      }
    >
      {agenciesQuery.error && <ErrorAlert error={agenciesQuery.error} />}
      <Row gutter={16}>
        <Col xs={24} lg={11} xl={10}>
          <Card
            styles={{ body: { padding: 16 } }}
            title={
              <Flex align="center" gap={8}>
                <span>{t('组织树', 'Organisation tree')}</span>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
                  {t(`共 ${shown.length} 个`, shown.length === 1 ? '1 agency' : `${shown.length} agencies`)}
                </Typography.Text>
              </Flex>
            }
            extra={
              <Button
                type="text"
                size="small"
                icon={<ReloadOutlined />}
                aria-label={t('刷新', 'Refresh')}
                data-testid="agency-refresh"
                loading={agenciesQuery.isFetching}
                onClick={() => void agenciesQuery.refetch()}
              />
            }
            loading={agenciesQuery.isPending}
          >
            <Flex gap={12} align="center" style={{ marginBottom: 12 }} wrap>
              <Input.Search
                allowClear
                placeholder={t('按名称、简称或信用代码搜索', 'Search by name, short name or USCC')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                data-testid="agency-search"
                style={{ flex: 1, minWidth: 200 }}
              />
              <Flex align="center" gap={6}>
                <Switch
                  size="small"
                  checked={showAbolished}
                  onChange={setShowAbolished}
                  data-testid="agency-show-abolished"
                />
                <Typography.Text type="secondary" style={{ fontSize: 13, whiteSpace: 'nowrap' }}>
                  {t(`显示已撤销（${abolishedCount}）`, `Show abolished (${abolishedCount})`)}
                </Typography.Text>
              </Flex>
            </Flex>
            <div style={{ maxHeight: 'calc(100vh - 300px)', minHeight: 240, overflow: 'auto' }}>
              <AgencyTree agencies={shown} search={search} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={13} xl={14}>
          <Card title={t('主体详情', 'Details')} styles={{ body: { padding: 16 } }}>
            <AgencyDetail
              agency={selected}
              parentName={parentName}
              canWrite={canWrite}
              onEdit={(agency) => setFormTarget({ mode: 'edit', agency })}
              onCreateChild={(agency) => setFormTarget({ mode: 'create', parentId: agency.id })}
            />
          </Card>
        </Col>
      </Row>
      <AgencyFormDrawer
        target={formTarget}
        agencies={all}
        tenantId={tenant === me.tenant.code ? undefined : tenant}
        onClose={() => setFormTarget(null)}
        onSaved={(saved) => {
          setFormTarget(null);
          setSelectedId(saved.id);
          if (saved.status === 'abolished') setShowAbolished(true);
        }}
      />
    </Page>
  );
}
