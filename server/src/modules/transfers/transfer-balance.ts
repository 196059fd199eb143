// The balance check of a transfer plan (保证调出与调入的均衡性，保障一线执法队伍人员数量稳定): the agency's
// front-line strength now and after the plan. Pure. Front-line strength counts officers of the agency on a
// front-line post and in post: a seconded officer (借调) is away from enforcement and does not count.

export interface StrengthOfficer {
  id: string;
  agencyId: string;
  frontLine: boolean;
  status: string;
}

export type BalanceItem =
  | { kind: 'out'; officerId: string }
  | { kind: 'in'; officerId: string | null; frontLine: boolean }
  | { kind: 'post'; officerId: string; frontLine: boolean };

export interface Balance {
  current: number;
  projected: number;
  minimum: number | null;
  belowMinimum: boolean;
  /** Front-line officers the plan takes away by transfer out. */
  outs: number;
  /** Front-line officers the plan brings in (new persons included). */
  ins: number;
  toBackOffice: number;
  toFrontLine: number;
}

export const countsOnFrontLine = (o: { frontLine: boolean; status: string }): boolean =>
  o.frontLine && o.status === 'in_post';

/**
 * Applies the items in order to the agency's officers and counts the front line before and after. An item about
 * an officer the plan already moved applies to the officer as moved; an officer brought in is counted from the
 * item's post (an in-coming seconded officer does not count until back in post).
 */
export function computeBalance(
  agencyId: string,
  officers: readonly StrengthOfficer[],
  items: readonly BalanceItem[],
  minimum: number | null,
): Balance {
  const state = new Map<string, { inAgency: boolean; frontLine: boolean; status: string }>();
  for (const o of officers)
    state.set(o.id, { inAgency: o.agencyId === agencyId, frontLine: o.frontLine, status: o.status });
  const counted = () => {
    let n = 0;
    for (const s of state.values()) if (s.inAgency && countsOnFrontLine(s)) n++;
    return n;
  };
  const current = counted();
  let outs = 0;
  let ins = 0;
  let toBackOffice = 0;
  let toFrontLine = 0;
  let newPersons = 0;
  for (const item of items) {
    if (item.kind === 'in' && item.officerId === null) {
      if (item.frontLine) {
        newPersons++;
        ins++;
      }
      continue;
    }
    const s = state.get(item.officerId!);
    if (!s) continue;
    const before = s.inAgency && countsOnFrontLine(s);
    switch (item.kind) {
      case 'out':
        if (!s.inAgency) continue;
        s.inAgency = false;
        if (before) outs++;
        break;
      case 'in':
        if (s.inAgency) continue;
        s.inAgency = true;
        s.frontLine = item.frontLine;
        if (s.status !== 'seconded') s.status = 'in_post';
        if (countsOnFrontLine(s)) ins++;
        break;
      case 'post': {
        if (!s.inAgency) continue;
        s.frontLine = item.frontLine;
        const after = countsOnFrontLine(s);
        if (before && !after) toBackOffice++;
        if (!before && after) toFrontLine++;
        break;
      }
    }
  }
  const projected = counted() + newPersons;
  return {
    current,
    projected,
    minimum,
    belowMinimum: minimum !== null && projected < minimum,
    outs,
    ins,
    toBackOffice,
    toFrontLine,
  };
}
