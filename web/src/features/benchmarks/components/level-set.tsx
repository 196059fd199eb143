// 裁量档次: the tenant's level set, mild to severe. Everyone reads it above the benchmarks; the justice bureau
// (filing.review over the whole tenant) edits it in a dialog: names in Chinese and English, add, remove, reorder.
// The server refuses removing or swapping levels that benchmarks use and names the field.
import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Modal, Tag, Tooltip, Typography } from 'antd';
import ArrowDownOutlined from '@ant-design/icons/ArrowDownOutlined';
import ArrowUpOutlined from '@ant-design/icons/ArrowUpOutlined';
import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import SettingOutlined from '@ant-design/icons/SettingOutlined';
import type { LevelDef, LevelSetView } from '../../../../../contracts/benchmark';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useSaveLevelSet } from '../api';

/** The level set as tags, mild to severe (read-only). */
export function LevelSetLine({ levelSet }: { levelSet: LevelSetView | undefined }) {
  const { t, label } = useI18n();
  if (!levelSet) return null;
  return (
    <Flex align="center" gap={6} wrap data-testid="level-set-view" style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">
        {t('本地区裁量档次（由轻到重）：', 'Levels here, mild to severe:')}
      </Typography.Text>
      {levelSet.levels.map((l, i) => (
        <Flex key={l.key} align="center" gap={6}>
          {i > 0 && <Typography.Text type="secondary">→</Typography.Text>}
          <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="level-set-tag" data-level={l.key}>
            {label(l.name)}
          </Tag>
        </Flex>
      ))}
    </Flex>
  );
}

interface Row extends LevelDef {
  /** Not yet in the saved set: its key may still be chosen. */
  isNew?: boolean;
}
interface Values {
  levels: Row[];
}

/** A key from the English name: "Very serious" → very_serious. */
const keyOf = (en: string) =>
  en
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 32);

const KEY_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;

export function LevelSetButton({ levelSet }: { levelSet: LevelSetView }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => setOpen(true)} data-testid="level-set-open">
        {t('裁量档次设置', 'Level settings')}
      </Button>
      <Modal
        open={open}
        title={t('裁量档次设置', 'Discretion levels')}
        width={820}
        onCancel={() => setOpen(false)}
        footer={null}
        destroyOnHidden
      >
        <LevelSetForm levelSet={levelSet} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

