// The certificate as printed (执法证 card face): photo, name, number, agency, domains, expiry and the QR code that
// encodes the public verification link (<origin>/public/certificates/verify?t=<token>), so that anyone shown the
// card can check it is valid today (行政处罚法 第五十五条: officers show their certificates).
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { Flex, Typography } from 'antd';
import { DOMAIN_LABELS } from '../../../../../contracts/personnel';
import type { CertificateView } from '../../../../../contracts/certificate';
import { useI18n } from '../../../lib/i18n';

/** A QR code image (data URL) of `text`, made in the browser. */
export function useQrCode(text: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!text) return;
    void QRCode.toDataURL(text, { margin: 1, width: 200, errorCorrectionLevel: 'M' }).then((u) => {
      if (live) setUrl(u);
    });
    return () => {
      live = false;
    };
  }, [text]);
  return text ? url : null;
}

export const verifyUrlOf = (c: Pick<CertificateView, 'verifyPath'>) => `${window.location.origin}${c.verifyPath}`;

const PRINT_CSS = `
@media print {
  body * { visibility: hidden !important; }
  .xz-cert-print, .xz-cert-print * { visibility: visible !important; }
  .xz-cert-print { position: fixed; left: 12mm; top: 12mm; box-shadow: none !important; }
}
`;

export function CertificateCard({ certificate: c }: { certificate: CertificateView }) {
  const { t, label } = useI18n();
  const qr = useQrCode(verifyUrlOf(c));
  const photo = c.photoPath ?? '/api/public/certificates/-/photo';
  return (
    <div
      className="xz-cert-print"
      data-testid="certificate-card"
      style={{
        width: 560,
        border: '1px solid #c9d3e0',
        borderRadius: 10,
        overflow: 'hidden',
        background: 'linear-gradient(180deg, #fff 0%, #f6f8fb 100%)',
        boxShadow: '0 2px 8px rgba(0,0,0,.08)',
      }}
    >
      <style>{PRINT_CSS}</style>
      <div style={{ background: '#a61d24', color: '#fff', padding: '8px 16px', textAlign: 'center' }}>
        <div style={{ fontSize: 20, fontWeight: 600, letterSpacing: 8 }}>
          {t('行政执法证', 'Enforcement certificate')}
        </div>
        <div style={{ fontSize: 12, opacity: 0.9 }}>{c.issuingAuthority}</div>
      </div>
      <Flex gap={16} style={{ padding: 16 }} align="flex-start">
        <img
          src={photo}
          alt={t('照片', 'Photo')}
          width={96}
          height={128}
          style={{ objectFit: 'cover', border: '1px solid #d9d9d9', background: '#e8edf3', flex: 'none' }}
        />
        <div style={{ flex: 1, minWidth: 0, lineHeight: 1.9 }}>
          <div>
            <Typography.Text type="secondary">{t('姓　　名：', 'Name: ')}</Typography.Text>
            <strong style={{ fontSize: 16 }} data-testid="certificate-card-name">
              {c.officer.name}
            </strong>
          </div>
          <div>
            <Typography.Text type="secondary">{t('证　　号：', 'Number: ')}</Typography.Text>
            <span style={{ fontFamily: 'monospace', fontSize: 15 }} data-testid="certificate-card-number">
              {c.number}
            </span>
          </div>
          <div>
            <Typography.Text type="secondary">{t('执法单位：', 'Agency: ')}</Typography.Text>
            {c.agency.name}
          </div>
          <div>
            <Typography.Text type="secondary">{t('执法领域：', 'Domains: ')}</Typography.Text>
            {c.domains.map((d) => label(DOMAIN_LABELS[d])).join('、')}
          </div>
          <div>
            <Typography.Text type="secondary">{t('有效期至：', 'Valid until: ')}</Typography.Text>
            {c.expiresOn}
          </div>
        </div>
        <Flex vertical align="center" gap={4} style={{ flex: 'none' }}>
          {qr ? (
            <img
              src={qr}
              alt={t('查验二维码', 'Verification QR code')}
              width={120}
              height={120}
              data-testid="certificate-qr"
            />
          ) : (
            <div style={{ width: 120, height: 120 }} />
          )}
          <Typography.Text type="secondary" style={{ fontSize: 11 }}>
            {t('扫码查验', 'Scan to verify')}
          </Typography.Text>
        </Flex>
      </Flex>
    </div>
  );
}
