// 新建 / 编辑裁量基准 (/benchmarks/new, /benchmarks/:id/edit): the violation, its articles, and per level the
// circumstances (written, and structured in the condition language) and the penalties. Fines are entered in 元
// and sent in fen. Saving writes the draft; publishing happens on the detail page.
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import {
  describeGroup,
  dslErrorOf,
  FACTS,
  formatConditions,
  MONEY_FACTS,
  parseConditions,
  PENALTY_KIND_ITEM,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  PERIOD_KINDS,
  PERIOD_UNIT_LABELS,
  PERIOD_UNITS,
  type BenchmarkDraftBody,
  type BenchmarkView,
  type LevelDef,
  type Penalty,
  type PenaltyKind,
} from '../../../../../contracts/benchmark';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { applyServerErrors } from '../../../lib/form-errors';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { useAgencyOptions, useBenchmark, useCreateBenchmark, useLevelSet, useSaveDraft } from '../api';
import { fenToYuan, yuanToFen } from './parts';

interface FineForm {
  mode: 'fixed' | 'multiple';
  minFen?: number; // in 元 in the form
  maxFen?: number;
  base?: (typeof MONEY_FACTS)[number];
  minTimes?: number;
  maxTimes?: number;
  below?: { thresholdFen?: number; minFen?: number; maxFen?: number };
}
interface PenaltyForm {
  kind: PenaltyKind;
  optional?: boolean;
  note?: string;
  period?: { min?: number; max?: number; unit?: (typeof PERIOD_UNITS)[number] };
  fine?: FineForm;
}
interface LevelForm {
  key: string;
  conditionsText?: string;
  conditionsDsl?: string;
  penalties: PenaltyForm[];
}
interface EditorForm {
  agencyId?: string;
  code: string;
  violation: string;
  violatedText: string;
  penaltyText: string;
  notes?: string;
  levels: LevelForm[];
}

function toForm(b: BenchmarkView): EditorForm {
  const c = b.current.content;
  return {
    code: b.code,
    violation: c.violation,
    violatedText: c.violatedText,
    penaltyText: c.penaltyText,
    notes: c.notes,
    levels: c.levels.map((l) => ({
      key: l.key,
      conditionsText: l.conditionsText,
      conditionsDsl: formatConditions(l.conditions),
      penalties: l.penalties.map((p) => ({
        kind: p.kind,
        optional: p.optional,
        note: p.note,
        period: p.period,
        fine: p.fine
          ? p.fine.mode === 'fixed'
            ? { mode: 'fixed', minFen: fenToYuan(p.fine.minFen), maxFen: fenToYuan(p.fine.maxFen) }
            : {
                mode: 'multiple',
                base: p.fine.base,
                minTimes: p.fine.minTimes,
                maxTimes: p.fine.maxTimes,
                below: p.fine.below
                  ? {
                      thresholdFen: fenToYuan(p.fine.below.thresholdFen),
                      minFen: fenToYuan(p.fine.below.minFen),
                      maxFen: fenToYuan(p.fine.below.maxFen),
                    }
                  : undefined,
              }
          : undefined,
      })),
    })),
  };
}

class DslProblem extends Error {
  constructor(
    readonly level: number,
    readonly text: string,
  ) {
    super(text);
  }
}

