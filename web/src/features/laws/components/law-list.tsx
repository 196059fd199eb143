// The left column without a query: every law with its level, current version date, status and article count.
import { Empty, Flex, Tag, Typography } from 'antd';
import { LAW_LEVEL_LABELS, LAW_STATUS_LABELS, type LawView } from '../../../../../contracts/law';
import { useI18n } from '../../../lib/i18n';
import { day, defaultVersion, LEVEL_COLORS, STATUS_COLORS } from './law-format';

interface LawListProps {
  laws: LawView[];
  selectedVersionId: string | null;
  onOpen: (versionId: string) => void;
}

export function LawList({ laws, selectedVersionId, onOpen }: LawListProps) {
  const { t, label } = useI18n();
  if (!laws.length) {
    return (
      <div data-testid="law-list">
        <Empty description={t('暂无法律法规', 'No laws yet')} />
      </div>
    );
  }
  return (
    <div data-testid="law-list" role="list">
      {laws.map((law) => {
        const version = defaultVersion(law);
        const selected = law.versions.some((v) => v.id === selectedVersionId);
        return (
          <div
            key={law.id}
            role="listitem"
            data-testid="law-item"
            data-law-id={law.id}
            data-title={law.title}
            tabIndex={0}
            className={`xz-law-row${selected ? ' xz-law-row-selected' : ''}`}
            onClick={() => version && onOpen(version.id)}
            onKeyDown={(e) => {
              if ((e.key === 'Enter' || e.key === ' ') && version) {
                e.preventDefault();
                onOpen(version.id);
              }
            }}
          >
            <Typography.Text strong style={{ display: 'block', fontSize: 14 }}>
              {law.title}
            </Typography.Text>
            <Flex gap={6} wrap align="center" style={{ marginTop: 4 }}>
              <Tag color={LEVEL_COLORS[law.level]} bordered={false} style={{ marginInlineEnd: 0 }}>
                {label(LAW_LEVEL_LABELS[law.level], law.level)}
              </Tag>
              {version && (
                <>
                  <Tag color={STATUS_COLORS[version.status]} style={{ marginInlineEnd: 0 }}>
                    {label(LAW_STATUS_LABELS[version.status], version.status)}
                  </Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
                    {day(version.versionDate)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`${version.articleCount} 条`, `${version.articleCount} articles`)}
                  </Typography.Text>
                </>
              )}
              {law.versions.length > 1 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`${law.versions.length} 个版本`, `${law.versions.length} versions`)}
                </Typography.Text>
              )}
            </Flex>
          </div>
        );
      })}
    </div>
  );
}
