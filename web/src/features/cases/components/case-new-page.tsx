// 新建案件 (/cases/new): registers a case (案源登记) in one of the user's agencies: procedure, 案由, source, domain,
// the power item from the agency's list in force, the date of the act (the limitation period runs from it, 行政处罚法
// 第三十六条), facts, the parties (a person with resident ID or an organisation with USCC, checked here as the
// server checks them) and at least two handling officers (第四十二条). The server's field errors land on the fields.
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import {
  CASE_SOURCES,
  CASE_SOURCE_LABELS,
  type CaseCreateBody,
  type CaseSource,
  type PartyInput,
} from '../../../../../contracts/case';
import { explainUscc, isValidResidentId, USCC_PROBLEM_MESSAGES } from '../../../../../contracts/identifiers';
import { DOMAIN_LABELS, ENFORCEMENT_DOMAINS, type EnforcementDomain } from '../../../../../contracts/personnel';
import { PROCEDURE_CODES, type CaseKind, type ProcedureCode } from '../../../../../contracts/procedure';
import { PROCEDURE_CODE_LABELS } from '../../../../../contracts/procedure-labels';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useCurrentUser } from '../../../lib/auth';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useAgencyOfficers, useAgencyPowerItems, useCaseAgencies, useCreateCase } from '../api';

const PROCEDURE_KIND: Record<ProcedureCode, CaseKind> = {
  penalty_general: 'penalty',
  penalty_summary: 'penalty',
  licence: 'licence',
  coercion_seal_seize: 'coercion',
  coercion_freeze: 'coercion',
  inspection: 'inspection',
  levy: 'levy',
  benefit: 'benefit',
  confirmation: 'confirmation',
};

interface PartyValues {
  type: PartyInput['type'];
  name?: string;
  residentId?: string;
  uscc?: string;
  legalRepresentative?: string;
  phone?: string;
  address?: string;
}

interface Values {
  agencyId: string;
  procedure: ProcedureCode;
  title: string;
  source: CaseSource;
  sourceRef?: string;
  domain: EnforcementDomain;
  powerItemId?: string;
  actDate?: Dayjs;
  harmsLifeHealthFinance: boolean;
  facts?: string;
  parties: PartyValues[];
  handlerOfficerIds: string[];
  registeredOn: Dayjs;
}

const blankToUndefined = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

function toParty(p: PartyValues): PartyInput {
  const common = {
    name: p.name?.trim() ?? '',
    phone: blankToUndefined(p.phone),
    address: blankToUndefined(p.address),
  };
  return p.type === 'organisation'
    ? {
        type: 'organisation',
        ...common,
        uscc: p.uscc?.trim().toUpperCase() ?? '',
        legalRepresentative: blankToUndefined(p.legalRepresentative),
      }
    : { type: 'natural_person', ...common, residentId: p.residentId?.trim().toUpperCase() ?? '' };
}

