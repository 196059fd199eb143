// The right column: one version of a law — its facts, history, a chapter outline and the articles.
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { Descriptions, Empty, Flex, Select, Spin, Tag, Typography } from 'antd';
import { LAW_LEVEL_LABELS, LAW_STATUS_LABELS, type LawVersionView, type LawView } from '../../../../../contracts/law';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../../lib/auth';
import { useLawVersion } from '../api';
import { LawChangeButton } from './law-change-modal';
import { LawMetaButton } from './law-meta-modal';
import { day, LEVEL_COLORS, STATUS_COLORS } from './law-format';

type Article = LawVersionView['articles'][number];

interface Block {
  chapter: string | null;
  chapterIndex: number;
  section: string | null;
  articles: Article[];
}

/** Consecutive articles under the same chapter and section. */
function groupArticles(articles: Article[]): Block[] {
  const blocks: Block[] = [];
  let chapterIndex = -1;
  for (const a of articles) {
    const last = blocks[blocks.length - 1];
    if (!last || last.chapter !== a.chapter) chapterIndex += 1;
    if (last && last.chapter === a.chapter && last.section === a.section) last.articles.push(a);
    else blocks.push({ chapter: a.chapter, chapterIndex, section: a.section, articles: [a] });
  }
  return blocks;
}

/** An outline is worth showing for laws with several chapters or many articles. */
const wantsOutline = (chapters: number, articles: number) => chapters >= 3 || (chapters >= 2 && articles > 30);

interface LawVersionPanelProps {
  versionId: string | null;
  /** The article to scroll to and flash; `nonce` changes on every request so a second click scrolls again. */
  target: { seq: number; nonce: number } | null;
  /** The law as listed, for switching between its versions. */
  listed: LawView | undefined;
  onOpenVersion: (versionId: string) => void;
}

