// The agency tree with its search: matches stay visible with their ancestors, the match is highlighted.
import { useMemo, useState } from 'react';
import { Empty, Tag, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { AGENCY_KIND_LABELS, type AgencyView } from '../../../../../contracts/agency';
import { buildTree, type TreeOf } from '../../../lib/tree';
import { useI18n } from '../../../lib/i18n';
import { KIND_COLORS } from '../labels';

interface AgencyTreeProps {
  agencies: readonly AgencyView[];
  search: string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

const matches = (a: AgencyView, q: string) =>
  a.name.toLowerCase().includes(q) ||
  (a.shortName ?? '').toLowerCase().includes(q) ||
  (a.uscc ?? '').toLowerCase().includes(q);

function Highlight({ text, q }: { text: string; q: string }) {
  const at = q ? text.toLowerCase().indexOf(q) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark style={{ background: '#ffe58f', padding: 0 }}>{text.slice(at, at + q.length)}</mark>
      {text.slice(at + q.length)}
    </>
  );
}

export function AgencyTree({ agencies, search, selectedId, onSelect }: AgencyTreeProps) {
  const { t, label } = useI18n();
  const q = search.trim().toLowerCase();
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());

  const { treeData, parentIds } = useMemo(() => {
    // Searching keeps each match and the chain of parents that leads to it.
    let visible: readonly AgencyView[] = agencies;
    if (q) {
      const byId = new Map(agencies.map((a) => [a.id, a]));
      const keep = new Set<string>();
      for (const a of agencies) {
        if (!matches(a, q)) continue;
        for (
          let cur: AgencyView | undefined = a;
          cur && !keep.has(cur.id);
          cur = cur.parentId ? byId.get(cur.parentId) : undefined
        ) {
          keep.add(cur.id);
        }
      }
      visible = agencies.filter((a) => keep.has(a.id));
    }
    const roots = buildTree(visible, (a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh'));
    const parents: string[] = [];
    const toNode = (n: TreeOf<AgencyView>): DataNode => {
      if (n.children.length) parents.push(n.id);
      const abolished = n.status === 'abolished';
      return {
        key: n.id,
        title: (
          <span className="xz-agency-node" data-testid="agency-node" data-agency-id={n.id} data-agency-name={n.name}>
            <span
              data-testid="agency-node-name"
              style={abolished ? { color: 'rgba(0,0,0,0.4)', textDecoration: 'line-through' } : undefined}
            >
              <Highlight text={n.name} q={q} />
            </span>
            <Tag
              color={KIND_COLORS[n.kind]}
              bordered={false}
              style={{ marginInlineStart: 8, fontSize: 11, lineHeight: '18px' }}
            >
              {label(AGENCY_KIND_LABELS[n.kind], n.kind)}
            </Tag>
            {abolished && (
              <Tag color="red" bordered={false} style={{ fontSize: 11, lineHeight: '18px' }}>
                {t('已撤销', 'Abolished')}
              </Tag>
            )}
          </span>
        ),
        children: n.children.map(toNode),
      };
    };
    return { treeData: roots.map(toNode), parentIds: parents };
  }, [agencies, q, label, t]);

  if (!treeData.length) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={q ? t('没有匹配的执法主体', 'No matching agency') : t('暂无执法主体', 'No agencies yet')}
      />
    );
  }

  const expandedKeys = q ? parentIds : parentIds.filter((id) => !collapsed.has(id));

  return (
    <div data-testid="agency-tree">
      <Tree
        blockNode
        showLine={{ showLeafIcon: false }}
        treeData={treeData}
        expandedKeys={expandedKeys}
        onExpand={(_keys, info) => {
          if (q) return;
          const id = String(info.node.key);
          setCollapsed((prev) => {
            const next = new Set(prev);
            if (info.expanded) next.delete(id);
            else next.add(id);
            return next;
          });
        }}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => onSelect(keys.length ? String(keys[0]) : selectedId)}
      />
    </div>
  );
}
