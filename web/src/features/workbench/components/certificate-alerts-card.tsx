// 执法证到期提醒 on the workbench: certificates in the user's scope expiring within each configured day count, and
// lapsed ones of officers still in post (行政处罚法 第四十二条: no enforcement without a valid certificate).
import { Card, Flex, Statistic } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { useCertificateAlerts } from '../api';

export function CertificateAlertsCard() {
  const { t } = useI18n();
  const alerts = useCertificateAlerts(true);
  if (!alerts.data) return null;
  const { buckets, expired } = alerts.data;
  return (
    <Card
      title={t('执法证到期提醒', 'Certificate expiry alerts')}
      extra={<Link to="/certificates?tab=alerts">{t('查看', 'Open')}</Link>}
      style={{ marginBottom: 16 }}
      data-testid="workbench-certificate-alerts"
    >
      <Flex gap={32} wrap>
        {[...buckets].reverse().map((b, i, all) => (
          <Statistic
            key={b.days}
            title={
              i === 0
                ? t(`${b.days} 天内到期`, `Expiring within ${b.days} days`)
                : t(`${all[i - 1].days + 1}–${b.days} 天到期`, `Expiring in ${all[i - 1].days + 1}–${b.days} days`)
            }
            value={b.count}
            data-testid={`workbench-alert-d${b.days}`}
            styles={{ content: { color: b.count ? '#d46b08' : undefined } }}
          />
        ))}
        <Statistic
          title={t('已过期仍在岗', 'Expired, still in post')}
          value={expired.count}
          data-testid="workbench-alert-expired"
          styles={{ content: { color: expired.count ? '#cf1322' : undefined } }}
        />
      </Flex>
    </Card>
  );
}
