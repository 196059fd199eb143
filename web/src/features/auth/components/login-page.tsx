// The sign-in page (/login). It ships in the entry bundle, so it imports only what it draws.
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select, Typography, type InputRef } from 'antd';
import LockOutlined from '@ant-design/icons/LockOutlined';
import SafetyOutlined from '@ant-design/icons/SafetyOutlined';
import UserOutlined from '@ant-design/icons/UserOutlined';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { LoginBody } from '../../../../../contracts/account';
import { isApiError } from '../../../lib/api-client';
import { login, meQueryKey } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { DEFAULT_TENANT_CODE, usePublicTenants } from '../api';

interface LoginValues {
  tenant: string;
  username: string;
  password: string;
  totp?: string;
}

/** Only paths inside this app: '/x' but not '//evil.example' or 'https://…'. */
function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

export function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const tenants = usePublicTenants();
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const totpRef = useRef<InputRef>(null);
  const tenantCode = Form.useWatch('tenant', form) ?? DEFAULT_TENANT_CODE;

  const signIn = useMutation({
    mutationFn: (body: LoginBody) => login(body),
    onSuccess: async (me) => {
      // Nothing cached for a previous user may survive into this session.
      queryClient.clear();
      if (me && typeof me === 'object' && 'account' in me) queryClient.setQueryData(meQueryKey, me);
      await navigate(safeNext(params.get('next')), { replace: true });
    },
    onError: (e) => {
      if (isApiError(e) && e.code === 'totp_required') {
        // The password was right; the account also needs its authenticator code.
        const wasAsked = needTotp;
        setNeedTotp(true);
        setError(wasAsked ? e.message : null);
        return;
      }
      setError(isApiError(e) ? e.message : String(e));
      if (isApiError(e) && e.code === 'invalid_credentials') form.setFieldValue('password', '');
    },
  });

  useEffect(() => {
    if (needTotp) totpRef.current?.focus();
  }, [needTotp]);

  // A deployment without the default region (a provincial one, say) starts on its first region instead.
  useEffect(() => {
    const list = tenants.data;
    if (list?.length && !list.some((x) => x.code === form.getFieldValue('tenant')))
      form.setFieldValue('tenant', list[0].code);
  }, [tenants.data, form]);

  const tenantOptions = (tenants.data ?? []).map((x) => ({ value: x.code, label: `${x.name}（${x.code}）` }));
  if (!tenantOptions.some((o) => o.value === DEFAULT_TENANT_CODE) && !tenants.data?.length) {
    tenantOptions.push({ value: DEFAULT_TENANT_CODE, label: DEFAULT_TENANT_CODE });
  }
  const tenantName = tenants.data?.find((x) => x.code === tenantCode)?.name ?? '';
  const platformName =
    lang === 'en'
      ? `${tenantName ? `${tenantName} ` : ''}Law Enforcement Supervision Platform`
      : `${tenantName}行政执法监督平台`;

  const onFinish = (values: LoginValues) => {
    setError(null);
    signIn.mutate({
      tenant: values.tenant,
      username: values.username.trim(),
      password: values.password,
      totp: needTotp && values.totp ? values.totp : undefined,
    });
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: 'linear-gradient(160deg, #163d7a 0%, #1f5fbf 55%, #e9eef6 55.1%, #f2f4f7 100%)',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: '12px 20px' }}>
        <Button
          type="text"
          data-testid="lang-switch"
          style={{ color: '#fff' }}
          onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
        >
          {lang === 'en' ? '中文' : 'English'}
        </Button>
      </div>
      <div
        style={{
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          justifyContent: 'center',
          padding: '0 16px 64px',
        }}
      >
        <Typography.Title
          level={2}
          data-testid="login-platform-name"
          style={{ color: '#fff', marginBottom: 8, textAlign: 'center', letterSpacing: lang === 'en' ? 0 : 2 }}
        >
          {platformName}
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.8)', marginBottom: 28, textAlign: 'center' }}>
          {t('行政执法 · 执法监督 · 统一身份认证', 'Administrative enforcement · Supervision · Single sign-in')}
        </Typography.Text>
        {/* A plain panel rather than antd Card: Card pulls Tabs and Dropdown into the sign-in bundle. */}
        <div
          style={{
            width: '100%',
            maxWidth: 400,
            boxSizing: 'border-box',
            background: '#fff',
            borderRadius: 8,
            padding: '28px 32px 12px',
            boxShadow: '0 8px 28px rgba(22,61,122,0.18)',
          }}
        >
          <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 20 }}>
            {t('账号登录', 'Sign in')}
          </Typography.Title>
          {error && (
            <Alert type="error" showIcon data-testid="login-error" title={error} style={{ marginBottom: 16 }} />
          )}
          {needTotp && !error && (
            <Alert
              type="info"
              showIcon
              data-testid="login-totp-hint"
              title={t('请输入身份验证器应用中的 6 位动态验证码', 'Enter the 6-digit code from your authenticator app')}
              style={{ marginBottom: 16 }}
            />
          )}
          <Form<LoginValues>
            form={form}
            name="login"
            layout="vertical"
            requiredMark={false}
            initialValues={{ tenant: DEFAULT_TENANT_CODE }}
            onFinish={onFinish}
            autoComplete="on"
          >
            <Form.Item
              name="tenant"
              label={t('行政区划', 'Region')}
              rules={[{ required: true, message: t('请选择行政区划', 'Choose a region') }]}
            >
              <Select options={tenantOptions} loading={tenants.isPending} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            <Form.Item
              name="username"
              label={t('用户名', 'Username')}
              rules={[{ required: true, message: t('请输入用户名', 'Enter your username') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus disabled={needTotp} />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('密码', 'Password')}
              rules={[{ required: true, message: t('请输入密码', 'Enter your password') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" disabled={needTotp} />
            </Form.Item>
            {needTotp && (
              <Form.Item
                name="totp"
                label={t('动态验证码', 'Authenticator code')}
                rules={[
                  { required: true, message: t('请输入 6 位验证码', 'Enter the 6-digit code') },
                  { pattern: /^\d{6}$/, message: t('验证码为 6 位数字', 'The code is 6 digits') },
                ]}
              >
                <Input
                  ref={totpRef}
                  prefix={<SafetyOutlined />}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  placeholder="000000"
                />
              </Form.Item>
            )}
            <Form.Item style={{ marginTop: 8 }}>
              <Button
                type="primary"
                htmlType="submit"
                block
                size="large"
                loading={signIn.isPending}
                data-testid="login-submit"
              >
                {needTotp ? t('验证并登录', 'Verify and sign in') : t('登录', 'Sign in')}
              </Button>
            </Form.Item>
            {needTotp && (
              <Form.Item>
                <Button
                  type="link"
                  block
                  data-testid="login-back"
                  onClick={() => {
                    setNeedTotp(false);
                    setError(null);
                    form.setFieldsValue({ password: '', totp: '' });
                  }}
                >
                  {t('使用其他账号登录', 'Sign in with another account')}
                </Button>
              </Form.Item>
            )}
          </Form>
        </div>
        <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12, textAlign: 'center' }}>
          {t(
            '本系统仅供授权人员使用，所有操作均被记录并接受审计。',
            'For authorised personnel only. Every action is logged and audited.',
          )}
        </Typography.Text>
        <Link
          to={`/public/powers?tenant=${encodeURIComponent(tenantCode)}`}
          data-testid="login-public-link"
          style={{ marginTop: 8, fontSize: 13, textAlign: 'center', color: '#1f5fbf' }}
          title={t('权责清单、裁量基准、法制审核目录', 'Powers lists, discretion benchmarks, legal review catalogues')}
        >
          {t('查看行政执法公示信息（无需登录）', 'Public disclosures (no sign-in)')}
        </Link>
      </div>
    </div>
  );
}
