// Picks an agency from the tenant's tree. Features pass the list they fetched; this only draws it.
import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { buildTree, type TreeOf } from '../lib/tree';
import { useI18n } from '../lib/i18n';

export interface AgencyOption {
  id: string;
  parentId: string | null;
  name: string;
  status?: string;
  sortOrder?: number;
}

interface AgencyTreeSelectProps {
  agencies: readonly AgencyOption[];
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Options that may not be chosen (e.g. a node's own subtree when choosing its parent). */
  isDisabled?: (agency: AgencyOption) => boolean;
  placeholder?: string;
  allowClear?: boolean;
  loading?: boolean;
  disabled?: boolean;
  id?: string;
  style?: React.CSSProperties;
}

interface TreeSelectNode {
  value: string;
  title: string;
  disabled?: boolean;
  children: TreeSelectNode[];
}

export function AgencyTreeSelect({
  agencies,
  value,
  onChange,
  isDisabled,
  placeholder,
  allowClear = true,
  loading,
  disabled,
  id,
  style,
}: AgencyTreeSelectProps) {
  const { t } = useI18n();
  const treeData = useMemo(() => {
    const toNode = (n: TreeOf<AgencyOption>): TreeSelectNode => ({
      value: n.id,
      title: n.status === 'abolished' ? `${n.name}（${t('已撤销', 'abolished')}）` : n.name,
      disabled: isDisabled?.(n) ?? false,
      children: n.children.map(toNode),
    });
    return buildTree(
      agencies,
      (a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.name.localeCompare(b.name, 'zh'),
    ).map(toNode);
  }, [agencies, isDisabled, t]);

  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.((v as string | undefined) ?? null)}
      treeData={treeData}
      placeholder={placeholder ?? t('请选择单位', 'Choose an agency')}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      loading={loading}
      disabled={disabled}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
