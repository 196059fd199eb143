// Create or edit an agency in a drawer. The server validates; its field errors land on the fields.
import { useEffect, useState } from 'react';
import { App, Button, Col, Divider, Drawer, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import {
  AGENCY_KINDS,
  AGENCY_KIND_LABELS,
  LEGAL_STATUSES,
  LEGAL_STATUS_LABELS,
  type AgencyCreateBody,
  type AgencyKind,
  type AgencyStatus,
  type AgencyUpdateBody,
  type AgencyView,
  type LegalStatus,
} from '../../../../../contracts/agency';
import { AgencyTreeSelect, type AgencyOption } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { descendantIds } from '../../../lib/tree';
import { useSaveAgency } from '../api';

export type AgencyFormTarget = { mode: 'create'; parentId: string | null } | { mode: 'edit'; agency: AgencyView };

interface AgencyFormValues {
  parentId: string | null;
  name: string;
  shortName?: string;
  kind: AgencyKind;
  legalStatus: LegalStatus;
  uscc?: string;
  legalOfficeContact?: { name?: string; phone?: string };
  status?: AgencyStatus;
  sortOrder?: number | null;
}

interface AgencyFormDrawerProps {
  target: AgencyFormTarget | null;
  agencies: readonly AgencyView[];
  /** The tenant a new agency is created in, when it is not the user's own. */
  tenantId?: string;
  onClose: () => void;
  onSaved: (agency: AgencyView) => void;
}

const blankToNull = (v: string | undefined | null) => (v && v.trim() ? v.trim() : null);

function initialValues(target: AgencyFormTarget): Partial<AgencyFormValues> {
  if (target.mode === 'create') return { parentId: target.parentId, sortOrder: 0 };
  const a = target.agency;
  return {
    parentId: a.parentId,
    name: a.name,
    shortName: a.shortName ?? undefined,
    kind: a.kind,
    legalStatus: a.legalStatus,
    uscc: a.uscc ?? undefined,
    legalOfficeContact: a.legalOfficeContact ?? undefined,
    status: a.status,
    sortOrder: a.sortOrder,
  };
}

export function AgencyFormDrawer({ target, agencies, tenantId, onClose, onSaved }: AgencyFormDrawerProps) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyFormValues>();
  const save = useSaveAgency();
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);
  const editing = target?.mode === 'edit' ? target.agency : null;

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    form.setFieldsValue(initialValues(target));
  }, [target, form]);

  // A node may not move under itself or its descendants, and a parent must accept children.
  const blocked = editing ? descendantIds(agencies, editing.id) : new Set<string>();
  const isDisabled = (o: AgencyOption) => {
    if (blocked.has(o.id)) return true;
    if (editing && o.id === editing.parentId) return false;
    const agency = agencies.find((a) => a.id === o.id);
    return !agency?.abilities.createChild;
  };

  const onFinish = (values: AgencyFormValues) => {
    setFailure(null);
    const contactName = blankToNull(values.legalOfficeContact?.name);
    const contactPhone = blankToNull(values.legalOfficeContact?.phone);
    // Both or neither: a half-filled contact is sent as is, so the server names the missing part.
    const legalOfficeContact =
      contactName || contactPhone
        ? ({ name: contactName ?? '', phone: contactPhone ?? '' } as { name: string; phone: string })
        : null;
    const common = {
      parentId: values.parentId ?? null,
      name: values.name.trim(),
      kind: values.kind,
      legalStatus: values.legalStatus,
      uscc: blankToNull(values.uscc),
      legalOfficeContact,
      sortOrder: values.sortOrder ?? 0,
    };
    const input = editing
      ? {
          id: editing.id,
          body: {
            ...common,
            shortName: blankToNull(values.shortName),
            status: values.status,
          } satisfies AgencyUpdateBody,
        }
      : {
          body: {
            ...common,
            shortName: blankToNull(values.shortName) ?? undefined,
            tenantId,
          } satisfies AgencyCreateBody,
        };
    save.mutate(input, {
      onSuccess: (saved) => {
        message.success(editing ? t('已保存', 'Saved') : t('已创建执法主体', 'Agency created'));
        onSaved(saved);
      },
      onError: (e) => setFailure({ error: e, details: applyServerErrors(form, e).unmatched }),
    });
  };

  return (
    <Drawer
      open={!!target}
      onClose={onClose}
      size={600}
      destroyOnHidden
      title={
        editing ? t(`编辑执法主体：${editing.name}`, `Edit agency: ${editing.name}`) : t('新建执法主体', 'New agency')
      }
      data-testid="agency-drawer"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose} data-testid="agency-cancel">
            {t('取消', 'Cancel')}
          </Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="agency-save">
            {t('保存', 'Save')}
          </Button>
        </Flex>
      }
    >
      {failure && <ErrorAlert error={failure.error} details={failure.details} testId="agency-form-error" />}
      <Form<AgencyFormValues> form={form} name="agency" layout="vertical" onFinish={onFinish} scrollToFirstError>
        <Form.Item
          name="parentId"
          label={t('上级单位', 'Parent agency')}
          extra={t('不选则为顶级单位', 'Leave empty for a top-level agency')}
        >
          <AgencyTreeSelect
            agencies={agencies}
            isDisabled={isDisabled}
            placeholder={t('无（顶级）', 'None (top level)')}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              name="name"
              label={t('名称', 'Name')}
              rules={[{ required: true, whitespace: true, message: t('请输入名称', 'Enter the name') }]}
            >
              <Input maxLength={100} placeholder={t('如：香格里拉市市场监督管理局', 'e.g. Market Regulation Bureau')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="shortName" label={t('简称', 'Short name')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="kind"
              label={t('主体类别', 'Kind')}
              rules={[{ required: true, message: t('请选择主体类别', 'Choose the kind') }]}
            >
              <Select options={AGENCY_KINDS.map((k) => ({ value: k, label: label(AGENCY_KIND_LABELS[k]) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="legalStatus"
              label={t('执法主体资格', 'Legal status')}
              rules={[{ required: true, message: t('请选择执法主体资格', 'Choose the legal status') }]}
            >
              <Select
                options={LEGAL_STATUSES.map((s) => ({ value: s, label: label(LEGAL_STATUS_LABELS[s]) }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="uscc"
          label={t('统一社会信用代码', 'Unified social credit code (USCC)')}
          normalize={(v: string | undefined) => v?.toUpperCase().replace(/\s/g, '')}
          extra={t('18 位，按 GB 32100-2015 校验', '18 characters, checked per GB 32100-2015')}
        >
          <Input
            maxLength={18}
            data-testid="agency-uscc"
            style={{ fontFamily: 'monospace' }}
            placeholder="11533401XXXXXXXXXX"
          />
        </Form.Item>
        <Divider titlePlacement="start" plain style={{ margin: '20px 0 12px' }}>
          {t('法制机构联系人', 'Legal office contact')}
        </Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name={['legalOfficeContact', 'name']} label={t('联系人姓名', 'Contact name')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name={['legalOfficeContact', 'phone']}
              label={t('联系电话', 'Contact phone')}
              extra={t('手机或固定电话（如 0887-8221234）', 'Mobile or landline (e.g. 0887-8221234)')}
            >
              <Input maxLength={24} data-testid="agency-contact-phone" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          {editing && (
            <Col span={12}>
              <Form.Item name="status" label={t('状态', 'Status')}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'active', label: t('正常', 'Active') },
                    { value: 'abolished', label: t('已撤销', 'Abolished') },
                  ]}
                />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item
              name="sortOrder"
              label={t('排序号', 'Sort order')}
              extra={t('数字小的排在前面', 'Smaller numbers come first')}
            >
              <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