function toBody(v: EditorForm, lang: (l: { zh: string; en: string }) => string): BenchmarkDraftBody {
  return {
    code: v.code,
    violation: v.violation,
    violatedText: v.violatedText,
    penaltyText: v.penaltyText,
    notes: v.notes ?? '',
    levels: (v.levels ?? []).map((l, i) => {
      let conditions = null;
      try {
        conditions = parseConditions(l.conditionsDsl ?? '');
      } catch (e) {
        const dsl = dslErrorOf(e);
        throw new DslProblem(i, dsl ? lang(dsl.message) : String(e));
      }
      return {
        key: l.key,
        conditionsText: l.conditionsText ?? '',
        conditions,
        penalties: (l.penalties ?? []).map((p): Penalty => {
          const out: Penalty = { kind: p.kind };
          if (p.optional) out.optional = true;
          if (p.note) out.note = p.note;
          if (PERIOD_KINDS.includes(p.kind) && p.period && (p.period.min !== undefined || p.period.max !== undefined))
            out.period = { min: p.period.min ?? 0, max: p.period.max ?? 0, unit: p.period.unit ?? 'day' };
          if (p.kind === 'fine' && p.fine) {
            const f = p.fine;
            if (f.mode === 'fixed')
              out.fine = { mode: 'fixed', minFen: yuanToFen(f.minFen) ?? 0, maxFen: yuanToFen(f.maxFen) ?? 0 };
            else
              out.fine = {
                mode: 'multiple',
                base: f.base ?? 'goodsValue',
                minTimes: f.minTimes ?? 0,
                maxTimes: f.maxTimes ?? 0,
                ...(f.below?.thresholdFen
                  ? {
                      below: {
                        thresholdFen: yuanToFen(f.below.thresholdFen)!,
                        minFen: yuanToFen(f.below.minFen) ?? 0,
                        maxFen: yuanToFen(f.below.maxFen) ?? 0,
                      },
                    }
                  : {}),
              };
          }
          return out;
        }),
      };
    }),
  };
}

/** Server paths onto the form's fields: structured conditions are typed in one text field per level. */
function aliasesFor(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const key of Object.keys(error.fields)) {
    const cond = /^levels\.(\d+)\.conditions(\..*)?$/.exec(key);
    if (cond) out[key] = `levels.${cond[1]}.conditionsDsl`;
    if (/^levels\.\d+\.penalties\.\d+\.fine$/.test(key)) out[key] = `${key}.mode`;
    if (/^levels\.\d+\.penalties\.\d+\.period$/.test(key)) out[key] = `${key}.max`;
    if (/^levels\.\d+\.penalties\.\d+\.fine\.below$/.test(key)) out[key] = `${key}.maxFen`;
  }
  return out;
}

export function BenchmarkEditorPage() {
  const { id } = useParams();
  const existing = useBenchmark(id);
  const levelSet = useLevelSet();
  const { t } = useI18n();
  if ((id && existing.isPending) || levelSet.isPending) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  }
  if (existing.error) return <ErrorAlert error={existing.error} />;
  const levels = levelSet.data?.levels ?? [];
  return (
    <Page
      title={
        id
          ? t(`编辑裁量基准 ${existing.data!.code}`, `Edit benchmark ${existing.data!.code}`)
          : t('新建裁量基准', 'New benchmark')
      }
      description={
        id && existing.data!.inForceVersionNo !== null && existing.data!.draftVersionNo === null
          ? t(
              `第 ${existing.data!.inForceVersionNo} 版正在施行：保存后形成新版本草稿，发布前不影响施行中的版本`,
              `Version ${existing.data!.inForceVersionNo} is in force: saving makes a new draft version; the version in force stays until you publish`,
            )
          : t('保存为草稿；发布时确定施行日期', 'Saved as a draft; the effective date is set when publishing')
      }
      testId="benchmark-editor"
    >
      <Editor existing={existing.data ?? null} levelSet={levels} />
    </Page>
  );
}

