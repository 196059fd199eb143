import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBalance, countsOnFrontLine, type BalanceItem, type StrengthOfficer } from './transfer-balance';

const A = 'agency-a';
const B = 'agency-b';
const STATUSES = ['in_post', 'seconded', 'transferred', 'retired', 'suspended'];

const officerArb = fc.record({
  agencyId: fc.constantFrom(A, B),
  frontLine: fc.boolean(),
  status: fc.constantFrom(...STATUSES),
});
const officersArb = fc
  .array(officerArb, { maxLength: 25 })
  .map((list) => list.map((o, i): StrengthOfficer => ({ ...o, id: `o${i}` })));

/** Items about officers of the list (or new persons), each officer at most once, as the service stores them. */
const planArb = officersArb.chain((officers) =>
  fc
    .tuple(
      fc.shuffledSubarray(officers, { maxLength: officers.length }),
      fc.array(fc.boolean(), { maxLength: 5 }),
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 25, maxLength: 25 }),
      fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
    )
    .map(([chosen, newPersons, kinds, flags]) => {
      const items: BalanceItem[] = chosen.map((o, i) => {
        if (o.agencyId === B) return { kind: 'in', officerId: o.id, frontLine: flags[i] };
        return kinds[i] === 0
          ? { kind: 'out', officerId: o.id }
          : { kind: 'post', officerId: o.id, frontLine: flags[i] };
      });
      for (const f of newPersons) items.push({ kind: 'in', officerId: null, frontLine: f });
      return { officers, items };
    }),
);

describe('computeBalance', () => {
  it('counts only officers of the agency, on the front line and in post (seconded ones do not count)', () => {
    const officers: StrengthOfficer[] = [
      { id: '1', agencyId: A, frontLine: true, status: 'in_post' },
      { id: '2', agencyId: A, frontLine: true, status: 'seconded' },
      { id: '3', agencyId: A, frontLine: false, status: 'in_post' },
      { id: '4', agencyId: B, frontLine: true, status: 'in_post' },
    ];
    expect(computeBalance(A, officers, [], 2)).toMatchObject({ current: 1, projected: 1, belowMinimum: true });
    expect(computeBalance(A, officers, [], null).belowMinimum).toBe(false);
  });

  it('projected = current − outs − moves to the back office + moves to the front line + front-line ins', () => {
    fc.assert(
      fc.property(planArb, fc.option(fc.integer({ min: 0, max: 30 })), ({ officers, items }, minimum) => {
        const b = computeBalance(A, officers, items, minimum);
        expect(b.current).toBe(officers.filter((o) => o.agencyId === A && countsOnFrontLine(o)).length);
        expect(b.projected).toBe(b.current - b.outs - b.toBackOffice + b.toFrontLine + b.ins);
        expect(b.projected).toBeGreaterThanOrEqual(0);
        expect(b.belowMinimum).toBe(minimum !== null && b.projected < minimum);
      }),
    );
  });

  it('equals counting the officers once the plan is applied', () => {
    fc.assert(
      fc.property(planArb, ({ officers, items }) => {
        const after = officers.map((o) => ({ ...o }));
        let newFront = 0;
        for (const it of items) {
          if (it.officerId === null) {
            if (it.kind === 'in' && it.frontLine) newFront++;
            continue;
          }
          const o = after.find((x) => x.id === it.officerId)!;
          if (it.kind === 'out') o.agencyId = 'elsewhere';
          if (it.kind === 'in') {
            o.agencyId = A;
            o.frontLine = it.frontLine;
            if (o.status !== 'seconded') o.status = 'in_post';
          }
          if (it.kind === 'post') o.frontLine = it.frontLine;
        }
        const counted = after.filter((o) => o.agencyId === A && countsOnFrontLine(o)).length + newFront;
        expect(computeBalance(A, officers, items, null).projected).toBe(counted);
      }),
    );
  });

  it('one more transfer out never raises the projection; one more front-line recruit never lowers it', () => {
    fc.assert(
      fc.property(planArb, ({ officers, items }) => {
        const base = computeBalance(A, officers, items, null).projected;
        const used = new Set(items.map((i) => i.officerId));
        const spare = officers.find((o) => o.agencyId === A && !used.has(o.id));
        if (spare) {
          const more = computeBalance(A, officers, [...items, { kind: 'out', officerId: spare.id }], null).projected;
          expect(more).toBeLessThanOrEqual(base);
          expect(base - more).toBe(countsOnFrontLine(spare) ? 1 : 0);
        }
        const recruit = computeBalance(A, officers, [...items, { kind: 'in', officerId: null, frontLine: true }], null);
        expect(recruit.projected).toBe(base + 1);
      }),
    );
  });

  it('a seconded officer transferred out does not lower the front line: they were not on it', () => {
    const officers: StrengthOfficer[] = [
      { id: '1', agencyId: A, frontLine: true, status: 'in_post' },
      { id: '2', agencyId: A, frontLine: true, status: 'seconded' },
    ];
    expect(computeBalance(A, officers, [{ kind: 'out', officerId: '2' }], 1)).toMatchObject({
      current: 1,
      projected: 1,
      outs: 0,
      belowMinimum: false,
    });
  });
});
