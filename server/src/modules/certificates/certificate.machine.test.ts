import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STORED_CERTIFICATE_STATUSES } from '../../../../contracts/certificate';
import {
  addDays,
  addMonths,
  alertBucket,
  allowedActions,
  daysBetween,
  statusOn,
  transition,
  validOn,
  type CertificateAction,
} from './certificate.machine';

const TODAY = '2026-06-15';
const ACTIONS: CertificateAction[] = ['suspend', 'reinstate', 'revoke', 'renew'];

describe('certificate state machine', () => {
  it('valid ⇄ suspended, valid/suspended → revoked, revoked is final', () => {
    const future = '2030-01-01';
    expect(transition('valid', future, TODAY, 'suspend', '原因')).toEqual({
      ok: true,
      to: 'suspended',
      event: 'suspend',
    });
    expect(transition('suspended', future, TODAY, 'reinstate', '原因')).toMatchObject({ ok: true, to: 'valid' });
    expect(transition('valid', future, TODAY, 'revoke', '原因')).toMatchObject({ ok: true, to: 'revoked' });
    expect(transition('suspended', future, TODAY, 'revoke', '原因')).toMatchObject({ ok: true, to: 'revoked' });
    for (const a of ACTIONS)
      expect(transition('revoked', future, TODAY, a, '原因')).toEqual({ ok: false, problem: 'not_allowed' });
    expect(transition('valid', future, TODAY, 'reinstate', '原因').ok).toBe(false);
    expect(transition('suspended', future, TODAY, 'suspend', '原因').ok).toBe(false);
    expect(transition('suspended', future, TODAY, 'renew', null).ok).toBe(false);
  });

  it('requires a reason to suspend, reinstate or revoke, not to renew', () => {
    for (const a of ['suspend', 'revoke'] as const)
      expect(transition('valid', '2030-01-01', TODAY, a, '  ')).toEqual({ ok: false, problem: 'reason_required' });
    expect(transition('suspended', '2030-01-01', TODAY, 'reinstate', undefined)).toMatchObject({
      problem: 'reason_required',
    });
    expect(transition('valid', '2030-01-01', TODAY, 'renew', undefined).ok).toBe(true);
  });

  it('reads expired from the date: the expiry day itself is still valid', () => {
    expect(statusOn('valid', TODAY, TODAY)).toBe('valid');
    expect(statusOn('valid', '2026-06-14', TODAY)).toBe('expired');
    expect(statusOn('suspended', '2026-06-14', TODAY)).toBe('expired');
    expect(statusOn('revoked', '2026-06-14', TODAY)).toBe('revoked');
    expect(transition('valid', '2026-06-14', TODAY, 'suspend', '原因')).toEqual({ ok: false, problem: 'expired' });
    expect(allowedActions('valid', '2026-06-14', TODAY).sort()).toEqual(['renew', 'revoke']);
  });

  it('valid on a date only when stored valid and the date lies within [issued, expires]', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STORED_CERTIFICATE_STATUSES),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: -2500, max: 2500 }),
        (status, issuedOffset, length, onOffset) => {
          const issuedOn = addDays(TODAY, issuedOffset);
          const expiresOn = addDays(issuedOn, length);
          const on = addDays(TODAY, onOffset);
          const expected = status === 'valid' && issuedOn <= on && on <= expiresOn;
          expect(validOn({ status, issuedOn, expiresOn }, on)).toBe(expected);
          // Whatever the stored state, a certificate past its expiry is never 'valid' today.
          if (expiresOn < on) expect(statusOn(status, expiresOn, on)).not.toBe('valid');
        },
      ),
    );
  });

  it('every allowed action leads where the table says, from any state and date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STORED_CERTIFICATE_STATUSES),
        fc.integer({ min: -100, max: 100 }),
        fc.constantFrom(...ACTIONS),
        (stored, offset, action) => {
          const expiresOn = addDays(TODAY, offset);
          const t = transition(stored, expiresOn, TODAY, action, '原因');
          expect(allowedActions(stored, expiresOn, TODAY).includes(action)).toBe(t.ok);
          if (t.ok) expect(stored).not.toBe('revoked');
          if (t.ok && action === 'revoke') expect(t.to).toBe('revoked');
        },
      ),
    );
  });
});

describe('calendar helpers and alert buckets', () => {
  it('adds days and months on the calendar', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-06-15', -12)).toBe('2025-06-15');
    expect(daysBetween('2026-06-15', '2026-07-15')).toBe(30);
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), (n) => {
        expect(daysBetween(TODAY, addDays(TODAY, n)) === n).toBe(true);
      }),
    );
  });

  it('puts a certificate in the smallest threshold it falls within', () => {
    expect(alertBucket(0, [90, 30])).toBe(30);
    expect(alertBucket(30, [90, 30])).toBe(30);
    expect(alertBucket(31, [90, 30])).toBe(90);
    expect(alertBucket(90, [30, 90])).toBe(90);
    expect(alertBucket(91, [90, 30])).toBeNull();
    expect(alertBucket(-1, [90, 30])).toBeNull();
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 400 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 366 }), { minLength: 1, maxLength: 5 }),
        (left, days) => {
          const b = alertBucket(left, days);
          if (b === null) expect(left < 0 || left > Math.max(...days)).toBe(true);
          else {
            expect(left).toBeLessThanOrEqual(b);
            expect(days.filter((d) => d < b).every((d) => left > d)).toBe(true);
          }
        },
      ),
    );
  });
});
