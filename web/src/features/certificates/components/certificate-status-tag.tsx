// A certificate's status today as a coloured tag (有效 / 已暂扣 / 已注销 / 已过期).
import { Tag } from 'antd';
import { CERTIFICATE_STATUS_LABELS, type CertificateStatus } from '../../../../../contracts/certificate';
import { useI18n } from '../../../lib/i18n';

const COLORS: Record<CertificateStatus, string> = {
  valid: 'success',
  suspended: 'warning',
  revoked: 'error',
  expired: 'default',
};

export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  const { label } = useI18n();
  return (
    <Tag color={COLORS[status]} data-testid="certificate-status" data-status={status}>
      {label(CERTIFICATE_STATUS_LABELS[status])}
    </Tag>
  );
}