/** The dialog's content: mounted afresh each time it opens, so it starts from the saved set. */
function LevelSetForm({ levelSet, onDone }: { levelSet: LevelSetView; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveLevelSet();
  const [topError, setTopError] = useState<{ error: unknown; details: string[] } | null>(null);

  const submit = (v: Values) => {
    setTopError(null);
    const levels = v.levels.map((l) => ({ key: l.key, name: { zh: l.name.zh, en: l.name.en } }));
    save.mutate(
      { levels },
      {
        onSuccess: () => {
          message.success(t('裁量档次已保存', 'Levels saved'));
          onDone();
        },
        onError: (e) => {
          const applied = applyServerErrors(form, e);
          // A level in use is said once, under the list (the message and the field say the same).
          const saidOnField = isApiError(e) && Object.values(e.fields).includes(e.message);
          setTopError(saidOnField && !applied.unmatched.length ? null : { error: e, details: applied.unmatched });
        },
      },
    );
  };
  // A new level's key follows its English name until the user writes one.
  const onValuesChange = (changed: Partial<Values>) => {
    const i = changed.levels?.findIndex((l) => l?.name?.en !== undefined) ?? -1;
    if (i < 0) return;
    const row = form.getFieldValue(['levels', i]) as Row;
    if (row.isNew && !form.isFieldTouched(['levels', i, 'key'])) {
      form.setFieldValue(['levels', i, 'key'], keyOf(row.name.en ?? ''));
    }
  };

  return (
    <div data-testid="level-set-modal">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t(
          '裁量档次是本行政区划统一的标准，由司法局设定，各单位的裁量基准从中由轻到重选用。',
          'The levels are one standard for the whole region, set by the justice bureau; every agency’s benchmarks use them from mild to severe.',
        )}
        description={t(
          '已被裁量基准使用的档次不能删除，也不能调换轻重顺序；改名后草稿随之更新，已发布的版本保留发布时的名称。',
          'A level that benchmarks use cannot be removed or change places with another used level. A new name reaches drafts at once; published versions keep the name they were published with.',
        )}
      />
      {topError && <ErrorAlert error={topError.error} details={topError.details} testId="level-set-error" />}
      <Form<Values>
        form={form}
        name="levelSet"
        initialValues={{ levels: levelSet.levels.map((l) => ({ key: l.key, name: { ...l.name } })) }}
        onFinish={submit}
        onValuesChange={onValuesChange}
      >
        <Flex gap={8} style={{ paddingInlineStart: 64, marginBottom: 4 }}>
          <Typography.Text type="secondary" style={{ width: 150 }}>
            {t('编码', 'Key')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ width: 180 }}>
            {t('名称', 'Name (Chinese)')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ width: 200 }}>
            {t('英文名称', 'Name (English)')}
          </Typography.Text>
        </Flex>
        <Form.List
          name="levels"
          rules={[
            {
              validator: async (_, value: Row[] | undefined) => {
                if (!value?.length) throw new Error(t('至少设一个档次', 'At least one level'));
              },
            },
          ]}
        >
          {(fields, { add, remove, move }, { errors }) => (
            <>
              {fields.map((field, i) => {
                const isNew = form.getFieldValue(['levels', field.name, 'isNew']) === true;
                return (
                  <Flex key={field.key} gap={8} align="flex-start" data-testid="level-set-row">
                    <Tag style={{ width: 56, textAlign: 'center', marginTop: 5 }}>{t(`第${i + 1}档`, `#${i + 1}`)}</Tag>
                    <Form.Item name={[field.name, 'isNew']} hidden>
                      <Input />
                    </Form.Item>
                    <Tooltip
                      title={
                        isNew
                          ? t(
                              '英文小写字母开头，可含数字和下划线；保存后不能修改',
                              'a–z first, then a–z, 0–9, _; fixed once saved',
                            )
                          : t('编码是档次的标识，不能修改', 'The key identifies the level and cannot change')
                      }
                    >
                      <Form.Item
                        name={[field.name, 'key']}
                        style={{ width: 150, marginBottom: 12 }}
                        rules={[
                          { required: true, message: t('请填写编码', 'Enter a key') },
                          {
                            pattern: KEY_PATTERN,
                            message: t('小写字母开头，仅含小写字母、数字和下划线', 'a–z, 0–9 and _'),
                          },
                        ]}
                      >
                        <Input disabled={!isNew} placeholder="extreme" style={{ fontFamily: 'monospace' }} />
                      </Form.Item>
                    </Tooltip>
                    <Form.Item
                      name={[field.name, 'name', 'zh']}
                      style={{ width: 180, marginBottom: 12 }}
                      rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Enter a name') }]}
                    >
                      <Input maxLength={20} placeholder={t('如：特别严重', 'e.g. 特别严重')} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'name', 'en']}
                      style={{ width: 200, marginBottom: 12 }}
                      rules={[{ required: true, whitespace: true, message: t('请填写英文名称', 'Enter a name') }]}
                    >
                      <Input maxLength={40} placeholder="Extreme" />
                    </Form.Item>
                    <Flex gap={4} style={{ marginTop: 1 }}>
                      <Button
                        icon={<ArrowUpOutlined />}
                        disabled={i === 0}
                        onClick={() => move(i, i - 1)}
                        aria-label={t('更轻', 'Milder')}
                        title={t('上移（更轻）', 'Move up (milder)')}
                        data-testid="level-set-up"
                      />
                      <Button
                        icon={<ArrowDownOutlined />}
                        disabled={i === fields.length - 1}
                        onClick={() => move(i, i + 1)}
                        aria-label={t('更重', 'Harsher')}
                        title={t('下移（更重）', 'Move down (harsher)')}
                        data-testid="level-set-down"
                      />
                      <Button
                        danger
                        icon={<DeleteOutlined />}
                        disabled={fields.length <= 1}
                        onClick={() => remove(field.name)}
                        aria-label={t('删除档次', 'Remove level')}
                        title={t('删除档次', 'Remove level')}
                        data-testid="level-set-remove"
                      />
                    </Flex>
                  </Flex>
                );
              })}
              {errors.length > 0 && (
                <div data-testid="level-set-list-error">
                  <Form.Item style={{ marginBottom: 8 }}>
                    <Form.ErrorList errors={errors} />
                  </Form.Item>
                </div>
              )}
              <Flex justify="space-between" align="center" style={{ marginTop: 4 }}>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ key: '', name: { zh: '', en: '' }, isNew: true })}
                  disabled={fields.length >= 8}
                  data-testid="level-set-add"
                >
                  {t('增加档次', 'Add a level')}
                </Button>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('由上到下从轻到重，最多 8 档', 'Top to bottom: mild to severe; at most 8 levels')}
                </Typography.Text>
              </Flex>
            </>
          )}
        </Form.List>
        <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
          <Button onClick={onDone} data-testid="level-set-cancel">
            {t('取消', 'Cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="level-set-save">
            {t('保存', 'Save')}
          </Button>
        </Flex>
      </Form>
    </div>
  );
}