export function CaseNewPage() {
  const me = useCurrentUser();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateCase();
  const [error, setError] = useState<{ error: unknown; details: string[] } | null>(null);
  const today = useMemo(() => dayjs(formatDate(new Date())), []);
  const agencies = useCaseAgencies();
  const agencyId = Form.useWatch('agencyId', form);
  const procedure = Form.useWatch('procedure', form);
  const [powerSearch, setPowerSearch] = useState('');
  const officers = useAgencyOfficers(agencyId);
  const powers = useAgencyPowerItems(agencyId, powerSearch);

  // Start in the user's own agency, with the user (if an officer there) as the lead handler.
  useEffect(() => {
    if (form.getFieldValue('agencyId') || !agencies.data?.length) return;
    const own = agencies.data.find((a) => a.id === me.agency?.id) ?? agencies.data[0];
    form.setFieldValue('agencyId', own.id);
  }, [agencies.data, form, me.agency?.id]);
  useEffect(() => {
    if (!officers.data || form.getFieldValue('handlerOfficerIds')?.length) return;
    const self = officers.data.find((o) => o.account?.id === me.account.id);
    if (self) {
      form.setFieldValue('handlerOfficerIds', [self.id]);
      if (!form.getFieldValue('domain') && self.domains[0]) form.setFieldValue('domain', self.domains[0]);
    }
  }, [officers.data, form, me.account.id]);

  const powerOptions = useMemo(() => {
    const items = powers.data ?? [];
    const kind = procedure ? PROCEDURE_KIND[procedure] : undefined;
    const fitting = kind ? items.filter((p) => p.content.category === kind) : items;
    return (fitting.length ? fitting : items).map((p) => ({
      value: p.id,
      label: `${p.content.code} ${p.content.name}`,
    }));
  }, [powers.data, procedure]);

  const run = async (v: Values) => {
    setError(null);
    const body: CaseCreateBody = {
      agencyId: v.agencyId,
      procedure: v.procedure,
      title: v.title.trim(),
      source: v.source,
      sourceRef: blankToUndefined(v.sourceRef),
      domain: v.domain,
      powerItemId: v.powerItemId,
      actDate: v.actDate?.format('YYYY-MM-DD'),
      harmsLifeHealthFinance: !!v.harmsLifeHealthFinance,
      facts: blankToUndefined(v.facts),
      parties: v.parties.map(toParty),
      handlerOfficerIds: v.handlerOfficerIds,
      registeredOn: v.registeredOn?.format('YYYY-MM-DD'),
    };
    try {
      const c = await create.mutateAsync(body);
      message.success(t('案件已登记', 'Case registered'));
      navigate(`/cases/${c.id}`);
    } catch (e) {
      const applied = applyServerErrors(form, e);
      setError({ error: e, details: applied.unmatched });
    }
  };

  const required = (zh: string, en: string) => [{ required: true, message: t(zh, en) }];

  return (
    <Page
      title={t('新建案件', 'New case')}
      description={t(
        '登记案源；立案须经负责人批准，并有两名以上持有效执法证的执法人员（《行政处罚法》第四十二条、第五十四条）',
        'Register the lead; opening needs the leader’s approval and two certified officers (Penalty Law Arts. 42, 54)',
      )}
      testId="case-new-page"
    >
      {error && <ErrorAlert error={error.error} details={error.details} testId="case-new-error" />}
      <Form<Values>
        form={form}
        name="case"
        layout="vertical"
        initialValues={{
          procedure: 'penalty_general',
          source: 'inspection',
          harmsLifeHealthFinance: false,
          parties: [{ type: 'organisation' }],
          handlerOfficerIds: [],
          registeredOn: today,
        }}
        onFinish={(v) => void run(v)}
        scrollToFirstError
      >
        <Card size="small" title={t('案件', 'Case')} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="agencyId"
                label={t('执法单位', 'Agency')}
                rules={required('请选择执法单位', 'Choose the agency')}
              >
                <AgencyTreeSelect
                  agencies={agencies.data ?? []}
                  loading={agencies.isPending}
                  allowClear={false}
                  onChange={(v) => {
                    form.setFieldsValue({ agencyId: v ?? undefined, handlerOfficerIds: [], powerItemId: undefined });
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="procedure"
                label={t('程序', 'Procedure')}
                rules={required('请选择程序', 'Choose the procedure')}
              >
                <Select
                  options={PROCEDURE_CODES.map((c) => ({ value: c, label: label(PROCEDURE_CODE_LABELS[c]) }))}
                  onChange={(v: ProcedureCode) => {
                    // On the spot the act is today's.
                    if (v === 'penalty_summary' && !form.getFieldValue('actDate')) form.setFieldValue('actDate', today);
                  }}
                  data-testid="case-new-procedure"
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="title"
                label={t('案由', 'Case (what it is about)')}
                rules={[
                  ...required('请填写案由', 'Enter what the case is about'),
                  { min: 2, max: 200, message: t('2 至 200 字', '2 to 200 characters') },
                ]}
              >
                <Input
                  placeholder={t('如：经营超过保质期的食品案', 'e.g. selling food past its shelf life')}
                  data-testid="case-new-title"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="source"
                label={t('案件来源', 'Source')}
                rules={required('请选择案件来源', 'Choose the source')}
              >
                <Select
                  options={CASE_SOURCES.map((s) => ({ value: s, label: label(CASE_SOURCE_LABELS[s]) }))}
                  data-testid="case-new-source"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="sourceRef" label={t('来源编号', 'Source reference')}>
                <Input placeholder={t('投诉举报编号、移送函文号等', 'Complaint number, transfer letter…')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="domain"
                label={t('执法领域', 'Domain')}
                rules={required('请选择执法领域', 'Choose the domain')}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={ENFORCEMENT_DOMAINS.map((d) => ({ value: d, label: label(DOMAIN_LABELS[d]) }))}
                  data-testid="case-new-domain"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="powerItemId"
                label={t('职权事项（权责清单）', 'Power item (powers list)')}
                extra={t('本单位现行权责清单中的事项', 'An item of the agency’s powers list in force')}
              >
                <Select
                  allowClear
                  showSearch={{ filterOption: false, onSearch: setPowerSearch }}
                  placeholder={t('输入编码或名称查找', 'Type a code or name')}
                  loading={powers.isFetching}
                  disabled={!agencyId}
                  options={powerOptions}
                  data-testid="case-new-power"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="actDate"
                label={t('违法行为发生（终了）日期', 'Date of the act (or its end)')}
                rules={
                  procedure && PROCEDURE_KIND[procedure] === 'penalty'
                    ? required(
                        '请填写违法行为发生日期：追责时效自该日起算',
                        'Enter the date: the limitation runs from it',
                      )
                    : []
                }
                extra={t(
                  '追责时效二年，涉及公民生命健康安全、金融安全且有危害后果的五年（《行政处罚法》第三十六条）',
                  'Limitation 2 years; 5 where life, health or financial safety was harmed (Penalty Law Art. 36)',
                )}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isAfter(today, 'day')}
                  data-testid="case-new-act-date"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="harmsLifeHealthFinance" valuePropName="checked" label=" ">
                <Checkbox data-testid="case-new-harms">
                  {t('危害生命健康安全、金融安全且有危害后果', 'Harmed life, health or financial safety')}
                </Checkbox>
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="facts" label={t('案情简述', 'Facts')} rules={[{ max: 5000 }]}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="case-new-facts" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('当事人', 'Parties')} style={{ marginBottom: 12 }} data-testid="case-new-parties">
          <Form.List
            name="parties"
            rules={[
              {
                validator: async (_, list?: unknown[]) => {
                  if (!list?.length) throw new Error(t('至少一名当事人', 'At least one party'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, i) => (
                  <PartyFields
                    key={field.key}
                    index={i}
                    name={field.name}
                    onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
                  />
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ type: 'natural_person' })}
                  block
                  data-testid="case-new-party-add"
                >
                  {t('添加当事人', 'Add a party')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card size="small" title={t('办案人员', 'Handling officers')} style={{ marginBottom: 12 }}>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t(
              '执法人员不得少于两人，均须持有效、覆盖本案执法领域的执法证；第一位为主办人（《行政处罚法》第四十二条）',
              'At least two officers, each with a valid certificate covering the domain; the first leads (Penalty Law Art. 42)',
            )}
          />
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item
                name="handlerOfficerIds"
                required
                label={t('办案人员', 'Handling officers')}
                rules={[
                  {
                    validator: async (_, ids?: string[]) => {
                      if ((ids?.length ?? 0) < 2)
                        throw new Error(
                          t(
                            '至少选择两名执法人员（《行政处罚法》第四十二条）',
                            'Choose at least two officers (Art. 42)',
                          ),
                        );
                    },
                  },
                ]}
              >
                <Select
                  mode="multiple"
                  disabled={!agencyId}
                  loading={officers.isFetching}
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('选择本单位在岗执法人员', 'Officers in post of the agency')}
                  options={(officers.data ?? []).map((o) => ({
                    value: o.id,
                    label: `${o.name}${o.agency.id !== agencyId ? `（${o.agency.name}）` : ''}`,
                  }))}
                  data-testid="case-new-handlers"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="registeredOn"
                label={t('登记日期', 'Registered on')}
                rules={required('请选择登记日期', 'Choose the date')}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  allowClear={false}
                  disabledDate={(d) => d.isAfter(today, 'day')}
                  data-testid="case-new-registered-on"
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Flex gap={8} justify="flex-end" style={{ marginBottom: 24 }}>
          <Button onClick={() => navigate('/cases')} data-testid="case-new-cancel">
            {t('取消', 'Cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="case-new-submit">
            {t('登记案件', 'Register the case')}
          </Button>
        </Flex>
      </Form>
    </Page>
  );
}

function PartyFields({ index, name, onRemove }: { index: number; name: number; onRemove?: () => void }) {
  const { t, label } = useI18n();
  const form = Form.useFormInstance<Values>();
  const type = Form.useWatch(['parties', name, 'type'], form) as PartyValues['type'] | undefined;
  const org = type === 'organisation';
  return (
    <div
      data-testid="case-new-party"
      data-index={index}
      style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '12px 12px 0', marginBottom: 12 }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t(`当事人 ${index + 1}`, `Party ${index + 1}`)}</Typography.Text>
        {onRemove && (
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={onRemove}
            data-testid="case-new-party-remove"
          >
            {t('删除', 'Remove')}
          </Button>
        )}
      </Flex>
      <Form.Item name={[name, 'type']} style={{ marginBottom: 12 }}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'organisation', label: t('法人或其他组织', 'Organisation') },
            { value: 'natural_person', label: t('自然人', 'Natural person') },
          ]}
          data-testid="case-new-party-type"
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={[name, 'name']}
            label={org ? t('名称', 'Name') : t('姓名', 'Name')}
            rules={[{ required: true, whitespace: true, message: t('请填写名称或姓名', 'Enter the name') }]}
          >
            <Input data-testid="case-new-party-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {org ? (
            <Form.Item
              name={[name, 'uscc']}
              required
              label={t('统一社会信用代码', 'Unified social credit code')}
              rules={[
                {
                  validator: async (_, v?: string) => {
                    if (!v?.trim()) throw new Error(t('请填写统一社会信用代码', 'Enter the code'));
                    const problem = explainUscc(v.trim().toUpperCase());
                    if (problem) throw new Error(label(USCC_PROBLEM_MESSAGES[problem]));
                  },
                },
              ]}
            >
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="case-new-party-uscc" />
            </Form.Item>
          ) : (
            <Form.Item
              name={[name, 'residentId']}
              required
              label={t('居民身份证号码', 'Resident ID number')}
              rules={[
                {
                  validator: async (_, v?: string) => {
                    if (!v?.trim()) throw new Error(t('请填写居民身份证号码', 'Enter the ID number'));
                    if (!isValidResidentId(v.trim().toUpperCase()))
                      throw new Error(
                        t(
                          '身份证号码不正确（GB 11643：18 位，末位校验码）',
                          'Not a valid resident ID (GB 11643: 18 characters with a check digit)',
                        ),
                      );
                  },
                },
              ]}
            >
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="case-new-party-resident-id" />
            </Form.Item>
          )}
        </Col>
        {org && (
          <Col xs={24} md={12}>
            <Form.Item name={[name, 'legalRepresentative']} label={t('法定代表人（负责人）', 'Legal representative')}>
              <Input data-testid="case-new-party-legal-rep" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'phone']} label={t('联系电话', 'Phone')}>
            <Input inputMode="tel" data-testid="case-new-party-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={org ? 24 : 12}>
          <Form.Item name={[name, 'address']} label={t('住所（地址）', 'Address')}>
            <Input data-testid="case-new-party-address" />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}
