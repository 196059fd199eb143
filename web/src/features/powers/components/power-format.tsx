// Small pieces every powers page uses: category and state tags, the written basis with its linked articles (the
// article text on hover, the whole article on expand), and names of agencies by id.
import { useMemo, useState } from 'react';
import { Alert, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import WarningOutlined from '@ant-design/icons/WarningOutlined';
import type { ArticleRefView } from '../../../../../contracts/law';
import {
  FILING_STATE_LABELS,
  POWER_CATEGORY_LABELS,
  type FilingState,
  type PowerCategory,
  type PowerContentView,
} from '../../../../../contracts/power';
import { ArticleRefTag } from '../../../components/citation-input';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { usePublicPowersIndex } from '../api';

const CATEGORY_COLORS: Record<PowerCategory, string> = {
  penalty: 'red',
  licence: 'blue',
  coercion: 'volcano',
  inspection: 'cyan',
  levy: 'gold',
  benefit: 'green',
  confirmation: 'geekblue',
  reward: 'lime',
  adjudication: 'purple',
  other: 'default',
};

export function CategoryTag({ category }: { category: PowerCategory }) {
  const { label } = useI18n();
  return (
    <Tag color={CATEGORY_COLORS[category]} style={{ marginInlineEnd: 0 }}>
      {label(POWER_CATEGORY_LABELS[category], category)}
    </Tag>
  );
}

const STATE_COLORS: Record<FilingState, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
  withdrawn: 'default',
};

export function FilingStateTag({ state }: { state: FilingState }) {
  const { label } = useI18n();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="filing-state" data-state={state} style={{ marginInlineEnd: 0 }}>
      {label(FILING_STATE_LABELS[state], state)}
    </Tag>
  );
}

/** 依据未关联: the basis is stored as written, but (some of) its laws are not in the library. */
export function UnlinkedTag({ content }: { content: Pick<PowerContentView, 'basisLinked' | 'basisProblems'> }) {
  const { t, lang } = useI18n();
  if (content.basisLinked) return null;
  return (
    <Tooltip title={content.basisProblems.map((p) => (lang === 'en' ? p.en : p.zh)).join('；') || undefined}>
      <Tag color="warning" icon={<WarningOutlined />} data-testid="basis-unlinked" style={{ marginInlineEnd: 0 }}>
        {t('依据未关联', 'Basis not linked')}
      </Tag>
    </Tooltip>
  );
}

/** The written basis, the articles it is linked to (text on hover, whole text on expand), and what did not link. */
export function BasisView({ content, basis }: { content: PowerContentView; basis?: ArticleRefView[] }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div data-testid="power-basis">
      <Typography.Paragraph style={{ marginBottom: 6 }}>{content.basisText}</Typography.Paragraph>
      {basis && basis.length > 0 && (
        <Flex gap={4} wrap align="center" style={{ marginBottom: 6 }}>
          {basis.map((b) => (
            <ArticleRefTag key={`${b.versionId}:${b.articleSeq}:${b.detail ?? ''}`} view={b} />
          ))}
          <Button type="link" size="small" onClick={() => setOpen((o) => !o)} data-testid="basis-expand">
            {open ? t('收起条文', 'Hide articles') : t('展开条文全文', 'Show full articles')}
          </Button>
        </Flex>
      )}
      {open &&
        basis?.map((b) => (
          <div
            key={`${b.versionId}:${b.articleSeq}:${b.detail ?? ''}:text`}
            className="xz-power-article"
            data-testid="basis-article-text"
          >
            <Typography.Text strong>{b.citation}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {t(`${b.versionDate} 版`, `version of ${b.versionDate}`)}
            </Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{b.text}</div>
          </div>
        ))}
      {!content.basisLinked && (
        <Alert
          type="warning"
          showIcon
          data-testid="basis-problems"
          title={t('依据未关联：法律法规库中暂无对应条文，事项已按书面依据保存', 'Basis not linked: kept as written')}
          description={
            content.basisProblems.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {content.basisProblems.map((p) => (
                  <li key={p.zh}>{lang === 'en' ? p.en : p.zh}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </div>
  );
}

export interface AgencyDirectory {
  name: (id: string | null | undefined) => string;
  townships: Array<{ value: string; label: string }>;
  departments: Array<{ value: string; label: string }>;
}

/** Every active agency of the signed-in user's tenant (public information), for names and pickers. */
export function useAgencyDirectory(): AgencyDirectory {
  const me = useCurrentUser();
  const index = usePublicPowersIndex(me.tenant.code);
  return useMemo(() => {
    const list = index.data?.agencies ?? [];
    const byId = new Map(list.map((a) => [a.id, a.name]));
    return {
      name: (id) => (id ? (byId.get(id) ?? id) : ''),
      townships: list.filter((a) => a.kind === 'township_government').map((a) => ({ value: a.id, label: a.name })),
      departments: list
        .filter((a) => a.kind !== 'township_government' && a.kind !== 'squad')
        .map((a) => ({ value: a.id, label: a.name })),
    };
  }, [index.data]);
}

export const POWERS_CSS = `
.xz-power-article { background: #fafbfd; border: 1px solid #eef1f6; border-radius: 4px; padding: 8px 10px; margin-bottom: 6px; line-height: 1.8; }
.xz-diff-removed { background: #ffe7e6; color: #a8071a; text-decoration: line-through; }
.xz-diff-added { background: #e3f9e5; color: #135200; }
.xz-diff-table td { vertical-align: top; }
.xz-ref-added .ant-tag { outline: 2px solid #73d13d; }
.xz-ref-removed .ant-tag { outline: 2px solid #ff7875; text-decoration: line-through; }
.xz-power-pre { white-space: pre-wrap; margin: 0; }
`;
