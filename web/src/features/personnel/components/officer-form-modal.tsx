// 新增 / 编辑执法人员: the resident ID is checked here as the server checks it (GB 11643 check character), and sex
// and birth date are read from it; the server's field errors land on the fields.
import { useEffect, useState } from 'react';
import { App, AutoComplete, Col, DatePicker, Form, Input, Modal, Row, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  birthDateOfResidentId,
  normaliseResidentId,
  RESIDENT_ID_PROBLEM_MESSAGES,
  residentIdProblem,
  sexOfResidentId,
  type OfficerCreateBody,
  type OfficerUpdateBody,
  type OfficerView,
} from '../../../../../contracts/officer';
import {
  DOMAIN_LABELS,
  ENFORCEMENT_DOMAINS,
  SEX_LABELS,
  STAFFING_TYPE_LABELS,
  STAFFING_TYPES,
} from '../../../../../contracts/personnel';
import { AgencyTreeSelect, type AgencyOption } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useCreateOfficer, useUpdateOfficer } from '../officers-api';

export type OfficerFormTarget = { mode: 'create'; agencyId: string | null } | { mode: 'edit'; officer: OfficerView };

interface FormValues {
  name: string;
  residentId?: string;
  ethnicity?: string;
  phone?: string;
  agencyId: string;
  post: string;
  staffingType: OfficerView['staffingType'];
  domains: OfficerView['domains'];
  frontLine: boolean;
  legalReviewer: boolean;
  legalQualification: boolean;
  joinedOn?: Dayjs | null;
}

const POSTS = ['执法队员', '中队长', '副队长', '队长', '科长', '股长', '法制审核员', '法制股股长', '综合内勤'];
const ETHNICITIES = ['藏族', '汉族', '纳西族', '傈僳族', '彝族', '白族', '普米族', '回族', '苗族'];

