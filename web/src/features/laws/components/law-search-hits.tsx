// The left column with a query: matching articles (and titles), the matches marked.
import { Empty, Flex, Tag, Typography } from 'antd';
import { LAW_STATUS_LABELS, type LawSearchHit } from '../../../../../contracts/law';
import { useI18n } from '../../../lib/i18n';
import { HighlightedText } from './highlighted-text';
import { day, STATUS_COLORS } from './law-format';

interface LawSearchHitsProps {
  hits: LawSearchHit[];
  total: number;
  onOpen: (hit: LawSearchHit) => void;
}

export function LawSearchHits({ hits, total, onOpen }: LawSearchHitsProps) {
  const { t, label } = useI18n();
  if (!hits.length) {
    return (
      <div data-testid="law-hits">
        <Empty description={t('没有找到匹配的条文', 'No matching articles')} />
      </div>
    );
  }
  return (
    <div data-testid="law-hits" role="list">
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 8 }}>
        {total > hits.length
          ? t(`共 ${total} 条结果，显示前 ${hits.length} 条`, `${total} results, showing the first ${hits.length}`)
          : t(`共 ${total} 条结果`, total === 1 ? '1 result' : `${total} results`)}
      </Typography.Text>
      {hits.map((hit) => (
        <div
          key={`${hit.versionId}:${hit.seq}`}
          role="listitem"
          data-testid="law-hit"
          data-version-id={hit.versionId}
          data-seq={hit.seq}
          data-label={hit.label}
          tabIndex={0}
          className="xz-law-row"
          onClick={() => onOpen(hit)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onOpen(hit);
            }
          }}
        >
          <Flex gap={6} align="baseline" wrap>
            <Typography.Text strong>
              <HighlightedText text={hit.title} ranges={hit.titleHighlights} />
            </Typography.Text>
            <Typography.Text strong style={{ color: '#1f5fbf', whiteSpace: 'nowrap' }}>
              {hit.label}
            </Typography.Text>
          </Flex>
          <Flex gap={6} align="center" wrap style={{ margin: '2px 0 4px' }}>
            {hit.status !== 'in_force' && (
              <Tag color={STATUS_COLORS[hit.status]} style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: '18px' }}>
                {label(LAW_STATUS_LABELS[hit.status], hit.status)}
              </Tag>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[day(hit.versionDate), hit.chapter].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Flex>
          <div style={{ fontSize: 13, lineHeight: 1.7, whiteSpace: 'pre-line', color: 'rgba(0,0,0,0.78)' }}>
            <HighlightedText text={hit.text} ranges={hit.highlights} maxLength={160} />
          </div>
        </div>
      ))}
    </div>
  );
}
