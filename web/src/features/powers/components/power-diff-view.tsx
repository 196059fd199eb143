// The field-by-field difference of one change (old vs new), text changes highlighted character by character.
import { Flex, Table, Tag, Typography } from 'antd';
import type { ArticleRef, ArticleRefView } from '../../../../../contracts/law';
import { ArticleRefTag } from '../../../components/citation-input';
import {
  POWER_CATEGORY_LABELS,
  POWER_FIELD_LABELS,
  POWER_LEVEL_LABELS,
  type FieldDiffView,
  type PowerCategory,
  type PowerChangeView,
  type PowerLevel,
  type PowerSubItem,
} from '../../../../../contracts/power';
import { useI18n } from '../../../lib/i18n';
import { diffText } from '../text-diff';
import type { AgencyDirectory } from './power-format';

const TEXT_FIELDS = new Set(['code', 'name', 'basisText', 'duty', 'accountability', 'remarks']);

function Runs({ before, after, side }: { before: string; after: string; side: 'before' | 'after' }) {
  const runs = diffText(before, after);
  return (
    <p className="xz-power-pre">
      {runs.map((r, i) =>
        r.kind === 'same' ? (
          <span key={i}>{r.text}</span>
        ) : r.kind === 'removed' && side === 'before' ? (
          <del key={i} className="xz-diff-removed">
            {r.text}
          </del>
        ) : r.kind === 'added' && side === 'after' ? (
          <ins key={i} className="xz-diff-added">
            {r.text}
          </ins>
        ) : null,
      )}
    </p>
  );
}

function useValueText(names: AgencyDirectory) {
  const { t, label } = useI18n();
  return (field: FieldDiffView['field'], value: unknown): string => {
    if (value === null || value === undefined) return '';
    switch (field) {
      case 'category':
        return label(POWER_CATEGORY_LABELS[value as PowerCategory], String(value));
      case 'level':
        return label(POWER_LEVEL_LABELS[value as PowerLevel], String(value));
      case 'subItems':
        return (value as PowerSubItem[]).map((s) => (s.code ? `${s.code} ${s.name}` : s.name)).join('\n');
      case 'basisRefs':
        return t(`关联 ${(value as unknown[]).length} 条条文`, `${(value as unknown[]).length} linked articles`);
      case 'delegatedFromAgencyId':
        return names.name(value as string);
      case 'delegatedToTownshipIds':
        return (value as string[]).map((id) => names.name(id)).join('、');
      default:
        return String(value);
    }
  };
}

const refKey = (r: ArticleRef) => `${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`;

export function ChangeDiff({
  kind,
  diff,
  names,
  articles,
}: {
  kind: PowerChangeView['kind'];
  diff: FieldDiffView[];
  names: AgencyDirectory;
  /** The cited articles with their text, to show linked articles as tags (text on hover). */
  articles: readonly ArticleRefView[];
}) {
  const { t, label } = useI18n();
  const text = useValueText(names);
  const byKey = new Map(articles.map((a) => [refKey(a), a]));
  const rows = diff.map((d) => ({ ...d, key: d.field }));
  const cell = (d: FieldDiffView, side: 'before' | 'after') => {
    const b = text(d.field, d.before);
    const a = text(d.field, d.after);
    const own = side === 'before' ? b : a;
    if (!own) return <Typography.Text type="secondary">—</Typography.Text>;
    if (d.field === 'basisRefs') {
      const refs = ((side === 'before' ? d.before : d.after) as ArticleRef[]) ?? [];
      const other = new Set((((side === 'before' ? d.after : d.before) as ArticleRef[] | null) ?? []).map(refKey));
      return (
        <Flex gap={4} wrap>
          {refs.map((r) => {
            const view = byKey.get(refKey(r));
            const changed = !other.has(refKey(r));
            return view ? (
              <span
                key={refKey(r)}
                className={changed ? (side === 'before' ? 'xz-ref-removed' : 'xz-ref-added') : undefined}
              >
                <ArticleRefTag view={view} />
              </span>
            ) : (
              <Tag key={refKey(r)}>{t('条文已不在法规库中', 'Article no longer in the library')}</Tag>
            );
          })}
        </Flex>
      );
    }
    if (TEXT_FIELDS.has(d.field) || d.field === 'subItems' || d.field === 'delegatedToTownshipIds') {
      return <Runs before={b} after={a} side={side} />;
    }
    return (
      <Tag color={side === 'before' ? 'red' : 'green'} style={{ marginInlineEnd: 0 }}>
        {own}
      </Tag>
    );
  };
  return (
    <Table
      size="small"
      className="xz-diff-table"
      pagination={false}
      dataSource={rows}
      data-testid="change-diff"
      rowKey="field"
      onRow={(d) => ({ 'data-field': d.field }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('字段', 'Field'),
          dataIndex: 'field',
          width: 110,
          render: (f: FieldDiffView['field']) => (
            <Typography.Text strong>{label(POWER_FIELD_LABELS[f], f)}</Typography.Text>
          ),
        },
        kind !== 'add'
          ? { title: t('原内容', 'Before'), key: 'before', render: (_: unknown, d: FieldDiffView) => cell(d, 'before') }
          : { title: '', key: 'before', width: 0, render: () => null },
        kind !== 'cancel'
          ? { title: t('变更后', 'After'), key: 'after', render: (_: unknown, d: FieldDiffView) => cell(d, 'after') }
          : { title: '', key: 'after', width: 0, render: () => null },
      ].filter((c) => c.title !== '')}
    />
  );
}
