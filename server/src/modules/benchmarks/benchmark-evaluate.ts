// The discretion benchmark's rules as pure functions: validating a benchmark's content, finding the level the facts
// fall in, the allowed range of each penalty, checking a proposed penalty, and the diff between two versions.
//
// How a level is found (evaluateBenchmark):
// - Levels are ordered from mild to severe. The level is the most severe one whose structured conditions hold
//   (a level's conditions say when it applies "from here up"; several may hold, the most severe wins and every one
//   that held is reported). Levels are strictly ordered, so two levels never tie.
// - A boundary value belongs to the level whose condition includes it: ≥ is 以上, ≤ is 以下 (both include the
//   number), > is 超过, < is 不满/不足 (both exclude it), as 民法典 第一千二百五十九条 reads these words.
// - A fact that is not established never satisfies a condition, in either direction: "非初次违法" does not hold when
//   nobody has found whether it is a first violation. Unknown facts never make a case harsher.
// - When no level's conditions hold, the mildest level applies (basis 'no_match'): the party is not put into a
//   harsher band than the benchmark supports (有利于当事人), and the officer is told so. A mildest level without
//   structured conditions is the default level (basis 'default'). A level above the mildest without structured
//   conditions is never reached from facts: it can only be found by the officer reading its written conditions.
// - Art. 32 circumstances (应当从轻或者减轻) do not change the level: they are reported, and they justify a fine
//   below the level's minimum (减轻) in checkProposal.
//
// What validation requires (validateBenchmarkContent), so that the properties hold by construction:
// - Above the mildest level every structured condition must be harsher-closed: a lower bound on an amount, count,
//   harm or duration (≥, >), an aggravating circumstance present, or a mitigating one absent. Then a harsher fact
//   (more money, more repeats, more harm, longer, an aggravating circumstance, a mitigating one gone) can only keep
//   or raise the level: the most severe level that held still holds. Upper bounds are not needed there — the next
//   level's lower bound makes them — and would let a harsher fact fall into a milder level.
// - Every range is in order (minimum ≤ maximum). Where two levels have the same kind of penalty, the harsher
//   level's minimum and maximum are each at least the milder level's, for every base amount: ranges may overlap
//   or touch (一般 5万–10万, 较重 10万–15万) but a harsher level never lies below a milder one. Two multiple-based
//   fines must share their base (违法所得 vs 货值金额 cannot be compared); a fixed range is compared with a multiple
//   as a constant function of the base. Periods of the same kind must use the same unit.
//
// Money is integer fen. A multiple-based range is base × multiple rounded to the nearest fen (halves up) at each
// end; rounding is monotone, so a range never inverts and the deviation from the exact product is under half a fen.
import {
  ART32_FACTS,
  describeCondition,
  describeFine,
  describeGroup,
  describePenalty,
  factValueText,
  FACTS,
  formatYuan,
  isGroup,
  MAX_FEN,
  PENALTY_KIND_LABELS,
  PERIOD_KINDS,
  yuanText,
  type BenchmarkContent,
  type BenchmarkDiff,
  type BenchmarkDraft,
  type Condition,
  type ConditionGroup,
  type DiffItem,
  type Evaluation,
  type ExemptionKind,
  type FactKey,
  type Facts,
  type Fine,
  type Finding,
  type Level,
  type LevelDef,
  type Penalty,
  type PenaltyRange,
  type Proposal,
  type Text,
} from '../../../../contracts/benchmark';

export type FieldProblems = Record<string, Text>;

const t = (zh: string, en: string): Text => ({ zh, en });

// ---------------------------------------------------------------------------------------------------------------
// Conditions.

function factValue(facts: Facts, fact: FactKey): number | boolean | undefined {
  return (facts as Record<string, number | boolean | undefined>)[fact];
}

export function conditionHolds(c: Condition, facts: Facts): boolean {
  const v = factValue(facts, c.fact);
  if (v === undefined || v === null) return false;
  switch (c.op) {
    case 'eq':
      return v === c.value;
    case 'ne':
      return v !== c.value;
    case 'gte':
      return (v as number) >= (c.value as number);
    case 'gt':
      return (v as number) > (c.value as number);
    case 'lte':
      return (v as number) <= (c.value as number);
    case 'lt':
      return (v as number) < (c.value as number);
  }
}

export function groupHolds(g: ConditionGroup, facts: Facts): boolean {
  const test = (i: Condition | ConditionGroup) => (isGroup(i) ? groupHolds(i, facts) : conditionHolds(i, facts));
  return g.combine === 'all' ? g.items.every(test) : g.items.some(test);
}

/** The leaf conditions that made a group hold, with the facts' values: the reasons a reader sees. */
function satisfiedLeaves(g: ConditionGroup, facts: Facts): Condition[] {
  const out: Condition[] = [];
  for (const item of g.items) {
    if (isGroup(item)) {
      if (groupHolds(item, facts)) out.push(...satisfiedLeaves(item, facts));
    } else if (conditionHolds(item, facts)) out.push(item);
  }
  return out;
}

