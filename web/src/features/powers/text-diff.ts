// A character-level difference of two texts (Chinese has no word breaks): the longest common subsequence, as runs
// of kept, removed and added text for highlighting old vs new. Pure; long texts fall back to one replaced run.

export interface DiffRun {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

const LIMIT = 4_000_000; // cells of the LCS table (2,000 × 2,000 characters)

export function diffText(before: string, after: string): DiffRun[] {
  const a = [...before];
  const b = [...after];
  // Common prefix and suffix first: most edits touch a small part of a long text.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const runs: DiffRun[] = [];
  const push = (kind: DiffRun['kind'], text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last?.kind === kind) last.text += text;
    else runs.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > LIMIT) {
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    const n = midA.length;
    const m = midB.length;
    const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push('same', midA[i]);
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        push('removed', midA[i++]);
      } else {
        push('added', midB[j++]);
      }
    }
    push('removed', midA.slice(i).join(''));
    push('added', midB.slice(j).join(''));
  }
  push('same', a.slice(endA).join(''));
  return runs;
}

/** The old text (kept + removed runs) and the new text (kept + added runs) rebuilt from the runs. */
export function sidesOf(runs: readonly DiffRun[]): { before: string; after: string } {
  return {
    before: runs
      .filter((r) => r.kind !== 'added')
      .map((r) => r.text)
      .join(''),
    after: runs
      .filter((r) => r.kind !== 'removed')
      .map((r) => r.text)
      .join(''),
  };
}
