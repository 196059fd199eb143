// 执法证公开查验 (/public/certificates/verify, no sign-in): type a certificate number, or scan the QR code on the
// certificate (it opens this page with ?t=<token>), and see whether it is valid today — with the holder's name,
// photo, agency and domains, and nothing else about the officer. Officers show their certificates to the parties
// (行政处罚法 第五十五条); this lets the parties check them.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Card, Descriptions, Flex, Form, Grid, Input, Result, Spin, Tag, Typography } from 'antd';
import SafetyCertificateOutlined from '@ant-design/icons/SafetyCertificateOutlined';
import { CERTIFICATE_STATUS_LABELS, type CertificateStatus } from '../../../../../contracts/certificate';
import { DOMAIN_LABELS } from '../../../../../contracts/personnel';
import { ErrorAlert } from '../../../components/error-alert';
import { PublicFrame, usePublicTenant } from '../../../components/public-frame';
import { useI18n } from '../../../lib/i18n';
import { usePublicVerify } from '../api';

const STATUS_STYLE: Record<CertificateStatus, { color: string; status: 'success' | 'warning' | 'error' | 'info' }> = {
  valid: { color: '#389e0d', status: 'success' },
  suspended: { color: '#d48806', status: 'warning' },
  revoked: { color: '#cf1322', status: 'error' },
  expired: { color: '#cf1322', status: 'error' },
};

export function PublicVerifyPage() {
  const { t, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const narrow = !Grid.useBreakpoint().sm;
  const tenant = usePublicTenant().code;
  const token = params.get('t') ?? undefined;
  const number = params.get('no') ?? undefined;
  const [typed, setTyped] = useState(number ?? '');
  useEffect(() => setTyped(number ?? ''), [number]);
  const query = token ? { tenant, t: token } : number ? { tenant, number } : null;
  const result = usePublicVerify(query);
  const r = result.data;

  const submit = () => {
    const n = typed.trim();
    if (!n) return;
    setParams({ tenant, no: n });
  };

  return (
    <PublicFrame
      area="certificate-verify"
      testId="public-verify"
      title={
        <>
          <SafetyCertificateOutlined /> {t('行政执法证查验', 'Enforcement certificate check')}
        </>
      }
      subtitle={t(
        '输入证号或扫描执法证上的二维码，查看该证件今日是否有效',
        'Enter the number or scan the QR code on the certificate to see whether it is valid today',
      )}
    >
      <Flex vertical gap={16} style={{ maxWidth: 760, margin: '0 auto' }}>
        <Card size="small">
          <Form layout={narrow ? 'vertical' : 'inline'} onFinish={submit} style={{ rowGap: 8 }}>
            <Form.Item label={t('证号', 'Number')} style={{ flex: 1 }}>
              <Input
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                placeholder={t('如 53340102000123', 'e.g. 53340102000123')}
                maxLength={40}
                allowClear
                data-testid="public-verify-number"
              />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" data-testid="public-verify-submit">
                {t('查验', 'Check')}
              </Button>
            </Form.Item>
          </Form>
        </Card>
        {result.isFetching && <Spin />}
        {result.error ? <ErrorAlert error={result.error} /> : null}
        {r && !r.found && (
          <Card data-testid="public-verify-result" data-found="false">
            <Result
              status="warning"
              title={t('未查到该执法证', 'No such certificate')}
              subTitle={t(
                '请核对证号与行政区划。持证人出示的证件无法查验时，可向当地司法局反映。',
                'Check the number and the region. If a certificate shown to you cannot be checked, tell the local justice bureau.',
              )}
            />
          </Card>
        )}
        {r && r.found && (
          <Card data-testid="public-verify-result" data-found="true" data-status={r.status}>
            <Flex gap={20} wrap align="flex-start">
              <img
                src={r.photoUrl ?? '/api/public/certificates/-/photo'}
                alt={t('持证人照片', 'Holder photo')}
                width={120}
                height={160}
                style={{ objectFit: 'cover', border: '1px solid #d9d9d9', background: '#e8edf3' }}
              />
              <Flex vertical gap={8} style={{ flex: 1, minWidth: 240 }}>
                <div
                  style={{ fontSize: 28, fontWeight: 600, color: STATUS_STYLE[r.status].color }}
                  data-testid="public-verify-status"
                >
                  {label(CERTIFICATE_STATUS_LABELS[r.status])}
                </div>
                <Typography.Text type="secondary">
                  {r.status === 'valid'
                    ? t(`${r.checkedOn} 该证件有效，持证人可从事所列领域的行政执法。`, `Valid on ${r.checkedOn}.`)
                    : t(
                        `${r.checkedOn} 该证件无效，持证人不得凭此证从事行政执法。`,
                        `Not valid on ${r.checkedOn}: the holder may not enforce with it.`,
                      )}
                </Typography.Text>
                <Descriptions column={1} size="small" bordered>
                  <Descriptions.Item label={t('姓名', 'Name')}>
                    <span data-testid="public-verify-name">{r.name}</span>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('证号', 'Number')}>
                    <span style={{ fontFamily: 'monospace' }}>{r.number}</span>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('执法单位', 'Agency')}>{r.agencyName}</Descriptions.Item>
                  <Descriptions.Item label={t('执法领域', 'Domains')}>
                    {r.domains.map((d) => (
                      <Tag key={d}>{label(DOMAIN_LABELS[d])}</Tag>
                    ))}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('有效期至', 'Valid until')}>{r.expiresOn}</Descriptions.Item>
                </Descriptions>
              </Flex>
            </Flex>
          </Card>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(
            '依据《中华人民共和国行政处罚法》第五十五条，执法人员在调查或者进行检查时应当主动向当事人或者有关人员出示执法证件；当事人有权要求出示。本页仅公开核对证件所需的信息。',
            'Officers must show their certificates during investigations and inspections (Administrative Penalty Law Art. 55). This page shows only what is needed to check one.',
          )}
        </Typography.Text>
      </Flex>
    </PublicFrame>
  );
}
