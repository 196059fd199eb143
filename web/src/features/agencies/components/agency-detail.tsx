// The detail panel of the selected agency, with the actions its abilities allow.
import { Button, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import EditOutlined from '@ant-design/icons/EditOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import { AGENCY_KIND_LABELS, LEGAL_STATUS_LABELS, type AgencyView } from '../../../../../contracts/agency';
import { DateTime } from '../../../components/date-time';
import { useI18n } from '../../../lib/i18n';
import { KIND_COLORS } from '../labels';

interface AgencyDetailProps {
  agency: AgencyView | null;
  parentName: string | null;
  canWrite: boolean;
  onEdit: (agency: AgencyView) => void;
  onCreateChild: (agency: AgencyView) => void;
}

export function AgencyDetail({ agency, parentName, canWrite, onEdit, onCreateChild }: AgencyDetailProps) {
  const { t, label } = useI18n();
  if (!agency) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('请在左侧选择一个执法主体', 'Choose an agency on the left')}
        style={{ padding: '48px 0' }}
      />
    );
  }
  const dash = <span className="xz-muted">—</span>;
  return (
    <div data-testid="agency-detail" data-agency-id={agency.id}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={5} style={{ margin: 0 }} data-testid="agency-detail-name">
            {agency.name}
          </Typography.Title>
          <Flex gap={6} style={{ marginTop: 6 }}>
            <Tag color={KIND_COLORS[agency.kind]} bordered={false}>
              {label(AGENCY_KIND_LABELS[agency.kind], agency.kind)}
            </Tag>
            {agency.status === 'abolished' ? (
              <Tag color="red">{t('已撤销', 'Abolished')}</Tag>
            ) : (
              <Tag color="success">{t('正常', 'Active')}</Tag>
            )}
          </Flex>
        </div>
        {canWrite && (
          <Flex gap={8}>
            <Button
              icon={<PlusOutlined />}
              disabled={!agency.abilities.createChild}
              onClick={() => onCreateChild(agency)}
              data-testid="agency-create-child"
            >
              {t('新增下级', 'Add sub-agency')}
            </Button>
            <Button
              type="primary"
              ghost
              icon={<EditOutlined />}
              disabled={!agency.abilities.update}
              onClick={() => onEdit(agency)}
              data-testid="agency-edit"
            >
              {t('编辑', 'Edit')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 150 } }}
        items={[
          { key: 'shortName', label: t('简称', 'Short name'), children: agency.shortName ?? dash },
          {
            key: 'parent',
            label: t('上级单位', 'Parent'),
            children: parentName ?? t('无（顶级）', 'None (top level)'),
          },
          {
            key: 'legalStatus',
            label: t('执法主体资格', 'Legal status'),
            children: label(LEGAL_STATUS_LABELS[agency.legalStatus], agency.legalStatus),
          },
          {
            key: 'uscc',
            label: t('统一社会信用代码', 'USCC'),
            children: agency.uscc ? (
              <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
                {agency.uscc}
              </Typography.Text>
            ) : (
              dash
            ),
          },
          {
            key: 'contactName',
            label: t('法制机构联系人', 'Legal office contact'),
            children: agency.legalOfficeContact?.name ?? dash,
          },
          {
            key: 'contactPhone',
            label: t('联系电话', 'Contact phone'),
            children: agency.legalOfficeContact?.phone ?? dash,
          },
          { key: 'sortOrder', label: t('排序号', 'Sort order'), children: agency.sortOrder },
          ...(agency.abolishedAt
            ? [
                {
                  key: 'abolishedAt',
                  label: t('撤销时间', 'Abolished at'),
                  children: <DateTime value={agency.abolishedAt} />,
                },
              ]
            : []),
          { key: 'createdAt', label: t('创建时间', 'Created'), children: <DateTime value={agency.createdAt} /> },
          { key: 'updatedAt', label: t('更新时间', 'Updated'), children: <DateTime value={agency.updatedAt} /> },
        ]}
      />
    </div>
  );
}
