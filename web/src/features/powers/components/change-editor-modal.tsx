// Editing one change of a request: what it does (add / modify / cancel an item), the item's content, and why. The
// written basis is resolved as the user types it (the articles show with their text on hover); articles picked or
// removed by hand are sent as they are, otherwise the server resolves the text again when it saves.
import { useEffect, useState } from 'react';
import { Alert, Button, Col, Divider, Flex, Form, Input, Modal, Radio, Row, Select, Typography } from 'antd';
import MinusCircleOutlined from '@ant-design/icons/MinusCircleOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import type { ArticleRef, ArticleRefView } from '../../../../../contracts/law';
import {
  POWER_CATEGORIES,
  POWER_CATEGORY_LABELS,
  POWER_CHANGE_KINDS,
  POWER_CHANGE_KIND_LABELS,
  POWER_CHANGE_REASONS,
  POWER_CHANGE_REASON_LABELS,
  POWER_LEVELS,
  POWER_LEVEL_LABELS,
  type PowerChangeInput,
  type PowerContentInput,
  type PowerItemView,
} from '../../../../../contracts/power';
import { CitationInput, resolveCitation, toArticleRefs } from '../../../components/citation-input';
import { testId } from '../../../components/test-id';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import type { AgencyDirectory } from './power-format';

export interface ChangeDraft {
  input: PowerChangeInput;
  /** Articles the user picked by hand (kept as they are); null: resolved from the written basis. */
  explicitRefs: ArticleRef[] | null;
}

interface FormValues {
  kind: PowerChangeInput['kind'];
  itemId?: string;
  reason: PowerChangeInput['reason'];
  reasonText: string;
  content?: Omit<PowerContentInput, 'basisRefs'>;
}

interface Props {
  open: boolean;
  initial: ChangeDraft | null;
  /** The agency's items in force (for modify and cancel). */
  items: PowerItemView[];
  names: AgencyDirectory;
  /** Saves the change (the page saves the whole request); rejects with the server's error. */
  onSave: (draft: ChangeDraft) => Promise<void>;
  onClose: () => void;
  /** The server's field errors for this change, keyed as in the form (content.name …). */
  fieldErrors: Record<string, string>;
}

/** Resolves each 《…》 part of a written basis separately, so one unknown law does not hide the others. */
async function previewBasis(text: string): Promise<{ views: ArticleRefView[]; problems: string[] }> {
  const segments = text
    .split(/(?=《)/)
    .map((s) => s.trim())
    .filter((s) => s.startsWith('《'));
  const views: ArticleRefView[] = [];
  const problems: string[] = [];
  for (const s of segments) {
    try {
      views.push(...(await resolveCitation(s)));
    } catch (e) {
      problems.push(isApiError(e) ? (Object.values(e.fields)[0] ?? e.message) : String(e));
    }
  }
  return { views, problems };
}

const emptyContent = (): FormValues['content'] => ({
  code: '',
  name: '',
  category: 'penalty',
  subItems: [],
  basisText: '',
  duty: '',
  accountability: '',
  level: 'county',
  delegatedFromAgencyId: null,
  delegatedToTownshipIds: [],
  remarks: null,
});

