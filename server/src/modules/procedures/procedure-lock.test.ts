import { describe, expect, it } from 'vitest';
import { PROCEDURES, procedureDefinition } from './procedure-catalogue';
import { canonicalJson, checkLock, definitionDigest, extendLock, lockKey, readLock } from './procedure-lock';

describe('published procedure versions never change silently', () => {
  it('every shipped version matches its digest in definitions.lock.json, and none was removed', () => {
    const check = checkLock(PROCEDURES, readLock());
    expect(
      check.changed,
      'a published definition changed: restore it and make a new version (docs/procedures.md)',
    ).toEqual([]);
    expect(check.unlocked, 'run `npx tsx server/src/modules/procedures/procedure-lock.ts --write`').toEqual([]);
    expect(check.removed, 'published versions stay: cases keep the version they began with').toEqual([]);
  });

  it('detects a change to any part of a definition, however small', () => {
    const lock = extendLock(PROCEDURES, { algorithm: 'sm3', definitions: {} });
    const changed = structuredClone(procedureDefinition('penalty_general', 1));
    changed.transitions.find((t) => t.action === 'decide')!.guards.pop();
    const others = PROCEDURES.filter((d) => d !== procedureDefinition('penalty_general', 1));
    expect(checkLock([...others, changed], lock)).toEqual({
      changed: ['penalty_general@1'],
      unlocked: [],
      removed: [],
    });
    const relabelled = structuredClone(procedureDefinition('licence', 1));
    relabelled.steps[0].label.en += '.';
    expect(checkLock([relabelled], lock).changed).toEqual(['licence@1']);
  });

  it('adds a new version to the lock without rewriting the old ones', () => {
    const lock = readLock();
    const v2 = { ...structuredClone(procedureDefinition('licence', 1)), version: 2, effectiveFrom: '2030-01-01' };
    expect(checkLock([...PROCEDURES, v2], lock).unlocked).toEqual(['licence@2']);
    const extended = extendLock([...PROCEDURES, v2], lock);
    expect(extended.definitions['licence@2']).toBe(definitionDigest(v2));
    expect(extended.definitions['licence@1']).toBe(lock.definitions['licence@1']);
    // an existing entry is kept even if the definition under it changed: the test above then fails
    const tampered = { ...structuredClone(procedureDefinition('levy', 1)), label: { zh: '改', en: 'changed' } };
    expect(extendLock([tampered], lock).definitions[lockKey(tampered)]).toBe(lock.definitions['levy@1']);
  });

  it('hashes canonical JSON: key order and undefined fields do not matter, values do', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson(['x', 'y'])).not.toBe(canonicalJson(['y', 'x']));
    expect(definitionDigest(procedureDefinition('levy', 1))).toMatch(/^[0-9a-f]{64}$/);
  });
});
