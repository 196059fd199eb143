// The tenant's level set (裁量档次: 轻微 / 一般 / 较重 / 严重 by default): one for the whole tenant, so that every
// agency's benchmarks speak of the same levels. Changing it needs benchmark.write over the whole tenant; a level
// still used by a draft cannot be removed. Published versions keep the names they were published with.
import { DEFAULT_LEVELS, type LevelDef, type LevelSetBody, type LevelSetView } from '../../../../contracts/benchmark';
import { tenantsWithWholeScope, type Actor } from '../../platform/auth/policy';
import type { Executor, Tx } from '../../platform/db/client';
import { AppError, forbidden, invalidInput } from '../../platform/errors';
import type { WriteResult } from '../../platform/http/request';
import { draftsUsingLevel, findLevelSet, upsertLevelSet } from './benchmark.repository';

export async function levelSetOf(ex: Executor, tenantId: string): Promise<LevelDef[]> {
  return (await findLevelSet(ex, tenantId))?.levels ?? [...DEFAULT_LEVELS];
}

export async function getLevelSet(ex: Executor, actor: Actor): Promise<LevelSetView> {
  const row = await findLevelSet(ex, actor.tenantId);
  return {
    tenantId: actor.tenantId,
    levels: row?.levels ?? [...DEFAULT_LEVELS],
    isDefault: !row,
    abilities: { update: tenantsWithWholeScope(actor, 'benchmark.write').includes(actor.tenantId) },
  };
}

export async function updateLevelSet(
  tx: Tx,
  actor: Actor,
  body: LevelSetBody,
  now: Date,
): Promise<WriteResult<LevelSetView>> {
  const tenantId = actor.tenantId;
  if (!tenantsWithWholeScope(actor, 'benchmark.write').includes(tenantId)) throw forbidden('benchmark_level_set_scope');
  const seen = new Set<string>();
  body.levels.forEach((l, i) => {
    if (seen.has(l.key)) throw invalidInput({ [`levels.${i}.key`]: 'duplicate' });
    seen.add(l.key);
  });
  const before = await levelSetOf(tx, tenantId);
  for (const old of before) {
    if (seen.has(old.key)) continue;
    const codes = await draftsUsingLevel(tx, tenantId, old.key);
    if (codes.length)
      throw new AppError(
        'conflict',
        409,
        'benchmark_level_in_use',
        { level: old.name.zh, codes: codes.join('、') },
        {
          levels: {
            key: 'duplicate',
            text: { zh: `档次“${old.name.zh}”仍被使用`, en: `Level ${old.name.en} is in use` },
          },
        },
      );
  }
  await upsertLevelSet(tx, { tenantId, levels: body.levels, updatedAt: now, updatedBy: actor.accountId });
  return {
    result: await getLevelSet(tx, actor),
    recordIds: [],
    tenantId,
    detail: { levels: body.levels.map((l) => l.key) },
  };
}