export function LawVersionPanel({ versionId, target, listed, onOpenVersion }: LawVersionPanelProps) {
  const { t, label } = useI18n();
  const query = useLawVersion(versionId);
  const canChange = useHasPermission('law.write');
  const data = query.data;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [flash, setFlash] = useState<number | null>(null);

  const blocks = useMemo(() => groupArticles(data?.articles ?? []), [data]);
  const chapters = useMemo(
    () =>
      blocks
        .filter((b, i) => b.chapter && (i === 0 || blocks[i - 1].chapterIndex !== b.chapterIndex))
        .map((b) => ({ index: b.chapterIndex, title: b.chapter! })),
    [blocks],
  );
  const showOutline = data ? wantsOutline(chapters.length, data.articles.length) : false;

  // A new version starts at its top, unless an article was asked for.
  useEffect(() => {
    if (!data) return;
    const container = scrollRef.current;
    if (!target) {
      container?.scrollTo({ top: 0 });
      return;
    }
    const el = document.getElementById(`article-${target.seq}`);
    if (!el || !container) return;
    const top = el.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop - 12;
    container.scrollTo({ top });
    setFlash(target.seq);
    const timer = window.setTimeout(() => setFlash(null), 2400);
    return () => window.clearTimeout(timer);
  }, [data, target]);

  const scrollToChapter = (index: number) => {
    const el = document.getElementById(`law-chapter-${index}`);
    const container = scrollRef.current;
    if (!el || !container) return;
    const top = el.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop - 4;
    container.scrollTo({ top, behavior: 'smooth' });
  };

  if (!versionId) {
    return (
      <div data-testid="law-version" style={{ padding: '64px 0' }}>
        <Empty
          description={t('从左侧选择一部法律法规，或搜索条文内容', 'Pick a law on the left, or search the articles')}
        />
      </div>
    );
  }
  if (query.error) {
    return (
      <div data-testid="law-version" data-version-id={versionId}>
        <ErrorAlert error={query.error} />
      </div>
    );
  }
  if (!data) {
    return (
      <div data-testid="law-version" data-version-id={versionId} style={{ padding: '64px 0', textAlign: 'center' }}>
        <Spin />
      </div>
    );
  }

  const { law, version } = data;
  const versions = listed ? [...listed.versions].sort((a, b) => b.versionDate.localeCompare(a.versionDate)) : [];

  return (
    <div
      ref={scrollRef}
      data-testid="law-version"
      data-version-id={version.id}
      style={{ maxHeight: 'calc(100vh - 190px)', minHeight: 320, overflow: 'auto', position: 'relative' }}
    >
      <div style={{ padding: '16px 20px 0' }}>
        <Typography.Title level={4} style={{ margin: 0, textAlign: 'center' }} data-testid="law-version-title">
          {law.title}
        </Typography.Title>
        <Flex gap={8} justify="center" align="center" wrap style={{ margin: '8px 0 12px' }}>
          <Tag color={LEVEL_COLORS[law.level]} bordered={false}>
            {label(LAW_LEVEL_LABELS[law.level], law.level)}
          </Tag>
          <Tag color={STATUS_COLORS[version.status]}>{label(LAW_STATUS_LABELS[version.status], version.status)}</Tag>
          {versions.length > 1 && (
            <Select
              size="small"
              value={version.id}
              onChange={onOpenVersion}
              data-testid="law-version-select"
              style={{ minWidth: 190 }}
              options={versions.map((v) => ({
                value: v.id,
                label: `${day(v.versionDate)} · ${label(LAW_STATUS_LABELS[v.status], v.status)}`,
              }))}
            />
          )}
          {canChange && <LawMetaButton data={data} />}
          {canChange && version.status !== 'repealed' && <LawChangeButton data={data} />}
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, xl: 4 }}
          items={[
            { key: 'versionDate', label: t('版本日期', 'Version date'), children: day(version.versionDate) },
            {
              key: 'adoptedDate',
              label: t('通过日期', 'Adopted'),
              children: day(version.adoptedDate) || <span className="xz-muted">—</span>,
            },
            {
              key: 'issuingBody',
              label: t('制定机关', 'Issued by'),
              children: law.issuingBody ?? <span className="xz-muted">—</span>,
            },
            {
              key: 'effectiveDate',
              label: t('施行日期', 'Effective'),
              children: day(version.effectiveDate) || <span className="xz-muted">—</span>,
            },
            ...(version.documentNumber
              ? [{ key: 'documentNumber', label: t('文号', 'Document number'), children: version.documentNumber }]
              : []),
            ...(version.repealedDate
              ? [{ key: 'repealedDate', label: t('废止日期', 'Repealed'), children: day(version.repealedDate) }]
              : []),
            { key: 'articles', label: t('条文数', 'Articles'), children: version.articleCount },
          ]}
        />
        {version.history.length > 0 && (
          <div
            data-testid="law-version-history"
            style={{
              background: '#f7f9fc',
              border: '1px solid #e6ebf2',
              borderRadius: 4,
              padding: '8px 12px',
              margin: '8px 0 0',
              fontSize: 13,
              color: 'rgba(0,0,0,0.65)',
              lineHeight: 1.7,
            }}
          >
            {version.history.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </div>
        )}
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 6 }}>
          {t('来源文件：', 'Source file: ')}
          {version.sourceName}
        </Typography.Text>
      </div>

      <Flex align="flex-start" gap={16} style={{ padding: '8px 20px 24px' }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          {data.articles.length === 0 && <Empty description={t('本版本没有条文', 'This version has no articles')} />}
          {blocks.map((block, i) => {
            const newChapter = i === 0 || blocks[i - 1].chapterIndex !== block.chapterIndex;
            return (
              <Fragment key={`${block.chapterIndex}:${block.section ?? ''}:${i}`}>
                {newChapter && block.chapter && (
                  <h3 id={`law-chapter-${block.chapterIndex}`} className="xz-law-chapter" data-testid="law-chapter">
                    {block.chapter}
                  </h3>
                )}
                {block.section && (i === 0 || newChapter || blocks[i - 1].section !== block.section) && (
                  <h4 className="xz-law-section" data-testid="law-section">
                    {block.section}
                  </h4>
                )}
                {block.articles.map((a) => (
                  <ArticleView key={a.seq} article={a} flashing={flash === a.seq} />
                ))}
              </Fragment>
            );
          })}
        </div>
        {showOutline && (
          <nav
            data-testid="law-outline"
            aria-label={t('章节目录', 'Chapters')}
            style={{ position: 'sticky', top: 8, width: 190, flex: 'none', borderLeft: '2px solid #e6ebf2' }}
          >
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, padding: '0 0 4px 12px' }}>
              {t('章节目录', 'Chapters')}
            </Typography.Text>
            {chapters.map((c) => (
              <a
                key={c.index}
                href={`#law-chapter-${c.index}`}
                className="xz-law-outline-link"
                onClick={(e) => {
                  e.preventDefault();
                  scrollToChapter(c.index);
                }}
              >
                {c.title}
              </a>
            ))}
          </nav>
        )}
      </Flex>
    </div>
  );
}

function ArticleView({ article, flashing }: { article: Article; flashing: boolean }) {
  const paragraphs = article.text.split('\n').filter((p) => p.trim() !== '');
  return (
    <div
      id={`article-${article.seq}`}
      data-testid="law-article"
      data-label={article.label}
      data-seq={article.seq}
      className={`xz-law-article${flashing ? ' xz-law-article-flash' : ''}`}
    >
      {paragraphs.map((p, i) => (
        <p key={i} className={i === 0 ? undefined : isItem(p) ? 'xz-law-item' : undefined}>
          {i === 0 && <strong style={{ marginInlineEnd: '1em' }}>{article.label}</strong>}
          {p}
        </p>
      ))}
      {paragraphs.length === 0 && (
        <p>
          <strong>{article.label}</strong>
        </p>
      )}
    </div>
  );
}

/** （一）… or 1. … : an item of a paragraph, indented like the printed text. */
const isItem = (line: string) =>
  /^\s*(（[一二三四五六七八九十百]+）|\([一二三四五六七八九十百]+\)|\d+[.、．])/.test(line);
