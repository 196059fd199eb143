// Citing articles in a form: the user types the written form agencies use (《食品安全法》第一百二十四条第一款), the
// server resolves it to the article of the version in force, and the resolved articles show as tags whose
// tooltip is the article's full text. The value is ArticleRefView[]; submit `toArticleRefs(value)`.
import { useState } from 'react';
import { Button, Flex, Input, Space, Tag, Tooltip, Typography } from 'antd';
import type { ArticleRef, ArticleRefView } from '../../../contracts/law';
import { api, isApiError } from '../lib/api-client';
import { useI18n } from '../lib/i18n';
import { testId } from './test-id';

export interface CitationInputProps {
  value?: ArticleRefView[];
  onChange?: (value: ArticleRefView[]) => void;
  /** The date the cited versions must be in force on (Asia/Shanghai); today when absent. */
  on?: string;
  disabled?: boolean;
  /** Prefix for test ids: `${name}-citation-text`, `${name}-citation-add`, `${name}-citation-tag`. */
  name?: string;
}

export const toArticleRefs = (views: readonly ArticleRefView[] | undefined): ArticleRef[] =>
  (views ?? []).map((v) => ({
    versionId: v.versionId,
    articleSeq: v.articleSeq,
    ...(v.detail ? { detail: v.detail } : {}),
  }));

export const resolveCitation = (text: string, on?: string) =>
  api.get<{ items: ArticleRefView[] }>('/api/laws/citations/resolve', { text, on }).then((r) => r.items);

/** The article's full text as the tooltip of a citation tag. */
export function ArticleRefTag({ view, onClose }: { view: ArticleRefView; onClose?: () => void }) {
  return (
    <Tooltip
      title={
        <div style={{ maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap' }}>
          <strong>{view.citation}</strong>
          <div style={{ opacity: 0.75 }}>{view.versionDate}</div>
          {view.text}
        </div>
      }
    >
      <Tag
        color={view.status === 'in_force' ? 'blue' : 'orange'}
        closable={!!onClose}
        onClose={onClose}
        {...testId('citation-tag')}
        data-citation={view.citation}
      >
        {view.citation}
      </Tag>
    </Tooltip>
  );
}

export function CitationInput({ value = [], onChange, on, disabled, name = 'basis' }: CitationInputProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    const written = text.trim();
    if (!written) return;
    setBusy(true);
    setError(null);
    try {
      const found = await resolveCitation(written, on);
      const key = (v: ArticleRefView) => `${v.versionId}:${v.articleSeq}:${v.detail ?? ''}`;
      const known = new Set(value.map(key));
      onChange?.([...value, ...found.filter((f) => !known.has(key(f)))]);
      setText('');
    } catch (e) {
      setError(isApiError(e) ? (Object.values(e.fields)[0] ?? e.message) : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Flex wrap gap={4}>
        {value.map((v, i) => (
          <ArticleRefTag
            key={`${v.versionId}:${v.articleSeq}:${v.detail ?? ''}`}
            view={v}
            onClose={disabled ? undefined : () => onChange?.(value.filter((_, j) => j !== i))}
          />
        ))}
        {value.length === 0 && (
          <Typography.Text type="secondary">{t('尚未引用条文', 'No article cited yet')}</Typography.Text>
        )}
      </Flex>
      {!disabled && (
        <Space.Compact style={{ width: '100%' }}>
          <Input
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={(e) => {
              e.preventDefault();
              void add();
            }}
            placeholder={t('如：《中华人民共和国食品安全法》第一百二十四条第一款', 'e.g. 《食品安全法》第一百二十四条')}
            status={error ? 'error' : undefined}
            {...testId(`${name}-citation-text`)}
          />
          <Button loading={busy} onClick={() => void add()} {...testId(`${name}-citation-add`)}>
            {t('解析并添加', 'Resolve and add')}
          </Button>
        </Space.Compact>
      )}
      {error && (
        <Typography.Text type="danger" {...testId(`${name}-citation-error`)}>
          {error}
        </Typography.Text>
      )}
    </Space>
  );
}