function Editor({ existing, levelSet }: { existing: BenchmarkView | null; levelSet: LevelDef[] }) {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<EditorForm>();
  const agencies = useAgencyOptions();
  const create = useCreateBenchmark();
  const save = useSaveDraft(existing?.id ?? '');
  const [topError, setTopError] = useState<{ error: unknown; details: string[] } | null>(null);
  const initial = useMemo<EditorForm>(
    () =>
      existing
        ? toForm(existing)
        : {
            code: '',
            violation: '',
            violatedText: '',
            penaltyText: '',
            levels: levelSet.map((l) => ({ key: l.key, conditionsText: '', conditionsDsl: '', penalties: [] })),
          },
    [existing, levelSet],
  );

  const onFinish = (v: EditorForm) => {
    setTopError(null);
    let body: BenchmarkDraftBody;
    try {
      body = toBody(v, label);
    } catch (e) {
      if (e instanceof DslProblem) {
        form.setFields([{ name: ['levels', e.level, 'conditionsDsl'], errors: [e.text] }]);
        form.scrollToField(['levels', e.level, 'conditionsDsl'], { block: 'center' });
        return;
      }
      throw e;
    }
    const onError = (e: unknown) => {
      const applied = applyServerErrors(form, e, aliasesFor(e));
      setTopError({ error: e, details: applied.unmatched });
    };
    if (existing) {
      save.mutate(body, { onSuccess: () => navigate(`/benchmarks/${existing.id}`), onError });
    } else {
      create.mutate({ ...body, agencyId: v.agencyId! }, { onSuccess: (b) => navigate(`/benchmarks/${b.id}`), onError });
    }
  };

  return (
    <Form form={form} name="benchmark" layout="vertical" initialValues={initial} onFinish={onFinish} scrollToFirstError>
      {topError && <ErrorAlert error={topError.error} details={topError.details} testId="benchmark-form-error" />}
      <Card title={t('违法行为与依据', 'Violation and articles')} style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap>
          {!existing && (
            <Form.Item
              name="agencyId"
              label={t('执法主体', 'Agency')}
              rules={[{ required: true }]}
              style={{ width: 320 }}
            >
              <AgencyTreeSelect agencies={agencies.data ?? []} loading={agencies.isLoading} id="benchmark_agencyId" />
            </Form.Item>
          )}
          <Form.Item name="code" label={t('编码', 'Code')} rules={[{ required: true }]} style={{ width: 220 }}>
            <Input placeholder="SCJG-SP-124-05" />
          </Form.Item>
          <Form.Item
            name="violation"
            label={t('违法行为', 'Violation')}
            rules={[{ required: true }]}
            style={{ flex: 1, minWidth: 320 }}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item
            name="violatedText"
            label={t('违反条款', 'Article violated')}
            rules={[{ required: true }]}
            style={{ flex: 1, minWidth: 320 }}
            extra={t(
              '写明法律名称和条款，如《中华人民共和国食品安全法》第三十四条第（十）项',
              'e.g. 《中华人民共和国食品安全法》第三十四条第（十）项',
            )}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="penaltyText"
            label={t('处罚依据', 'Penalty article')}
            rules={[{ required: true }]}
            style={{ flex: 1, minWidth: 320 }}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item name="notes" label={t('说明', 'Notes')} style={{ marginBottom: 0 }}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Card>

      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t(
          '档次由轻到重排列。试算时适用结构化条件成立的最重档次；都不成立时适用最轻档次。除最轻档外，结构化条件只写下限（≥、>）、从重情节或“非”从轻情节，上限由更重一档的下限形成。',
          'Levels go from mild to severe. 试算 applies the most severe level whose structured conditions hold, else the mildest. Above the mildest level, write lower bounds only.',
        )}
      />
      <Form.List name="levels">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <LevelCard key={field.key} index={i} levelSet={levelSet} onRemove={() => remove(field.name)} />
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ key: levelSet[fields.length]?.key, penalties: [] })}
              disabled={fields.length >= levelSet.length}
              data-testid="level-add"
              style={{ marginBottom: 16 }}
            >
              {t('增加档次', 'Add a level')}
            </Button>
          </>
        )}
      </Form.List>
      <Flex
        gap={8}
        justify="flex-end"
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 10,
          background: '#fff',
          padding: '12px 16px',
          borderTop: '1px solid #f0f0f0',
        }}
      >
        <Button onClick={() => navigate(existing ? `/benchmarks/${existing.id}` : '/benchmarks')}>
          {t('取消', 'Cancel')}
        </Button>
        <Button
          type="primary"
          htmlType="submit"
          loading={create.isPending || save.isPending}
          data-testid="benchmark-save"
        >
          {t('保存草稿', 'Save draft')}
        </Button>
      </Flex>
    </Form>
  );
}

