// Builds a tree from a flat list with parentId, as the agency list arrives.

export type TreeOf<T> = T & { children: TreeOf<T>[] };

export function buildTree<T extends { id: string; parentId: string | null }>(
  items: readonly T[],
  compare: (a: T, b: T) => number = () => 0,
): TreeOf<T>[] {
  const nodes = new Map<string, TreeOf<T>>();
  for (const item of items) nodes.set(item.id, { ...item, children: [] });
  const roots: TreeOf<T>[] = [];
  for (const node of nodes.values()) {
    // A parent outside the list (another tenant, or not visible to this user) makes the node a root.
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: TreeOf<T>[]) => {
    list.sort(compare);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Ids of a node and everything below it (a node may not be moved under its own descendant). */
export function descendantIds<T extends { id: string; parentId: string | null }>(
  items: readonly T[],
  rootId: string,
): Set<string> {
  const ids = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      if (item.parentId && ids.has(item.parentId) && !ids.has(item.id)) {
        ids.add(item.id);
        grew = true;
      }
    }
  }
  return ids;
}
