// Two-step verification: set up (QR code of the otpauth URL, then confirm a code), or turn it off.
import { useEffect, useState } from 'react';
import { App, Alert, Button, Descriptions, Flex, Form, Input, Steps, Tag, Typography } from 'antd';
import QRCode from 'qrcode';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useCurrentUser } from '../../../lib/auth';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useDisableTotp, useEnableTotp, useStartTotpSetup, type TotpSetup } from '../api';

const CODE_RULES = (t: (zh: string, en: string) => string) => [
  { required: true, message: t('请输入 6 位验证码', 'Enter the 6-digit code') },
  { pattern: /^\d{6}$/, message: t('验证码为 6 位数字', 'The code is 6 digits') },
];

export function TotpSettings() {
  const me = useCurrentUser();
  const { t } = useI18n();
  return (
    <div style={{ maxWidth: 640 }}>
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'status',
            label: t('当前状态', 'Status'),
            children: me.mfa.enabled ? (
              <Tag color="success" data-testid="totp-status">
                {t('已启用', 'On')}
              </Tag>
            ) : (
              <Tag data-testid="totp-status">{t('未启用', 'Off')}</Tag>
            ),
          },
          {
            key: 'required',
            label: t('安全策略', 'Policy'),
            children: me.mfa.required
              ? t('您的账号必须启用两步验证', 'Your account must use two-step verification')
              : t('可选', 'Optional'),
          },
        ]}
      />
      {me.mfa.enabled ? <DisableTotp canDisable={!me.mfa.required} /> : <SetUpTotp />}
    </div>
  );
}

function SetUpTotp() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const start = useStartTotpSetup();
  const enable = useEnableTotp();
  const [form] = Form.useForm<{ totp: string }>();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    if (!setup) return;
    let live = true;
    QRCode.toDataURL(setup.otpauthUrl, { width: 200, margin: 1, errorCorrectionLevel: 'M' }).then(
      (url) => live && setQr(url),
      (e: unknown) => live && setFailure(e),
    );
    return () => {
      live = false;
    };
  }, [setup]);

  const onStart = () => {
    setFailure(null);
    start.mutate(undefined, { onSuccess: (s) => setSetup(s), onError: setFailure });
  };

  const onEnable = ({ totp: code }: { totp: string }) => {
    setFailure(null);
    enable.mutate(code, {
      onSuccess: () => {
        message.success(t('两步验证已启用', 'Two-step verification is on'));
        if (me.mfa.setupRequired) void navigate('/', { replace: true });
      },
      onError: (e) => {
        applyServerErrors(form, e);
        setFailure(e);
      },
    });
  };

  return (
    <>
      <ErrorAlert error={failure} />
      <Steps
        orientation="vertical"
        size="small"
        current={setup ? 1 : 0}
        items={[
          {
            title: t('生成密钥', 'Create a key'),
            content: (
              <div style={{ paddingBottom: 16 }}>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                  {t(
                    '请在手机上安装身份验证器应用（如“腾讯身份验证器”“Microsoft Authenticator”等），然后生成绑定二维码。',
                    'Install an authenticator app on your phone (e.g. Microsoft Authenticator), then create the QR code.',
                  )}
                </Typography.Paragraph>
                <Button
                  type={setup ? 'default' : 'primary'}
                  onClick={onStart}
                  loading={start.isPending}
                  data-testid="totp-start"
                >
                  {setup ? t('重新生成', 'Create again') : t('生成二维码', 'Create QR code')}
                </Button>
              </div>
            ),
          },
          {
            title: t('扫码并验证', 'Scan and confirm'),
            content: setup ? (
              <Flex gap={24} wrap style={{ paddingTop: 8 }}>
                <div>
                  {qr ? (
                    <img
                      src={qr}
                      width={200}
                      height={200}
                      alt={t('两步验证二维码', 'Two-step verification QR code')}
                      data-testid="totp-qr"
                      style={{ border: '1px solid #e8eaef', borderRadius: 4 }}
                    />
                  ) : (
                    <div style={{ width: 200, height: 200, background: '#fafafa' }} />
                  )}
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, maxWidth: 280 }}>
                    {t('无法扫码时可手动输入密钥：', 'Cannot scan? Enter this key:')}
                    <br />
                    <Typography.Text
                      code
                      copyable
                      data-testid="totp-secret"
                      style={{ wordBreak: 'break-all', fontSize: 12 }}
                    >
                      {setup.secret}
                    </Typography.Text>
                  </Typography.Paragraph>
                </div>
                <Form
                  form={form}
                  name="totpEnable"
                  layout="vertical"
                  onFinish={onEnable}
                  requiredMark={false}
                  style={{ minWidth: 220 }}
                >
                  <Form.Item
                    name="totp"
                    label={t('应用显示的 6 位验证码', 'The 6-digit code shown in the app')}
                    rules={CODE_RULES(t)}
                  >
                    <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} placeholder="000000" />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={enable.isPending} data-testid="totp-enable-submit">
                    {t('验证并启用', 'Confirm and turn on')}
                  </Button>
                </Form>
              </Flex>
            ) : null,
          },
        ]}
      />
    </>
  );
}

function DisableTotp({ canDisable }: { canDisable: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const disable = useDisableTotp();
  const [form] = Form.useForm<{ totp: string }>();
  const [failure, setFailure] = useState<unknown>(null);

  if (!canDisable) {
    return (
      <Alert
        type="info"
        showIcon
        title={t(
          '安全策略要求您的账号保持两步验证，不能关闭。',
          'The security policy requires two-step verification for your account.',
        )}
      />
    );
  }
  return (
    <>
      <ErrorAlert error={failure} />
      <Typography.Paragraph type="secondary">
        {t(
          '关闭前请输入身份验证器中当前显示的验证码。',
          'To turn it off, enter the code your authenticator shows now.',
        )}
      </Typography.Paragraph>
      <Form
        form={form}
        name="totpDisable"
        layout="inline"
        requiredMark={false}
        onFinish={({ totp: code }: { totp: string }) => {
          setFailure(null);
          disable.mutate(code, {
            onSuccess: () => {
              message.success(t('两步验证已关闭', 'Two-step verification is off'));
              form.resetFields();
            },
            onError: (e) => {
              applyServerErrors(form, e);
              setFailure(e);
            },
          });
        }}
      >
        <Form.Item name="totp" label={t('验证码', 'Code')} rules={CODE_RULES(t)}>
          <Input inputMode="numeric" maxLength={6} placeholder="000000" style={{ width: 140 }} />
        </Form.Item>
        <Button danger htmlType="submit" loading={disable.isPending} data-testid="totp-disable-submit">
          {t('关闭两步验证', 'Turn off')}
        </Button>
      </Form>
    </>
  );
}
