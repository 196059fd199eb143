// 安全策略 (/security-policy): password, lockout, session and MFA rules; editable with security_policy.write.
import { useEffect, useState } from 'react';
import { App, Alert, Button, Card, Col, Form, InputNumber, Row, Switch, Typography } from 'antd';
import type { SecurityPolicy } from '../../../../../contracts/account';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useCurrentUser } from '../../../lib/auth';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useSaveSecurityPolicy, useSecurityPolicy } from '../api';

type NumberField = Exclude<keyof SecurityPolicy, 'mfaRequiredForAdmins'>;

interface FieldSpec {
  name: NumberField;
  label: [string, string];
  unit: [string, string];
  min: number;
  max: number;
  help?: [string, string];
}

const GROUPS: { title: [string, string]; fields: FieldSpec[] }[] = [
  {
    title: ['口令策略', 'Passwords'],
    fields: [
      { name: 'passwordMinLength', label: ['最小长度', 'Minimum length'], unit: ['位', 'chars'], min: 8, max: 64 },
      {
        name: 'passwordMinClasses',
        label: ['最少字符类别', 'Minimum character classes'],
        unit: ['类', 'classes'],
        min: 2,
        max: 4,
        help: ['大写字母、小写字母、数字、特殊字符', 'Upper case, lower case, digits, symbols'],
      },
      {
        name: 'passwordHistory',
        label: ['不得重复最近密码数', 'Recent passwords not reused'],
        unit: ['个', ''],
        min: 0,
        max: 24,
      },
      {
        name: 'passwordMaxAgeDays',
        label: ['密码有效期', 'Maximum password age'],
        unit: ['天', 'days'],
        min: 0,
        max: 3650,
        help: ['0 表示不过期', '0 means never'],
      },
    ],
  },
  {
    title: ['登录失败锁定', 'Lockout'],
    fields: [
      { name: 'lockoutThreshold', label: ['连续失败次数', 'Failed attempts'], unit: ['次', 'times'], min: 3, max: 20 },
      { name: 'lockoutMinutes', label: ['锁定时长', 'Lockout duration'], unit: ['分钟', 'min'], min: 1, max: 1440 },
    ],
  },
  {
    title: ['会话', 'Sessions'],
    fields: [
      { name: 'sessionIdleMinutes', label: ['空闲超时', 'Idle timeout'], unit: ['分钟', 'min'], min: 5, max: 480 },
      {
        name: 'sessionAbsoluteHours',
        label: ['最长会话时长', 'Absolute lifetime'],
        unit: ['小时', 'h'],
        min: 1,
        max: 72,
      },
    ],
  },
];

export function SecurityPolicyPage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const { message } = App.useApp();
  const canWrite = me.permissions.includes('security_policy.write');
  const policy = useSecurityPolicy();
  const save = useSaveSecurityPolicy();
  const [form] = Form.useForm<SecurityPolicy>();
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);

  useEffect(() => {
    if (policy.data) form.setFieldsValue(policy.data);
  }, [policy.data, form]);

  return (
    <Page
      title={t('安全策略', 'Security policy')}
      description={t(
        '依据网络安全等级保护要求设置身份鉴别与会话控制参数',
        'Authentication and session rules, per the classified-protection requirements',
      )}
      testId="security-policy-page"
      extra={
        canWrite && (
          <>
            <Button onClick={() => policy.data && form.setFieldsValue(policy.data)} disabled={!policy.data}>
              {t('还原', 'Revert')}
            </Button>
            <Button
              type="primary"
              onClick={() => form.submit()}
              loading={save.isPending}
              disabled={!policy.data}
              data-testid="security-policy-save"
            >
              {t('保存', 'Save')}
            </Button>
          </>
        )
      }
    >
      {!canWrite && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(
            '安全策略由安全管理员维护，您只能查看。',
            'The security administrator maintains the policy; you can only view it.',
          )}
        />
      )}
      {policy.error && <ErrorAlert error={policy.error} />}
      {failure && <ErrorAlert error={failure.error} details={failure.details} testId="security-policy-error" />}
      <Form<SecurityPolicy>
        form={form}
        name="securityPolicy"
        layout="vertical"
        disabled={!canWrite || !policy.data}
        onFinish={(v) => {
          setFailure(null);
          save.mutate(v, {
            onSuccess: () => message.success(t('安全策略已保存', 'Security policy saved')),
            onError: (e) => setFailure({ error: e, details: applyServerErrors(form, e).unmatched }),
          });
        }}
      >
        <Row gutter={16}>
          {GROUPS.map((g) => (
            <Col key={g.title[0]} xs={24} lg={8}>
              <Card
                title={t(...g.title)}
                loading={policy.isPending}
                style={{ marginBottom: 16, height: 'calc(100% - 16px)' }}
              >
                {g.fields.map((f) => (
                  <Form.Item
                    key={f.name}
                    name={f.name}
                    label={t(...f.label)}
                    extra={f.help ? t(...f.help) : `${t('范围', 'Range')} ${f.min}–${f.max}`}
                    rules={[{ required: true, message: t('请填写', 'Required') }]}
                  >
                    <InputNumber
                      min={f.min}
                      max={f.max}
                      precision={0}
                      suffix={t(...f.unit)}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                ))}
              </Card>
            </Col>
          ))}
        </Row>
        <Card title={t('双因素认证', 'Two-factor authentication')} loading={policy.isPending}>
          <Form.Item
            name="mfaRequiredForAdmins"
            label={t('管理员必须启用两步验证', 'Administrators must use two-step verification')}
            valuePropName="checked"
            style={{ marginBottom: 4 }}
          >
            <Switch />
          </Form.Item>
          <Typography.Text type="secondary">
            {t(
              '开启后，系统管理员、安全管理员和安全审计员下次登录时须先设置两步验证。',
              'When on, the system, security and audit administrators must set up two-step verification at their next sign-in.',
            )}
          </Typography.Text>
        </Card>
      </Form>
    </Page>
  );
}
