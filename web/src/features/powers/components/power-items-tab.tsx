// The list in force on a date (own items, or — for a department — the township items it delegated), with filters,
// the item drawer, and for the agency's legal office / leader: export, template, import and new change requests.
import { useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, Flex, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import FileExcelOutlined from '@ant-design/icons/FileExcelOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import {
  POWER_CATEGORIES,
  POWER_CATEGORY_LABELS,
  POWER_LEVEL_LABELS,
  type PowerCategory,
  type PowerItemDetail,
  type PowerItemView,
} from '../../../../../contracts/power';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import {
  downloadPowersExport,
  downloadPowersTemplate,
  usePowerItems,
  useScopedAgencies,
  type PowerItemFilters,
} from '../api';
import { PowerImportModal } from './power-import-modal';
import { PowerItemDrawer } from './power-item-drawer';
import { CategoryTag, UnlinkedTag, useAgencyDirectory } from './power-format';

interface Props {
  view: 'own' | 'delegated';
}

export function PowerItemsTab({ view }: Props) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const canWrite = me.permissions.includes('power.write');
  const agencies = useScopedAgencies();
  const names = useAgencyDirectory();
  const [filters, setFilters] = useState<PowerItemFilters>({ view, page: 1, pageSize: 20 });
  const [keyword, setKeyword] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const items = usePowerItems(filters);
  const set = (patch: Partial<PowerItemFilters>) => setFilters((f) => ({ ...f, page: 1, ...patch }));

  const agencyOptions = (agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }));
  // Export is per agency: the one chosen, or the user's own when they reach only one.
  const exportAgency = filters.agencyId ?? (agencyOptions.length === 1 ? agencyOptions[0].value : undefined);

  const onExport = async () => {
    if (!exportAgency) return;
    setExporting(true);
    try {
      await downloadPowersExport(exportAgency, filters.on);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  const propose = (kind: 'modify' | 'cancel', item: PowerItemDetail) =>
    void navigate(`/powers/requests/new?agencyId=${item.agencyId}&${kind}=${item.id}`);

  const columns: ColumnsType<PowerItemView> = [
    {
      title: t('职权编码', 'Code'),
      key: 'code',
      width: 150,
      render: (_, r) => <Typography.Text style={{ fontFamily: 'monospace' }}>{r.content.code}</Typography.Text>,
    },
    {
      title: t('职权名称', 'Name'),
      key: 'name',
      render: (_, r) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => setOpenId(r.id)}
          data-testid="power-item-open"
        >
          {r.content.name}
        </Button>
      ),
    },
    {
      title: t('类别', 'Category'),
      key: 'category',
      width: 100,
      render: (_, r) => <CategoryTag category={r.content.category} />,
    },
    ...(view === 'delegated' || agencyOptions.length !== 1
      ? [{ title: t('实施主体', 'Agency'), dataIndex: 'agencyName', width: 190, ellipsis: true }]
      : []),
    {
      title: t('行使层级', 'Level'),
      key: 'level',
      width: 120,
      render: (_, r) => label(POWER_LEVEL_LABELS[r.content.level]),
    },
    {
      title: view === 'delegated' ? t('委托/下放部门', 'Delegated by') : t('下放乡镇', 'Delegated to'),
      key: 'delegation',
      width: 160,
      render: (_, r) =>
        view === 'delegated'
          ? (r.delegatedFrom?.name ?? '—')
          : r.delegatedTo.length
            ? r.delegatedTo.map((a) => a.name.replace(/^.*?市(?=.+[镇乡])/, '').replace(/人民政府$/, '')).join('、')
            : r.delegatedFrom
              ? t(`承接自${r.delegatedFrom.name}`, `from ${r.delegatedFrom.name}`)
              : '—',
    },
    {
      title: t('依据', 'Basis'),
      key: 'basis',
      width: 110,
      render: (_, r) =>
        r.content.basisLinked ? (
          <Typography.Text type="success">
            {t(`已关联 ${r.content.basisRefs.length} 条`, `${r.content.basisRefs.length} linked`)}
          </Typography.Text>
        ) : (
          <UnlinkedTag content={r.content} />
        ),
    },
    {
      title: t('施行日期', 'In force from'),
      dataIndex: 'effectiveFrom',
      width: 110,
      render: (v: string, r) => (
        <Tooltip
          title={r.effectiveTo ? t(`至 ${r.effectiveTo}（不含）`, `until ${r.effectiveTo} (exclusive)`) : undefined}
        >
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</span>
        </Tooltip>
      ),
    },
  ];

  return (
    <>
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
          <Flex gap={8} wrap>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('全部单位', 'All agencies')}
              style={{ width: 240 }}
              options={view === 'own' ? agencyOptions : names.townships}
              value={filters.agencyId}
              onChange={(v) => set({ agencyId: v })}
              data-testid="power-filter-agency"
            />
            <Select
              allowClear
              placeholder={t('全部类别', 'All categories')}
              style={{ width: 140 }}
              options={POWER_CATEGORIES.map((c) => ({ value: c, label: label(POWER_CATEGORY_LABELS[c]) }))}
              value={filters.category}
              onChange={(v: PowerCategory | undefined) => set({ category: v })}
              data-testid="power-filter-category"
            />
            <Input.Search
              allowClear
              placeholder={t('编码、名称、依据、子项', 'Code, name, basis, sub-item')}
              style={{ width: 240 }}
              value={keyword}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(v) => set({ q: v.trim() || undefined })}
              data-testid="power-filter-q"
            />
            <Space.Compact>
              <Button disabled style={{ color: 'rgba(0,0,0,.65)', cursor: 'default' }}>
                {t('有效日期', 'In force on')}
              </Button>
              <DatePicker
                allowClear
                placeholder={t('今天', 'Today')}
                value={filters.on ? dayjs(filters.on) : null}
                onChange={(d) => set({ on: d ? d.format('YYYY-MM-DD') : undefined })}
                data-testid="power-filter-on"
              />
            </Space.Compact>
            <Checkbox
              checked={filters.basis === 'unlinked'}
              onChange={(e) => set({ basis: e.target.checked ? 'unlinked' : undefined })}
              data-testid="power-filter-unlinked"
              style={{ alignSelf: 'center' }}
            >
              {t('仅看依据未关联', 'Only unlinked basis')}
            </Checkbox>
          </Flex>
          {view === 'own' && (
            <Flex gap={8} wrap>
              <Tooltip title={exportAgency ? undefined : t('请先选择单位', 'Choose an agency first')}>
                <Button
                  icon={<DownloadOutlined />}
                  disabled={!exportAgency}
                  loading={exporting}
                  onClick={() => void onExport()}
                  data-testid="power-export"
                >
                  {t('导出 Excel', 'Export .xlsx')}
                </Button>
              </Tooltip>
              <Button
                icon={<FileExcelOutlined />}
                onClick={() => void downloadPowersTemplate().catch((e) => message.error(errorMessage(e)))}
                data-testid="power-template"
              >
                {t('下载模板', 'Template')}
              </Button>
              {canWrite && (
                <>
                  <Button onClick={() => setImporting(true)} data-testid="power-import">
                    {t('导入 Excel', 'Import .xlsx')}
                  </Button>
                  <Button
                    type="primary"
                    icon={<PlusOutlined />}
                    onClick={() =>
                      void navigate(`/powers/requests/new${filters.agencyId ? `?agencyId=${filters.agencyId}` : ''}`)
                    }
                    data-testid="power-new-request"
                  >
                    {t('新建变更申请', 'New change request')}
                  </Button>
                </>
              )}
            </Flex>
          )}
        </Flex>
        {items.error && <ErrorAlert error={items.error} />}
        <Table<PowerItemView>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items.data?.items ?? []}
          loading={items.isFetching}
          data-testid={view === 'delegated' ? 'power-delegated-table' : 'power-items-table'}
          onRow={(r) => ({ 'data-code': r.content.code }) as React.HTMLAttributes<HTMLElement>}
          locale={{
            emptyText:
              view === 'delegated'
                ? t('没有本部门下放给乡镇的事项', 'No items delegated by your department')
                : t('该日期没有有效的事项', 'No items in force on this date'),
          }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: items.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) =>
              t(`共 ${n} 项（${items.data?.on ?? ''} 有效）`, `${n} items in force on ${items.data?.on ?? ''}`),
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
        />
      </Card>
      <PowerItemDrawer
        itemId={openId}
        on={filters.on}
        names={names}
        onClose={() => setOpenId(null)}
        onPropose={propose}
      />
      {importing && (
        <PowerImportModal
          agencies={agencyOptions}
          defaultAgencyId={filters.agencyId ?? me.agency?.id}
          onClose={() => setImporting(false)}
        />
      )}
    </>
  );
}