export function ChangeEditorModal({ open, initial, items, names, onSave, onClose, fieldErrors }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form) ?? 'add';
  const [preview, setPreview] = useState<{ views: ArticleRefView[]; problems: string[] } | null>(null);
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    const i = initial?.input;
    form.resetFields();
    form.setFieldsValue({
      kind: i?.kind ?? 'add',
      itemId: i && i.kind !== 'add' ? i.itemId : undefined,
      reason: i?.reason ?? 'institutional_reform',
      reasonText: i?.reasonText ?? '',
      content: i && i.kind !== 'cancel' ? { ...emptyContent(), ...i.content } : emptyContent(),
    });
    setTouched(!!initial?.explicitRefs);
    setPreview(null);
    setError(null);
    const text = i && i.kind !== 'cancel' ? i.content.basisText : '';
    if (text) void previewBasis(text).then(setPreview);
  }, [open, initial, form]);

  useEffect(() => {
    const fields = Object.entries(fieldErrors).map(([name, message]) => ({
      name: name.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [message],
    }));
    if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
  }, [fieldErrors, form]);

  const pickItem = (id: string) => {
    const item = items.find((x) => x.id === id);
    if (!item || form.getFieldValue('kind') !== 'modify') return;
    const c = item.content;
    form.setFieldValue('content', {
      code: c.code,
      name: c.name,
      category: c.category,
      subItems: c.subItems.map((s) => ({ code: s.code ?? null, name: s.name })),
      basisText: c.basisText,
      duty: c.duty,
      accountability: c.accountability,
      level: c.level,
      delegatedFromAgencyId: c.delegatedFromAgencyId,
      delegatedToTownshipIds: c.delegatedToTownshipIds,
      remarks: c.remarks,
    });
    setTouched(false);
    void previewBasis(c.basisText).then(setPreview);
  };

  const submit = async (v: FormValues) => {
    setSaving(true);
    setError(null);
    const explicit = touched && preview ? toArticleRefs(preview.views) : (initial?.explicitRefs ?? null);
    const base = { reason: v.reason, reasonText: v.reasonText };
    const content = (): PowerContentInput => ({
      ...v.content!,
      subItems: (v.content!.subItems ?? []).filter((s) => s?.name?.trim()),
      remarks: v.content!.remarks || null,
      delegatedFromAgencyId: v.content!.delegatedFromAgencyId || null,
      ...(explicit?.length ? { basisRefs: explicit } : {}),
    });
    const input: PowerChangeInput =
      v.kind === 'add'
        ? { kind: 'add', ...base, content: content() }
        : v.kind === 'modify'
          ? { kind: 'modify', itemId: v.itemId!, ...base, content: content() }
          : { kind: 'cancel', itemId: v.itemId!, ...base };
    try {
      await onSave({ input, explicitRefs: explicit?.length ? explicit : null });
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const itemOptions = items.map((i) => ({ value: i.id, label: `${i.content.code} ${i.content.name}` }));

  return (
    <Modal
      open={open}
      width={920}
      title={t('编辑变更事项', 'Edit the change')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('保存并计算差异', 'Save and compare')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={saving}
      okButtonProps={testId('change-save')}
      destroyOnHidden
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="change-error" />}
      <Form<FormValues>
        form={form}
        name="powerChange"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name="kind" label={t('变更类型', 'Kind of change')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={POWER_CHANGE_KINDS.map((k) => ({ value: k, label: label(POWER_CHANGE_KIND_LABELS[k]) }))}
              />
            </Form.Item>
          </Col>
          {kind !== 'add' && (
            <Col span={14}>
              <Form.Item
                name="itemId"
                label={t('现行事项', 'Power in force')}
                rules={[{ required: true, message: t('请选择事项', 'Choose the power') }]}
              >
                <Select showSearch={{ optionFilterProp: 'label' }} options={itemOptions} onChange={pickItem} />
              </Form.Item>
            </Col>
          )}
        </Row>
        {kind !== 'cancel' && (
          <>
            <Row gutter={16}>
              <Col span={8}>
                <Form.Item
                  name={['content', 'code']}
                  label={t('职权编码', 'Code')}
                  rules={[{ required: true, message: t('必填', 'Required') }]}
                >
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item
                  name={['content', 'category']}
                  label={t('职权类别', 'Category')}
                  rules={[{ required: true }]}
                >
                  <Select
                    options={POWER_CATEGORIES.map((c) => ({ value: c, label: label(POWER_CATEGORY_LABELS[c]) }))}
                  />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={['content', 'level']} label={t('行使层级', 'Level')} rules={[{ required: true }]}>
                  <Select options={POWER_LEVELS.map((l) => ({ value: l, label: label(POWER_LEVEL_LABELS[l]) }))} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name={['content', 'name']}
              label={t('职权名称', 'Name')}
              rules={[{ required: true, message: t('必填', 'Required') }]}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item label={t('子项', 'Sub-items')}>
              <Form.List name={['content', 'subItems']}>
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f) => (
                      <Flex key={f.key} gap={8} align="baseline">
                        <Form.Item name={[f.name, 'code']} style={{ width: 180, marginBottom: 8 }}>
                          <Input placeholder={t('子项编码（可选）', 'Code (optional)')} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'name']} style={{ flex: 1, marginBottom: 8 }}>
                          <Input placeholder={t('子项名称', 'Sub-item name')} />
                        </Form.Item>
                        <MinusCircleOutlined onClick={() => remove(f.name)} />
                      </Flex>
                    ))}
                    <Button
                      type="dashed"
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => add({ code: null, name: '' })}
                    >
                      {t('添加子项', 'Add a sub-item')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Form.Item>
            <Form.Item
              name={['content', 'basisText']}
              label={t(
                '实施依据（按清单书写，如《中华人民共和国食品安全法》第一百二十二条）',
                'Legal basis as written',
              )}
              rules={[{ required: true, message: t('必填', 'Required') }]}
            >
              <Input.TextArea
                rows={2}
                maxLength={4000}
                onBlur={(e) => {
                  if (!touched) void previewBasis(e.target.value).then(setPreview);
                }}
              />
            </Form.Item>
            <Form.Item
              label={t(
                '关联条文（根据实施依据自动解析；可手动增删）',
                'Linked articles (resolved from the basis; edit by hand if needed)',
              )}
              extra={
                preview?.problems.length ? (
                  <Typography.Text type="warning" data-testid="change-basis-problems">
                    {t('依据未关联：', 'Not linked: ')}
                    {preview.problems.join('；')}
                  </Typography.Text>
                ) : undefined
              }
            >
              <CitationInput
                name="change"
                value={preview?.views ?? []}
                onChange={(views) => {
                  setTouched(true);
                  setPreview((p) => ({ views, problems: p?.problems ?? [] }));
                }}
              />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item
                  name={['content', 'duty']}
                  label={t('责任事项', 'Duty')}
                  rules={[{ required: true, message: t('必填', 'Required') }]}
                >
                  <Input.TextArea rows={4} maxLength={4000} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name={['content', 'accountability']}
                  label={t('追责情形', 'Accountability')}
                  rules={[{ required: true, message: t('必填', 'Required') }]}
                >
                  <Input.TextArea rows={4} maxLength={4000} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item
                  name={['content', 'delegatedToTownshipIds']}
                  label={t('下放乡镇（市级部门填写）', 'Delegated to townships')}
                >
                  <Select
                    mode="multiple"
                    allowClear
                    options={names.townships}
                    showSearch={{ optionFilterProp: 'label' }}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name={['content', 'delegatedFromAgencyId']}
                  label={t('委托/下放部门（乡镇填写）', 'Delegated by')}
                >
                  <Select allowClear options={names.departments} showSearch={{ optionFilterProp: 'label' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name={['content', 'remarks']} label={t('备注', 'Remarks')}>
              <Input maxLength={1000} />
            </Form.Item>
          </>
        )}
        <Divider style={{ margin: '8px 0 16px' }} />
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="reason" label={t('变更理由', 'Reason')} rules={[{ required: true }]}>
              <Select
                options={POWER_CHANGE_REASONS.map((r) => ({ value: r, label: label(POWER_CHANGE_REASON_LABELS[r]) }))}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="reasonText"
              label={t('理由说明', 'Reason text')}
              rules={[{ required: true, message: t('请说明变更理由', 'Explain the reason') }]}
            >
              <Input maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
