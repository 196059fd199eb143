// The tenant's level set (裁量档次: 轻微 / 一般 / 较重 / 严重 by default): one for the whole tenant, so that every
// agency's benchmarks speak of the same levels.
//
// Who sets it: the justice bureau (司法局), through `filing.review` over the whole tenant. The level set is not one
// agency's knowledge but the common scale every agency writes its benchmarks against (行政处罚法 第三十四条: agencies
// set the benchmarks); keeping that scale is supervision of administrative penalties, which 行政处罚法 第七十五条第一款
// gives the county government and 行政执法监督条例 (国务院令第825号) gives its justice bureau as the enforcement
// supervisor. Agencies' legal offices write benchmarks for their own subtree only, so none of them can hold it.
//
// What a change may do to existing benchmarks (docs/discretion-benchmarks.md, "The level set"):
// - versions store each level's key and, frozen, its name; the evaluator reads only the version's own levels, in
//   the version's order, so no change of the set alters what a stored version means or how it evaluates;
// - a key used by any version (draft or published) cannot be removed, and two used keys cannot swap their order:
//   the key is the level's identity across versions (diffs, the next draft, imports), and its rank is its meaning;
// - a rename reaches drafts at once (they are not yet anyone's word); published versions keep the names they were
//   published with; a new level is available to the next draft.
import { DEFAULT_LEVELS, type LevelDef, type LevelSetBody, type LevelSetView } from '../../../../contracts/benchmark';
import { tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { AppError, forbidden, invalidInput, type FieldError } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import type { MessageKey } from '../../platform/i18n/messages';
import {
  draftVersionsOf,
  findLevelSet,
  levelKeysInUse,
  lockLevelSet,
  updateVersion,
  upsertLevelSet,
  type LevelUse,
} from './benchmark.repository';

/** The permission that sets the level set, over the whole tenant: the justice bureau's. */
export const LEVEL_SET_PERMISSION = 'filing.review' as const;

/**
 * The tenant's level set, for a write that depends on it: holds the level set lock shared until the transaction
 * ends, so that the set cannot lose a key this write is about to store.
 */
export async function levelSetOf(ex: Executor, tenantId: string): Promise<LevelDef[]> {
  await lockLevelSet(ex, tenantId, 'shared');
  return (await findLevelSet(ex, tenantId))?.levels ?? [...DEFAULT_LEVELS];
}

export async function getLevelSet(ex: Executor, actor: Actor): Promise<LevelSetView> {
  const row = await findLevelSet(ex, actor.tenantId);
  return {
    tenantId: actor.tenantId,
    levels: row?.levels ?? [...DEFAULT_LEVELS],
    isDefault: !row,
    abilities: { update: tenantsWithWholeScope(actor, LEVEL_SET_PERMISSION).includes(actor.tenantId) },
  };
}

/** A change the benchmarks in use forbid: 409, on the field `levels` (the key is no longer in the body). */
const levelInUse = (key: MessageKey, params: Record<string, unknown>): AppError =>
  new AppError('conflict', 409, key, params, { levels: { key, params } });

const useParams = (use: LevelUse) => {
  const more = use.count > use.codes.length;
  return {
    count: use.count,
    codesZh: use.codes.join('、') + (more ? '等' : ''),
    codesEn: use.codes.join(', ') + (more ? ', …' : ''),
  };
};

export async function updateLevelSet(
  tx: Tx,
  actor: Actor,
  body: LevelSetBody,
  now: Date,
): Promise<WriteResult<LevelSetView>> {
  const tenantId = actor.tenantId;
  if (!tenantsWithWholeScope(actor, LEVEL_SET_PERMISSION).includes(tenantId)) {
    throw forbidden('benchmark_level_set_scope');
  }
  // Keys identify levels; names are what people read (and what spreadsheets write), so neither may repeat.
  const problems: Record<string, FieldError> = {};
  const seen = new Map<string, number>();
  const zhNames = new Map<string, number>();
  const enNames = new Map<string, number>();
  body.levels.forEach((l, i) => {
    if (seen.has(l.key)) problems[`levels.${i}.key`] = { key: 'duplicate' };
    else seen.set(l.key, i);
    const zh = zhNames.get(l.name.zh);
    if (zh !== undefined)
      problems[`levels.${i}.name.zh`] = { key: 'benchmark_level_name_taken', params: { n: zh + 1 } };
    else zhNames.set(l.name.zh, i);
    const en = enNames.get(l.name.en.toLowerCase());
    if (en !== undefined)
      problems[`levels.${i}.name.en`] = { key: 'benchmark_level_name_taken', params: { n: en + 1 } };
    else enNames.set(l.name.en.toLowerCase(), i);
  });
  if (Object.keys(problems).length) throw invalidInput(problems);

  // Exclusive: no benchmark write that checked the old set may commit between the checks below and the change.
  await lockLevelSet(tx, tenantId, 'exclusive');
  const before = (await findLevelSet(tx, tenantId))?.levels ?? [...DEFAULT_LEVELS];
  const inUse = await levelKeysInUse(tx, tenantId);
  for (const old of before) {
    const use = inUse.get(old.key);
    if (!seen.has(old.key) && use) {
      throw levelInUse('benchmark_level_in_use', { levelZh: old.name.zh, levelEn: old.name.en, ...useParams(use) });
    }
  }
  // Levels in use keep their order (mild to severe): a version's levels are ranked by it.
  const rank = new Map(before.map((l, i) => [l.key, i]));
  let last: LevelDef | null = null;
  for (const l of body.levels) {
    const use = inUse.get(l.key);
    if (!use || !rank.has(l.key)) continue;
    if (last && rank.get(l.key)! < rank.get(last.key)!) {
      const was = before[rank.get(l.key)!];
      const other = before[rank.get(last.key)!];
      throw levelInUse('benchmark_level_order_in_use', {
        levelZh: was.name.zh,
        levelEn: was.name.en,
        otherZh: other.name.zh,
        otherEn: other.name.en,
        ...useParams(use),
      });
    }
    last = l;
  }

  await upsertLevelSet(tx, { tenantId, levels: body.levels, updatedAt: now, updatedBy: actor.accountId });
  const renamed = await renameInDrafts(tx, tenantId, before, body.levels);
  return {
    result: await getLevelSet(tx, actor),
    recordIds: renamed,
    tenantId,
    detail: { levels: body.levels.map((l) => l.key), renamedInDrafts: renamed.length },
  };
}

const sameName = (a: LevelDef['name'], b: LevelDef['name']) => a.zh === b.zh && a.en === b.en;

/** Gives drafts the new names of renamed levels; returns the benchmarks whose draft changed. */
async function renameInDrafts(
  tx: Tx,
  tenantId: string,
  before: readonly LevelDef[],
  after: readonly LevelDef[],
): Promise<string[]> {
  const names = new Map(after.map((l) => [l.key, l.name]));
  const renamed = before.some((l) => names.has(l.key) && !sameName(names.get(l.key)!, l.name));
  if (!renamed) return [];
  const changed: string[] = [];
  for (const v of await draftVersionsOf(tx, tenantId)) {
    let dirty = false;
    const levels = v.content.levels.map((l) => {
      const name = names.get(l.key);
      if (!name || sameName(name, l.name)) return l;
      dirty = true;
      return { ...l, name };
    });
    if (!dirty) continue;
    await updateVersion(
      tx,
      { tenantId, benchmarkId: v.benchmarkId, versionNo: v.versionNo },
      { content: { ...v.content, levels } },
    );
    changed.push(v.benchmarkId);
  }
  return changed;
}
