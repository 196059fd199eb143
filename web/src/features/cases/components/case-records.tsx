// 时间线 and 文书: the case's events (each a hash-chained record: date, step, actor, what was recorded) and its
// generated documents (numbered, versioned, downloadable as .docx).
import { Button, Empty, Flex, Tag, Timeline, Tooltip, Typography } from 'antd';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import type { CaseView } from '../../../../../contracts/case';
import { DOCUMENT_KIND_LABELS } from '../../../../../contracts/procedure-labels';
import { DateTime } from '../../../components/date-time';
import { useI18n } from '../../../lib/i18n';
import { documentDownloadUrl } from '../api';

export function CaseTimeline({ events }: { events: CaseView['events'] }) {
  const { t, label } = useI18n();
  if (!events.length) return <Empty description={t('尚无记录', 'Nothing recorded yet')} />;
  const sorted = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <Timeline
      data-testid="case-timeline"
      items={sorted.map((e) => ({
        key: e.seq,
        color: e.fromState === e.toState ? 'gray' : 'blue',
        content: (
          <div data-testid="case-event" data-action={e.action} data-seq={e.seq}>
            <Flex gap={8} wrap align="baseline">
              <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                {e.occurredOn}
              </Typography.Text>
              <Typography.Text strong>{label(e.label, e.action)}</Typography.Text>
              {e.actorName && <Typography.Text type="secondary">{e.actorName}</Typography.Text>}
              <Tooltip
                title={
                  <span>
                    {t('记录时间 ', 'Recorded ')}
                    <DateTime value={e.recordedAt} />
                    <br />
                    {t('哈希 ', 'Hash ')}
                    {e.hash}
                  </span>
                }
              >
                <Typography.Text type="secondary" code style={{ fontSize: 11 }}>
                  #{e.seq} {e.hash.slice(0, 8)}
                </Typography.Text>
              </Tooltip>
            </Flex>
            {e.summary && (
              <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-line' }} type="secondary">
                {e.summary}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}

export function CaseDocuments({ caseId, documents }: { caseId: string; documents: CaseView['documents'] }) {
  const { t, label } = useI18n();
  if (!documents.length) return <Empty description={t('尚无文书', 'No documents yet')} />;
  return (
    <Flex vertical data-testid="case-documents">
      {documents.map((d) => (
        <Flex
          key={d.id}
          justify="space-between"
          align="center"
          gap={12}
          wrap
          style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
          data-testid="case-document"
          data-kind={d.kind}
          data-document-id={d.id}
        >
          <div style={{ minWidth: 0 }}>
            <Flex gap={6} wrap align="center">
              <Typography.Text strong type={d.superseded ? 'secondary' : undefined}>
                {d.title || label(DOCUMENT_KIND_LABELS[d.kind], d.kind)}
              </Typography.Text>
              <Tag style={{ marginInlineEnd: 0 }}>{t(`第 ${d.version} 版`, `v${d.version}`)}</Tag>
              {d.superseded && <Tag color="default">{t('已被新版本取代', 'Superseded')}</Tag>}
            </Flex>
            <Flex gap={12} wrap style={{ fontSize: 12, marginTop: 2 }}>
              <Typography.Text
                type="secondary"
                style={{ fontFamily: 'monospace', fontSize: 12 }}
                data-testid="case-document-number"
              >
                {d.number}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <DateTime value={d.generatedAt} />
              </Typography.Text>
            </Flex>
          </div>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={documentDownloadUrl(caseId, d.id)}
            download
            data-testid="case-document-download"
          >
            {t('下载', 'Download')}
          </Button>
        </Flex>
      ))}
    </Flex>
  );
}
