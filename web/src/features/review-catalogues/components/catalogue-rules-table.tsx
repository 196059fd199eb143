// The rules of one catalogue version: the item as listed, how it is recognised, its basis; edit and remove on
// the draft.
import { Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReviewRuleView } from '../../../../../contracts/review-catalogue';
import { ArticleRefTag } from '../../../components/citation-input';
import { useI18n } from '../../../lib/i18n';

interface Props {
  rules: readonly ReviewRuleView[];
  editable?: boolean;
  onEdit?: (rule: ReviewRuleView) => void;
  onRemove?: (rule: ReviewRuleView) => void;
  testId?: string;
}

export function CatalogueRulesTable({ rules, editable, onEdit, onRemove, testId = 'catalogue-rules' }: Props) {
  const { t, label } = useI18n();
  const columns: ColumnsType<ReviewRuleView> = [
    { title: t('序号', 'No.'), key: 'no', width: 56, render: (_, __, i) => i + 1 },
    {
      title: t('情形', 'Item'),
      dataIndex: 'title',
      render: (title: string, r) => (
        <Flex vertical gap={2}>
          <span>
            {title}
            {r.demo && (
              <Tag color="gold" style={{ marginInlineStart: 8 }}>
                {t('演示数据', 'Demo')}
              </Tag>
            )}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('认定条件：', 'Condition: ')}
            {label(r.summary)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('依据', 'Basis'),
      key: 'basis',
      width: 340,
      render: (_, r) =>
        r.basis.length ? (
          <Flex wrap gap={4}>
            {r.basis.map((b) => (
              <ArticleRefTag key={`${b.versionId}:${b.articleSeq}:${b.detail ?? ''}`} view={b} />
            ))}
          </Flex>
        ) : r.basisText ? (
          <Typography.Text style={{ fontSize: 13 }}>{r.basisText}</Typography.Text>
        ) : (
          <span className="xz-muted">—</span>
        ),
    },
  ];
  if (editable) {
    columns.push({
      title: t('操作', 'Actions'),
      key: 'actions',
      width: 130,
      render: (_, r) => (
        <Flex gap={0}>
          <Button type="link" size="small" onClick={() => onEdit?.(r)} data-testid="catalogue-rule-edit">
            {t('编辑', 'Edit')}
          </Button>
          <Popconfirm
            title={t('从草稿中删除这条规则？', 'Remove this rule from the draft?')}
            okText={t('删除', 'Remove')}
            cancelText={t('取消', 'Cancel')}
            onConfirm={() => onRemove?.(r)}
          >
            <Button type="link" size="small" danger data-testid="catalogue-rule-remove">
              {t('删除', 'Remove')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    });
  }
  return (
    <Table<ReviewRuleView>
      rowKey="ruleId"
      size="middle"
      columns={columns}
      dataSource={[...rules]}
      pagination={false}
      data-testid={testId}
      onRow={(r) => ({ 'data-rule-id': r.ruleId, 'data-title': r.title }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('没有规则', 'No rules') }}
    />
  );
}