export function OfficerFormModal({
  target,
  agencies,
  onClose,
}: {
  target: OfficerFormTarget | null;
  agencies: readonly AgencyOption[];
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateOfficer();
  const update = useUpdateOfficer();
  const [error, setError] = useState<{ error: unknown; details: string[] } | null>(null);
  const residentId = Form.useWatch('residentId', form);
  const editing = target?.mode === 'edit' ? target.officer : null;

  useEffect(() => {
    if (!target) return;
    setError(null);
    form.resetFields();
    if (target.mode === 'edit') {
      const o = target.officer;
      form.setFieldsValue({
        name: o.name,
        ethnicity: o.ethnicity ?? undefined,
        agencyId: o.agency.id,
        post: o.post,
        staffingType: o.staffingType,
        domains: o.domains,
        frontLine: o.frontLine,
        legalReviewer: o.legalReviewer,
        legalQualification: o.legalQualification,
        joinedOn: o.joinedOn ? dayjs(o.joinedOn) : null,
      });
    } else {
      form.setFieldsValue({
        agencyId: target.agencyId ?? undefined,
        post: '执法队员',
        staffingType: 'administrative',
        frontLine: true,
        legalReviewer: false,
        legalQualification: false,
      });
    }
  }, [target, form]);

  const id = residentId ? normaliseResidentId(residentId) : '';
  const derived =
    id && !residentIdProblem(id, new Date()) ? { sex: sexOfResidentId(id), birth: birthDateOfResidentId(id) } : null;

  const onSubmit = async () => {
    const v = await form.validateFields();
    setError(null);
    const common = {
      name: v.name,
      ethnicity: v.ethnicity?.trim() || null,
      post: v.post,
      staffingType: v.staffingType,
      domains: v.domains,
      frontLine: v.frontLine,
      legalReviewer: v.legalReviewer,
      legalQualification: v.legalQualification,
      joinedOn: v.joinedOn ? v.joinedOn.format('YYYY-MM-DD') : null,
    };
    const onError = (e: unknown) => {
      const applied = applyServerErrors(form, e);
      setError({ error: e, details: applied.unmatched });
    };
    if (editing) {
      const body: OfficerUpdateBody = { ...common };
      if (v.residentId?.trim()) body.residentId = v.residentId;
      if (v.phone?.trim()) body.phone = v.phone.trim();
      update.mutate(
        { id: editing.id, body },
        {
          onSuccess: () => {
            message.success(t('已保存', 'Saved'));
            onClose();
          },
          onError,
        },
      );
    } else {
      const body: OfficerCreateBody = {
        ...common,
        residentId: v.residentId ?? '',
        phone: v.phone?.trim() || null,
        agencyId: v.agencyId,
      };
      create.mutate(body, {
        onSuccess: () => {
          message.success(t('已录入', 'Recorded'));
          onClose();
        },
        onError,
      });
    }
  };

  return (
    <Modal
      open={!!target}
      title={
        editing ? t(`编辑执法人员：${editing.name}`, `Edit officer: ${editing.name}`) : t('新增执法人员', 'New officer')
      }
      width={760}
      onCancel={onClose}
      onOk={() => void onSubmit()}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={testId('officer-form-submit')}
      destroyOnHidden
    >
      {error && <ErrorAlert error={error.error} details={error.details} testId="officer-form-error" />}
      <Form form={form} layout="vertical" name="officerForm" requiredMark data-testid="officer-form">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={t('姓名', 'Name')} rules={[{ required: true, whitespace: true, max: 50 }]}>
              <Input data-testid="officer-form-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="residentId"
              label={t('身份证号', 'Resident ID')}
              tooltip={t(
                '按 GB 11643 校验第 18 位校验码；性别、出生日期由身份证号得出。加密存储，列表中脱敏显示。',
                'Checked against its GB 11643 check character; sex and birth date are read from it. Stored encrypted, shown masked.',
              )}
              extra={
                editing
                  ? t(
                      `当前：${editing.residentIdMasked}（留空不变）`,
                      `Now: ${editing.residentIdMasked} (blank keeps it)`,
                    )
                  : derived
                    ? t(
                        `性别：${SEX_LABELS[derived.sex].zh}，出生日期：${derived.birth}`,
                        `Sex: ${SEX_LABELS[derived.sex].en}, born ${derived.birth}`,
                      )
                    : undefined
              }
              rules={[
                { required: !editing, message: t('请输入身份证号', 'Enter the resident ID') },
                {
                  validator: (_, value?: string) => {
                    if (!value?.trim()) return Promise.resolve();
                    const problem = residentIdProblem(normaliseResidentId(value), new Date());
                    return problem
                      ? Promise.reject(new Error(label(RESIDENT_ID_PROBLEM_MESSAGES[problem])))
                      : Promise.resolve();
                  },
                },
              ]}
            >
              <Input maxLength={20} autoComplete="off" data-testid="officer-form-resident-id" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="phone"
              label={t('联系电话', 'Phone')}
              extra={
                editing?.phoneMasked
                  ? t(`当前：${editing.phoneMasked}（留空不变）`, `Now: ${editing.phoneMasked} (blank keeps it)`)
                  : undefined
              }
              rules={[
                {
                  pattern: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/,
                  message: t('手机 11 位或 区号-号码', 'A mobile number or area code-number'),
                },
              ]}
            >
              <Input autoComplete="off" data-testid="officer-form-phone" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="ethnicity" label={t('民族', 'Ethnicity')}>
              <AutoComplete options={ETHNICITIES.map((e) => ({ value: e }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="agencyId"
              label={t('所属单位', 'Agency')}
              rules={[{ required: true, message: t('请选择单位', 'Choose an agency') }]}
              extra={editing ? t('变更单位请办理人员调动', 'To move the officer, file a transfer') : undefined}
            >
              <AgencyTreeSelect agencies={agencies} id="officerForm_agencyId" disabled={!!editing} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="post"
              label={t('岗位职务', 'Post')}
              rules={[{ required: true, whitespace: true, max: 50 }]}
            >
              <AutoComplete options={POSTS.map((p) => ({ value: p }))} data-testid="officer-form-post" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="staffingType"
              label={t('编制类型', 'Staffing type')}
              rules={[{ required: true }]}
              tooltip={t('编外人员不得单独执法，不予申领执法证', 'Off-establishment staff may not enforce alone')}
            >
              <Select options={STAFFING_TYPES.map((s) => ({ value: s, label: label(STAFFING_TYPE_LABELS[s]) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="joinedOn" label={t('参加工作日期', 'Date joined')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="domains"
              label={t('执法领域', 'Enforcement domains')}
              rules={[{ required: true, message: t('至少选择一个执法领域', 'Choose at least one domain') }]}
            >
              <Select
                mode="multiple"
                data-testid="officer-form-domains"
                options={ENFORCEMENT_DOMAINS.map((d) => ({ value: d, label: label(DOMAIN_LABELS[d]) }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="frontLine" label={t('一线执法岗位', 'Front-line post')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="legalReviewer"
              label={t('法制审核人员', 'Legal reviewer')}
              valuePropName="checked"
              tooltip={t(
                '《行政处罚法》第五十八条：初次从事法制审核的人员应当通过国家统一法律职业资格考试取得法律职业资格',
                'Administrative Penalty Law Art. 58: first-time legal reviewers must hold the legal professional qualification',
              )}
            >
              <Switch data-testid="officer-form-legal-reviewer" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="legalQualification"
              label={t('法律职业资格', 'Legal qualification')}
              valuePropName="checked"
            >
              <Switch data-testid="officer-form-legal-qualification" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(
            '身份证号、联系电话为个人信息，加密存储；查看完整号码须有权限，且每次查看均记入访问日志。',
            'Resident ID and phone are personal data, stored encrypted; reading them in full needs permission and every read is logged.',
          )}
        </Typography.Text>
      </Form>
    </Modal>
  );
}