function LevelCard({ index, levelSet, onRemove }: { index: number; levelSet: LevelDef[]; onRemove: () => void }) {
  const { t, label } = useI18n();
  const dsl = Form.useWatch(['levels', index, 'conditionsDsl']) as string | undefined;
  const preview = useMemo(() => {
    try {
      const g = parseConditions(dsl ?? '');
      return g ? { ok: true, text: label(describeGroup(g)) } : null;
    } catch (e) {
      const d = dslErrorOf(e);
      return { ok: false, text: d ? label(d.message) : String(e) };
    }
  }, [dsl, label]);
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="level-card"
      title={
        <Flex gap={8} align="center">
          <span>{t(`第 ${index + 1} 档`, `Level ${index + 1}`)}</span>
          <Form.Item name={[index, 'key']} style={{ marginBottom: 0 }} rules={[{ required: true }]}>
            <Select
              style={{ width: 120 }}
              options={levelSet.map((l) => ({ value: l.key, label: label(l.name) }))}
              data-testid="level-key"
            />
          </Form.Item>
        </Flex>
      }
      extra={
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          aria-label={t('删除档次', 'Remove level')}
        />
      }
    >
      <Flex gap={16} wrap>
        <Form.Item
          name={[index, 'conditionsText']}
          label={t('适用情形', 'Circumstances')}
          style={{ flex: 1, minWidth: 300 }}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name={[index, 'conditionsDsl']}
          label={t('结构化条件', 'Structured conditions')}
          style={{ flex: 1, minWidth: 300 }}
          extra={
            preview ? (
              <Typography.Text type={preview.ok ? 'success' : 'danger'} data-testid="dsl-preview">
                {preview.text}
              </Typography.Text>
            ) : (
              t(
                `如：货值金额≥10000元 或 违法次数≥2。事实：${Object.values(FACTS)
                  .slice(0, 6)
                  .map((f) => f.label.zh)
                  .join('、')}、初次违法、拒不改正……`,
                'e.g. 货值金额≥10000元 或 违法次数≥2',
              )
            )
          }
        >
          <Input placeholder={t('留空：由执法人员对照文字认定', 'Empty: the officer decides from the text')} />
        </Form.Item>
      </Flex>
      <Typography.Text strong>{t('处罚', 'Penalties')}</Typography.Text>
      <Form.List name={[index, 'penalties']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, j) => (
              <PenaltyRow key={f.key} level={index} index={j} onRemove={() => remove(f.name)} />
            ))}
            <Button
              size="small"
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'fine', fine: { mode: 'fixed' } })}
              data-testid="penalty-add"
              style={{ marginTop: 8 }}
            >
              {t('增加处罚', 'Add a penalty')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

function PenaltyRow({ level, index, onRemove }: { level: number; index: number; onRemove: () => void }) {
  const { t, label } = useI18n();
  const base = ['levels', level, 'penalties', index];
  const kind = Form.useWatch([...base, 'kind']) as PenaltyKind | undefined;
  const mode = Form.useWatch([...base, 'fine', 'mode']) as 'fixed' | 'multiple' | undefined;
  const yuanInput = (name: (string | number)[], placeholder: string) => (
    <Form.Item name={name} style={{ marginBottom: 0 }}>
      <InputNumber min={0} precision={2} placeholder={placeholder} style={{ width: 140 }} addonAfter="元" />
    </Form.Item>
  );
  return (
    <div style={{ borderTop: '1px dashed #e5e5e5', padding: '8px 0' }} data-testid="penalty-row" data-kind={kind}>
      <Flex gap={8} wrap align="center">
        <Form.Item name={[index, 'kind']} style={{ marginBottom: 0 }}>
          <Select
            style={{ width: 200 }}
            data-testid="penalty-kind"
            options={PENALTY_KINDS.map((k) => ({
              value: k,
              label: `（${'一二三四五六'[PENALTY_KIND_ITEM[k] - 1]}）${label(PENALTY_KIND_LABELS[k])}`,
            }))}
          />
        </Form.Item>
        <Form.Item name={[index, 'optional']} valuePropName="checked" noStyle>
          <Checkbox>{t('可以并处', 'Optional')}</Checkbox>
        </Form.Item>
        {kind && PERIOD_KINDS.includes(kind) && (
          <Space.Compact>
            <Form.Item name={[index, 'period', 'min']} style={{ marginBottom: 0 }}>
              <InputNumber min={0} placeholder={t('最短', 'min')} style={{ width: 80 }} />
            </Form.Item>
            <Form.Item name={[index, 'period', 'max']} style={{ marginBottom: 0 }}>
              <InputNumber min={0} placeholder={t('最长', 'max')} style={{ width: 80 }} />
            </Form.Item>
            <Form.Item name={[index, 'period', 'unit']} style={{ marginBottom: 0 }} initialValue="day">
              <Select
                style={{ width: 80 }}
                options={PERIOD_UNITS.map((u) => ({ value: u, label: label(PERIOD_UNIT_LABELS[u]) }))}
              />
            </Form.Item>
          </Space.Compact>
        )}
        <Form.Item name={[index, 'note']} style={{ marginBottom: 0 }}>
          <Input placeholder={t('说明（如：违法经营的食品）', 'Note')} style={{ width: 240 }} />
        </Form.Item>
        <Button
          type="text"
          danger
          size="small"
          icon={<DeleteOutlined />}
          onClick={onRemove}
          aria-label={t('删除', 'Remove')}
        />
      </Flex>
      {kind === 'fine' && (
        <div style={{ marginTop: 8, paddingInlineStart: 12 }}>
          <Form.Item name={[index, 'fine', 'mode']} style={{ marginBottom: 8 }}>
            <Radio.Group>
              <Radio value="fixed">{t('固定金额幅度', 'Fixed range')}</Radio>
              <Radio value="multiple">{t('按倍数', 'Multiples of an amount')}</Radio>
            </Radio.Group>
          </Form.Item>
          {mode === 'multiple' ? (
            <Flex vertical gap={8}>
              <Flex gap={8} wrap align="center">
                <Form.Item name={[index, 'fine', 'base']} style={{ marginBottom: 0 }} initialValue="goodsValue">
                  <Select
                    style={{ width: 120 }}
                    options={MONEY_FACTS.map((f) => ({ value: f, label: label(FACTS[f].label) }))}
                  />
                </Form.Item>
                <Form.Item name={[index, 'fine', 'minTimes']} style={{ marginBottom: 0 }}>
                  <InputNumber
                    min={0}
                    step={0.5}
                    placeholder={t('最低', 'min')}
                    addonAfter={t('倍', '×')}
                    style={{ width: 120 }}
                  />
                </Form.Item>
                <span>{t('至', 'to')}</span>
                <Form.Item name={[index, 'fine', 'maxTimes']} style={{ marginBottom: 0 }}>
                  <InputNumber
                    min={0}
                    step={0.5}
                    placeholder={t('最高', 'max')}
                    addonAfter={t('倍', '×')}
                    style={{ width: 120 }}
                  />
                </Form.Item>
              </Flex>
              <Flex gap={8} wrap align="center">
                <span>{t('基数不足', 'Below')}</span>
                {yuanInput([index, 'fine', 'below', 'thresholdFen'], t('如 10000', 'e.g. 10000'))}
                <span>{t('时，罚款', ', a fine of')}</span>
                {yuanInput([index, 'fine', 'below', 'minFen'], t('下限', 'min'))}
                <span>{t('至', 'to')}</span>
                {yuanInput([index, 'fine', 'below', 'maxFen'], t('上限', 'max'))}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('（法律规定“不足一万元的，处…”时填写）', '(where the statute sets a floor)')}
                </Typography.Text>
              </Flex>
            </Flex>
          ) : (
            <Flex gap={8} align="center">
              <Form.Item name={[index, 'fine', 'minFen']} style={{ marginBottom: 0 }}>
                <InputNumber
                  min={0}
                  precision={2}
                  placeholder={t('下限', 'min')}
                  addonAfter="元"
                  style={{ width: 170 }}
                />
              </Form.Item>
              <span>{t('至', 'to')}</span>
              <Form.Item name={[index, 'fine', 'maxFen']} style={{ marginBottom: 0 }}>
                <InputNumber
                  min={0}
                  precision={2}
                  placeholder={t('上限', 'max')}
                  addonAfter="元"
                  style={{ width: 170 }}
                />
              </Form.Item>
            </Flex>
          )}
        </div>
      )}
    </div>
  );
}