function reasonOf(c: Condition, facts: Facts): Text {
  const d = describeCondition(c);
  const def = FACTS[c.fact];
  if (def.kind === 'boolean') return d;
  const v = factValueText(c.fact, factValue(facts, c.fact) as number);
  return { zh: `${d.zh}（认定${def.label.zh}：${v.zh}）`, en: `${d.en} (found: ${v.en})` };
}

/** Is the condition harsher-closed: does it stay true when the fact gets harsher? */
export function isHarsherClosed(c: Condition): boolean {
  const def = FACTS[c.fact];
  if (def.kind !== 'boolean') return c.op === 'gte' || c.op === 'gt';
  const requiresTrue = (c.op === 'eq') === (c.value === true);
  return def.harsher === 'true' ? requiresTrue : !requiresTrue;
}

function leaves(g: ConditionGroup): Condition[] {
  return g.items.flatMap((i) => (isGroup(i) ? leaves(i) : [i]));
}
function depth(g: ConditionGroup): number {
  return 1 + Math.max(0, ...g.items.map((i) => (isGroup(i) ? depth(i) : 0)));
}

// ---------------------------------------------------------------------------------------------------------------
// Fines and periods.

/** base × times, rounded to the nearest fen (halves up), exactly: times has at most four decimals. */
export function multiplyFen(base: number, times: number): number {
  const bp = BigInt(Math.round(times * 10_000));
  return Number((BigInt(base) * bp + 5_000n) / 10_000n);
}

/** The fine range for an established base, in fen; null when the base fact is not established. */
export function fineRange(f: Fine, facts: Facts): { minFen: number; maxFen: number; explanation: Text } | null {
  if (f.mode === 'fixed') {
    return { minFen: f.minFen, maxFen: f.maxFen, explanation: describeFine(f) };
  }
  const base = factValue(facts, f.base) as number | undefined;
  if (base === undefined || base === null) return null;
  const label = FACTS[f.base].label;
  if (f.below && base < f.below.thresholdFen) {
    return {
      minFen: f.below.minFen,
      maxFen: f.below.maxFen,
      explanation: {
        zh: `${label.zh}${formatYuan(base)}元，不足${formatYuan(f.below.thresholdFen)}元：罚款${formatYuan(f.below.minFen)}元以上${formatYuan(f.below.maxFen)}元以下`,
        en: `${label.en} ¥${formatYuan(base)}, under ¥${formatYuan(f.below.thresholdFen)}: a fine of ¥${formatYuan(f.below.minFen)} to ¥${formatYuan(f.below.maxFen)}`,
      },
    };
  }
  const minFen = multiplyFen(base, f.minTimes);
  const maxFen = multiplyFen(base, f.maxTimes);
  const times = `${Number(f.minTimes.toFixed(4))}`;
  const timesMax = `${Number(f.maxTimes.toFixed(4))}`;
  return {
    minFen,
    maxFen,
    explanation: {
      zh: `${label.zh}${formatYuan(base)}元的${times}倍以上${timesMax}倍以下：${formatYuan(minFen)}元至${formatYuan(maxFen)}元`,
      en: `${times}–${timesMax} times the ${label.en.toLowerCase()} of ¥${formatYuan(base)}: ¥${formatYuan(minFen)} to ¥${formatYuan(maxFen)}`,
    },
  };
}

/** A fine's bounds in fen × 10⁴ at a base amount, exactly (for comparing two levels' fines). */
function exactBounds(f: Fine, base: bigint): [bigint, bigint] {
  if (f.mode === 'fixed') return [BigInt(f.minFen) * 10_000n, BigInt(f.maxFen) * 10_000n];
  if (f.below && base < BigInt(f.below.thresholdFen))
    return [BigInt(f.below.minFen) * 10_000n, BigInt(f.below.maxFen) * 10_000n];
  return [base * BigInt(Math.round(f.minTimes * 10_000)), base * BigInt(Math.round(f.maxTimes * 10_000))];
}

/**
 * Is the harsher fine at least the milder one at every base amount, at both ends? Both are piecewise linear in
 * the base with breaks only at the `below` thresholds, so comparing at the ends of every piece (and at the largest
 * amount a fact may hold) decides it exactly.
 */
export function fineNotBelow(harsher: Fine, milder: Fine): boolean {
  const thresholds = [harsher, milder].flatMap((f) => (f.mode === 'multiple' && f.below ? [f.below.thresholdFen] : []));
  const points = new Set<bigint>([0n, BigInt(MAX_FEN)]);
  for (const th of thresholds) {
    points.add(BigInt(th));
    points.add(BigInt(th - 1));
  }
  for (const p of points) {
    const [hMin, hMax] = exactBounds(harsher, p);
    const [mMin, mMax] = exactBounds(milder, p);
    if (hMin < mMin || hMax < mMax) return false;
  }
  return true;
}

