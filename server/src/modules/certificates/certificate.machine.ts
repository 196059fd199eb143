// The certificate state machine as data (pure): valid ⇄ suspended, valid/suspended → revoked (final), and the
// derived 'expired' (a certificate not revoked whose expiry date has passed on the Asia/Shanghai calendar).
// Renewal gives a new validity (issue and expiry dates) and leaves or restores the state 'valid'.
import type {
  CertificateEventKind,
  CertificateStatus,
  StoredCertificateStatus,
} from '../../../../contracts/certificate';

export type CertificateAction = 'suspend' | 'reinstate' | 'revoke' | 'renew';

/** From which stored states an action may be taken, and the stored state it leads to. */
export const TRANSITIONS: Record<
  CertificateAction,
  { from: readonly StoredCertificateStatus[]; to: StoredCertificateStatus }
> = {
  suspend: { from: ['valid'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'valid' },
  revoke: { from: ['valid', 'suspended'], to: 'revoked' },
  // A suspended certificate is reinstated (or revoked) first; a revoked one is never renewed — a new one is issued.
  renew: { from: ['valid'], to: 'valid' },
};

/** Actions whose history entry must carry a reason (暂扣、注销、恢复 are decisions about the officer). */
export const REASON_REQUIRED: ReadonlySet<CertificateAction> = new Set(['suspend', 'reinstate', 'revoke']);

export const EVENT_OF_ACTION: Record<CertificateAction, CertificateEventKind> = {
  suspend: 'suspend',
  reinstate: 'reinstate',
  revoke: 'revoke',
  renew: 'renew',
};

/** Whole days from `a` to `b` (YYYY-MM-DD calendar dates; negative when b is before a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The calendar date `n` days after `d` (YYYY-MM-DD). */
export function addDays(d: string, n: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The calendar date `n` months after `d`, clamped to the month's last day (2024-02-29 + 12 → 2025-02-28). */
export function addMonths(d: string, n: number): string {
  const [y, m, day] = d.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The status on `today`: revoked stays revoked; anything else past its expiry date reads 'expired'. */
export function statusOn(stored: StoredCertificateStatus, expiresOn: string, today: string): CertificateStatus {
  if (stored === 'revoked') return 'revoked';
  if (expiresOn < today) return 'expired';
  return stored;
}

/** Whether the certificate lets its holder enforce on `on`: stored valid, issued on or before, not yet expired. */
export function validOn(
  c: { status: StoredCertificateStatus; issuedOn: string; expiresOn: string },
  on: string,
): boolean {
  return c.status === 'valid' && c.issuedOn <= on && on <= c.expiresOn;
}

export type TransitionResult =
  | { ok: true; to: StoredCertificateStatus; event: CertificateEventKind }
  | { ok: false; problem: 'not_allowed' | 'expired' | 'reason_required' };

/**
 * Whether `action` may be taken on a certificate stored as `stored`, expiring `expiresOn`, today. An expired
 * certificate may be renewed (that is what renewal is for) or revoked, but not suspended or reinstated.
 */
export function transition(
  stored: StoredCertificateStatus,
  expiresOn: string,
  today: string,
  action: CertificateAction,
  reason: string | null | undefined,
): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(stored)) return { ok: false, problem: 'not_allowed' };
  const expired = statusOn(stored, expiresOn, today) === 'expired';
  if (expired && (action === 'suspend' || action === 'reinstate')) return { ok: false, problem: 'expired' };
  if (REASON_REQUIRED.has(action) && !reason?.trim()) return { ok: false, problem: 'reason_required' };
  return { ok: true, to: rule.to, event: EVENT_OF_ACTION[action] };
}

/** What the caller may do next with a certificate (for the presenter's abilities). */
export function allowedActions(stored: StoredCertificateStatus, expiresOn: string, today: string): CertificateAction[] {
  return (Object.keys(TRANSITIONS) as CertificateAction[]).filter(
    (a) => transition(stored, expiresOn, today, a, 'x').ok,
  );
}

/**
 * The alert bucket of a certificate `daysLeft` days before expiry, given the alert day counts (any order): the
 * smallest count ≥ daysLeft, or null when beyond the largest (or already expired, daysLeft < 0).
 */
export function alertBucket(daysLeft: number, alertDays: readonly number[]): number | null {
  if (daysLeft < 0) return null;
  const fitting = alertDays.filter((d) => daysLeft <= d);
  return fitting.length ? Math.min(...fitting) : null;
}