function fineBase(f: Fine): string | null {
  return f.mode === 'multiple' ? f.base : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation.

const MAX_DEPTH = 4;
const MAX_LEAVES = 40;

function timesValid(x: number): boolean {
  return Math.abs(x * 10_000 - Math.round(x * 10_000)) < 1e-6;
}

/** Problems with a condition group, keyed by path below `at`. */
export function validateConditions(g: ConditionGroup, at: string): FieldProblems {
  const problems: FieldProblems = {};
  if (depth(g) > MAX_DEPTH)
    problems[at] = t(`条件嵌套不能超过 ${MAX_DEPTH} 层`, `Conditions nest at most ${MAX_DEPTH} deep`);
  if (leaves(g).length > MAX_LEAVES)
    problems[at] = t(`条件不能超过 ${MAX_LEAVES} 个`, `At most ${MAX_LEAVES} conditions`);
  const walk = (grp: ConditionGroup, path: string) => {
    grp.items.forEach((item, i) => {
      const p = `${path}.items.${i}`;
      if (isGroup(item)) return walk(item, p);
      const def = FACTS[item.fact];
      if (def.kind === 'boolean') {
        if (typeof item.value !== 'boolean' || (item.op !== 'eq' && item.op !== 'ne'))
          problems[p] = t(`${def.label.zh}只能判断“是”或“否”`, `${def.label.en} is a yes/no fact`);
        return;
      }
      if (typeof item.value !== 'number' || !Number.isInteger(item.value) || item.value < 0) {
        problems[p] = t(`${def.label.zh}的值应为非负整数`, `${def.label.en} takes a whole number ≥ 0`);
      } else if (def.kind === 'ordinal' && item.value > 4) {
        problems[p] = t('危害后果为 0（无）至 4（严重）', 'Harm is 0 (none) to 4 (very serious)');
      } else if (def.kind === 'money' && item.value > MAX_FEN) {
        problems[p] = t('金额过大', 'Amount too large');
      }
    });
  };
  walk(g, at);
  return problems;
}

function validatePenalty(p: Penalty, at: string, problems: FieldProblems): void {
  const kind = PENALTY_KIND_LABELS[p.kind];
  if (p.kind === 'fine') {
    if (!p.fine) {
      problems[`${at}.fine`] = t('罚款须写明金额幅度或倍数', 'A fine needs its range or multiples');
      return;
    }
    const f = p.fine;
    if (f.mode === 'fixed') {
      if (f.minFen > f.maxFen)
        problems[`${at}.fine.maxFen`] = t('罚款上限不能低于下限', 'The maximum fine is below the minimum');
    } else {
      if (!timesValid(f.minTimes)) problems[`${at}.fine.minTimes`] = t('倍数最多四位小数', 'At most four decimals');
      if (!timesValid(f.maxTimes)) problems[`${at}.fine.maxTimes`] = t('倍数最多四位小数', 'At most four decimals');
      if (f.minTimes > f.maxTimes)
        problems[`${at}.fine.maxTimes`] = t('最高倍数不能低于最低倍数', 'The maximum multiple is below the minimum');
      if (f.maxTimes === 0) problems[`${at}.fine.maxTimes`] = t('最高倍数须大于零', 'The maximum multiple must be > 0');
      if (f.below && f.below.minFen > f.below.maxFen)
        problems[`${at}.fine.below.maxFen`] = t('罚款上限不能低于下限', 'The maximum fine is below the minimum');
    }
  } else if (p.fine) {
    problems[`${at}.fine`] = t(`${kind.zh}不是罚款，不能写罚款金额`, `${kind.en} is not a fine`);
  }
  if (p.period) {
    if (!PERIOD_KINDS.includes(p.kind)) problems[`${at}.period`] = t(`${kind.zh}没有期限`, `${kind.en} has no period`);
    else if (p.period.min > p.period.max)
      problems[`${at}.period.max`] = t('期限上限不能低于下限', 'The longest period is below the shortest');
    else if (p.kind === 'detention' && (p.period.unit !== 'day' || p.period.max > 20))
      problems[`${at}.period.max`] = t(
        '行政拘留以日计，合并执行最长不超过二十日',
        'Detention is counted in days, at most 20 in total',
      );
  }
  if (p.kind === 'other' && !p.note)
    problems[`${at}.note`] = t('其他行政处罚须写明种类（法律、行政法规规定）', 'Name the other penalty');
}

/**
 * The problems of a benchmark's content, keyed by field path (levels.2.penalties.0.fine.maxFen); empty when it is
 * well-formed. `levelSet` is the tenant's level set: levels must come from it, in its order.
 */
export function validateBenchmarkContent(
  content: Pick<BenchmarkContent, 'levels'>,
  levelSet: readonly LevelDef[],
): FieldProblems {
  const problems: FieldProblems = {};
  const order = new Map(levelSet.map((l, i) => [l.key, i]));
  let last = -1;
  const seen = new Set<string>();
  content.levels.forEach((level, i) => {
    const at = `levels.${i}`;
    const pos = order.get(level.key);
    if (pos === undefined) {
      problems[`${at}.key`] = t(
        `档次须为本地区设定的档次之一：${levelSet.map((l) => l.name.zh).join('、')}`,
        `The level must be one of: ${levelSet.map((l) => l.name.en).join(', ')}`,
      );
    } else if (seen.has(level.key)) {
      problems[`${at}.key`] = t('档次重复', 'Level listed twice');
    } else if (pos < last) {
      problems[`${at}.key`] = t('档次须由轻到重排列', 'Levels go from mild to severe');
    } else last = pos;
    seen.add(level.key);
    const name = level.name?.zh ?? levelSet[pos ?? -1]?.name.zh ?? level.key;
    if (level.conditions) {
      Object.assign(problems, validateConditions(level.conditions, `${at}.conditions`));
      if (i > 0) {
        const bad = leaves(level.conditions).find((c) => !isHarsherClosed(c));
        if (bad && !problems[`${at}.conditions`]) {
          const d = describeCondition(bad);
          problems[`${at}.conditions`] = t(
            `「${name}」档的条件“${d.zh}”会让更重的事实落入更轻的档次：除最轻档外，条件只写下限（≥、>）、从重情节具备或从轻情节不具备；上限由更重一档的下限形成`,
            `"${d.en}" in level ${level.name?.en ?? level.key} would let harsher facts fall into a milder level: above the mildest level, write lower bounds (≥, >), aggravating circumstances present or mitigating ones absent`,
          );
        }
      }
    }
    const kinds = new Set<string>();
    level.penalties.forEach((p, j) => {
      const pat = `${at}.penalties.${j}`;
      if (kinds.has(p.kind))
        problems[`${pat}.kind`] = t('同一档次中处罚种类重复', 'The same penalty kind twice in one level');
      kinds.add(p.kind);
      validatePenalty(p, pat, problems);
    });
  });
  if (Object.keys(problems).length) return problems;

  // Across levels: a harsher level's range never lies below a milder one's.
  for (let j = 1; j < content.levels.length; j++) {
    for (let i = 0; i < j; i++) {
      const harsher = content.levels[j];
      const milder = content.levels[i];
      harsher.penalties.forEach((hp, k) => {
        const mp = milder.penalties.find((p) => p.kind === hp.kind);
        if (!mp) return;
        const at = `levels.${j}.penalties.${k}`;
        const hn = harsher.name?.zh ?? harsher.key;
        const mn = milder.name?.zh ?? milder.key;
        const hen = harsher.name?.en ?? harsher.key;
        const men = milder.name?.en ?? milder.key;
        if (hp.fine && mp.fine && !problems[`${at}.fine`]) {
          const hb = fineBase(hp.fine);
          const mb = fineBase(mp.fine);
          if (hb && mb && hb !== mb) {
            problems[`${at}.fine`] = t(
              `「${hn}」档与「${mn}」档的罚款倍数基数不同，无法比较轻重：请以同一金额计算`,
              `Levels ${hen} and ${men} multiply different bases; use the same one`,
            );
          } else if (!fineNotBelow(hp.fine, mp.fine)) {
            problems[`${at}.fine`] = t(
              `「${hn}」档的罚款幅度低于较轻的「${mn}」档（${describeFine(mp.fine).zh}）：较重档次的下限和上限都不能低于较轻档次`,
              `Level ${hen}'s fine lies below the milder level ${men} (${describeFine(mp.fine).en}): a harsher level's minimum and maximum must each be at least the milder one's`,
            );
          }
        }
        if (hp.period && mp.period && !problems[`${at}.period`]) {
          if (hp.period.unit !== mp.period.unit) {
            problems[`${at}.period.unit`] = t(
              '各档次同一处罚的期限单位须一致',
              'Use one unit for a period across levels',
            );
          } else if (hp.period.min < mp.period.min || hp.period.max < mp.period.max) {
            problems[`${at}.period`] = t(
              `「${hn}」档的期限短于较轻的「${mn}」档`,
              `Level ${hen}'s period is shorter than the milder level ${men}'s`,
            );
          }
        }
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation.

export interface ExemptionLike {
  id: string;
  kind: ExemptionKind;
  violation: string;
  conditionsText: string;
  conditions: ConditionGroup | null;
  basisText: string;
}

function finding(code: string, severity: Finding['severity'], text: Text, rule: string | null = null): Finding {
  return { code, severity, text, rule };
}

/** The index of the level the facts fall in, and how it was found. */
export function levelOf(
  levels: readonly Level[],
  facts: Facts,
): { index: number; basis: 'conditions' | 'default' | 'no_match'; held: number[] } {
  const held = levels.flatMap((l, i) => (l.conditions && groupHolds(l.conditions, facts) ? [i] : []));
  if (held.length) return { index: held[held.length - 1], basis: 'conditions', held };
  return { index: 0, basis: levels[0]?.conditions ? 'no_match' : 'default', held };
}

function penaltyRanges(level: Level, facts: Facts): PenaltyRange[] {
  return level.penalties.map((p) => {
    const range = p.fine ? fineRange(p.fine, facts) : null;
    const base = p.fine?.mode === 'multiple' ? FACTS[p.fine.base].label : null;
    return {
      kind: p.kind,
      label: PENALTY_KIND_LABELS[p.kind],
      optional: !!p.optional,
      note: p.note ?? null,
      fine: range,
      finePending:
        p.fine && !range && base
          ? {
              zh: `须先认定${base.zh}，才能算出罚款幅度`,
              en: `Establish the ${base.en.toLowerCase()} to compute the fine`,
            }
          : null,
      period: p.period ?? null,
    };
  });
}

export function evaluateBenchmark(
  content: BenchmarkContent,
  facts: Facts,
  opts: { exemptions?: readonly ExemptionLike[]; levelKey?: string; proposed?: Proposal } = {},
): Evaluation {
  const levels = content.levels;
  const found = levelOf(levels, facts);
  let index = found.index;
  let basis: Evaluation['basis'] = found.basis;
  const notices: Finding[] = [];
  const reasons: Text[] = [];

  if (opts.levelKey !== undefined) {
    const chosen = levels.findIndex((l) => l.key === opts.levelKey);
    if (chosen >= 0) {
      if (found.basis === 'conditions' && chosen !== found.index) {
        notices.push(
          finding(
            'officer_level_differs',
            'warning',
            {
              zh: `执法人员认定为「${levels[chosen].name.zh}」档，结构化条件对应「${levels[found.index].name.zh}」档：请在裁量说明中写明理由`,
              en: `The officer chose level ${levels[chosen].name.en}; the structured conditions point to ${levels[found.index].name.en}: state the reasons`,
            },
            'XZCF-34',
          ),
        );
      }
      index = chosen;
      basis = 'officer';
      reasons.push({
        zh: `执法人员依「${levels[chosen].name.zh}」档的适用情形认定：${levels[chosen].conditionsText || '（未写明）'}`,
        en: `Found by the officer from the written conditions of level ${levels[chosen].name.en}`,
      });
    }
  }
  const level = levels[index];

  if (basis === 'conditions' && level.conditions) {
    for (const c of satisfiedLeaves(level.conditions, facts)) reasons.push(reasonOf(c, facts));
    for (const i of found.held) {
      if (i !== index)
        reasons.push({
          zh: `同时符合较轻的「${levels[i].name.zh}」档条件，按较重的「${level.name.zh}」档`,
          en: `Also meets the milder level ${levels[i].name.en}; the more severe level ${level.name.en} applies`,
        });
    }
  } else if (basis === 'default') {
    reasons.push({
      zh: `不符合更重档次的条件，适用「${level.name.zh}」档`,
      en: `Meets no more severe level's conditions: level ${level.name.en} applies`,
    });
  } else if (basis === 'no_match') {
    reasons.push({
      zh: `事实不符合任何档次的结构化条件，按有利于当事人的原则适用最轻的「${level.name.zh}」档`,
      en: `The facts meet no level's structured conditions; the mildest level ${level.name.en} applies, in the party's favour`,
    });
    notices.push(
      finding(
        'no_level_matched',
        'warning',
        {
          zh: '裁量基准未能根据已认定的事实确定档次：请核对事实是否完整，并在处罚决定中说明裁量理由',
          en: 'The benchmark could not place the facts in a level: check the facts and state the reasons for the discretion',
        },
        'XZCF-34',
      ),
    );
  }
  const unstructured = levels.filter((l, i) => i > index && !l.conditions);
  if (unstructured.length && basis !== 'officer') {
    notices.push(
      finding('unstructured_levels', 'info', {
        zh: `「${unstructured.map((l) => l.name.zh).join('」「')}」档只有文字条件，须由执法人员对照认定`,
        en: `Levels ${unstructured.map((l) => l.name.en).join(', ')} have written conditions only: the officer must check them`,
      }),
    );
  }

  const next = levels.slice(index + 1).find((l) => l.conditions);
  const mitigating: Finding[] = ART32_FACTS.filter((f) => factValue(facts, f) === true).map((f) =>
    finding(
      `art32_${f}`,
      'info',
      {
        zh: `${FACTS[f].label.zh}：应当从轻或者减轻行政处罚（行政处罚法${FACTS[f].article!.zh}）`,
        en: `${FACTS[f].label.en}: the penalty shall be lighter or mitigated (${FACTS[f].article!.en} of the Administrative Penalty Law)`,
      },
      'XZCF-32',
    ),
  );
  const aggravating: Finding[] = (Object.keys(FACTS) as FactKey[])
    .filter((f) => FACTS[f].kind === 'boolean' && FACTS[f].harsher === 'true' && factValue(facts, f) === true)
    .map((f) =>
      finding(
        `aggravating_${f}`,
        'info',
        {
          zh:
            f === 'emergencyPeriod'
              ? '突发事件期间违反应对措施：依法快速、从重处罚（行政处罚法第四十九条）'
              : `从重情节：${FACTS[f].label.zh}`,
          en:
            f === 'emergencyPeriod'
              ? 'During an emergency: to be penalised quickly and more heavily (Art. 49)'
              : `Aggravating: ${FACTS[f].label.en}`,
        },
        f === 'emergencyPeriod' ? 'XZCF-49' : null,
      ),
    );
  if (facts.noFault === true) {
    notices.push(
      finding(
        'no_fault',
        'warning',
        {
          zh: '当事人有证据足以证明没有主观过错的，不予行政处罚；法律、行政法规另有规定的，从其规定（行政处罚法第三十三条第二款）',
          en: 'A party who proves it was free of fault is not penalised unless a law or administrative regulation says otherwise (Art. 33(2))',
        },
        'XZCF-33',
      ),
    );
  }
  const exemptions = (opts.exemptions ?? [])
    .filter((e) => e.conditions && groupHolds(e.conditions, facts))
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      violation: e.violation,
      text:
        e.kind === 'no_penalty'
          ? {
              zh: `符合不予处罚清单：${e.conditionsText}（${e.basisText}）。应当不予行政处罚，并对当事人进行教育（行政处罚法第三十三条）`,
              en: `Meets the no-penalty list: no penalty; the party is educated instead (Art. 33)`,
            }
          : {
              zh: `符合首违不罚清单：${e.conditionsText}（${e.basisText}）。初次违法且危害后果轻微并及时改正的，可以不予行政处罚（行政处罚法第三十三条第一款）`,
              en: `Meets the first-violation list: a first violation with slight harm, promptly corrected, may go unpenalised (Art. 33(1))`,
            },
    }));

  const result: Evaluation = {
    level: { key: level.key, name: level.name, index },
    basis,
    levelsHeld: found.held.map((i) => levels[i].key),
    reasons,
    nextLevel: next ? { key: next.key, name: next.name, conditions: describeGroup(next.conditions) } : null,
    penalties: penaltyRanges(level, facts),
    mitigating,
    aggravating,
    exemptions,
    notices,
    proposal: null,
  };
  if (opts.proposed) result.proposal = checkProposal(content, facts, opts.proposed, result);
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// A proposed penalty.

function conditionsOf(level: Level): Text {
  if (level.conditions) return describeGroup(level.conditions);
  return { zh: level.conditionsText || '（未写明）', en: level.conditionsText || '(not written)' };
}

/**
 * Checks a proposed penalty against the evaluation: a fine outside the level's range, a kind the level does not
 * provide, a required kind left out, a penalty where the facts meet the no-penalty list; for each, what would be
 * needed to justify it. `within` is false when any finding is 'outside'.
 */
export function checkProposal(
  content: BenchmarkContent,
  facts: Facts,
  proposed: Proposal,
  evaluation: Evaluation = evaluateBenchmark(content, facts),
): { within: boolean; findings: Finding[] } {
  const levels = content.levels;
  const index = evaluation.level.index;
  const level = levels[index];
  const findings: Finding[] = [];
  const ln = level.name;
  const hasArt32 = evaluation.mitigating.length > 0;
  const art32Names = ART32_FACTS.filter((f) => factValue(facts, f) === true).map((f) => FACTS[f].label);
  const proposesPenalty = proposed.fineFen !== undefined || (proposed.kinds?.length ?? 0) > 0;

  for (const e of evaluation.exemptions) {
    if (!proposesPenalty) continue;
    findings.push(
      e.kind === 'no_penalty'
        ? finding(
            'exempt_no_penalty',
            'outside',
            {
              zh: `事实符合不予处罚清单「${e.violation}」：依行政处罚法第三十三条应当不予行政处罚；给予处罚须先认定不符合该清单条件`,
              en: `The facts meet the no-penalty list entry "${e.violation}": no penalty may be given unless its conditions are found not met (Art. 33)`,
            },
            'XZCF-33',
          )
        : finding(
            'exempt_first_violation',
            'warning',
            {
              zh: `事实符合首违不罚清单「${e.violation}」：可以不予行政处罚；仍给予处罚的，须说明理由（行政处罚法第三十三条第一款）`,
              en: `The facts meet the first-violation list entry "${e.violation}": the penalty may be waived; state why it is not (Art. 33(1))`,
            },
            'XZCF-33',
          ),
    );
  }

  const kinds = new Set(proposed.kinds ?? []);
  if (proposed.fineFen !== undefined) kinds.add('fine');
  for (const kind of kinds) {
    if (level.penalties.some((p) => p.kind === kind)) continue;
    const other = levels.findIndex((l, i) => i > index && l.penalties.some((p) => p.kind === kind));
    const label = PENALTY_KIND_LABELS[kind];
    findings.push(
      finding(
        'kind_not_in_level',
        'outside',
        other >= 0
          ? {
              zh: `「${ln.zh}」档未规定${label.zh}：须符合「${levels[other].name.zh}」档条件（${conditionsOf(levels[other]).zh}）`,
              en: `Level ${ln.en} has no ${label.en.toLowerCase()}: it needs the conditions of level ${levels[other].name.en} (${conditionsOf(levels[other]).en})`,
            }
          : {
              zh: `裁量基准「${ln.zh}」档及更重档次均未规定${label.zh}：没有依据`,
              en: `Neither level ${ln.en} nor any more severe level provides ${label.en.toLowerCase()}: no basis`,
            },
        'XZCF-34',
      ),
    );
  }
  if (proposesPenalty) {
    for (const p of level.penalties) {
      if (p.optional || kinds.has(p.kind)) continue;
      findings.push(
        finding('kind_missing', 'warning', {
          zh: `「${ln.zh}」档规定应当并处${PENALTY_KIND_LABELS[p.kind].zh}，提议中没有`,
          en: `Level ${ln.en} requires ${PENALTY_KIND_LABELS[p.kind].en.toLowerCase()}, which the proposal leaves out`,
        }),
      );
    }
  }

  const fineSpec = level.penalties.find((p) => p.kind === 'fine')?.fine;
  if (proposed.fineFen !== undefined && fineSpec) {
    const range = fineRange(fineSpec, facts);
    const amount = proposed.fineFen;
    if (!range) {
      const base = fineSpec.mode === 'multiple' ? FACTS[fineSpec.base].label : t('基数', 'base');
      findings.push(
        finding('fine_base_missing', 'warning', {
          zh: `须先认定${base.zh}，才能判断罚款是否在幅度内`,
          en: `Establish the ${base.en.toLowerCase()} to check the fine`,
        }),
      );
    } else if (amount > range.maxFen) {
      const holder = levels.findIndex((l, i) => {
        if (i <= index) return false;
        const f = l.penalties.find((p) => p.kind === 'fine')?.fine;
        const r = f ? fineRange(f, facts) : null;
        return !!r && amount <= r.maxFen;
      });
      const max = yuanText(range.maxFen);
      findings.push(
        finding(
          'fine_above_range',
          'outside',
          holder >= 0
            ? {
                zh: `高于「${ln.zh}」档上限 ${max.zh}：须符合「${levels[holder].name.zh}」档条件（${conditionsOf(levels[holder]).zh}）`,
                en: `Above level ${ln.en}'s maximum of ${max.en}: it needs the conditions of level ${levels[holder].name.en} (${conditionsOf(levels[holder]).en})`,
              }
            : {
                zh: `高于「${ln.zh}」档上限 ${max.zh}，也高于更重档次的上限：超出裁量基准的幅度，不得作出`,
                en: `Above level ${ln.en}'s maximum of ${max.en} and above every more severe level's: outside the benchmark, not allowed`,
              },
          'XZCF-34',
        ),
      );
    } else if (amount < range.minFen) {
      const min = yuanText(range.minFen);
      let holder = -1;
      for (let i = index - 1; i >= 0; i--) {
        const f = levels[i].penalties.find((p) => p.kind === 'fine')?.fine;
        const r = f ? fineRange(f, facts) : null;
        if (r && amount >= r.minFen) {
          holder = i;
          break;
        }
      }
      const milder =
        holder >= 0
          ? {
              zh: `须符合「${levels[holder].name.zh}」档条件（${conditionsOf(levels[holder]).zh}），或`,
              en: `it needs the conditions of level ${levels[holder].name.en} (${conditionsOf(levels[holder]).en}), or`,
            }
          : { zh: '须', en: 'it needs' };
      if (hasArt32) {
        findings.push(
          finding(
            'fine_below_range_mitigated',
            'warning',
            {
              zh: `低于「${ln.zh}」档下限 ${min.zh}：已认定${art32Names.map((n) => n.zh).join('、')}，依行政处罚法第三十二条可以减轻处罚，须在处罚决定书中说明减轻的理由`,
              en: `Below level ${ln.en}'s minimum of ${min.en}: ${art32Names.map((n) => n.en.toLowerCase()).join(', ')} found, so the penalty may be mitigated under Art. 32; state the reasons in the decision`,
            },
            'XZCF-32',
          ),
        );
      } else {
        findings.push(
          finding(
            'fine_below_range',
            'outside',
            {
              zh: `低于「${ln.zh}」档下限 ${min.zh}：${milder.zh}具有行政处罚法第三十二条规定的应当从轻或者减轻处罚的情形（减轻处罚可低于下限），或依第三十三条不予处罚`,
              en: `Below level ${ln.en}'s minimum of ${min.en}: ${milder.en} a circumstance of Art. 32 (mitigation may go below the minimum), or no penalty under Art. 33`,
            },
            'XZCF-32',
          ),
        );
      }
    } else if (hasArt32) {
      // 从轻: within the range, towards its lighter end.
      const middle = Math.floor((range.minFen + range.maxFen) / 2);
      if (amount > middle) {
        findings.push(
          finding(
            'mitigated_upper_half',
            'warning',
            {
              zh: `具有应当从轻或者减轻处罚的情形，提议罚款高于幅度中间值 ${yuanText(middle).zh}：请说明理由`,
              en: `There are circumstances requiring a lighter penalty, yet the fine is above the middle of the range (${yuanText(middle).en}): state why`,
            },
            'XZCF-32',
          ),
        );
      }
    }
  }
  if (findings.length === 0 && proposesPenalty) {
    findings.push(
      finding('within', 'info', {
        zh: `提议的处罚在「${ln.zh}」档的幅度内`,
        en: `The proposed penalty is within level ${ln.en}`,
      }),
    );
  }
  return { within: !findings.some((f) => f.severity === 'outside'), findings };
}

// ---------------------------------------------------------------------------------------------------------------
// Diff.

const EMPTY: Text = { zh: '（无）', en: '(none)' };
const nonEmpty = (s: string): Text => (s ? { zh: s, en: s } : EMPTY);

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the order keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** What changed from one version's content to another's: top fields, and per level its conditions and penalties. */
export function diffBenchmarkContent(
  a: BenchmarkContent,
  b: BenchmarkContent,
  from: number,
  to: number,
): BenchmarkDiff {
  const fields: DiffItem[] = [];
  const field = (what: Text, x: string, y: string) => {
    if (x !== y) fields.push({ what, before: nonEmpty(x), after: nonEmpty(y) });
  };
  field(t('违法行为', 'Violation'), a.violation, b.violation);
  field(t('违反条款', 'Article violated'), a.violatedText, b.violatedText);
  field(t('处罚依据', 'Penalty article'), a.penaltyText, b.penaltyText);
  field(t('说明', 'Notes'), a.notes, b.notes);
  if (a.violatedText === b.violatedText && !same(a.violatedRefs, b.violatedRefs))
    fields.push({ what: t('违反条款（所引版本）', 'Article violated (cited version)'), before: null, after: null });
  if (a.penaltyText === b.penaltyText && !same(a.penaltyRefs, b.penaltyRefs))
    fields.push({ what: t('处罚依据（所引版本）', 'Penalty article (cited version)'), before: null, after: null });

  const keys = [...new Set([...b.levels.map((l) => l.key), ...a.levels.map((l) => l.key)])];
  const levels = keys.map((key) => {
    const la = a.levels.find((l) => l.key === key);
    const lb = b.levels.find((l) => l.key === key);
    const name = (lb ?? la)!.name;
    if (!la) return { key, name, change: 'added' as const, items: levelItems(undefined, lb) };
    if (!lb) return { key, name, change: 'removed' as const, items: levelItems(la, undefined) };
    const items = levelItems(la, lb);
    return { key, name, change: items.length ? ('changed' as const) : ('unchanged' as const), items };
  });
  return { from, to, fields, levels };
}

function levelItems(a: Level | undefined, b: Level | undefined): DiffItem[] {
  const items: DiffItem[] = [];
  const text = (s: string | undefined) => (s === undefined ? null : nonEmpty(s));
  // The same level (key) under another name: the level set was renamed between the two versions.
  if (a && b && (a.name.zh !== b.name.zh || a.name.en !== b.name.en))
    items.push({ what: t('档次名称', 'Level name'), before: a.name, after: b.name });
  if (a?.conditionsText !== b?.conditionsText)
    items.push({
      what: t('适用情形', 'Circumstances'),
      before: text(a?.conditionsText),
      after: text(b?.conditionsText),
    });
  if (!same(a?.conditions ?? null, b?.conditions ?? null)) {
    const g = (l: Level | undefined) => (l === undefined ? null : l.conditions ? describeGroup(l.conditions) : EMPTY);
    items.push({ what: t('结构化条件', 'Structured conditions'), before: g(a), after: g(b) });
  }
  const kinds = [...new Set([...(b?.penalties ?? []), ...(a?.penalties ?? [])].map((p) => p.kind))];
  for (const kind of kinds) {
    const pa = a?.penalties.find((p) => p.kind === kind);
    const pb = b?.penalties.find((p) => p.kind === kind);
    if (same(pa ?? null, pb ?? null)) continue;
    items.push({
      what: PENALTY_KIND_LABELS[kind],
      before: pa ? describePenalty(pa) : a ? EMPTY : null,
      after: pb ? describePenalty(pb) : b ? EMPTY : null,
    });
  }
  return items;
}

// ---------------------------------------------------------------------------------------------------------------
// From a writer's draft to stored content.

/**
 * The content a draft stores: level names frozen from the level set (a key not in the set keeps the key as its
 * name, and validation reports it), defaults filled in, and the resolved references.
 */
export function contentFromDraft(
  draft: BenchmarkDraft,
  levelSet: readonly LevelDef[],
  refs: { violatedRefs: BenchmarkContent['violatedRefs']; penaltyRefs: BenchmarkContent['penaltyRefs'] },
): BenchmarkContent {
  return {
    violation: draft.violation,
    violatedText: draft.violatedText,
    violatedRefs: refs.violatedRefs,
    penaltyText: draft.penaltyText,
    penaltyRefs: refs.penaltyRefs,
    notes: draft.notes ?? '',
    levels: draft.levels.map((l) => ({
      key: l.key,
      name: levelSet.find((d) => d.key === l.key)?.name ?? { zh: l.key, en: l.key },
      conditionsText: l.conditionsText ?? '',
      conditions: l.conditions ?? null,
      penalties: l.penalties.map(normalizePenalty),
    })),
  };
}

/** Drops empty optional parts so that equal penalties compare equal (diffs, unchanged imports). */
export function normalizePenalty(p: Penalty): Penalty {
  const out: Penalty = { kind: p.kind };
  if (p.fine) {
    if (p.fine.mode === 'fixed') out.fine = { mode: 'fixed', minFen: p.fine.minFen, maxFen: p.fine.maxFen };
    else {
      const f = p.fine;
      out.fine = { mode: 'multiple', base: f.base, minTimes: f.minTimes, maxTimes: f.maxTimes };
      if (f.below)
        out.fine.below = { thresholdFen: f.below.thresholdFen, minFen: f.below.minFen, maxFen: f.below.maxFen };
    }
  }
  if (p.period) out.period = { min: p.period.min, max: p.period.max, unit: p.period.unit };
  if (p.optional) out.optional = true;
  if (p.note) out.note = p.note;
  return out;
}
