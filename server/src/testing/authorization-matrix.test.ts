// The authorisation matrix: every route × every actor (each role at its natural scope, one variant per scope
// kind, an API token) × targets inside and outside the actor's scope, against the real app and database.
// The expectations are written here, independently of the route configs, and an oracle below works out from
// each actor's grant which records it reaches; every response is also searched for identifiers of records the
// actor must not reach, and every refused write is checked to have changed nothing.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_POLICY, totpCodeBody } from '../../../contracts/account';
import { DEFAULT_LEVELS } from '../../../contracts/benchmark';
import { PERMISSIONS, type Permission, type Role, ROLE_PERMISSIONS, ROLES } from '../../../contracts/roles';
import { accessLog } from '../platform/audit/access-log.schema';
import { totpCode } from '../platform/security/totp';
import { accounts, apiTokens, roleGrants } from '../modules/accounts/account.schema';
import { agencies } from '../modules/agencies/agency.schema';
import { securityPolicies } from '../modules/security-policy/security-policy.schema';
import { policyFor } from '../modules/security-policy/security-policy.service';
import { tenants } from '../modules/tenants/tenant.schema';
import { laws, lawVersions } from '../modules/laws/law.schema';
import { importLawText } from '../modules/laws/law-import.service';
import { replaceCitations } from '../modules/laws/law-citation.service';
import { lawChanges, lawReviewItems, lawReviewTasks } from '../modules/law-changes/law-change.schema';
import {
  catalogueSnapshot,
  insertCatalogueFixture,
  publishedCatalogueOf,
} from '../modules/review-catalogues/review-catalogue.fixtures';
import {
  insertThresholdFixture,
  thresholdOf,
  thresholdRow,
  thresholdsNamed,
} from '../modules/referral-thresholds/referral-threshold.fixtures';
import {
  benchmarkFor,
  benchmarkSnapshot,
  benchmarksCoded,
  exemptionFor,
  exemptionSnapshot,
  exemptionsCoded,
  farFuture,
  fixtureDraft,
  fixtureWorkbook,
  freshBenchmark,
  freshExemption,
  levelSetSnapshot,
  xlsxTexts,
} from '../modules/benchmarks/benchmark.test-fixtures';
import {
  addChange,
  guidanceOf,
  makeDelegatedItem,
  makePowerRequest,
  makeTownship,
  powersWorkbookBase64,
  requestSnapshot,
  requestsTitled,
  sampleContent,
} from '../modules/powers/power.test-helpers';
import { shanghaiDate } from '../platform/legal-date';
import { makeAccount, makeTenant, signIn, TEST_PASSWORD, type GrantSpec } from './factories';
import {
  insertApiToken,
  insertChildAgency,
  insertTargetAgency,
  lockAccount,
  openSession,
  randomMobile,
  tag,
  unusedTenantCode,
  type TargetAgency,
} from './matrix-fixtures';
import { createTestApp, createTestContext, type TestContext } from './test-context';

// ---------------------------------------------------------------------------------------------------------------
// Who holds what. Written out here so that a change to ROLE_PERMISSIONS has to be made in this file too.

const READS: Permission[] = [
  'law.read',
  'power.read',
  'benchmark.read',
  'review_catalogue.read',
  'referral_threshold.read',
  'law_change.read',
];
const WRITES: Permission[] = [
  'power.write',
  'benchmark.write',
  'review_catalogue.write',
  'referral_threshold.write',
  'law_change.write',
];
const EXPECTED_ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  officer: ['agency.read', ...READS, 'personnel.read', 'exam.take', 'case.read', 'case.write'],
  legal_reviewer: ['agency.read', ...READS, 'personnel.read', 'exam.take', 'case.read', 'case.review'],
  agency_leader: [
    'agency.read',
    ...READS,
    ...WRITES,
    'personnel.read',
    'exam.take',
    'personnel.write',
    'personnel.read_personal',
    'training.write',
    'case.read',
    'case.write',
    'case.approve',
  ],
  legal_office: [
    'agency.read',
    ...READS,
    ...WRITES,
    'personnel.read',
    'exam.take',
    'personnel.write',
    'personnel.read_personal',
    'training.write',
    'case.read',
    'case.review',
    'case.approve',
  ],
  liaison: ['agency.read', 'law.read', 'referral_threshold.read'],
  supervisor: [
    'tenant.read',
    'agency.read',
    'agency.write',
    ...READS,
    'law.write',
    'filing.review',
    'personnel.read',
    'personnel.write',
    'personnel.read_personal',
    'training.write',
    'personnel.configure',
    'certificate.write',
    'exam.write',
    'case.read',
    'calendar.write',
    'document_template.write',
  ],
  sysadmin: [
    'tenant.read',
    'tenant.write',
    'agency.read',
    'agency.write',
    'account.read',
    'account.write',
    'account.read_personal',
    'grant.read',
    'grant.write',
    'api_token.read',
    'api_token.write',
    'security_policy.read',
    'calendar.write',
  ],
  secadmin: ['security_policy.read', 'security_policy.write', 'grant.read', 'grant.write', 'account.read'],
  auditor: ['access_log.read'],
};

// ---------------------------------------------------------------------------------------------------------------
// The fixture. Tenant A: X (root) → Y (child of X), and Z (another root). Tenant B: W. Tenant C: not provisioned
// yet (only the provisioning administrator's scope lists it). Every actor's account is in X.

type TenantKey = 'A' | 'B' | 'C';
type Loc = 'X' | 'Y' | 'Z' | 'W';
type Target = Loc | TenantKey | 'self';

type ScopeSpec =
  | { kind: 'own_agency' } // on X
  | { kind: 'agency_subtree' } // on X
  | { kind: 'tenant' } // tenant A
  | { kind: 'tenants'; tenants: TenantKey[] };

interface ActorSpec {
  key: string;
  role: Role;
  scope: ScopeSpec;
  /** An API token of an account holding `role`, carrying only these permissions. */
  token?: Permission[];
}

const SUBTREE: ScopeSpec = { kind: 'agency_subtree' };
const TENANT: ScopeSpec = { kind: 'tenant' };

const ACTORS: ActorSpec[] = [
  // The nine roles at their natural scope.
  { key: 'officer', role: 'officer', scope: SUBTREE },
  { key: 'legal_reviewer', role: 'legal_reviewer', scope: SUBTREE },
  { key: 'agency_leader', role: 'agency_leader', scope: SUBTREE },
  { key: 'legal_office', role: 'legal_office', scope: SUBTREE },
  { key: 'liaison', role: 'liaison', scope: SUBTREE },
  { key: 'supervisor', role: 'supervisor', scope: TENANT },
  { key: 'sysadmin', role: 'sysadmin', scope: TENANT },
  { key: 'secadmin', role: 'secadmin', scope: TENANT },
  { key: 'auditor', role: 'auditor', scope: TENANT },
  // One variant per remaining scope kind and shape.
  { key: 'officer@own_agency', role: 'officer', scope: { kind: 'own_agency' } },
  { key: 'supervisor@tenants[A]', role: 'supervisor', scope: { kind: 'tenants', tenants: ['A'] } },
  { key: 'supervisor@tenants[B]', role: 'supervisor', scope: { kind: 'tenants', tenants: ['B'] } },
  { key: 'sysadmin@agency_subtree', role: 'sysadmin', scope: SUBTREE },
  { key: 'sysadmin@tenants[A,C]', role: 'sysadmin', scope: { kind: 'tenants', tenants: ['A', 'C'] } },
  // An integration token of a whole-tenant supervisor that carries agency.read only.
  { key: 'token[agency.read] of supervisor', role: 'supervisor', scope: TENANT, token: ['agency.read'] },
];

interface LiveActor {
  spec: ActorSpec;
  id: string;
  tenantId: string;
  username: string;
  password: string;
  headers: Record<string, string>;
}

interface FixedTarget {
  account: { id: string; username: string; displayName: string; phone: string };
  grantId: string;
  token: { id: string; name: string; prefix: string };
}

let ctx: TestContext;
let app: FastifyInstance;
const T = {} as Record<TenantKey, string>;
const AG = {} as Record<Loc, TargetAgency>;
const TGT = {} as Record<Loc, FixedTarget>;
/** An access-log row per tenant, found by its record id. */
const MARKER = {} as Record<'A' | 'B', string>;
const live = new Map<string, LiveActor>();
let tokenOwner: LiveActor;

function grantSpecOf(spec: ActorSpec): GrantSpec {
  const s = spec.scope;
  return {
    role: spec.role,
    scopeKind: s.kind,
    scopeAgencyId: s.kind === 'own_agency' || s.kind === 'agency_subtree' ? AG.X.id : null,
    scopeTenants: s.kind === 'tenants' ? s.tenants.map((k) => T[k]) : [],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The oracle: what an actor reaches, worked out from its grant alone.

/**
 * How a route's target is reached. 'agency': the record belongs to an agency (the agency, or an account, grant
 * or token through the account's agency). 'tenant': a tenant-level record, reached only by a whole-tenant scope
 * (security policy, access log, changes to the tenant). 'tenant-reach': the tenant record itself, readable by
 * anyone whose scope lies in the tenant. 'self': the caller's own account.
 */
type ScopeModel = 'agency' | 'tenant' | 'tenant-reach' | 'self';

interface Subject {
  tenantId: string;
  /** Materialised path of the record's agency (agency-level records). */
  path?: string;
}

function holds(spec: ActorSpec, auth: 'authenticated' | Permission): boolean {
  if (auth === 'authenticated') return true;
  return EXPECTED_ROLE_PERMISSIONS[spec.role].includes(auth) && (!spec.token || spec.token.includes(auth));
}

function reachesAgencyLevel(spec: ActorSpec, s: Subject): boolean {
  if (!s.path) throw new Error('agency-level subject without a path');
  switch (spec.scope.kind) {
    case 'own_agency':
      return s.tenantId === T.A && s.path === AG.X.path;
    case 'agency_subtree':
      return s.tenantId === T.A && s.path.startsWith(AG.X.path);
    case 'tenant':
      return s.tenantId === T.A;
    case 'tenants':
      return spec.scope.tenants.some((k) => T[k] === s.tenantId);
  }
}

function reachesWholeTenant(spec: ActorSpec, tenantId: string): boolean {
  if (spec.scope.kind === 'tenant') return tenantId === T.A;
  if (spec.scope.kind === 'tenants') return spec.scope.tenants.some((k) => T[k] === tenantId);
  return false;
}

function reaches(spec: ActorSpec, model: ScopeModel, s: Subject): boolean {
  switch (model) {
    case 'self':
      return true;
    case 'agency':
      return reachesAgencyLevel(spec, s);
    case 'tenant':
      return reachesWholeTenant(spec, s.tenantId);
    case 'tenant-reach':
      return reachesWholeTenant(spec, s.tenantId) || (spec.scope.kind !== 'tenants' && s.tenantId === T.A);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Leak detection: every record the test makes is registered with its place; a response to an actor must not
// contain the id (or, for the fixed targets, the name, username, USCC or phone) of a record it does not reach.

interface Rec {
  ids: string[];
  /** Searched for as substrings: names, usernames, USCCs, phone numbers, token prefixes. */
  strings: string[];
  tenantId: string;
  /** Agency path for agency-level records; null for tenant-level ones (access-log rows). */
  path: string | null;
  /** The account this record is (its owner sees it in /api/me). */
  owner?: string;
  /** The id and name of the actors' own agency, which every actor sees in /api/me. */
  ownAgency?: boolean;
}

const fixedRecords: Rec[] = [];
/** Throwaway targets made by the cells: checked by id only (thousands of them). */
const freshRecords: Rec[] = [];
const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function visibleTo(actor: LiveActor, r: Rec): boolean {
  if (r.owner && r.owner === actor.id) return true;
  if (r.ownAgency) return true;
  return r.path === null
    ? reachesWholeTenant(actor.spec, r.tenantId)
    : reachesAgencyLevel(actor.spec, { tenantId: r.tenantId, path: r.path });
}

function leaksIn(actor: LiveActor, body: string, extra: Rec[]): string[] {
  const found = new Set<string>();
  const hiddenIds = new Set<string>();
  for (const r of [...fixedRecords, ...freshRecords, ...extra]) {
    if (!visibleTo(actor, r)) for (const id of r.ids) hiddenIds.add(id.toLowerCase());
  }
  for (const m of body.matchAll(UUID_RE)) if (hiddenIds.has(m[0].toLowerCase())) found.add(m[0]);
  for (const r of [...fixedRecords, ...extra]) {
    if (visibleTo(actor, r)) continue;
    for (const s of r.strings) if (body.includes(s)) found.add(s);
  }
  return [...found];
}

function registerFresh(tenantId: string, path: string | null, ids: string[], owner?: string): Rec {
  const rec: Rec = { ids, strings: [], tenantId, path, owner };
  freshRecords.push(rec);
  return rec;
}

// ---------------------------------------------------------------------------------------------------------------
// The expectation table: for each `METHOD url`, the permission it requires, how its target is scoped, what an
// out-of-scope target gives, and how to build one request against one target for one actor.

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface Cell {
  request: { method: Method; url: string; payload?: Record<string, unknown> };
  /** The caller for this cell when not the actor's usual credentials (a fresh session, or a clone account). */
  as?: LiveActor;
  /** A string the in-scope answer contains and the out-of-scope answer must not. */
  find?: string;
  /** The affected rows, compared before and after when the request is refused (no residue). */
  snapshot?: () => Promise<unknown>;
  verify?: (res: LightMyRequestResponse, where: string) => Promise<void> | void;
  /** Throwaway records this cell made, checked in full (names too) besides by id. */
  records?: Rec[];
}

interface RouteExpectation {
  auth: 'authenticated' | Permission;
  scope: ScopeModel;
  targets: readonly Target[];
  success: number;
  /** What a holder of the permission gets for a target outside its scope ('absent': 200, not listed). */
  outOfScope?: 'absent' | 400 | 403 | 404;
  /** Where the code documents "readable but not writable" as 403: the read permission and how it reaches. */
  readable?: { permission: Permission; scope: ScopeModel };
  /** The caller's own credentials and second factor: refused to API tokens, whatever they carry. */
  interactiveOnly?: boolean;
  /** The record written is a new or throwaway agency below the target location's agency. */
  below?: boolean;
  /** The in-scope answer when it is not `success` (an authorised request that a business rule refuses). */
  successFor?: (target: Target) => number;
  /**
   * Builds the request against one target. `reuse`: the answer is expected to be a refusal, so a throwaway target
   * made once per route and location will do (a refused write leaves it as it was, which the cell checks).
   */
  cell(actor: LiveActor, target: Target, reuse: boolean): Promise<Cell>;
}

const LOCS: readonly Target[] = ['X', 'Y', 'Z', 'W'];

/** One registered case per location (made once), with its title for searching. */
type MatrixCase = { id: string; partyId: string; documentId: string; title: string };
const matrixCases = new Map<Loc, Promise<MatrixCase>>();
function matrixCase(l: Loc): Promise<MatrixCase> {
  let p = matrixCases.get(l);
  if (!p) {
    p = (async () => {
      const h = await import('../modules/cases/case.test-helpers');
      const ag = AG[l];
      const title = `矩阵案件${l}${tag()}`;
      const c = await h.insertMatrixCase(ctx, ag, title);
      fixedRecords.push({ ids: [c.id], strings: [title], tenantId: ag.tenantId, path: ag.path });
      return { ...c, title };
    })();
    matrixCases.set(l, p);
  }
  return p;
}

const TENANTS_AB: readonly Target[] = ['A', 'B'];
const TENANTS_ABC: readonly Target[] = ['A', 'B', 'C'];
const SELF: readonly Target[] = ['self'];

const get = (url: string): Cell['request'] => ({ method: 'GET', url });

/** A tiny synthetic statute (the matrix never needs real texts). */
const lawText = (title: string) =>
  `# ${title}\n\n2020年1月1日 测试通过\n\n<!-- INFO END -->\n\n第一条 矩阵测试条文。\n`;
let matrixLawPromise: Promise<{ versionId: string; title: string }> | null = null;
function matrixLaw(): Promise<{ versionId: string; title: string }> {
  matrixLawPromise ??= (async () => {
    const title = `矩阵测试法${tag()}`;
    const report = await importLawText(ctx, { fileName: 'matrix(2020-01-01).md', content: lawText(title) });
    return { versionId: report.versionId!, title };
  })();
  return matrixLawPromise;
}
const one = async <R>(rows: Promise<R[]>): Promise<R | null> => (await rows)[0] ?? null;

/** A law whose 第一条 is cited by a record in every location's agency, with a change recorded against it. */
let matrixChangePromise: Promise<{ versionId: string; changeId: string; tasks: Record<Loc, string> }> | null = null;
function matrixChange(): Promise<{ versionId: string; changeId: string; tasks: Record<Loc, string> }> {
  matrixChangePromise ??= (async () => {
    const report = await importLawText(ctx, {
      fileName: 'matrix-change(2020-01-01).md',
      content: lawText(`矩阵变更测试法${tag()}`),
    });
    const versionId = report.versionId!;
    await ctx.db.transaction(async (tx) => {
      for (const loc of LOCS as Loc[]) {
        const ag = AG[loc];
        const id = randomUUID();
        const label = `矩阵引用${loc}${tag()}`;
        await replaceCitations(
          tx,
          { tenantId: ag.tenantId, agencyId: ag.id, kind: 'power_item', id, label },
          {
            basis: [{ versionId, articleSeq: 1 }],
          },
        );
        fixedRecords.push({ ids: [id], strings: [label], tenantId: ag.tenantId, path: ag.path });
      }
    });
    const res = await app.inject({
      method: 'POST',
      url: `/api/laws/versions/${versionId}/changes`,
      headers: live.get('supervisor')!.headers,
      payload: { kind: 'amended', articleSeqs: [1], effectiveDate: '2026-01-01' },
    });
    if (res.statusCode !== 201) throw new Error(`matrix change: ${res.statusCode} ${res.body}`);
    const changeId = res.json().id;
    const rows = await ctx.db.select().from(lawReviewTasks).where(eq(lawReviewTasks.changeId, changeId));
    const tasks = {} as Record<Loc, string>;
    for (const loc of LOCS as Loc[]) {
      const row = rows.find((r) => r.agencyId === AG[loc].id)!;
      tasks[loc] = row.id;
      fixedRecords.push({ ids: [row.id], strings: [], tenantId: row.tenantId, path: AG[loc].path });
    }
    return { versionId, changeId, tasks };
  })();
  return matrixChangePromise;
}

/** An open review task with one item, in the location's agency: a throwaway for one answer. */
async function freshReviewTask(loc: Loc): Promise<{ tenantId: string; id: string }> {
  const ag = AG[loc];
  const { changeId } = await matrixChange();
  const id = randomUUID();
  await ctx.db.insert(lawReviewTasks).values({ tenantId: ag.tenantId, id, changeId, agencyId: ag.id });
  await ctx.db.insert(lawReviewItems).values({
    tenantId: ag.tenantId,
    taskId: id,
    seq: 1,
    subjectKind: 'power_item',
    subjectId: randomUUID(),
    subjectLabel: `矩阵审查${tag()}`,
    role: 'basis',
    articleSeq: 1,
    articleLabel: '第一条',
  });
  registerFresh(ag.tenantId, ag.path, [id]);
  return { tenantId: ag.tenantId, id };
}
const reviewItemRow = (t: { tenantId: string; id: string }) => () =>
  one(
    ctx.db
      .select()
      .from(lawReviewItems)
      .where(and(eq(lawReviewItems.tenantId, t.tenantId), eq(lawReviewItems.taskId, t.id))),
  );

const agencyRow = (a: { tenantId: string; id: string }) => () =>
  one(
    ctx.db
      .select()
      .from(agencies)
      .where(and(eq(agencies.tenantId, a.tenantId), eq(agencies.id, a.id))),
  );
const accountRow = (a: { tenantId: string; id: string }) => () =>
  one(
    ctx.db
      .select()
      .from(accounts)
      .where(and(eq(accounts.tenantId, a.tenantId), eq(accounts.id, a.id))),
  );
const grantsOf = (a: { tenantId: string; id: string }) => () =>
  ctx.db
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.tenantId, a.tenantId), eq(roleGrants.accountId, a.id)));
const tokensOf = (a: { tenantId: string; id: string }) => () =>
  ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tenantId, a.tenantId), eq(apiTokens.accountId, a.id)));
const tenantRow = (code: string) => () => one(ctx.db.select().from(tenants).where(eq(tenants.tenantId, code)));
const policyRow = (code: string) => () =>
  one(ctx.db.select().from(securityPolicies).where(eq(securityPolicies.tenantId, code)));
const agenciesNamed = (tenantId: string, name: string) => () =>
  ctx.db
    .select()
    .from(agencies)
    .where(and(eq(agencies.tenantId, tenantId), eq(agencies.name, name)));
const accountsNamed = (tenantId: string, username: string) => () =>
  ctx.db
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.username, username)));

/** A throwaway account in the location's agency, for one write. */
async function freshAccount(loc: Loc, grants: GrantSpec[] = []) {
  const a = await makeAccount(ctx, AG[loc], grants);
  const rec = registerFresh(a.tenantId, AG[loc].path, [a.id]);
  rec.strings.push(a.username);
  return { ...a, rec };
}

const throwaways = new Map<string, Promise<unknown>>();

/** A throwaway target: a new one per cell, or (for cells expecting a refusal) one kept per `key`. */
function throwaway<R>(reuse: boolean, key: string, make: () => Promise<R>): Promise<R> {
  if (!reuse) return make();
  if (!throwaways.has(key)) throwaways.set(key, make());
  return throwaways.get(key) as Promise<R>;
}

/** The role a holder of grant.write may grant (the security administrator grants administrator roles only). */
const grantableRole = (actor: LiveActor): Role => (actor.spec.role === 'secadmin' ? 'auditor' : 'officer');

/** A separate account with the actor's role and scope, signed in: for cells that change the caller's own account. */
async function cloneOf(actor: LiveActor): Promise<LiveActor> {
  if (actor.spec.token) return actor;
  const acc = await makeAccount(ctx, AG.X, [grantSpecOf(actor.spec)]);
  registerFresh(T.A, AG.X.path, [acc.id], acc.id);
  const cookie = await openSession(ctx, acc);
  return {
    spec: actor.spec,
    id: acc.id,
    tenantId: acc.tenantId,
    username: acc.username,
    password: acc.password,
    headers: { cookie },
  };
}

/** The field of the one-time-code body, taken from the contract so that renaming it does not break the matrix. */
const TOTP_FIELD = Object.keys(totpCodeBody.shape)[0];

const tokenExpiry = (): string => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

async function removeTenant(code: string): Promise<void> {
  await ctx.db.delete(tenants).where(eq(tenants.tenantId, code));
}

// --- Powers list fixtures: per location, one accepted item and one submitted request to read; fresh requests
// in a given state for the writes.
const powerFixtures = new Map<Loc, Promise<{ item: { id: string; code: string; rec: Rec }; submitted: string }>>();
function powerItemAt(loc: Loc) {
  if (!powerFixtures.has(loc)) {
    powerFixtures.set(
      loc,
      (async () => {
        const ag = AG[loc];
        const code = `MR-${tag()}`;
        const made = await makePowerRequest(ctx, ag, {
          state: 'accepted',
          changes: [addChange(sampleContent(code))],
        });
        const pending = await makePowerRequest(ctx, ag, { state: 'submitted' });
        const rec = registerFresh(ag.tenantId, ag.path, [made.itemIds[0], made.requestId, pending.requestId]);
        rec.strings.push(code);
        return { item: { id: made.itemIds[0], code, rec }, submitted: pending.requestId };
      })(),
    );
  }
  return powerFixtures.get(loc)!;
}
async function powerRequestAt(reuse: boolean, route: string, loc: Loc, state: 'draft' | 'submitted'): Promise<string> {
  return throwaway(reuse, `powers ${route} ${loc}`, async () => {
    const ag = AG[loc];
    const made = await makePowerRequest(ctx, ag, { state });
    registerFresh(ag.tenantId, ag.path, [made.requestId]);
    return made.requestId;
  });
}

const ROUTES: Record<string, RouteExpectation> = {
  // --- The caller's own account: any signed-in actor. --------------------------------------------------------
  'GET /api/me': {
    auth: 'authenticated',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async (actor) => ({
      request: get('/api/me'),
      verify: (res, where) => expect.soft(res.json().account.id, where).toBe(actor.id),
    }),
  },
  'POST /api/auth/logout': {
    auth: 'authenticated',
    scope: 'self',
    targets: SELF,
    success: 204,
    cell: async (actor) => {
      if (actor.spec.token) return { request: { method: 'POST', url: '/api/auth/logout' } };
      // A session of its own, so that the actor's usual one survives.
      const cookie = await openSession(ctx, actor);
      return {
        as: { ...actor, headers: { cookie } },
        request: { method: 'POST', url: '/api/auth/logout' },
        verify: async (_res, where) => {
          const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
          expect.soft(me.statusCode, `${where}: the session still works after logout`).toBe(401);
        },
      };
    },
  },
  'POST /api/me/password': {
    auth: 'authenticated',
    scope: 'self',
    targets: SELF,
    success: 204,
    interactiveOnly: true,
    cell: async (actor) => {
      const as = await cloneOf(actor);
      const newPassword = `Matrix-${tag()}-Pw1!`;
      return {
        as,
        request: { method: 'POST', url: '/api/me/password', payload: { currentPassword: as.password, newPassword } },
        snapshot: accountRow(as),
        verify: async () => {
          await signIn(app, { ...as, password: newPassword }); // throws when the new password does not work
        },
      };
    },
  },
  'POST /api/me/totp/setup': {
    auth: 'authenticated',
    scope: 'self',
    targets: SELF,
    success: 200,
    interactiveOnly: true,
    cell: async (actor) => {
      const as = await cloneOf(actor);
      return {
        as,
        request: { method: 'POST', url: '/api/me/totp/setup' },
        snapshot: accountRow(as),
        verify: async (res, where) => {
          expect.soft(res.json().secret, where).toMatch(/^[A-Z2-7]+$/);
          expect.soft((await accountRow(as)())?.totpSecretEnc, where).toBeTruthy();
        },
      };
    },
  },
  'POST /api/me/totp/enable': {
    auth: 'authenticated',
    scope: 'self',
    targets: SELF,
    success: 204,
    interactiveOnly: true,
    cell: async (actor) => {
      const as = await cloneOf(actor);
      let code = '123456';
      if (!as.spec.token) {
        const setup = await app.inject({ method: 'POST', url: '/api/me/totp/setup', headers: as.headers });
        code = totpCode(setup.json().secret, Date.now());
      }
      return {
        as,
        request: { method: 'POST', url: '/api/me/totp/enable', payload: { [TOTP_FIELD]: code } },
        snapshot: accountRow(as),
        verify: async (_res, where) => expect.soft((await accountRow(as)())?.totpEnabled, where).toBe(true),
      };
    },
  },
  'POST /api/me/totp/disable': {
    auth: 'authenticated',
    scope: 'self',
    targets: SELF,
    success: 204,
    interactiveOnly: true,
    cell: async (actor) => {
      const as = await cloneOf(actor);
      let code = '123456';
      if (!as.spec.token) {
        const setup = await app.inject({ method: 'POST', url: '/api/me/totp/setup', headers: as.headers });
        const secret = setup.json().secret;
        const payload = { [TOTP_FIELD]: totpCode(secret, Date.now()) };
        const enabled = await app.inject({ method: 'POST', url: '/api/me/totp/enable', headers: as.headers, payload });
        if (enabled.statusCode !== 204) throw new Error(`could not enable TOTP: ${enabled.body}`);
        code = totpCode(secret, Date.now() + 30_000); // the next step: a code newer than the one used
      }
      return {
        as,
        request: { method: 'POST', url: '/api/me/totp/disable', payload: { [TOTP_FIELD]: code } },
        snapshot: accountRow(as),
        verify: async (_res, where) => expect.soft((await accountRow(as)())?.totpEnabled, where).toBe(false),
      };
    },
  },

  // --- Tenants. -------------------------------------------------------------------------------------------------
  'GET /api/tenants': {
    auth: 'tenant.read',
    scope: 'tenant-reach',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, t) => ({ request: get('/api/tenants'), find: `"code":"${T[t as TenantKey]}"` }),
  },
  'GET /api/tenants/:code': {
    auth: 'tenant.read',
    scope: 'tenant-reach',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 404,
    cell: async (_a, t) => {
      const code = T[t as TenantKey];
      return {
        request: get(`/api/tenants/${code}`),
        verify: (res, where) => expect.soft(res.json().code, where).toBe(code),
      };
    },
  },
  'POST /api/tenants': {
    // Provisioning: only a code listed in the operator's whole-tenant scope; A and B exist already (409).
    auth: 'tenant.write',
    scope: 'tenant',
    targets: TENANTS_ABC,
    success: 201,
    successFor: (t) => (t === 'C' ? 201 : 409),
    outOfScope: 403,
    cell: async (_a, t) => {
      const code = T[t as TenantKey];
      if (t === 'C') await removeTenant(code);
      return {
        request: { method: 'POST', url: '/api/tenants', payload: { code, name: `矩阵开通${tag()}` } },
        snapshot: tenantRow(code),
        verify: async (res, where) => {
          expect.soft(res.json().code, where).toBe(code);
          await removeTenant(code);
        },
      };
    },
  },
  'PATCH /api/tenants/:code': {
    auth: 'tenant.write',
    scope: 'tenant',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'tenant.read', scope: 'tenant-reach' },
    cell: async (_a, t) => {
      const code = T[t as TenantKey];
      const name = `矩阵县${code}${tag().slice(0, 4)}`;
      return {
        request: { method: 'PATCH', url: `/api/tenants/${code}`, payload: { name } },
        snapshot: tenantRow(code),
        verify: async (_res, where) => expect.soft((await tenantRow(code)())?.name, where).toBe(name),
      };
    },
  },
  'DELETE /api/tenants/:code': {
    // Only an empty tenant can go: A has agencies (409); C is provisioned for the cell and deleted.
    auth: 'tenant.write',
    scope: 'tenant',
    targets: TENANTS_ABC,
    success: 204,
    successFor: (t) => (t === 'C' ? 204 : 409),
    outOfScope: 404,
    readable: { permission: 'tenant.read', scope: 'tenant-reach' },
    cell: async (_a, t) => {
      const code = T[t as TenantKey];
      if (t === 'C')
        await ctx.db
          .insert(tenants)
          .values({ tenantId: code, name: `矩阵丙县${code}` })
          .onConflictDoNothing();
      return {
        request: { method: 'DELETE', url: `/api/tenants/${code}` },
        snapshot: tenantRow(code),
        verify: async (_res, where) => expect.soft(await tenantRow(code)(), where).toBeNull(),
      };
    },
  },

  // --- Agencies. ----------------------------------------------------------------------------------------------
  'GET /api/agencies': {
    auth: 'agency.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      return { request: get(`/api/agencies?tenant=${ag.tenantId}`), find: ag.id };
    },
  },
  'GET /api/agencies/:id': {
    auth: 'agency.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      return {
        request: get(`/api/agencies/${ag.id}`),
        verify: (res, where) => expect.soft(res.json(), where).toMatchObject({ id: ag.id, uscc: ag.uscc }),
      };
    },
  },
  'POST /api/agencies': {
    // A parent outside the write scope is "not found" in the body, the same answer as a parent that does not exist.
    auth: 'agency.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    below: true,
    cell: async (_a, l) => {
      const parent = AG[l as Loc];
      const name = `矩阵新建${tag()}`;
      return {
        request: {
          method: 'POST',
          url: '/api/agencies',
          payload: {
            tenantId: parent.tenantId,
            parentId: parent.id,
            name,
            kind: 'city_department',
            legalStatus: 'administrative_organ',
          },
        },
        snapshot: agenciesNamed(parent.tenantId, name),
        verify: (res, where) => {
          const body = res.json();
          expect.soft(body, where).toMatchObject({ parentId: parent.id, name });
          registerFresh(parent.tenantId, `${parent.path}${body.id}/`, [body.id]);
        },
        records: [{ ids: [], strings: [name], tenantId: parent.tenantId, path: `${parent.path}new/` }],
      };
    },
  },
  'PATCH /api/agencies/:id': {
    auth: 'agency.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'agency.read', scope: 'agency' },
    below: true,
    cell: async (_a, l, reuse) => {
      const { target, rec } = await throwaway(reuse, `PATCH agency ${l}`, async () => {
        const target = await insertChildAgency(ctx, AG[l as Loc]);
        const rec = registerFresh(target.tenantId, target.path, [target.id]);
        rec.strings.push(target.name);
        return { target, rec };
      });
      const name = `矩阵改名${tag()}`;
      return {
        request: { method: 'PATCH', url: `/api/agencies/${target.id}`, payload: { name } },
        snapshot: agencyRow(target),
        verify: async (_res, where) => expect.soft((await agencyRow(target)())?.name, where).toBe(name),
        records: [rec],
      };
    },
  },

  // --- Accounts. ----------------------------------------------------------------------------------------------
  'GET /api/accounts': {
    auth: 'account.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => ({
      request: get(`/api/accounts?tenant=${AG[l as Loc].tenantId}`),
      find: TGT[l as Loc].account.id,
    }),
  },
  'GET /api/accounts/:id': {
    auth: 'account.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const acc = TGT[l as Loc].account;
      return {
        request: get(`/api/accounts/${acc.id}`),
        verify: (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ id: acc.id, username: acc.username });
          expect
            .soft(res.body, `${where}: the full phone number in a read that is not logged`)
            .not.toContain(acc.phone);
        },
      };
    },
  },
  'GET /api/accounts/:id/phone': {
    auth: 'account.read_personal',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'account.read', scope: 'agency' },
    cell: async (_a, l) => {
      const acc = TGT[l as Loc].account;
      return {
        request: get(`/api/accounts/${acc.id}/phone`),
        verify: (res, where) => expect.soft(res.json().phone, where).toBe(acc.phone),
      };
    },
  },
  'POST /api/accounts': {
    // An agency outside the write scope is "not found" in the body, as one that does not exist.
    auth: 'account.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const username = `m${tag()}`;
      const displayName = `矩阵新人${tag()}`;
      const phone = randomMobile();
      return {
        request: {
          method: 'POST',
          url: '/api/accounts',
          payload: { tenantId: ag.tenantId, username, displayName, agencyId: ag.id, phone, password: TEST_PASSWORD },
        },
        snapshot: accountsNamed(ag.tenantId, username),
        verify: (res, where) => {
          const body = res.json();
          expect.soft(body, where).toMatchObject({ username, agency: { id: ag.id }, mustChangePassword: true });
          expect.soft(body.phoneMasked, where).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
          registerFresh(ag.tenantId, ag.path, [body.id]);
        },
        records: [{ ids: [], strings: [username, displayName, phone], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'PATCH /api/accounts/:id': {
    auth: 'account.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'account.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const acc = await throwaway(reuse, `PATCH /api/accounts/:id ${l}`, () => freshAccount(l as Loc));
      const displayName = `矩阵改名${tag()}`;
      return {
        request: { method: 'PATCH', url: `/api/accounts/${acc.id}`, payload: { displayName } },
        snapshot: accountRow(acc),
        verify: async (_res, where) => expect.soft((await accountRow(acc)())?.displayName, where).toBe(displayName),
        records: [acc.rec],
      };
    },
  },
  'DELETE /api/accounts/:id': {
    auth: 'account.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'account.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const acc = await throwaway(reuse, `DELETE /api/accounts/:id ${l}`, () => freshAccount(l as Loc));
      return {
        request: { method: 'DELETE', url: `/api/accounts/${acc.id}` },
        snapshot: accountRow(acc),
        verify: async (_res, where) => expect.soft((await accountRow(acc)())?.status, where).toBe('disabled'),
        records: [acc.rec],
      };
    },
  },
  'POST /api/accounts/:id/reset-password': {
    auth: 'account.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'account.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const acc = await throwaway(reuse, `POST /api/accounts/:id/reset-password ${l}`, () => freshAccount(l as Loc));
      return {
        request: {
          method: 'POST',
          url: `/api/accounts/${acc.id}/reset-password`,
          payload: { password: `Matrix-Reset-${tag()}!` },
        },
        snapshot: accountRow(acc),
        verify: async (_res, where) => expect.soft((await accountRow(acc)())?.mustChangePassword, where).toBe(true),
        records: [acc.rec],
      };
    },
  },
  'POST /api/accounts/:id/unlock': {
    auth: 'account.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'account.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const acc = await throwaway(reuse, `unlock ${l}`, async () => {
        const acc = await freshAccount(l as Loc);
        await lockAccount(ctx, acc);
        return acc;
      });
      return {
        request: { method: 'POST', url: `/api/accounts/${acc.id}/unlock` },
        snapshot: accountRow(acc),
        verify: async (_res, where) =>
          expect.soft(await accountRow(acc)(), where).toMatchObject({ failedLogins: 0, lockedUntil: null }),
        records: [acc.rec],
      };
    },
  },

  // --- The law library: shared reference data; the permission alone decides (no data scope). ---------------
  'GET /api/laws': {
    auth: 'law.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({ request: get('/api/laws') }),
  },
  'GET /api/laws/search': {
    auth: 'law.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => {
      const { title } = await matrixLaw();
      return {
        request: get(`/api/laws/search?q=${encodeURIComponent(title)}`),
        verify: (res, where) => expect.soft(res.json().total, where).toBeGreaterThan(0),
      };
    },
  },
  'GET /api/laws/versions/:versionId': {
    auth: 'law.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => {
      const { versionId, title } = await matrixLaw();
      return {
        request: get(`/api/laws/versions/${versionId}`),
        verify: (res, where) => expect.soft(res.json().law.title, where).toBe(title),
      };
    },
  },
  'POST /api/laws/import': {
    auth: 'law.write',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => {
      const title = `矩阵导入测试法${tag()}`;
      const countOf = async () => (await ctx.db.select().from(laws).where(eq(laws.title, title))).length;
      return {
        request: {
          method: 'POST',
          url: '/api/laws/import',
          payload: { fileName: 'matrix(2020-01-01).md', content: lawText(title) },
        },
        snapshot: countOf,
        verify: async (res, where) => {
          expect.soft(res.json().outcome, where).toBe('created');
          expect.soft(await countOf(), where).toBe(1);
        },
      };
    },
  },

  // --- Powers list (权责清单). Entries for the powers routes go here. ---------------------------------------------
  'GET /api/powers/items': {
    auth: 'power.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const { item } = await powerItemAt(l as Loc);
      return {
        request: get(`/api/powers/items?tenant=${AG[l as Loc].tenantId}&q=${item.code}`),
        find: item.id,
        records: [item.rec],
      };
    },
  },
  'GET /api/powers/items/:id': {
    auth: 'power.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const { item } = await powerItemAt(l as Loc);
      return {
        request: get(`/api/powers/items/${item.id}`),
        verify: (res, where) => expect.soft(res.json().content.code, where).toBe(item.code),
        records: [item.rec],
      };
    },
  },
  'POST /api/powers/items/:id/guidance': {
    // The target is the department that delegated the item (the item itself belongs to a township outside X's
    // subtree): only those who write that department's list give guidance.
    auth: 'power.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const { itemId } = await throwaway(reuse, `powers guidance ${l}`, async () => {
        const made = await makeDelegatedItem(ctx, await makeTownship(ctx, ag.tenantId), ag);
        registerFresh(ag.tenantId, ag.path, [made.itemId, made.requestId]);
        return made;
      });
      return {
        request: {
          method: 'POST',
          url: `/api/powers/items/${itemId}/guidance`,
          payload: { text: `矩阵指导意见${tag()}` },
        },
        snapshot: () => guidanceOf(ctx, ag.tenantId, itemId),
        verify: async (res, where) => {
          expect.soft(res.json().authorAgencyId, where).toBe(ag.id);
          expect.soft(await guidanceOf(ctx, ag.tenantId, itemId), where).toHaveLength(1);
        },
      };
    },
  },
  'GET /api/powers/requests': {
    auth: 'power.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const { submitted } = await powerItemAt(l as Loc);
      return {
        request: get(`/api/powers/requests?tenant=${AG[l as Loc].tenantId}&state=submitted&pageSize=200`),
        find: submitted,
      };
    },
  },
  'POST /api/powers/requests': {
    // Another agency's id in the body is "not found" in the body (400), as one that does not exist.
    auth: 'power.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    readable: { permission: 'power.read', scope: 'agency' },
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const title = `矩阵申请${tag()}`;
      return {
        request: {
          method: 'POST',
          url: '/api/powers/requests',
          payload: { agencyId: ag.id, title, changes: [addChange(sampleContent(`MX-${tag()}`))] },
        },
        snapshot: () => requestsTitled(ctx, ag.tenantId, title),
        verify: (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ state: 'draft', agencyId: ag.id, title });
          registerFresh(ag.tenantId, ag.path, [res.json().id]);
        },
        records: [{ ids: [], strings: [title], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'GET /api/powers/requests/:id': {
    auth: 'power.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const { submitted } = await powerItemAt(l as Loc);
      return {
        request: get(`/api/powers/requests/${submitted}`),
        verify: (res, where) => expect.soft(res.json().state, where).toBe('submitted'),
      };
    },
  },
  'PUT /api/powers/requests/:id': {
    auth: 'power.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const requestId = await powerRequestAt(reuse, 'PUT', l as Loc, 'draft');
      const title = `矩阵修改${tag()}`;
      return {
        request: {
          method: 'PUT',
          url: `/api/powers/requests/${requestId}`,
          payload: { title, changes: [addChange(sampleContent(`MU-${tag()}`))] },
        },
        snapshot: () => requestSnapshot(ctx, ag.tenantId, requestId),
        verify: (res, where) => expect.soft(res.json().title, where).toBe(title),
        records: [{ ids: [], strings: [title], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'POST /api/powers/requests/:id/submit': {
    auth: 'power.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const requestId = await powerRequestAt(reuse, 'submit', l as Loc, 'draft');
      return {
        request: { method: 'POST', url: `/api/powers/requests/${requestId}/submit`, payload: {} },
        snapshot: () => requestSnapshot(ctx, ag.tenantId, requestId),
        verify: (res, where) => expect.soft(res.json().state, where).toBe('submitted'),
      };
    },
  },
  'POST /api/powers/requests/:id/withdraw': {
    auth: 'power.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const requestId = await powerRequestAt(reuse, 'withdraw', l as Loc, 'draft');
      return {
        request: { method: 'POST', url: `/api/powers/requests/${requestId}/withdraw`, payload: {} },
        snapshot: () => requestSnapshot(ctx, ag.tenantId, requestId),
        verify: (res, where) => expect.soft(res.json().state, where).toBe('withdrawn'),
      };
    },
  },
  'POST /api/powers/requests/:id/return': {
    auth: 'filing.review',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const requestId = await powerRequestAt(reuse, 'return', l as Loc, 'submitted');
      return {
        request: {
          method: 'POST',
          url: `/api/powers/requests/${requestId}/return`,
          payload: { comments: '矩阵退回意见' },
        },
        snapshot: () => requestSnapshot(ctx, ag.tenantId, requestId),
        verify: (res, where) =>
          expect.soft(res.json(), where).toMatchObject({ state: 'returned', reviewComments: '矩阵退回意见' }),
      };
    },
  },
  'POST /api/powers/requests/:id/accept': {
    auth: 'filing.review',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const requestId = await powerRequestAt(reuse, 'accept', l as Loc, 'submitted');
      return {
        request: {
          method: 'POST',
          url: `/api/powers/requests/${requestId}/accept`,
          payload: { effectiveDate: shanghaiDate(new Date()) },
        },
        snapshot: () => requestSnapshot(ctx, ag.tenantId, requestId),
        verify: (res, where) => {
          expect.soft(res.json().state, where).toBe('accepted');
          registerFresh(
            ag.tenantId,
            ag.path,
            res.json().changes.map((c: { itemId: string }) => c.itemId),
          );
        },
      };
    },
  },
  'POST /api/powers/import': {
    auth: 'power.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 400,
    readable: { permission: 'power.read', scope: 'agency' },
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const fileName = `矩阵导入${tag()}.xlsx`;
      const title = `矩阵导入申请${tag()}`;
      return {
        request: {
          method: 'POST',
          url: '/api/powers/import',
          payload: { agencyId: ag.id, fileName, title, contentBase64: await powersWorkbookBase64([`MI-${tag()}`]) },
        },
        snapshot: () => requestsTitled(ctx, ag.tenantId, title),
        verify: (res, where) => {
          expect.soft(res.json().counts, where).toMatchObject({ add: 1 });
          registerFresh(ag.tenantId, ag.path, [res.json().request.id]);
        },
        records: [{ ids: [], strings: [title, fileName], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'GET /api/powers/export.xlsx': {
    auth: 'power.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      await powerItemAt(l as Loc);
      return {
        request: get(`/api/powers/export.xlsx?agencyId=${AG[l as Loc].id}`),
        verify: (res, where) => expect.soft(res.headers['content-type'], where).toContain('spreadsheetml'),
      };
    },
  },
  'GET /api/powers/template.xlsx': {
    auth: 'power.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({
      request: get('/api/powers/template.xlsx'),
      verify: (res, where) => expect.soft(res.rawPayload.subarray(0, 2).toString(), where).toBe('PK'),
    }),
  },

  // --- Discretion benchmarks (裁量基准). Entries for the benchmark routes go here. -----------------------------------
  'GET /api/benchmarks': {
    auth: 'benchmark.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const b = await benchmarkFor(ctx.db, AG[l as Loc], (ids) =>
        registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids),
      );
      return { request: get(`/api/benchmarks?tenant=${ag.tenantId}`), find: b.id };
    },
  },
  'GET /api/benchmarks/:id': {
    auth: 'benchmark.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const b = await benchmarkFor(ctx.db, AG[l as Loc], (ids) =>
        registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids),
      );
      return {
        request: get(`/api/benchmarks/${b.id}`),
        verify: (res, where) => expect.soft(res.json(), where).toMatchObject({ id: b.id, inForceVersionNo: 1 }),
      };
    },
  },
  'GET /api/benchmarks/:id/versions/:versionNo': {
    auth: 'benchmark.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const b = await benchmarkFor(ctx.db, AG[l as Loc], (ids) =>
        registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids),
      );
      return {
        request: get(`/api/benchmarks/${b.id}/versions/2`),
        verify: (res, where) => expect.soft(res.json().version?.status, where).toBe('draft'),
      };
    },
  },
  'GET /api/benchmarks/:id/in-force': {
    auth: 'benchmark.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const b = await benchmarkFor(ctx.db, AG[l as Loc], (ids) =>
        registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids),
      );
      return {
        request: get(`/api/benchmarks/${b.id}/in-force?on=2021-06-01`),
        verify: (res, where) => expect.soft(res.json().version?.versionNo, where).toBe(1),
      };
    },
  },
  'GET /api/benchmarks/:id/diff': {
    auth: 'benchmark.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const b = await benchmarkFor(ctx.db, AG[l as Loc], (ids) =>
        registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids),
      );
      return {
        request: get(`/api/benchmarks/${b.id}/diff?from=1&to=2`),
        verify: (res, where) => expect.soft(res.json().fields?.[0]?.what?.zh, where).toBe('说明'),
      };
    },
  },
  'POST /api/benchmarks/:id/evaluate': {
    auth: 'benchmark.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const b = await benchmarkFor(ctx.db, AG[l as Loc], (ids) =>
        registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids),
      );
      return {
        request: {
          method: 'POST',
          url: `/api/benchmarks/${b.id}/evaluate`,
          payload: { facts: { refusedCorrection: true }, proposed: { fineFen: 9_000_000 } },
        },
        verify: (res, where) =>
          expect.soft(res.json(), where).toMatchObject({ level: { key: 'ordinary' }, proposal: { within: false } }),
      };
    },
  },
  'GET /api/benchmarks.xlsx': {
    // One agency's file (a zip: its cells are read back); an agency outside the scope is not found.
    auth: 'benchmark.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const b = await benchmarkFor(ctx.db, ag, (ids) => registerFresh(ag.tenantId, ag.path, ids));
      return {
        request: get(`/api/benchmarks.xlsx?tenant=${ag.tenantId}&agencyId=${ag.id}`),
        verify: async (res, where) =>
          expect.soft(await xlsxTexts(res.rawPayload), `${where}: the target's code in the file`).toContain(b.code),
      };
    },
  },
  'POST /api/benchmarks': {
    // An agency outside the write scope is "not found" in the body, as one that does not exist.
    auth: 'benchmark.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const { versionId } = await matrixLaw();
      const code = `MX-${tag()}`;
      const refs = { violated: [{ versionId, articleSeq: 1 }], penalty: [{ versionId, articleSeq: 1 }] };
      return {
        request: { method: 'POST', url: '/api/benchmarks', payload: { ...fixtureDraft(code, refs), agencyId: ag.id } },
        snapshot: benchmarksCoded(ctx.db, ag.tenantId, code),
        verify: (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ code, agencyId: ag.id, draftVersionNo: 1 });
          registerFresh(ag.tenantId, ag.path, [res.json().id]);
        },
        records: [{ ids: [], strings: [code], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'PUT /api/benchmarks/:id/draft': {
    auth: 'benchmark.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'benchmark.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const b = await throwaway(reuse, `PUT benchmark draft ${l}`, () =>
        freshBenchmark(ctx.db, AG[l as Loc], (ids) => registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids), {}),
      );
      const { versionId } = await matrixLaw();
      const refs = { violated: [{ versionId, articleSeq: 1 }], penalty: [{ versionId, articleSeq: 1 }] };
      const violation = `矩阵改写${tag()}`;
      return {
        request: {
          method: 'PUT',
          url: `/api/benchmarks/${b.id}/draft`,
          payload: { ...fixtureDraft(b.code, refs), violation },
        },
        snapshot: benchmarkSnapshot(ctx.db, b),
        verify: async (_res, where) =>
          expect.soft((await benchmarkSnapshot(ctx.db, b)())[0]?.violation, where).toBe(violation),
        records: [b.rec],
      };
    },
  },
  'DELETE /api/benchmarks/:id/draft': {
    auth: 'benchmark.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'benchmark.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const b = await throwaway(reuse, `DELETE benchmark draft ${l}`, () =>
        freshBenchmark(ctx.db, AG[l as Loc], (ids) => registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids), {
          draft: true,
        }),
      );
      return {
        request: { method: 'DELETE', url: `/api/benchmarks/${b.id}/draft` },
        snapshot: benchmarkSnapshot(ctx.db, b),
        verify: async (_res, where) =>
          expect.soft((await benchmarkSnapshot(ctx.db, b)())[0]?.draftVersion, where).toBeNull(),
        records: [b.rec],
      };
    },
  },
  'POST /api/benchmarks/:id/publish': {
    auth: 'benchmark.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'benchmark.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const b = await throwaway(reuse, `publish benchmark ${l}`, () =>
        freshBenchmark(ctx.db, AG[l as Loc], (ids) => registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids), {
          draft: true,
        }),
      );
      return {
        request: { method: 'POST', url: `/api/benchmarks/${b.id}/publish`, payload: { effectiveFrom: farFuture() } },
        snapshot: benchmarkSnapshot(ctx.db, b),
        verify: async (_res, where) =>
          expect.soft((await benchmarkSnapshot(ctx.db, b)())[0]?.draftVersion, where).toBeNull(),
        records: [b.rec],
      };
    },
  },
  'POST /api/benchmarks/import': {
    auth: 'benchmark.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 400,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const { title } = await matrixLaw();
      const code = `MXI-${tag()}`;
      const file = await fixtureWorkbook(code, title);
      return {
        request: {
          method: 'POST',
          url: '/api/benchmarks/import',
          payload: { agencyId: ag.id, fileName: 'matrix.xlsx', contentBase64: file.toString('base64') },
        },
        snapshot: benchmarksCoded(ctx.db, ag.tenantId, code),
        verify: async (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ written: true, created: [code], errors: [] });
          const rows = await benchmarksCoded(ctx.db, ag.tenantId, code)();
          registerFresh(
            ag.tenantId,
            ag.path,
            rows.map((r) => r.id),
          );
        },
        records: [{ ids: [], strings: [code], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'GET /api/benchmark-settings': {
    auth: 'benchmark.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({
      request: get('/api/benchmark-settings'),
      verify: (res, where) => expect.soft(res.json().levels?.length, where).toBeGreaterThan(0),
    }),
  },
  'PUT /api/benchmark-settings': {
    // The tenant's level set: a tenant-wide standard the justice bureau sets, so filing.review over the whole
    // tenant (the supervisor; legal offices and leaders write only their own agency's benchmarks). The payload is
    // the default set: the other cells' benchmarks use every default level, which may not be removed.
    auth: 'filing.review',
    scope: 'tenant',
    targets: ['A'],
    success: 200,
    outOfScope: 403,
    cell: async () => ({
      request: {
        method: 'PUT',
        url: '/api/benchmark-settings',
        payload: { levels: DEFAULT_LEVELS.map((l) => ({ key: l.key, name: { ...l.name } })) },
      },
      snapshot: levelSetSnapshot(ctx.db, T.A),
      verify: (res, where) => {
        const keys = (res.json().levels ?? []).map((l: { key: string }) => l.key);
        expect.soft(keys, where).toEqual(DEFAULT_LEVELS.map((l) => l.key));
      },
    }),
  },
  'GET /api/benchmark-exemptions': {
    auth: 'benchmark.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const e = await exemptionFor(ctx.db, ag, (ids) => registerFresh(ag.tenantId, ag.path, ids));
      return { request: get(`/api/benchmark-exemptions?tenant=${ag.tenantId}`), find: e.id };
    },
  },
  'POST /api/benchmark-exemptions': {
    auth: 'benchmark.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const { versionId } = await matrixLaw();
      const code = `MXE-${tag()}`;
      return {
        request: {
          method: 'POST',
          url: '/api/benchmark-exemptions',
          payload: {
            agencyId: ag.id,
            kind: 'no_penalty',
            code,
            violation: `矩阵清单${code}`,
            conditionsText: '及时改正',
            basisText: '《矩阵测试法》第一条',
            basisRefs: [{ versionId, articleSeq: 1 }],
          },
        },
        snapshot: exemptionsCoded(ctx.db, ag.tenantId, code),
        verify: (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ code, status: 'draft' });
          registerFresh(ag.tenantId, ag.path, [res.json().id]);
        },
        records: [{ ids: [], strings: [code], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'PATCH /api/benchmark-exemptions/:id': {
    auth: 'benchmark.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'benchmark.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const e = await throwaway(reuse, `PATCH exemption ${l}`, () =>
        freshExemption(
          ctx.db,
          AG[l as Loc],
          (ids) => registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids),
          'draft',
        ),
      );
      const measures = `矩阵措施${tag()}`;
      return {
        request: { method: 'PATCH', url: `/api/benchmark-exemptions/${e.id}`, payload: { measures } },
        snapshot: exemptionSnapshot(ctx.db, e),
        verify: async (_res, where) =>
          expect.soft((await exemptionSnapshot(ctx.db, e)())[0]?.measures, where).toBe(measures),
        records: [e.rec],
      };
    },
  },
  'POST /api/benchmark-exemptions/:id/publish': {
    auth: 'benchmark.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'benchmark.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const e = await throwaway(reuse, `publish exemption ${l}`, () =>
        freshExemption(
          ctx.db,
          AG[l as Loc],
          (ids) => registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids),
          'draft',
        ),
      );
      return {
        request: {
          method: 'POST',
          url: `/api/benchmark-exemptions/${e.id}/publish`,
          payload: { effectiveFrom: farFuture() },
        },
        snapshot: exemptionSnapshot(ctx.db, e),
        verify: async (_res, where) =>
          expect.soft((await exemptionSnapshot(ctx.db, e)())[0]?.status, where).toBe('published'),
        records: [e.rec],
      };
    },
  },
  'POST /api/benchmark-exemptions/:id/withdraw': {
    auth: 'benchmark.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'benchmark.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const e = await throwaway(reuse, `withdraw exemption ${l}`, () =>
        freshExemption(
          ctx.db,
          AG[l as Loc],
          (ids) => registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids),
          'published',
        ),
      );
      return {
        request: {
          method: 'POST',
          url: `/api/benchmark-exemptions/${e.id}/withdraw`,
          payload: { withdrawnOn: farFuture() },
        },
        snapshot: exemptionSnapshot(ctx.db, e),
        verify: async (_res, where) =>
          expect.soft((await exemptionSnapshot(ctx.db, e)())[0]?.status, where).toBe('withdrawn'),
        records: [e.rec],
      };
    },
  },
  'DELETE /api/benchmark-exemptions/:id': {
    auth: 'benchmark.write',
    scope: 'agency',
    targets: LOCS,
    success: 204,
    outOfScope: 404,
    readable: { permission: 'benchmark.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const e = await throwaway(reuse, `DELETE exemption ${l}`, () =>
        freshExemption(
          ctx.db,
          AG[l as Loc],
          (ids) => registerFresh(AG[l as Loc].tenantId, AG[l as Loc].path, ids),
          'draft',
        ),
      );
      return {
        request: { method: 'DELETE', url: `/api/benchmark-exemptions/${e.id}` },
        snapshot: exemptionSnapshot(ctx.db, e),
        verify: async (_res, where) => expect.soft(await exemptionSnapshot(ctx.db, e)(), where).toEqual([]),
        records: [e.rec],
      };
    },
  },

  // --- Review catalogues (法制审核目录) and referral thresholds (移送标准). Entries go here. ---------------------------
  'GET /api/review-catalogues': {
    auth: 'review_catalogue.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      await publishedCatalogueOf(ctx.db, ag, (ids) => registerFresh(ag.tenantId, ag.path, ids));
      return { request: get(`/api/review-catalogues?tenant=${ag.tenantId}`), find: ag.id };
    },
  },
  'GET /api/review-catalogues/:agencyId': {
    auth: 'review_catalogue.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      await publishedCatalogueOf(ctx.db, ag, (ids) => registerFresh(ag.tenantId, ag.path, ids));
      return {
        request: get(`/api/review-catalogues/${ag.id}`),
        verify: (res, where) => expect.soft(res.json().inForce?.ruleCount, where).toBe(2),
      };
    },
  },
  'GET /api/review-catalogues/:agencyId/versions/:versionNo': {
    auth: 'review_catalogue.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const f = await publishedCatalogueOf(ctx.db, ag, (ids) => registerFresh(ag.tenantId, ag.path, ids));
      return {
        request: get(`/api/review-catalogues/${ag.id}/versions/1`),
        verify: (res, where) => expect.soft(res.json().rules?.[0]?.ruleId, where).toBe(f.fineRuleId),
      };
    },
  },
  'GET /api/review-catalogues/:agencyId/diff': {
    auth: 'review_catalogue.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      await publishedCatalogueOf(ctx.db, ag, (ids) => registerFresh(ag.tenantId, ag.path, ids));
      return {
        request: get(`/api/review-catalogues/${ag.id}/diff?from=1&to=1`),
        verify: (res, where) => expect.soft(res.json().unchanged, where).toBe(2),
      };
    },
  },
  'POST /api/review-catalogues/:agencyId/evaluate': {
    auth: 'review_catalogue.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const f = await publishedCatalogueOf(ctx.db, ag, (ids) => registerFresh(ag.tenantId, ag.path, ids));
      return {
        request: {
          method: 'POST',
          url: `/api/review-catalogues/${ag.id}/evaluate`,
          payload: { decision: { partyType: 'organisation', tickedRuleIds: [f.tickRuleId] } },
        },
        verify: (res, where) => expect.soft(res.json().major, where).toBe(true),
      };
    },
  },
  'POST /api/review-catalogues/:agencyId/draft/rules': {
    // Written to a throwaway agency below the target, so that cells do not share a draft.
    auth: 'review_catalogue.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 404,
    readable: { permission: 'review_catalogue.read', scope: 'agency' },
    below: true,
    cell: async (_a, l, reuse) => {
      const { target, rec } = await throwaway(reuse, `catalogue rule add ${l}`, async () => {
        const target = await insertChildAgency(ctx, AG[l as Loc]);
        const rec = registerFresh(target.tenantId, target.path, [target.id]);
        rec.strings.push(target.name);
        return { target, rec };
      });
      const title = `矩阵审核规则${tag()}`;
      return {
        request: {
          method: 'POST',
          url: `/api/review-catalogues/${target.id}/draft/rules`,
          payload: { title, condition: { kind: 'hearing_held' } },
        },
        snapshot: () => catalogueSnapshot(ctx.db, target),
        verify: (res, where) => {
          const rules = res.json().rules as Array<{ ruleId: string; title: string }>;
          expect
            .soft(
              rules.map((r) => r.title),
              where,
            )
            .toContain(title);
          registerFresh(
            target.tenantId,
            target.path,
            rules.map((r) => r.ruleId),
          );
        },
        records: [rec, { ids: [], strings: [title], tenantId: target.tenantId, path: target.path }],
      };
    },
  },
  'PATCH /api/review-catalogues/:agencyId/draft/rules/:ruleId': {
    auth: 'review_catalogue.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'review_catalogue.read', scope: 'agency' },
    below: true,
    cell: async (_a, l, reuse) => {
      const { target, f, rec } = await throwaway(reuse, `catalogue rule patch ${l}`, async () => {
        const target = await insertChildAgency(ctx, AG[l as Loc]);
        const f = await insertCatalogueFixture(ctx.db, target, 'draft');
        const rec = registerFresh(target.tenantId, target.path, [target.id, f.versionId, f.fineRuleId, f.tickRuleId]);
        rec.strings.push(target.name);
        return { target, f, rec };
      });
      const title = `矩阵改规则${tag()}`;
      return {
        request: {
          method: 'PATCH',
          url: `/api/review-catalogues/${target.id}/draft/rules/${f.fineRuleId}`,
          payload: { title },
        },
        snapshot: () => catalogueSnapshot(ctx.db, target),
        verify: (res, where) =>
          expect
            .soft(res.json().rules.find((r: { ruleId: string }) => r.ruleId === f.fineRuleId)?.title, where)
            .toBe(title),
        records: [rec, { ids: [], strings: [title], tenantId: target.tenantId, path: target.path }],
      };
    },
  },
  'DELETE /api/review-catalogues/:agencyId/draft/rules/:ruleId': {
    auth: 'review_catalogue.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'review_catalogue.read', scope: 'agency' },
    below: true,
    cell: async (_a, l, reuse) => {
      const { target, f, rec } = await throwaway(reuse, `catalogue rule delete ${l}`, async () => {
        const target = await insertChildAgency(ctx, AG[l as Loc]);
        const f = await insertCatalogueFixture(ctx.db, target, 'draft');
        const rec = registerFresh(target.tenantId, target.path, [target.id, f.versionId, f.fineRuleId, f.tickRuleId]);
        rec.strings.push(target.name);
        return { target, f, rec };
      });
      return {
        request: { method: 'DELETE', url: `/api/review-catalogues/${target.id}/draft/rules/${f.tickRuleId}` },
        snapshot: () => catalogueSnapshot(ctx.db, target),
        verify: (res, where) => expect.soft(res.json().ruleCount, where).toBe(1),
        records: [rec],
      };
    },
  },
  'DELETE /api/review-catalogues/:agencyId/draft': {
    auth: 'review_catalogue.write',
    scope: 'agency',
    targets: LOCS,
    success: 204,
    outOfScope: 404,
    readable: { permission: 'review_catalogue.read', scope: 'agency' },
    below: true,
    cell: async (_a, l, reuse) => {
      const { target, rec } = await throwaway(reuse, `catalogue discard ${l}`, async () => {
        const target = await insertChildAgency(ctx, AG[l as Loc]);
        const f = await insertCatalogueFixture(ctx.db, target, 'draft');
        const rec = registerFresh(target.tenantId, target.path, [target.id, f.versionId, f.fineRuleId, f.tickRuleId]);
        rec.strings.push(target.name);
        return { target, rec };
      });
      return {
        request: { method: 'DELETE', url: `/api/review-catalogues/${target.id}/draft` },
        snapshot: () => catalogueSnapshot(ctx.db, target),
        verify: async (_res, where) =>
          expect.soft((await catalogueSnapshot(ctx.db, target)).versions, where).toEqual([]),
        records: [rec],
      };
    },
  },
  'POST /api/review-catalogues/:agencyId/publish': {
    auth: 'review_catalogue.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'review_catalogue.read', scope: 'agency' },
    below: true,
    cell: async (_a, l, reuse) => {
      const { target, rec } = await throwaway(reuse, `catalogue publish ${l}`, async () => {
        const target = await insertChildAgency(ctx, AG[l as Loc]);
        const f = await insertCatalogueFixture(ctx.db, target, 'draft');
        const rec = registerFresh(target.tenantId, target.path, [target.id, f.versionId, f.fineRuleId, f.tickRuleId]);
        rec.strings.push(target.name);
        return { target, rec };
      });
      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
      return {
        request: {
          method: 'POST',
          url: `/api/review-catalogues/${target.id}/publish`,
          payload: { effectiveFrom: today },
        },
        snapshot: () => catalogueSnapshot(ctx.db, target),
        verify: (res, where) =>
          expect.soft(res.json(), where).toMatchObject({ state: 'in_force', effectiveFrom: today }),
        records: [rec],
      };
    },
  },
  'GET /api/referral-thresholds': {
    auth: 'referral_threshold.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const t = await thresholdOf(ctx.db, ag, (ids) => registerFresh(ag.tenantId, ag.path, ids));
      return { request: get(`/api/referral-thresholds?tenant=${ag.tenantId}`), find: t.id };
    },
  },
  'GET /api/referral-thresholds/:id': {
    auth: 'referral_threshold.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const t = await thresholdOf(ctx.db, ag, (ids) => registerFresh(ag.tenantId, ag.path, ids));
      return {
        request: get(`/api/referral-thresholds/${t.id}`),
        verify: (res, where) => expect.soft(res.json(), where).toMatchObject({ id: t.id, agency: { id: ag.id } }),
      };
    },
  },
  'POST /api/referral-thresholds/evaluate': {
    auth: 'referral_threshold.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const t = await thresholdOf(ctx.db, ag, (ids) => registerFresh(ag.tenantId, ag.path, ids));
      return {
        request: {
          method: 'POST',
          url: '/api/referral-thresholds/evaluate',
          payload: { agencyId: ag.id, facts: { quantities: { timber_volume: 12 } } },
        },
        verify: (res, where) => expect.soft(res.json().met, where).toContain(t.id),
      };
    },
  },
  'POST /api/referral-thresholds': {
    // An agency outside the write scope is "not found" in the body, as one that does not exist.
    auth: 'referral_threshold.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    readable: { permission: 'referral_threshold.read', scope: 'agency' },
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const violationType = `矩阵违法行为${tag()}`;
      return {
        request: {
          method: 'POST',
          url: '/api/referral-thresholds',
          payload: {
            agencyId: ag.id,
            sector: 'land',
            violationType,
            offence: '非法占用农用地罪',
            criminalBasis: '《中华人民共和国刑法》第三百四十二条',
            match: 'any',
            conditions: [{ kind: 'quantity', measure: 'other_farmland', min: 10 }],
          },
        },
        snapshot: () => thresholdsNamed(ctx.db, ag.tenantId, violationType),
        verify: (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ violationType, status: 'pending', agency: { id: ag.id } });
          registerFresh(ag.tenantId, ag.path, [res.json().id]);
        },
        records: [{ ids: [], strings: [violationType], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'PATCH /api/referral-thresholds/:id': {
    auth: 'referral_threshold.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'referral_threshold.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const { t, rec } = await throwaway(reuse, `threshold patch ${l}`, async () => {
        const t = await insertThresholdFixture(ctx.db, ag);
        const rec = registerFresh(ag.tenantId, ag.path, [t.id]);
        rec.strings.push(t.violationType);
        return { t, rec };
      });
      const note = `矩阵备注${tag()}`;
      return {
        request: { method: 'PATCH', url: `/api/referral-thresholds/${t.id}`, payload: { note } },
        snapshot: () => thresholdRow(ctx.db, { tenantId: ag.tenantId, id: t.id }),
        verify: (res, where) => expect.soft(res.json().note, where).toBe(note),
        records: [rec, { ids: [], strings: [note], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'DELETE /api/referral-thresholds/:id': {
    auth: 'referral_threshold.write',
    scope: 'agency',
    targets: LOCS,
    success: 204,
    outOfScope: 404,
    readable: { permission: 'referral_threshold.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const { t, rec } = await throwaway(reuse, `threshold delete ${l}`, async () => {
        const t = await insertThresholdFixture(ctx.db, ag);
        const rec = registerFresh(ag.tenantId, ag.path, [t.id]);
        rec.strings.push(t.violationType);
        return { t, rec };
      });
      return {
        request: { method: 'DELETE', url: `/api/referral-thresholds/${t.id}` },
        snapshot: () => thresholdRow(ctx.db, { tenantId: ag.tenantId, id: t.id }),
        verify: async (_res, where) =>
          expect.soft(await thresholdRow(ctx.db, { tenantId: ag.tenantId, id: t.id }), where).toEqual([]),
        records: [rec],
      };
    },
  },
  'POST /api/referral-thresholds/:id/confirm': {
    auth: 'referral_threshold.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'referral_threshold.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const { t, rec } = await throwaway(reuse, `threshold confirm ${l}`, async () => {
        const t = await insertThresholdFixture(ctx.db, ag);
        const rec = registerFresh(ag.tenantId, ag.path, [t.id]);
        rec.strings.push(t.violationType);
        return { t, rec };
      });
      return {
        request: { method: 'POST', url: `/api/referral-thresholds/${t.id}/confirm`, payload: {} },
        snapshot: () => thresholdRow(ctx.db, { tenantId: ag.tenantId, id: t.id }),
        verify: (res, where) => expect.soft(res.json().status, where).toBe('confirmed'),
        records: [rec],
      };
    },
  },

  // --- Law changes (立改废) and citations. Entries go here. ------------------------------------------------------
  'PATCH /api/laws/:lawId': {
    auth: 'law.write',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => {
      const title = `矩阵更正测试法${tag()}`;
      const report = await importLawText(ctx, { fileName: 'matrix(2020-01-01).md', content: lawText(title) });
      const row = () => one(ctx.db.select().from(laws).where(eq(laws.id, report.lawId!)));
      return {
        request: { method: 'PATCH', url: `/api/laws/${report.lawId}`, payload: { level: 'rule' } },
        snapshot: row,
        verify: async (_res, where) => expect.soft((await row())?.level, where).toBe('rule'),
      };
    },
  },
  'PATCH /api/laws/versions/:versionId': {
    auth: 'law.write',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => {
      const title = `矩阵更正测试法${tag()}`;
      const report = await importLawText(ctx, { fileName: 'matrix(2020-01-01).md', content: lawText(title) });
      const row = () => one(ctx.db.select().from(lawVersions).where(eq(lawVersions.id, report.versionId!)));
      return {
        request: {
          method: 'PATCH',
          url: `/api/laws/versions/${report.versionId}`,
          payload: { effectiveDate: '2020-03-01' },
        },
        snapshot: row,
        verify: async (_res, where) => expect.soft((await row())?.effectiveDate, where).toBe('2020-03-01'),
      };
    },
  },
  'GET /api/laws/versions/:versionId/impact': {
    auth: 'law_change.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const { versionId } = await matrixChange();
      return { request: get(`/api/laws/versions/${versionId}/impact`), find: AG[l as Loc].id };
    },
  },
  'POST /api/laws/versions/:versionId/changes': {
    // The law library is shared: recording a change is a fact about the law; the answer shows only the tasks in
    // the caller's scope (the leak check searches it for every other agency's task).
    auth: 'law.write',
    scope: 'self',
    targets: SELF,
    success: 201,
    cell: async () => {
      const { versionId } = await matrixChange();
      const countOf = async () =>
        (await ctx.db.select().from(lawChanges).where(eq(lawChanges.versionId, versionId))).length;
      const before = await countOf();
      return {
        request: {
          method: 'POST',
          url: `/api/laws/versions/${versionId}/changes`,
          payload: { kind: 'amended', articleSeqs: [1], effectiveDate: '2026-02-01' },
        },
        snapshot: countOf,
        verify: async (res, where) => {
          expect.soft(await countOf(), where).toBe(before + 1);
          const rows = await ctx.db.select().from(lawReviewTasks).where(eq(lawReviewTasks.changeId, res.json().id));
          for (const r of rows) {
            const loc = (LOCS as Loc[]).find((k) => AG[k].id === r.agencyId);
            registerFresh(r.tenantId, loc ? AG[loc].path : '/elsewhere/', [r.id]);
          }
        },
      };
    },
  },
  'GET /api/law-changes': {
    auth: 'law_change.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => {
      const { changeId } = await matrixChange();
      return { request: get('/api/law-changes'), find: changeId };
    },
  },
  'GET /api/law-changes/:id': {
    auth: 'law_change.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const { changeId, tasks } = await matrixChange();
      return { request: get(`/api/law-changes/${changeId}`), find: tasks[l as Loc] };
    },
  },
  'GET /api/law-review-tasks': {
    auth: 'law_change.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const { tasks } = await matrixChange();
      return { request: get('/api/law-review-tasks'), find: tasks[l as Loc] };
    },
  },
  'POST /api/law-review-tasks/:taskId/items/:seq/resolve': {
    auth: 'law_change.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const task = await throwaway(reuse, `resolve ${l}`, () => freshReviewTask(l as Loc));
      return {
        request: {
          method: 'POST',
          url: `/api/law-review-tasks/${task.id}/items/1/resolve`,
          payload: { outcome: 'unchanged', note: '矩阵测试：经审查无需修改' },
        },
        snapshot: reviewItemRow(task),
        verify: async (res, where) => {
          expect.soft(res.json().status, where).toBe('done');
          expect.soft((await reviewItemRow(task)())?.outcome, where).toBe('unchanged');
        },
      };
    },
  },
  'GET /api/laws/citations/resolve': {
    auth: 'law.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => {
      const { title } = await matrixLaw();
      return {
        request: get(`/api/laws/citations/resolve?text=${encodeURIComponent(`《${title}》第一条`)}`),
        verify: (res, where) => expect.soft(res.json().items[0]?.label, where).toBe('第一条'),
      };
    },
  },

  // --- Officers and personnel settings (执法人员). Entries go here. ---
  // Officers belong to an agency (scope 'agency'). Full resident IDs and phones come only from the logged reveal
  // routes; every other answer is checked not to hold them. Fixtures come from officer.test-helpers.ts.
  ...((): Record<string, RouteExpectation> => {
    const helpers = () => import('../modules/personnel/officer.test-helpers');
    type Officer = { id: string; tenantId: string; name: string; residentId: string; phone: string };
    const fixed = new Map<Loc, Promise<Officer>>();
    /** One officer per location, with a photo, registered with its name, resident ID and phone. */
    const officerAt = (loc: Loc): Promise<Officer> => {
      if (!fixed.has(loc)) {
        fixed.set(
          loc,
          (async () => {
            const ag = AG[loc];
            const h = await helpers();
            const o = await h.makeOfficerWithPhoto(ctx, ag, { name: `矩阵人员${h.letterTag(tag())}` });
            fixedRecords.push({
              ids: [o.id],
              strings: [o.name, o.residentId, o.phone],
              tenantId: ag.tenantId,
              path: ag.path,
            });
            return o;
          })(),
        );
      }
      return fixed.get(loc)!;
    };
    /** A throwaway officer in post, for one write. */
    const freshOfficer = (reuse: boolean, key: string, loc: Loc) =>
      throwaway(reuse, `${key} ${loc}`, async () => {
        const ag = AG[loc];
        const h = await helpers();
        const o = await h.makeOfficer(ctx, ag, { name: `矩阵改动${h.letterTag(tag())}` });
        const rec = registerFresh(ag.tenantId, ag.path, [o.id]);
        rec.strings.push(o.name, o.residentId, o.phone);
        return { ...o, rec };
      });
    const noPersonalData = (o: Officer) => (res: LightMyRequestResponse, where: string) => {
      expect.soft(res.body, `${where}: full resident ID outside the logged route`).not.toContain(o.residentId);
      expect.soft(res.body, `${where}: full phone outside the logged route`).not.toContain(o.phone);
    };
    const readOne = (path: (o: Officer) => string, verify?: (o: Officer) => Cell['verify']) => ({
      scope: 'agency' as const,
      targets: LOCS,
      success: 200,
      outOfScope: 404 as const,
      cell: async (_a: LiveActor, l: Target): Promise<Cell> => {
        const o = await officerAt(l as Loc);
        return { request: get(path(o)), verify: verify?.(o) ?? noPersonalData(o) };
      },
    });
    const writeOne = (
      key: string,
      request: (o: Officer) => Promise<Cell['request']> | Cell['request'],
      verify: (o: Officer) => Cell['verify'],
    ): RouteExpectation => ({
      auth: 'personnel.write',
      scope: 'agency',
      targets: LOCS,
      success: 200,
      outOfScope: 404,
      readable: { permission: 'personnel.read', scope: 'agency' },
      cell: async (_a, l, reuse) => {
        const o = await freshOfficer(reuse, key, l as Loc);
        const h = await helpers();
        return { request: await request(o), snapshot: h.officerRow(ctx, o), verify: verify(o), records: [o.rec] };
      },
    });
    return {
      'GET /api/officers': {
        auth: 'personnel.read',
        scope: 'agency',
        targets: LOCS,
        success: 200,
        outOfScope: 'absent',
        cell: async (_a, l) => {
          const o = await officerAt(l as Loc);
          return {
            request: get(`/api/officers?tenant=${o.tenantId}&q=${encodeURIComponent(o.name)}`),
            find: o.id,
            verify: noPersonalData(o),
          };
        },
      },
      'GET /api/officers/mine': {
        // One's own officer record: a separate account with the actor's role and scope, linked to an officer.
        auth: 'personnel.read',
        scope: 'self',
        targets: SELF,
        success: 200,
        cell: async (actor, _t, reuse) => {
          const as = await cloneOf(actor);
          const o = await throwaway(reuse || actor.spec.token !== undefined, `mine ${as.id}`, async () => {
            const h = await helpers();
            const made = await h.makeOfficer(ctx, AG.X, { accountId: as.id });
            registerFresh(T.A, AG.X.path, [made.id], as.id);
            return made;
          });
          return {
            request: get('/api/officers/mine'),
            as,
            verify: (res, where) => {
              expect.soft(res.json().id, where).toBe(o.id);
              noPersonalData(o)(res, where);
            },
          };
        },
      },
      'GET /api/officers/:id': { auth: 'personnel.read', ...readOne((o) => `/api/officers/${o.id}`) },
      'GET /api/officers/:id/photo': {
        auth: 'personnel.read',
        ...readOne(
          (o) => `/api/officers/${o.id}/photo`,
          () => (res, where) => expect.soft(res.headers['content-type'], where).toBe('image/png'),
        ),
      },
      'GET /api/officers/:id/resident-id': {
        auth: 'personnel.read_personal',
        readable: { permission: 'personnel.read', scope: 'agency' },
        ...readOne(
          (o) => `/api/officers/${o.id}/resident-id`,
          (o) => (res, where) => expect.soft(res.json().residentId, where).toBe(o.residentId),
        ),
      },
      'GET /api/officers/:id/phone': {
        auth: 'personnel.read_personal',
        readable: { permission: 'personnel.read', scope: 'agency' },
        ...readOne(
          (o) => `/api/officers/${o.id}/phone`,
          (o) => (res, where) => expect.soft(res.json().phone, where).toBe(o.phone),
        ),
      },
      'POST /api/officers': {
        // An agency outside the write scope is "not found" in the body, as one that does not exist.
        auth: 'personnel.write',
        scope: 'agency',
        targets: LOCS,
        success: 201,
        outOfScope: 400,
        readable: { permission: 'personnel.read', scope: 'agency' },
        cell: async (_a, l) => {
          const ag = AG[l as Loc];
          const h = await helpers();
          const name = `矩阵新员${h.letterTag(tag())}`;
          const residentId = h.makeResidentId();
          // A landline: its masked form never equals a target account's masked mobile (the leak check).
          const phone = `0887-${2_000_000 + (parseInt(tag().slice(0, 6), 16) % 8_000_000)}`;
          return {
            request: {
              method: 'POST',
              url: '/api/officers',
              payload: {
                name,
                residentId,
                phone,
                agencyId: ag.id,
                post: '执法队员',
                staffingType: 'administrative',
                domains: ['market_regulation'],
              },
            },
            snapshot: h.officersNamed(ctx, ag.tenantId, name),
            verify: (res, where) => {
              const body = res.json();
              expect.soft(body, where).toMatchObject({ name, agency: { id: ag.id }, status: 'in_post' });
              expect.soft(res.body, where).not.toContain(residentId);
              registerFresh(ag.tenantId, ag.path, [body.id]);
            },
            records: [{ ids: [], strings: [name, residentId, phone], tenantId: ag.tenantId, path: ag.path }],
          };
        },
      },
      'PATCH /api/officers/:id': writeOne(
        'PATCH /api/officers/:id',
        (o) => ({ method: 'PATCH', url: `/api/officers/${o.id}`, payload: { post: `矩阵岗位${o.id.slice(0, 4)}` } }),
        (o) => (res, where) => expect.soft(res.json().post, where).toBe(`矩阵岗位${o.id.slice(0, 4)}`),
      ),
      'POST /api/officers/:id/status': writeOne(
        'POST /api/officers/:id/status',
        (o) => ({
          method: 'POST',
          url: `/api/officers/${o.id}/status`,
          payload: { status: 'seconded', reason: '矩阵借调' },
        }),
        () => (res, where) => expect.soft(res.json().status, where).toBe('seconded'),
      ),
      'PUT /api/officers/:id/photo': writeOne(
        'PUT /api/officers/:id/photo',
        async (o) => ({
          method: 'PUT',
          url: `/api/officers/${o.id}/photo`,
          payload: { fileName: 'photo.png', contentBase64: (await helpers()).TINY_PNG.toString('base64') },
        }),
        () => (res, where) => expect.soft(res.json().hasPhoto, where).toBe(true),
      ),
      'GET /api/personnel-settings': {
        auth: 'personnel.read',
        scope: 'self',
        targets: SELF,
        success: 200,
        cell: async () => ({
          request: get('/api/personnel-settings'),
          verify: (res, where) => expect.soft(typeof res.json().trainingHoursPerYear, where).toBe('number'),
        }),
      },
      'PUT /api/personnel-settings': {
        // The tenant's personnel settings: a tenant-wide standard the justice bureau sets (personnel.configure
        // over the whole tenant). The payload is the defaults, so other cells are unaffected.
        auth: 'personnel.configure',
        scope: 'tenant',
        targets: ['A'],
        success: 200,
        outOfScope: 403,
        cell: async () => {
          const h = await helpers();
          return {
            request: {
              method: 'PUT',
              url: '/api/personnel-settings',
              payload: {
                trainingHoursPerYear: 60,
                certificateAlertDays: [90, 30],
                certificateNumberPattern: null,
                eligibilityWindowMonths: 12,
                legalReviewerTargetPercent: 5,
              },
            },
            snapshot: h.personnelSettingsRow(ctx, T.A),
            verify: (res, where) => expect.soft(res.json().trainingHoursPerYear, where).toBe(60),
          };
        },
      },
    };
  })(),

  // --- Certificates (执法证). Entries go here. ---
  'GET /api/certificates': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const { certificateFixture } = await import('../modules/certificates/certificate.test-helpers');
      const { officer, certificate } = await certificateFixture(ctx, ag);
      registerFresh(ag.tenantId, ag.path, [officer.id, certificate.id]);
      return { request: get(`/api/certificates?tenant=${ag.tenantId}&officerId=${officer.id}`), find: certificate.id };
    },
  },
  'GET /api/certificates/:id': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const { certificateFixture } = await import('../modules/certificates/certificate.test-helpers');
      const { officer, certificate } = await certificateFixture(ctx, ag);
      registerFresh(ag.tenantId, ag.path, [officer.id, certificate.id]);
      return {
        request: get(`/api/certificates/${certificate.id}`),
        verify: (res, where) =>
          expect.soft(res.json(), where).toMatchObject({ id: certificate.id, agency: { id: ag.id } }),
      };
    },
  },
  'GET /api/certificates/alerts': {
    auth: 'personnel.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({
      request: get('/api/certificates/alerts'),
      verify: (res, where) => expect.soft(Array.isArray(res.json().buckets), where).toBe(true),
    }),
  },
  'GET /api/certificates/officers': {
    auth: 'certificate.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const { makeOfficer } = await import('./factories');
      const officer = await makeOfficer(ctx, ag);
      registerFresh(ag.tenantId, ag.path, [officer.id]);
      return {
        request: get(`/api/certificates/officers?tenant=${ag.tenantId}&officerId=${officer.id}`),
        find: officer.id,
      };
    },
  },
  'GET /api/certificates/template.xlsx': {
    auth: 'certificate.write',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({
      request: get('/api/certificates/template.xlsx'),
      verify: (res, where) => expect.soft(res.rawPayload.subarray(0, 2).toString(), where).toBe('PK'),
    }),
  },
  'POST /api/certificates/import': {
    // The sheet is imported into one tenant, whose officers only a whole-tenant grant reaches.
    auth: 'certificate.write',
    scope: 'tenant',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 404,
    cell: async (_a, t) => {
      const ag = t === 'A' ? AG.X : AG.W;
      const { makeOfficer } = await import('./factories');
      const { writeCertificateWorkbook } = await import('../modules/certificates/certificate-xlsx');
      const { certificates } = await import('../modules/certificates/certificate.schema');
      const officer = await makeOfficer(ctx, ag);
      registerFresh(ag.tenantId, ag.path, [officer.id]);
      const number = `MX${tag()}`.replace(/[^0-9A-Za-z-]/g, '').slice(0, 30);
      const file = await writeCertificateWorkbook([
        {
          number,
          name: officer.name,
          residentId: officer.residentId,
          domains: '市场监管',
          issuedOn: '2023-01-01',
          expiresOn: '2027-12-31',
        },
      ]);
      return {
        request: {
          method: 'POST',
          url: '/api/certificates/import',
          payload: {
            tenant: T[t as TenantKey],
            fileName: `矩阵证件${tag()}.xlsx`,
            contentBase64: file.toString('base64'),
          },
        },
        snapshot: () =>
          ctx.db
            .select()
            .from(certificates)
            .where(and(eq(certificates.tenantId, ag.tenantId), eq(certificates.number, number))),
        verify: async (res, where) => {
          expect.soft(res.json().imported, where).toBe(1);
          const rows = await ctx.db
            .select({ id: certificates.id })
            .from(certificates)
            .where(and(eq(certificates.tenantId, ag.tenantId), eq(certificates.number, number)));
          registerFresh(
            ag.tenantId,
            ag.path,
            rows.map((r) => r.id),
          );
        },
      };
    },
  },
  'POST /api/certificates': {
    // An officer outside the write scope is "not found" in the body, as one that does not exist.
    auth: 'certificate.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const { makeOfficer } = await import('./factories');
      const { makeEligible, certificatesOf } = await import('../modules/certificates/certificate.test-helpers');
      const today = shanghaiDate(new Date());
      const officer = await throwaway(reuse, `certificate issue ${l}`, async () => {
        const o = await makeOfficer(ctx, ag);
        await makeEligible(ctx, o, { on: today });
        registerFresh(ag.tenantId, ag.path, [o.id]);
        return o;
      });
      return {
        request: {
          method: 'POST',
          url: '/api/certificates',
          payload: { officerId: officer.id, domains: ['market_regulation'], issuedOn: today, expiresOn: '2030-12-31' },
        },
        snapshot: () => certificatesOf(ctx.db, officer),
        verify: (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ status: 'valid', officer: { id: officer.id } });
          registerFresh(ag.tenantId, ag.path, [res.json().id]);
        },
      };
    },
  },
  ...Object.fromEntries(
    (
      [
        ['suspend', 'valid', 'suspended'],
        ['reinstate', 'suspended', 'valid'],
        ['revoke', 'valid', 'revoked'],
        ['renew', 'valid', 'valid'],
      ] as const
    ).map(([action, from, to]): [string, RouteExpectation] => [
      `POST /api/certificates/:id/${action}`,
      {
        auth: 'certificate.write',
        scope: 'agency',
        targets: LOCS,
        success: 200,
        outOfScope: 404,
        cell: async (_a, l, reuse) => {
          const ag = AG[l as Loc];
          const { certificateFixture, certificateSnapshot } =
            await import('../modules/certificates/certificate.test-helpers');
          const today = shanghaiDate(new Date());
          const { certificate } = await throwaway(reuse, `certificate ${action} ${l}`, async () => {
            const made = await certificateFixture(ctx, ag, {
              status: from,
              eligibleOn: action === 'renew' ? today : undefined,
            });
            registerFresh(ag.tenantId, ag.path, [made.officer.id, made.certificate.id]);
            return made;
          });
          const payload =
            action === 'renew' ? { issuedOn: today, expiresOn: '2035-06-30' } : { reason: `矩阵原因${tag()}` };
          return {
            request: { method: 'POST', url: `/api/certificates/${certificate.id}/${action}`, payload },
            snapshot: () => certificateSnapshot(ctx.db, certificate),
            verify: (res, where) => expect.soft(res.json().storedStatus, where).toBe(to),
          };
        },
      },
    ]),
  ),

  // --- Training (培训). Entries go here. ---
  // Courses are scoped by the organising agency, attendance by the officer's agency, plans by their agency.
  // Fixtures come from training.test-helpers (dynamic import: this shared file keeps its imports).
  'GET /api/training/courses': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const c = await throwaway(true, `training course ${l}`, () => h.matrixCourse(ctx, ag, registerFresh));
      return { request: get(`/api/training/courses?tenant=${ag.tenantId}&agencyId=${ag.id}&pageSize=200`), find: c.id };
    },
  },
  'GET /api/training/courses/:id': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const c = await throwaway(true, `training course ${l}`, () => h.matrixCourse(ctx, ag, registerFresh));
      return {
        request: get(`/api/training/courses/${c.id}`),
        verify: (res, where) => expect.soft(res.json().agency?.id, where).toBe(ag.id),
      };
    },
  },
  'GET /api/training/courses/:id/candidates': {
    auth: 'training.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const c = await throwaway(true, `training course ${l}`, () => h.matrixCourse(ctx, ag, registerFresh));
      const o = await throwaway(true, `training officer ${l}`, () => h.matrixOfficer(ctx, ag, registerFresh));
      return { request: get(`/api/training/courses/${c.id}/candidates`), find: o.id };
    },
  },
  'POST /api/training/courses': {
    // An agency outside the write scope is "not found" in the body, as one that does not exist.
    auth: 'training.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const title = `矩阵培训课程${tag()}`;
      return {
        request: {
          method: 'POST',
          url: '/api/training/courses',
          payload: {
            agencyId: ag.id,
            title,
            hours: 6.5,
            provider: '矩阵党校',
            kind: 'professional',
            startDate: '2026-04-01',
            endDate: '2026-04-02',
          },
        },
        snapshot: h.coursesTitled(ctx, ag.tenantId, title),
        verify: (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ title, hours: 6.5, agency: { id: ag.id } });
          registerFresh(ag.tenantId, ag.path, [res.json().id]);
        },
        records: [{ ids: [], strings: [title], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'PATCH /api/training/courses/:id': {
    auth: 'training.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const c = await throwaway(reuse, `training course patch ${l}`, () => h.matrixCourse(ctx, ag, registerFresh));
      const provider = `矩阵承办${tag()}`;
      return {
        request: { method: 'PATCH', url: `/api/training/courses/${c.id}`, payload: { provider } },
        snapshot: h.courseRowOf(ctx, c),
        verify: (res, where) => expect.soft(res.json().provider, where).toBe(provider),
        records: [{ ids: [], strings: [provider], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'DELETE /api/training/courses/:id': {
    auth: 'training.write',
    scope: 'agency',
    targets: LOCS,
    success: 204,
    outOfScope: 404,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const c = await throwaway(reuse, `training course delete ${l}`, () => h.matrixCourse(ctx, ag, registerFresh));
      return {
        request: { method: 'DELETE', url: `/api/training/courses/${c.id}` },
        snapshot: h.courseRowOf(ctx, c),
        verify: async (_res, where) => expect.soft(await h.courseRowOf(ctx, c)(), where).toEqual([]),
      };
    },
  },
  'GET /api/training/attendance': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const a = await throwaway(true, `training attendance ${l}`, () => h.matrixAttendance(ctx, ag, registerFresh));
      return {
        request: get(`/api/training/attendance?tenant=${ag.tenantId}&officerId=${a.officer.id}`),
        find: a.id,
      };
    },
  },
  'POST /api/training/attendance': {
    // The course must be visible (its agency in read scope: else 404) and the officer kept (training.write).
    auth: 'training.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 404,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const c = await throwaway(true, `training course ${l}`, () => h.matrixCourse(ctx, ag, registerFresh));
      const o = await throwaway(reuse, `training attendee ${l}`, () => h.matrixOfficer(ctx, ag, registerFresh));
      return {
        request: {
          method: 'POST',
          url: '/api/training/attendance',
          payload: { courseId: c.id, entries: [{ officerId: o.id, status: 'attended' }] },
        },
        snapshot: h.attendanceOfOfficer(ctx, ag.tenantId, o.id),
        verify: (res, where) => {
          expect.soft(res.json().items?.[0]?.hours, where).toBe(4);
          registerFresh(ag.tenantId, ag.path, [res.json().items[0].id]);
        },
      };
    },
  },
  'PATCH /api/training/attendance/:id': {
    auth: 'training.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const a = await throwaway(reuse, `training attendance patch ${l}`, () =>
        h.matrixAttendance(ctx, ag, registerFresh),
      );
      const reason = `矩阵核减${tag()}`;
      return {
        request: { method: 'PATCH', url: `/api/training/attendance/${a.id}`, payload: { hours: 2, reason } },
        snapshot: h.attendanceRowOf(ctx, { tenantId: ag.tenantId, id: a.id }),
        verify: (res, where) => expect.soft(res.json(), where).toMatchObject({ hours: 2, reason }),
        records: [{ ids: [], strings: [reason], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'DELETE /api/training/attendance/:id': {
    auth: 'training.write',
    scope: 'agency',
    targets: LOCS,
    success: 204,
    outOfScope: 404,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const a = await throwaway(reuse, `training attendance delete ${l}`, () =>
        h.matrixAttendance(ctx, ag, registerFresh),
      );
      const row = h.attendanceRowOf(ctx, { tenantId: ag.tenantId, id: a.id });
      return {
        request: { method: 'DELETE', url: `/api/training/attendance/${a.id}` },
        snapshot: row,
        verify: async (_res, where) => expect.soft(await row(), where).toEqual([]),
      };
    },
  },
  'GET /api/training/hours': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const a = await throwaway(true, `training attendance ${l}`, () => h.matrixAttendance(ctx, ag, registerFresh));
      return {
        request: get(`/api/training/hours?year=2026&tenant=${ag.tenantId}&agencyId=${ag.id}`),
        find: a.officer.id,
      };
    },
  },
  'GET /api/training/plans': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const p = await throwaway(true, `training plan ${l}`, () => h.matrixPlan(ctx, ag, registerFresh));
      return { request: get(`/api/training/plans?tenant=${ag.tenantId}&agencyId=${ag.id}`), find: p.id };
    },
  },
  'GET /api/training/plans/:id': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const p = await throwaway(true, `training plan ${l}`, () => h.matrixPlan(ctx, ag, registerFresh));
      return {
        request: get(`/api/training/plans/${p.id}`),
        verify: (res, where) => expect.soft(res.json().progress?.plannedHours, where).toBe(8),
      };
    },
  },
  'POST /api/training/plans': {
    auth: 'training.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const year = h.matrixPlanYear();
      return {
        request: {
          method: 'POST',
          url: '/api/training/plans',
          payload: {
            agencyId: ag.id,
            year,
            items: [{ title: '矩阵计划', kind: 'public_law', plannedMonth: 6, hours: 12, audience: '全体执法人员' }],
          },
        },
        snapshot: h.plansOfYear(ctx, ag, year),
        verify: (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ year, status: 'draft', agency: { id: ag.id } });
          registerFresh(ag.tenantId, ag.path, [res.json().id, ...res.json().items.map((i: { id: string }) => i.id)]);
        },
      };
    },
  },
  'PATCH /api/training/plans/:id': {
    auth: 'training.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const p = await throwaway(reuse, `training plan patch ${l}`, () => h.matrixPlan(ctx, ag, registerFresh));
      const note = `矩阵计划说明${tag()}`;
      return {
        request: { method: 'PATCH', url: `/api/training/plans/${p.id}`, payload: { note } },
        snapshot: h.planRowOf(ctx, { tenantId: ag.tenantId, id: p.id }),
        verify: (res, where) => expect.soft(res.json().note, where).toBe(note),
        records: [{ ids: [], strings: [note], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'POST /api/training/plans/:id/publish': {
    auth: 'training.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const p = await throwaway(reuse, `training plan publish ${l}`, () => h.matrixPlan(ctx, ag, registerFresh));
      return {
        request: { method: 'POST', url: `/api/training/plans/${p.id}/publish` },
        snapshot: h.planRowOf(ctx, { tenantId: ag.tenantId, id: p.id }),
        verify: (res, where) => expect.soft(res.json().status, where).toBe('published'),
      };
    },
  },
  'DELETE /api/training/plans/:id': {
    auth: 'training.write',
    scope: 'agency',
    targets: LOCS,
    success: 204,
    outOfScope: 404,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/training/training.test-helpers');
      const ag = AG[l as Loc];
      const p = await throwaway(reuse, `training plan delete ${l}`, () => h.matrixPlan(ctx, ag, registerFresh));
      const row = h.planRowOf(ctx, { tenantId: ag.tenantId, id: p.id });
      return {
        request: { method: 'DELETE', url: `/api/training/plans/${p.id}` },
        snapshot: row,
        verify: async (_res, where) => expect.soft(await row(), where).toEqual([]),
      };
    },
  },

  // --- Exams (考试). Entries go here. ---
  // The bank, blueprints and exams are the tenant's (exam.write over the whole tenant: the justice bureau); an
  // officer's sittings are their own (exam.take, through the officer linked to the account). Fixtures come from
  // exams/exam.test-helpers (dynamic import: this shared file keeps its imports).
  ...(() => {
    const h = () => import('../modules/exams/exam.test-helpers');
    const bankWrite = { auth: 'exam.write', scope: 'tenant', targets: ['A'], outOfScope: 403 } as const;
    const take = { auth: 'exam.take', scope: 'self', targets: SELF } as const;
    const sittingOf = async (actor: LiveActor) => {
      const x = await h();
      const officerId = await x.matrixOfficerFor(ctx, { id: actor.id, tenantId: T.A }, AG.X.id);
      return x.matrixSitting(ctx, T.A, officerId);
    };
    const entries: Record<string, RouteExpectation> = {
      'GET /api/exam-questions': {
        ...bankWrite,
        success: 200,
        cell: async () => ({ request: get('/api/exam-questions') }),
      },
      'GET /api/exam-questions/template.xlsx': {
        ...bankWrite,
        success: 200,
        cell: async () => ({ request: get('/api/exam-questions/template.xlsx') }),
      },
      'POST /api/exam-questions': {
        ...bankWrite,
        success: 201,
        cell: async () => {
          const stem = `矩阵判断题${tag()}`;
          return {
            request: {
              method: 'POST',
              url: '/api/exam-questions',
              payload: {
                kind: 'true_false',
                domain: 'comprehensive',
                stem,
                correct: ['A'],
                explanation: '矩阵解析',
                basis: '《矩阵测试条例》第一条',
              },
            },
            snapshot: (await h()).questionsWithStem(ctx, T.A, stem),
            verify: (res, where) => expect.soft(res.json().stem, where).toBe(stem),
          };
        },
      },
      'PATCH /api/exam-questions/:id': {
        ...bankWrite,
        success: 200,
        cell: async (_a, _t, reuse) => {
          const x = await h();
          const [id] = await throwaway(reuse, 'exam question', () =>
            x.makeQuestions(ctx, T.A, 'comprehensive', 'true_false', 1),
          );
          return {
            request: { method: 'PATCH', url: `/api/exam-questions/${id}`, payload: { difficulty: 3 } },
            snapshot: x.questionById(ctx, T.A, id),
            verify: (res, where) => expect.soft(res.json().difficulty, where).toBe(3),
          };
        },
      },
      'POST /api/exam-questions/import': {
        ...bankWrite,
        success: 200,
        cell: async () => {
          const x = await h();
          const stem = '违法行为在几年内未被发现的，一般不再给予行政处罚？';
          return {
            request: {
              method: 'POST',
              url: '/api/exam-questions/import',
              payload: { file: await x.importFileBase64(), mode: 'valid_rows' },
            },
            snapshot: x.questionsWithStem(ctx, T.A, stem),
            verify: (res, where) => expect.soft(res.json().imported, where).toBe(1),
          };
        },
      },
      'GET /api/exam-blueprints': {
        ...bankWrite,
        success: 200,
        cell: async () => ({ request: get('/api/exam-blueprints') }),
      },
      'POST /api/exam-blueprints': {
        ...bankWrite,
        success: 201,
        cell: async () => {
          const x = await h();
          await x.makeQuestions(ctx, T.A, 'comprehensive', 'true_false', 1);
          const title = `矩阵组卷${tag()}`;
          return {
            request: {
              method: 'POST',
              url: '/api/exam-blueprints',
              payload: {
                title,
                rules: [{ domain: 'comprehensive', kind: 'true_false', count: 1, points: 10 }],
                passMark: 6,
                timeLimitMinutes: 30,
              },
            },
            snapshot: x.blueprintsTitled(ctx, T.A, title),
            verify: (res, where) => expect.soft(res.json().title, where).toBe(title),
          };
        },
      },
      'GET /api/exams': { ...bankWrite, success: 200, cell: async () => ({ request: get('/api/exams') }) },
      'POST /api/exams': {
        ...bankWrite,
        success: 201,
        cell: async (_a, _t, reuse) => {
          const x = await h();
          const { blueprintId } = await throwaway(reuse, 'exam blueprint', () => x.matrixExam(ctx, T.A));
          const title = `矩阵考试${tag()}`;
          return {
            request: {
              method: 'POST',
              url: '/api/exams',
              payload: {
                title,
                blueprintId,
                opensAt: '2026-12-01T09:00:00+08:00',
                closesAt: '2026-12-02T18:00:00+08:00',
              },
            },
            snapshot: x.examsTitled(ctx, T.A, title),
            verify: (res, where) => expect.soft(res.json().title, where).toBe(title),
          };
        },
      },
      'GET /api/exams/:id/stats': {
        ...bankWrite,
        success: 200,
        cell: async (_a, _t, reuse) => {
          const { examId } = await throwaway(reuse, 'exam blueprint', async () => (await h()).matrixExam(ctx, T.A));
          return {
            request: get(`/api/exams/${examId}/stats`),
            verify: (res, where) => expect.soft(res.json().examId, where).toBe(examId),
          };
        },
      },
      'GET /api/exams/mine': {
        ...take,
        success: 200,
        cell: async () => ({
          request: get('/api/exams/mine'),
          verify: (res, where) => expect.soft(Array.isArray(res.json().items), where).toBe(true),
        }),
      },
      'POST /api/exams/:id/sittings': {
        ...take,
        success: 200,
        cell: async (actor) => {
          const x = await h();
          await x.matrixOfficerFor(ctx, { id: actor.id, tenantId: T.A }, AG.X.id);
          const { examId } = await x.matrixExam(ctx, T.A);
          return {
            request: { method: 'POST', url: `/api/exams/${examId}/sittings` },
            verify: (res, where) => expect.soft(res.json().questions?.length, where).toBe(1),
          };
        },
      },
      'GET /api/exams/sittings/:id': {
        ...take,
        success: 200,
        cell: async (actor) => {
          const id = await sittingOf(actor);
          return {
            request: get(`/api/exams/sittings/${id}`),
            verify: (res, where) => expect.soft(res.json().id, where).toBe(id),
          };
        },
      },
      'PUT /api/exams/sittings/:id/answers/:questionNo': {
        ...take,
        success: 200,
        cell: async (actor) => {
          const id = await sittingOf(actor);
          return {
            request: { method: 'PUT', url: `/api/exams/sittings/${id}/answers/1`, payload: { answer: ['A'], seq: 1 } },
            snapshot: (await h()).sittingRows(ctx, T.A, id),
            verify: (res, where) => expect.soft(res.json().applied, where).toBe(true),
          };
        },
      },
      'POST /api/exams/sittings/:id/submit': {
        ...take,
        success: 200,
        cell: async (actor) => {
          const id = await sittingOf(actor);
          return {
            request: { method: 'POST', url: `/api/exams/sittings/${id}/submit` },
            snapshot: (await h()).sittingRows(ctx, T.A, id),
            verify: (res, where) => expect.soft(res.json().status, where).toBe('graded'),
          };
        },
      },
    };
    return entries;
  })(),

  // --- Transfers and secondments (调动、借调). Entries go here. ---
  // Plans, secondments and minimums belong to an agency; the fixtures come from transfers/transfer.test-helpers.ts
  // (imported where used, so that this section stays one block).
  'GET /api/transfer-plans': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const { insertPlanFixture } = await import('../modules/transfers/transfer.test-helpers');
      const id = await insertPlanFixture(ctx, ag, 'submitted');
      registerFresh(ag.tenantId, ag.path, [id]);
      return { request: get(`/api/transfer-plans?tenant=${ag.tenantId}&agencyId=${ag.id}`), find: id };
    },
  },
  'GET /api/transfer-plans/:id': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const { insertPlanFixture } = await import('../modules/transfers/transfer.test-helpers');
      const id = await throwaway(reuse, `transfer plan read ${l}`, async () => {
        const made = await insertPlanFixture(ctx, ag, 'submitted');
        registerFresh(ag.tenantId, ag.path, [made]);
        return made;
      });
      return {
        request: get(`/api/transfer-plans/${id}`),
        verify: (res, where) => expect.soft(res.json(), where).toMatchObject({ id, agency: { id: ag.id } }),
      };
    },
  },
  'POST /api/transfer-plans': {
    // Another agency's id in the body is "not found" in the body (400), as one that does not exist.
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const { plansTitled } = await import('../modules/transfers/transfer.test-helpers');
      const title = `矩阵调动计划${tag()}`;
      return {
        request: { method: 'POST', url: '/api/transfer-plans', payload: { agencyId: ag.id, title, items: [] } },
        snapshot: plansTitled(ctx, ag.tenantId, title),
        verify: (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ state: 'draft', agency: { id: ag.id }, title });
          registerFresh(ag.tenantId, ag.path, [res.json().id]);
        },
        records: [{ ids: [], strings: [title], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  'PUT /api/transfer-plans/:id': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const { insertPlanFixture, planSnapshot } = await import('../modules/transfers/transfer.test-helpers');
      const id = await throwaway(reuse, `transfer plan PUT ${l}`, async () => {
        const made = await insertPlanFixture(ctx, ag, 'draft');
        registerFresh(ag.tenantId, ag.path, [made]);
        return made;
      });
      const title = `矩阵修改计划${tag()}`;
      return {
        request: { method: 'PUT', url: `/api/transfer-plans/${id}`, payload: { title, items: [] } },
        snapshot: planSnapshot(ctx, ag.tenantId, id),
        verify: (res, where) => expect.soft(res.json().title, where).toBe(title),
        records: [{ ids: [], strings: [title], tenantId: ag.tenantId, path: ag.path }],
      };
    },
  },
  ...Object.fromEntries(
    (
      [
        ['submit', 'personnel.write', 'draft', {}, 'submitted'],
        ['withdraw', 'personnel.write', 'draft', {}, 'withdrawn'],
        ['accept', 'filing.review', 'submitted', { comments: '矩阵同意' }, 'accepted'],
        ['return', 'filing.review', 'submitted', { comments: '矩阵退回' }, 'returned'],
        ['execute', 'personnel.write', 'accepted', {}, 'executed'],
      ] as const
    ).map(([action, auth, from, payload, to]): [string, RouteExpectation] => [
      `POST /api/transfer-plans/:id/${action}`,
      {
        auth,
        scope: 'agency',
        targets: LOCS,
        success: 200,
        outOfScope: 404,
        cell: async (_a, l, reuse) => {
          const ag = AG[l as Loc];
          const { insertPlanFixture, planSnapshot } = await import('../modules/transfers/transfer.test-helpers');
          const id = await throwaway(reuse, `transfer plan ${action} ${l}`, async () => {
            const made = await insertPlanFixture(ctx, ag, from);
            registerFresh(ag.tenantId, ag.path, [made]);
            return made;
          });
          return {
            request: { method: 'POST', url: `/api/transfer-plans/${id}/${action}`, payload: { ...payload } },
            snapshot: planSnapshot(ctx, ag.tenantId, id),
            verify: (res, where) => expect.soft(res.json().state, where).toBe(to),
          };
        },
      },
    ]),
  ),
  'PUT /api/transfer-plans/:id/org-filing': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const { insertPlanFixture, planSnapshot } = await import('../modules/transfers/transfer.test-helpers');
      const id = await throwaway(reuse, `transfer plan org filing ${l}`, async () => {
        const made = await insertPlanFixture(ctx, ag, 'submitted');
        registerFresh(ag.tenantId, ag.path, [made]);
        return made;
      });
      return {
        request: {
          method: 'PUT',
          url: `/api/transfer-plans/${id}/org-filing`,
          payload: { filedOn: '2026-01-05', documentNo: '矩阵组备1号' },
        },
        snapshot: planSnapshot(ctx, ag.tenantId, id),
        verify: (res, where) => expect.soft(res.json().orgFiling.filedOn, where).toBe('2026-01-05'),
      };
    },
  },
  'POST /api/transfer-plans/balance-preview': {
    // An agency outside the read scope is "not found" in the body (400).
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 400,
    cell: async (_a, l) => ({
      request: {
        method: 'POST',
        url: '/api/transfer-plans/balance-preview',
        payload: {
          agencyId: AG[l as Loc].id,
          items: [{ kind: 'in', newPersonName: '矩阵', frontLine: true, effectiveDate: '2026-01-01', reason: '补充' }],
        },
      },
      verify: (res, where) => expect.soft(res.json().projected - res.json().current, where).toBe(1),
    }),
  },
  'GET /api/secondments': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const { insertSecondmentFixture } = await import('../modules/transfers/transfer.test-helpers');
      const s = await insertSecondmentFixture(ctx, ag);
      registerFresh(ag.tenantId, ag.path, [s.id, s.officerId]);
      return { request: get(`/api/secondments?tenant=${ag.tenantId}&agencyId=${ag.id}`), find: s.id };
    },
  },
  'POST /api/secondments': {
    // An officer outside the write scope is "not found" in the body (400); readable but not writable is 403.
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const { officerFixture, secondmentsOfOfficer } = await import('../modules/transfers/transfer.test-helpers');
      const officer = await throwaway(reuse, `secondment create ${l}`, async () => {
        const made = await officerFixture(ctx, ag);
        registerFresh(ag.tenantId, ag.path, [made.id]).strings.push(made.name);
        return made;
      });
      return {
        request: {
          method: 'POST',
          url: '/api/secondments',
          payload: {
            officerId: officer.id,
            destination: '矩阵借调单位',
            startDate: '2026-01-01',
            expectedEndDate: '2026-03-01',
            reason: '矩阵',
            approvalDocNo: '矩阵借1号',
          },
        },
        snapshot: secondmentsOfOfficer(ctx, ag.tenantId, officer.id),
        verify: (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ officerId: officer.id, active: true });
          registerFresh(ag.tenantId, ag.path, [res.json().id]);
        },
      };
    },
  },
  'POST /api/secondments/:id/end': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const ag = AG[l as Loc];
      const { insertSecondmentFixture, secondmentSnapshot } =
        await import('../modules/transfers/transfer.test-helpers');
      const s = await throwaway(reuse, `secondment end ${l}`, async () => {
        const made = await insertSecondmentFixture(ctx, ag);
        registerFresh(ag.tenantId, ag.path, [made.id, made.officerId]);
        return made;
      });
      return {
        request: { method: 'POST', url: `/api/secondments/${s.id}/end`, payload: { endedOn: '2021-01-01' } },
        snapshot: secondmentSnapshot(ctx, ag.tenantId, s.id),
        verify: (res, where) => expect.soft(res.json(), where).toMatchObject({ active: false, endedOn: '2021-01-01' }),
      };
    },
  },
  'GET /api/secondment-flags': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const { insertSecondmentFixture } = await import('../modules/transfers/transfer.test-helpers');
      const s = await insertSecondmentFixture(ctx, ag);
      registerFresh(ag.tenantId, ag.path, [s.id, s.officerId]);
      return { request: get(`/api/secondment-flags?tenant=${ag.tenantId}`), find: s.id };
    },
  },
  'GET /api/staffing-strength': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      return { request: get(`/api/staffing-strength?tenant=${ag.tenantId}`), find: `"id":"${ag.id}"` };
    },
  },
  'PUT /api/staffing-minimums/:agencyId': {
    // The justice bureau's standard (personnel.configure over the whole tenant); 0 never raises a flag.
    auth: 'personnel.configure',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const { minimumSnapshot } = await import('../modules/transfers/transfer.test-helpers');
      return {
        request: {
          method: 'PUT',
          url: `/api/staffing-minimums/${ag.id}`,
          payload: { minimumFrontLine: 0, basis: '矩阵依据' },
        },
        snapshot: minimumSnapshot(ctx, ag.tenantId, ag.id),
        verify: (res, where) => expect.soft(res.json(), where).toMatchObject({ agency: { id: ag.id }, minimum: 0 }),
      };
    },
  },
  'GET /api/transfer-settings': {
    auth: 'personnel.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({
      request: get('/api/transfer-settings'),
      verify: (res, where) => expect.soft(res.json().secondedSharePercent, where).toBeGreaterThan(0),
    }),
  },
  'PUT /api/transfer-settings': {
    // A tenant-wide setting of the justice bureau; the payload is the default (other cells rely on it).
    auth: 'personnel.configure',
    scope: 'tenant',
    targets: ['A'],
    success: 200,
    outOfScope: 403,
    cell: async () => {
      const { transferSettingsSnapshot } = await import('../modules/transfers/transfer.test-helpers');
      return {
        request: { method: 'PUT', url: '/api/transfer-settings', payload: { secondedSharePercent: 10 } },
        snapshot: transferSettingsSnapshot(ctx, T.A),
        verify: (res, where) => expect.soft(res.json().secondedSharePercent, where).toBe(10),
      };
    },
  },

  // --- Annual filings and leaders' records (年度备案、领导学法与出庭). Entries go here. ---
  // Fixtures come from annual-filing.test-helpers and leader-record.test-helpers (dynamic import: this shared file
  // keeps its imports). Reads use one fixture per location; writes a fresh one, filings in a throwaway agency below
  // the location (one filing per agency, year and kind).
  'GET /api/annual-filings': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const h = await import('../modules/annual-filings/annual-filing.test-helpers');
      const ag = AG[l as Loc];
      const f = await throwaway(true, `annual filing read ${l}`, async () => {
        const f = await h.insertFilingFixture(ctx, ag, { state: 'submitted', year: 2001, storedDocument: true });
        registerFresh(ag.tenantId, ag.path, [f.id, f.fileId]);
        return f;
      });
      return { request: get(`/api/annual-filings?tenant=${ag.tenantId}&year=2001`), find: f.id };
    },
  },
  'GET /api/annual-filings/overview': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      return { request: get(`/api/annual-filings/overview?tenant=${ag.tenantId}&year=2026`), find: ag.id };
    },
  },
  'GET /api/annual-filings/:id': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const h = await import('../modules/annual-filings/annual-filing.test-helpers');
      const ag = AG[l as Loc];
      const f = await throwaway(true, `annual filing read ${l}`, async () => {
        const f = await h.insertFilingFixture(ctx, ag, { state: 'submitted', year: 2001, storedDocument: true });
        registerFresh(ag.tenantId, ag.path, [f.id, f.fileId]);
        return f;
      });
      return {
        request: get(`/api/annual-filings/${f.id}`),
        verify: (res, where) => expect.soft(res.json().agency?.id, where).toBe(ag.id),
      };
    },
  },
  'GET /api/annual-filings/:id/documents/:fileId': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const h = await import('../modules/annual-filings/annual-filing.test-helpers');
      const ag = AG[l as Loc];
      const f = await throwaway(true, `annual filing read ${l}`, async () => {
        const f = await h.insertFilingFixture(ctx, ag, { state: 'submitted', year: 2001, storedDocument: true });
        registerFresh(ag.tenantId, ag.path, [f.id, f.fileId]);
        return f;
      });
      return {
        request: get(`/api/annual-filings/${f.id}/documents/${f.fileId}`),
        verify: (res, where) => expect.soft(res.headers['content-type'], where).toBe('application/pdf'),
      };
    },
  },
  'POST /api/annual-filings': {
    // An agency outside the write scope is "not found" in the body, as one that does not exist.
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    readable: { permission: 'personnel.read', scope: 'agency' },
    below: true,
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/annual-filings/annual-filing.test-helpers');
      const target = await throwaway(reuse, `annual filing create ${l}`, async () => {
        const t = await insertChildAgency(ctx, AG[l as Loc]);
        registerFresh(t.tenantId, t.path, [t.id]).strings.push(t.name);
        return t;
      });
      const year = Number(shanghaiDate(new Date()).slice(0, 4));
      return {
        request: { method: 'POST', url: '/api/annual-filings', payload: h.workPlanBody(target.id, year) },
        snapshot: h.filingsOfAgency(ctx.db, target),
        verify: (res, where) => {
          expect.soft(res.json().state, where).toBe('draft');
          registerFresh(target.tenantId, target.path, [res.json().id]);
        },
      };
    },
  },
  ...Object.fromEntries(
    (
      [
        ['PATCH', '', 'draft', 200, { summary: '矩阵修改概要' }, 'draft'],
        ['DELETE', '', 'draft', 204, undefined, null],
        ['POST', '/submit', 'draft', 200, {}, 'submitted'],
        ['POST', '/withdraw', 'submitted', 200, {}, 'draft'],
        ['POST', '/accept', 'submitted', 200, { comments: '准予备案' }, 'accepted'],
        ['POST', '/return', 'submitted', 200, { comments: '矩阵退回意见' }, 'returned'],
      ] as const
    ).map(([method, path, from, success, payload, to]): [string, RouteExpectation] => [
      `${method} /api/annual-filings/:id${path}`,
      {
        auth: path === '/accept' || path === '/return' ? 'filing.review' : 'personnel.write',
        scope: 'agency',
        targets: LOCS,
        success,
        outOfScope: 404,
        below: true,
        cell: async (_a, l, reuse) => {
          const h = await import('../modules/annual-filings/annual-filing.test-helpers');
          const f = await throwaway(reuse, `annual filing ${method}${path} ${l}`, async () => {
            const t = await insertChildAgency(ctx, AG[l as Loc]);
            const f = await h.insertFilingFixture(ctx, t, { state: from });
            registerFresh(t.tenantId, t.path, [t.id, f.id]).strings.push(t.name);
            return f;
          });
          return {
            request: { method, url: `/api/annual-filings/${f.id}${path}`, ...(payload ? { payload } : {}) },
            snapshot: h.filingSnapshot(ctx.db, f),
            verify: async (res, where) => {
              if (to) expect.soft(res.json().state, where).toBe(to);
              else expect.soft((await h.filingSnapshot(ctx.db, f)()).row, where).toBeNull();
            },
          };
        },
      },
    ]),
  ),
  'POST /api/annual-filings/:id/documents': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    below: true,
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/annual-filings/annual-filing.test-helpers');
      const f = await throwaway(reuse, `annual filing upload ${l}`, async () => {
        const t = await insertChildAgency(ctx, AG[l as Loc]);
        const f = await h.insertFilingFixture(ctx, t, { state: 'draft' });
        registerFresh(t.tenantId, t.path, [t.id, f.id]).strings.push(t.name);
        return { ...f, path: t.path };
      });
      return {
        request: {
          method: 'POST',
          url: `/api/annual-filings/${f.id}/documents`,
          payload: { fileName: '矩阵计划.pdf', contentBase64: h.TINY_PDF_BASE64 },
        },
        snapshot: h.filingSnapshot(ctx.db, f),
        verify: (res, where) => {
          const docs = res.json().documents as Array<{ fileId: string }>;
          expect.soft(docs.length, where).toBe(2);
          const fileIds = docs.map((d) => d.fileId);
          registerFresh(f.tenantId, f.path, fileIds);
        },
      };
    },
  },
  'DELETE /api/annual-filings/:id/documents/:fileId': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    below: true,
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/annual-filings/annual-filing.test-helpers');
      const f = await throwaway(reuse, `annual filing remove document ${l}`, async () => {
        const t = await insertChildAgency(ctx, AG[l as Loc]);
        const f = await h.insertFilingFixture(ctx, t, { state: 'returned' });
        registerFresh(t.tenantId, t.path, [t.id, f.id, f.fileId]).strings.push(t.name);
        return f;
      });
      return {
        request: { method: 'DELETE', url: `/api/annual-filings/${f.id}/documents/${f.fileId}` },
        snapshot: h.filingSnapshot(ctx.db, f),
        verify: (res, where) => expect.soft(res.json().documents, where).toEqual([]),
      };
    },
  },
  'GET /api/leader-records/summary': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      return { request: get(`/api/leader-records/summary?tenant=${ag.tenantId}&year=2026`), find: ag.id };
    },
  },
  'GET /api/leader-records/study-sessions': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const h = await import('../modules/leader-records/leader-record.test-helpers');
      const ag = AG[l as Loc];
      const s = await throwaway(true, `leader session read ${l}`, async () => {
        const s = await h.insertSessionFixture(ctx, ag, { storedDocument: true });
        registerFresh(ag.tenantId, ag.path, [s.id, s.fileId]);
        return s;
      });
      return { request: get(`/api/leader-records/study-sessions?tenant=${ag.tenantId}`), find: s.id };
    },
  },
  'GET /api/leader-records/study-sessions/:id/documents/:fileId': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const h = await import('../modules/leader-records/leader-record.test-helpers');
      const ag = AG[l as Loc];
      const s = await throwaway(true, `leader session read ${l}`, async () => {
        const s = await h.insertSessionFixture(ctx, ag, { storedDocument: true });
        registerFresh(ag.tenantId, ag.path, [s.id, s.fileId]);
        return s;
      });
      return {
        request: get(`/api/leader-records/study-sessions/${s.id}/documents/${s.fileId}`),
        verify: (res, where) => expect.soft(res.headers['content-type'], where).toBe('application/pdf'),
      };
    },
  },
  'POST /api/leader-records/study-sessions': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l) => {
      const h = await import('../modules/leader-records/leader-record.test-helpers');
      const ag = AG[l as Loc];
      return {
        request: { method: 'POST', url: '/api/leader-records/study-sessions', payload: h.studySessionBodyFor(ag.id) },
        snapshot: h.sessionsOfAgency(ctx.db, ag),
        verify: (res, where) => {
          expect.soft(res.json().agency?.id, where).toBe(ag.id);
          registerFresh(ag.tenantId, ag.path, [res.json().id]);
        },
      };
    },
  },
  'PATCH /api/leader-records/study-sessions/:id': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/leader-records/leader-record.test-helpers');
      const ag = AG[l as Loc];
      const s = await throwaway(reuse, `leader session patch ${l}`, async () => {
        const s = await h.insertSessionFixture(ctx, ag);
        registerFresh(ag.tenantId, ag.path, [s.id, s.fileId]);
        return s;
      });
      return {
        request: { method: 'PATCH', url: `/api/leader-records/study-sessions/${s.id}`, payload: { hours: 3 } },
        snapshot: h.sessionRow(ctx.db, s),
        verify: (res, where) => expect.soft(res.json().hours, where).toBe(3),
      };
    },
  },
  'DELETE /api/leader-records/study-sessions/:id': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 204,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/leader-records/leader-record.test-helpers');
      const ag = AG[l as Loc];
      const s = await throwaway(reuse, `leader session delete ${l}`, async () => {
        const s = await h.insertSessionFixture(ctx, ag);
        registerFresh(ag.tenantId, ag.path, [s.id, s.fileId]);
        return s;
      });
      return {
        request: { method: 'DELETE', url: `/api/leader-records/study-sessions/${s.id}` },
        snapshot: h.sessionRow(ctx.db, s),
        verify: async (_res, where) => expect.soft(await h.sessionRow(ctx.db, s)(), where).toBeNull(),
      };
    },
  },
  'POST /api/leader-records/study-sessions/:id/documents': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/leader-records/leader-record.test-helpers');
      const f = await import('../modules/annual-filings/annual-filing.test-helpers');
      const ag = AG[l as Loc];
      const s = await throwaway(reuse, `leader session upload ${l}`, async () => {
        const s = await h.insertSessionFixture(ctx, ag);
        registerFresh(ag.tenantId, ag.path, [s.id, s.fileId]);
        return s;
      });
      return {
        request: {
          method: 'POST',
          url: `/api/leader-records/study-sessions/${s.id}/documents`,
          payload: { fileName: '矩阵学法材料.pdf', contentBase64: f.TINY_PDF_BASE64 },
        },
        snapshot: h.sessionRow(ctx.db, s),
        verify: (res, where) => {
          const docs = res.json().documents as Array<{ fileId: string }>;
          expect.soft(docs.length, where).toBe(2);
          const fileIds = docs.map((d) => d.fileId);
          registerFresh(ag.tenantId, ag.path, fileIds);
        },
      };
    },
  },
  'GET /api/leader-records/court-appearances': {
    auth: 'personnel.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const h = await import('../modules/leader-records/leader-record.test-helpers');
      const ag = AG[l as Loc];
      const c = await throwaway(true, `leader appearance read ${l}`, async () => {
        const c = await h.insertAppearanceFixture(ctx, ag);
        registerFresh(ag.tenantId, ag.path, [c.id]);
        return c;
      });
      return { request: get(`/api/leader-records/court-appearances?tenant=${ag.tenantId}`), find: c.id };
    },
  },
  'POST /api/leader-records/court-appearances': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    readable: { permission: 'personnel.read', scope: 'agency' },
    cell: async (_a, l) => {
      const h = await import('../modules/leader-records/leader-record.test-helpers');
      const ag = AG[l as Loc];
      return {
        request: {
          method: 'POST',
          url: '/api/leader-records/court-appearances',
          payload: h.courtAppearanceBodyFor(ag.id),
        },
        snapshot: h.appearancesOfAgency(ctx.db, ag),
        verify: (res, where) => {
          expect.soft(res.json().caseNumber, where).toBe('（2026）云3401行初12号');
          registerFresh(ag.tenantId, ag.path, [res.json().id]);
        },
      };
    },
  },
  'PATCH /api/leader-records/court-appearances/:id': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/leader-records/leader-record.test-helpers');
      const ag = AG[l as Loc];
      const c = await throwaway(reuse, `leader appearance patch ${l}`, async () => {
        const c = await h.insertAppearanceFixture(ctx, ag);
        registerFresh(ag.tenantId, ag.path, [c.id]);
        return c;
      });
      return {
        request: {
          method: 'PATCH',
          url: `/api/leader-records/court-appearances/${c.id}`,
          payload: { outcome: 'upheld', outcomeDate: '2026-05-20' },
        },
        snapshot: h.appearanceRow(ctx.db, c),
        verify: (res, where) => expect.soft(res.json().outcome, where).toBe('upheld'),
      };
    },
  },
  'DELETE /api/leader-records/court-appearances/:id': {
    auth: 'personnel.write',
    scope: 'agency',
    targets: LOCS,
    success: 204,
    outOfScope: 404,
    cell: async (_a, l, reuse) => {
      const h = await import('../modules/leader-records/leader-record.test-helpers');
      const ag = AG[l as Loc];
      const c = await throwaway(reuse, `leader appearance delete ${l}`, async () => {
        const c = await h.insertAppearanceFixture(ctx, ag);
        registerFresh(ag.tenantId, ag.path, [c.id]);
        return c;
      });
      return {
        request: { method: 'DELETE', url: `/api/leader-records/court-appearances/${c.id}` },
        snapshot: h.appearanceRow(ctx.db, c),
        verify: async (_res, where) => expect.soft(await h.appearanceRow(ctx.db, c)(), where).toBeNull(),
      };
    },
  },

  // --- Personnel indicators (队伍建设指标): the reader's own tenant, scoped inside (personnel-settings.routes.test.ts). ---
  'GET /api/personnel-indicators': {
    auth: 'personnel.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({
      request: get('/api/personnel-indicators'),
      verify: (res, where) => expect.soft(res.json().total?.agencyId, where).toBeNull(),
    }),
  },

  // --- Role grants. -------------------------------------------------------------------------------------------
  'GET /api/grants': {
    auth: 'grant.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => ({
      request: get(`/api/grants?tenant=${AG[l as Loc].tenantId}`),
      find: TGT[l as Loc].grantId,
    }),
  },
  'POST /api/grants': {
    // An account outside every scope is "not found" in the body; readable but not grantable is 403.
    auth: 'grant.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    readable: { permission: 'grant.read', scope: 'agency' },
    cell: async (actor, l, reuse) => {
      const acc = await throwaway(reuse, `POST grant ${l}`, () => freshAccount(l as Loc));
      return {
        request: {
          method: 'POST',
          url: '/api/grants',
          payload: {
            accountId: acc.id,
            role: grantableRole(actor),
            scopeKind: 'own_agency',
            scopeAgencyId: AG[l as Loc].id,
          },
        },
        snapshot: grantsOf(acc),
        verify: (res, where) => {
          expect.soft(res.json(), where).toMatchObject({ accountId: acc.id, role: grantableRole(actor) });
          registerFresh(acc.tenantId, AG[l as Loc].path, [res.json().id]);
        },
        records: [acc.rec],
      };
    },
  },
  'DELETE /api/grants/:id': {
    auth: 'grant.write',
    scope: 'agency',
    targets: LOCS,
    success: 204,
    outOfScope: 404,
    readable: { permission: 'grant.read', scope: 'agency' },
    cell: async (actor, l, reuse) => {
      const role = grantableRole(actor);
      const { acc, grant } = await throwaway(reuse, `DELETE grant ${role} ${l}`, async () => {
        const acc = await freshAccount(l as Loc, [{ role, scopeKind: 'own_agency' }]);
        const [grant] = await grantsOf(acc)();
        registerFresh(acc.tenantId, AG[l as Loc].path, [grant.id]);
        return { acc, grant };
      });
      return {
        request: { method: 'DELETE', url: `/api/grants/${grant.id}` },
        snapshot: grantsOf(acc),
        verify: async (_res, where) => expect.soft((await grantsOf(acc)())[0]?.revokedAt, where).toBeInstanceOf(Date),
        records: [acc.rec],
      };
    },
  },

  // --- API tokens. --------------------------------------------------------------------------------------------
  'GET /api/api-tokens': {
    auth: 'api_token.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => ({
      request: get(`/api/api-tokens?tenant=${AG[l as Loc].tenantId}`),
      find: TGT[l as Loc].token.id,
    }),
  },
  'POST /api/api-tokens': {
    // An account outside the scope is "not found" in the body, as one that does not exist.
    auth: 'api_token.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 400,
    cell: async (_a, l, reuse) => {
      const acc = await throwaway(reuse, `POST token ${l}`, () =>
        freshAccount(l as Loc, [{ role: 'officer', scopeKind: 'own_agency' }]),
      );
      const name = `矩阵令牌${tag()}`;
      return {
        request: {
          method: 'POST',
          url: '/api/api-tokens',
          payload: { accountId: acc.id, name, permissions: ['agency.read'], expiresAt: tokenExpiry() },
        },
        snapshot: tokensOf(acc),
        verify: (res, where) => {
          expect.soft(res.json().item, where).toMatchObject({ accountId: acc.id, name, permissions: ['agency.read'] });
          registerFresh(acc.tenantId, AG[l as Loc].path, [res.json().item.id]);
        },
        records: [acc.rec, { ids: [], strings: [name], tenantId: acc.tenantId, path: AG[l as Loc].path }],
      };
    },
  },
  'DELETE /api/api-tokens/:id': {
    auth: 'api_token.write',
    scope: 'agency',
    targets: LOCS,
    success: 204,
    outOfScope: 404,
    readable: { permission: 'api_token.read', scope: 'agency' },
    cell: async (_a, l, reuse) => {
      const { acc, token, rec } = await throwaway(reuse, `DELETE token ${l}`, async () => {
        const acc = await freshAccount(l as Loc, [{ role: 'officer', scopeKind: 'own_agency' }]);
        const token = await insertApiToken(ctx, acc, ['agency.read']);
        const rec = registerFresh(acc.tenantId, AG[l as Loc].path, [token.id]);
        rec.strings.push(token.name, token.prefix);
        return { acc, token, rec };
      });
      return {
        request: { method: 'DELETE', url: `/api/api-tokens/${token.id}` },
        snapshot: tokensOf(acc),
        verify: async (_res, where) => expect.soft((await tokensOf(acc)())[0]?.revokedAt, where).toBeInstanceOf(Date),
        records: [acc.rec, rec],
      };
    },
  },

  // --- Security policy (tenant-level: whole-tenant scopes only; out of scope is 403, as the code says). ---------
  'GET /api/security-policy': {
    auth: 'security_policy.read',
    scope: 'tenant',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 403,
    cell: async (_a, t) => ({
      request: get(`/api/security-policy?tenant=${T[t as TenantKey]}`),
      verify: (res, where) => expect.soft(res.json().passwordMinLength, where).toBeTypeOf('number'),
    }),
  },
  'PUT /api/security-policy': {
    auth: 'security_policy.write',
    scope: 'tenant',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 403,
    cell: async (_a, t) => {
      const code = T[t as TenantKey];
      // Toggle a setting no other cell depends on.
      const lockoutMinutes = (await policyFor(ctx.db, code)).lockoutMinutes === 15 ? 16 : 15;
      return {
        request: {
          method: 'PUT',
          url: `/api/security-policy?tenant=${code}`,
          payload: { ...DEFAULT_SECURITY_POLICY, lockoutMinutes },
        },
        snapshot: policyRow(code),
        verify: async (_res, where) =>
          expect.soft((await policyRow(code)())?.policy.lockoutMinutes, where).toBe(lockoutMinutes),
      };
    },
  },

  // --- Access log (tenant-level; another tenant's log is refused outright). ---------------------------------------
  'GET /api/access-log': {
    auth: 'access_log.read',
    scope: 'tenant',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 403,
    cell: async (_a, t) => {
      const k = t as 'A' | 'B';
      return { request: get(`/api/access-log?tenant=${T[k]}&record=${MARKER[k]}`), find: MARKER[k] };
    },
  },
  'GET /api/access-log.csv': {
    auth: 'access_log.read',
    scope: 'tenant',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 403,
    cell: async (_a, t) => {
      const k = t as 'A' | 'B';
      return { request: get(`/api/access-log.csv?tenant=${T[k]}&record=${MARKER[k]}`), find: MARKER[k] };
    },
  },
  // --- Working-day calendar: holders of agency.read (business roles, the system administrator; not the security
  // and audit administrators) read the calendar of a tenant their grants lie in (another is not found); the national year is system reference data any holder of calendar.write enters (system administrator,
  // whole-tenant supervisors); local holidays are tenant-level (whole-tenant scopes only; out of scope is 403). ---
  'GET /api/calendar/years': {
    auth: 'agency.read',
    scope: 'tenant-reach',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 404,
    cell: async (_a, t) => ({
      request: get(`/api/calendar/years?tenant=${T[t as TenantKey]}`),
      verify: (res, where) => expect.soft(res.json().tenantId, where).toBe(T[t as TenantKey]),
    }),
  },
  'GET /api/calendar/years/:year': {
    auth: 'agency.read',
    scope: 'tenant-reach',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 404,
    cell: async (_a, t) => ({
      request: get(`/api/calendar/years/2026?tenant=${T[t as TenantKey]}`),
      verify: (res, where) => expect.soft(res.json().tenantId, where).toBe(T[t as TenantKey]),
    }),
  },
  'GET /api/calendar/days': {
    auth: 'agency.read',
    scope: 'tenant-reach',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 404,
    cell: async (_a, t) => ({
      request: get(`/api/calendar/days?tenant=${T[t as TenantKey]}&from=2026-02-13&to=2026-02-16`),
      verify: (res, where) => expect.soft(res.json().days, where).toHaveLength(4),
    }),
  },
  'GET /api/calendar/local-entries': {
    auth: 'agency.read',
    scope: 'tenant-reach',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 404,
    cell: async (_a, t) => {
      const h = await import('../modules/calendar/calendar.test-helpers');
      const code = T[t as TenantKey];
      const entry = await throwaway(true, `calendar local read ${t}`, () =>
        h.insertLocalEntryFixture(ctx.db, code, h.nextLocalDate(), `矩阵本地节日${tag()}`),
      );
      return { request: get(`/api/calendar/local-entries?tenant=${code}`), find: entry.name };
    },
  },
  'PUT /api/calendar/years/:year': {
    auth: 'calendar.write',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => {
      const h = await import('../modules/calendar/calendar.test-helpers');
      const body = h.yearBodyFor(2099, tag());
      return {
        request: { method: 'PUT', url: '/api/calendar/years/2099', payload: body },
        snapshot: h.yearSnapshot(ctx.db, 2099),
        verify: (res, where) => expect.soft(res.json().notice?.number, where).toBe(body.noticeNumber),
      };
    },
  },
  'POST /api/calendar/local-entries': {
    auth: 'calendar.write',
    scope: 'tenant',
    targets: TENANTS_AB,
    success: 201,
    outOfScope: 403,
    cell: async (_a, t) => {
      const h = await import('../modules/calendar/calendar.test-helpers');
      const code = T[t as TenantKey];
      const date = h.nextLocalDate();
      return {
        request: {
          method: 'POST',
          url: `/api/calendar/local-entries?tenant=${code}`,
          payload: { date, kind: 'holiday', name: `矩阵本地节日${tag()}`, basis: '矩阵测试依据' },
        },
        snapshot: h.localEntriesSnapshot(ctx.db, code),
        verify: (res, where) => expect.soft(res.json().entry?.date, where).toBe(date),
      };
    },
  },
  'DELETE /api/calendar/local-entries/:date': {
    auth: 'calendar.write',
    scope: 'tenant',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 403,
    cell: async (_a, t, reuse) => {
      const h = await import('../modules/calendar/calendar.test-helpers');
      const code = T[t as TenantKey];
      const entry = await throwaway(reuse, `calendar local delete ${t}`, () =>
        h.insertLocalEntryFixture(ctx.db, code, h.nextLocalDate()),
      );
      return {
        request: { method: 'DELETE', url: `/api/calendar/local-entries/${entry.date}?tenant=${code}` },
        snapshot: h.localEntriesSnapshot(ctx.db, code),
        verify: async (_res, where) =>
          expect
            .soft(
              (await h.localEntriesSnapshot(ctx.db, code)()).some((e) => e.date === entry.date),
              where,
            )
            .toBe(false),
      };
    },
  },
  // ==== deadline routes (matrix section) ====
  // Every signed-in user computes deadlines and reads the rules and settings of a tenant one of its grants lies in.
  'GET /api/deadlines/rules': {
    auth: 'agency.read',
    scope: 'tenant-reach',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 404,
    cell: async (_a, t) => {
      const code = T[t as TenantKey];
      return {
        request: get(`/api/deadlines/rules?tenant=${code}`),
        verify: (res, where) => expect.soft(res.json().tenant, where).toBe(code),
      };
    },
  },
  'GET /api/deadlines/compute': {
    auth: 'agency.read',
    scope: 'tenant-reach',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 404,
    cell: async (_a, t) => ({
      request: get(`/api/deadlines/compute?tenant=${T[t as TenantKey]}&rule=XZCF-60&start=2026-01-05`),
      verify: (res, where) => expect.soft(res.json().due, where).toBe('2026-04-05'),
    }),
  },
  'GET /api/deadlines/settings': {
    auth: 'agency.read',
    scope: 'tenant-reach',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 404,
    cell: async (_a, t) => {
      const code = T[t as TenantKey];
      return {
        request: get(`/api/deadlines/settings?tenant=${code}`),
        verify: (res, where) => expect.soft(res.json().tenant, where).toBe(code),
      };
    },
  },
  'PUT /api/deadlines/settings': {
    // The justice bureau sets the tenant's values (whole-tenant personnel.configure).
    auth: 'personnel.configure',
    scope: 'tenant',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 403,
    cell: async (_a, t) => {
      const code = T[t as TenantKey];
      const h = await import('../modules/deadlines/deadline.test-helpers');
      const extensionMax = 31 + Math.floor(Math.random() * 29);
      return {
        request: {
          method: 'PUT',
          url: '/api/deadlines/settings',
          payload: { tenant: code, rule: 'XZCF-60', extensionMax },
        },
        snapshot: () => h.deadlineSettingRow(ctx.db, code, 'tenant', 'XZCF-60'),
        verify: async (_res, where) =>
          expect
            .soft(await h.deadlineSettingRow(ctx.db, code, 'tenant', 'XZCF-60'), where)
            .toMatchObject({ extensionMax }),
      };
    },
  },
  'PUT /api/deadlines/settings/agencies/:agencyId': {
    // An agency's leader or legal office sets its own legal-review limit.
    auth: 'review_catalogue.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'review_catalogue.read', scope: 'agency' },
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const h = await import('../modules/deadlines/deadline.test-helpers');
      const amount = 3 + Math.floor(Math.random() * 8);
      return {
        request: {
          method: 'PUT',
          url: `/api/deadlines/settings/agencies/${ag.id}`,
          payload: { rule: 'LEGAL-REVIEW', amount },
        },
        snapshot: () => h.deadlineSettingRow(ctx.db, ag.tenantId, ag.id, 'LEGAL-REVIEW'),
        verify: async (_res, where) =>
          expect
            .soft(await h.deadlineSettingRow(ctx.db, ag.tenantId, ag.id, 'LEGAL-REVIEW'), where)
            .toMatchObject({ amount }),
      };
    },
  },
  // --- Procedures (办案程序): shared reference data, read by every signed-in user; no data scope. -------------
  'GET /api/procedures': {
    auth: 'agency.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({
      request: get('/api/procedures'),
      verify: (res, where) =>
        expect
          .soft(
            res.json().items.map((i: { code: string }) => i.code),
            where,
          )
          .toContain('penalty_general'),
    }),
  },
  'GET /api/procedures/:code': {
    auth: 'agency.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({
      request: get('/api/procedures/penalty_general?version=1'),
      verify: (res, where) => expect.soft(res.json().steps.length, where).toBeGreaterThan(0),
    }),
  },
  // --- Document templates (文书模板): blank forms every signed-in user reads for a tenant its grants lie in
  // (another tenant is 403); replacing or restoring one is tenant-level (document_template.write over the whole
  // tenant; out of scope is 403). The replacement uploaded is the default itself, so nothing else changes. ---
  'GET /api/document-templates': {
    auth: 'agency.read',
    scope: 'tenant-reach',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 403,
    cell: async (_a, t) => ({
      request: get(`/api/document-templates?tenant=${T[t as TenantKey]}`),
      verify: (res, where) => expect.soft(res.json().tenantId, where).toBe(T[t as TenantKey]),
    }),
  },
  'GET /api/document-templates/fields': {
    auth: 'agency.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({
      request: get('/api/document-templates/fields'),
      verify: (res, where) => expect.soft(res.json().kinds.length, where).toBeGreaterThan(0),
    }),
  },
  'GET /api/document-templates/:kind/download': {
    auth: 'agency.read',
    scope: 'tenant-reach',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 403,
    cell: async (_a, t) => ({
      request: get(`/api/document-templates/service_receipt/download?tenant=${T[t as TenantKey]}`),
      verify: (res, where) => expect.soft(res.headers['content-type'], where).toContain('wordprocessingml'),
    }),
  },
  'PUT /api/document-templates/:kind': {
    auth: 'document_template.write',
    scope: 'tenant',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 403,
    cell: async (_a, t) => {
      const h = await import('../modules/documents/document.test-helpers');
      const tenantId = T[t as TenantKey];
      return {
        request: {
          method: 'PUT',
          url: '/api/document-templates/service_receipt',
          payload: h.templateUploadBody('service_receipt', tenantId),
        },
        snapshot: h.templateRow(ctx, tenantId, 'service_receipt'),
        verify: (res, where) => expect.soft(res.json().status, where).toBe('replaced'),
      };
    },
  },
  'DELETE /api/document-templates/:kind': {
    auth: 'document_template.write',
    scope: 'tenant',
    targets: TENANTS_AB,
    success: 200,
    outOfScope: 403,
    cell: async (_a, t) => {
      const h = await import('../modules/documents/document.test-helpers');
      const tenantId = T[t as TenantKey];
      await h.ensureReplacedRow(ctx, tenantId, 'hearing_notice');
      return {
        request: { method: 'DELETE', url: `/api/document-templates/hearing_notice?tenant=${tenantId}` },
        snapshot: h.templateRow(ctx, tenantId, 'hearing_notice'),
        verify: async (res, where) => {
          expect.soft(res.json().status, where).toBe('default');
          expect.soft(await h.templateRow(ctx, tenantId, 'hearing_notice')(), where).toBeNull();
        },
      };
    },
  },
  // ==== case routes (matrix section) ====
  'GET /api/cases': {
    auth: 'case.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 'absent',
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const c = await matrixCase(l as Loc);
      return { request: get(`/api/cases?tenant=${ag.tenantId}&q=${encodeURIComponent(c.title)}`), find: c.id };
    },
  },
  'GET /api/cases/workbench': {
    auth: 'case.read',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({
      request: get('/api/cases/workbench'),
      verify: (res, where) => expect.soft(typeof res.json().mine.total, where).toBe('number'),
    }),
  },
  'POST /api/cases': {
    auth: 'case.write',
    scope: 'agency',
    targets: LOCS,
    success: 201,
    outOfScope: 404,
    readable: { permission: 'case.read', scope: 'agency' },
    cell: async (_a, l) => {
      const ag = AG[l as Loc];
      const h = await import('../modules/cases/case.test-helpers');
      const body = await h.matrixCaseBody(ctx, ag, `矩阵新建案件${l}${tag()}`);
      return {
        request: { method: 'POST', url: '/api/cases', payload: body },
        snapshot: () => h.casesTitled(ctx, body.title),
        verify: (res, where) => {
          expect.soft(res.json().state, where).toBe('registered');
          registerFresh(ag.tenantId, ag.path, [res.json().id]);
        },
      };
    },
  },
  'GET /api/cases/:id': {
    auth: 'case.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const c = await matrixCase(l as Loc);
      return { request: get(`/api/cases/${c.id}`), find: c.id };
    },
  },
  'POST /api/cases/:id/transitions': {
    auth: 'case.read',
    scope: 'agency',
    targets: LOCS,
    // Everyone who can see the case gets the payload checked first: declining to open needs a reason.
    success: 400,
    outOfScope: 404,
    cell: async (_a, l) => {
      const h = await import('../modules/cases/case.test-helpers');
      const c = await matrixCase(l as Loc);
      return {
        request: {
          method: 'POST',
          url: `/api/cases/${c.id}/transitions`,
          payload: { action: 'decline_to_open', payload: {} },
        },
        snapshot: () => h.caseRow(ctx, c),
        verify: (res, where) => expect.soft(Object.keys(res.json().error.fields), where).toEqual(['payload.reason']),
      };
    },
  },
  'GET /api/cases/review-queue': {
    auth: 'case.review',
    scope: 'self',
    targets: SELF,
    success: 200,
    cell: async () => ({
      request: get('/api/cases/review-queue'),
      verify: (res, where) => expect.soft(typeof res.json().total, where).toBe('number'),
    }),
  },
  'GET /api/cases/:id/parties/:partyId/id-number': {
    auth: 'case.write',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'case.read', scope: 'agency' },
    cell: async (_a, l) => {
      const c = await matrixCase(l as Loc);
      return {
        request: get(`/api/cases/${c.id}/parties/${c.partyId}/id-number`),
        verify: (res, where) => expect.soft(res.json().idNumber, where).toMatch(/^\d{17}[\dX]$/),
      };
    },
  },
  'GET /api/cases/:id/documents/:documentId/download': {
    auth: 'case.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => {
      const c = await matrixCase(l as Loc);
      return {
        request: get(`/api/cases/${c.id}/documents/${c.documentId}/download`),
        verify: (res, where) => expect.soft(res.headers['content-type'], where).toContain('officedocument'),
      };
    },
  },
  'GET /api/case-number-patterns/:agencyId': {
    auth: 'case.read',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    cell: async (_a, l) => ({ request: get(`/api/case-number-patterns/${AG[l as Loc].id}`), find: AG[l as Loc].id }),
  },
  'PUT /api/case-number-patterns/:agencyId': {
    auth: 'case.approve',
    scope: 'agency',
    targets: LOCS,
    success: 200,
    outOfScope: 404,
    readable: { permission: 'case.read', scope: 'agency' },
    cell: async (_a, l) => {
      const h = await import('../modules/cases/case.test-helpers');
      const ag = AG[l as Loc];
      return {
        request: {
          method: 'PUT',
          url: `/api/case-number-patterns/${ag.id}`,
          payload: { kind: 'inspection', pattern: '矩检〔{year}〕{seq}号' },
        },
        snapshot: () => h.casePatterns(ctx, ag.id),
        verify: (res, where) =>
          expect.soft(res.json().items.find((i: { kind: string }) => i.kind === 'inspection').custom, where).toBe(true),
      };
    },
  },
};

/** Routes anyone may call, signed in or not. */
const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/public/tenants',
  'POST /api/auth/login',
  'GET /api/openapi.json',
  'GET /api/public/tenants/:code/review-catalogues',
  'GET /api/public/benchmarks',
  'GET /api/public/tenants/:code/powers',
  'GET /api/public/tenants/:code/powers/:agencyId',
  'GET /api/public/certificates/verify',
  'GET /api/public/certificates/:token/photo',
  // ==== public routes of issue 5 ====
];
const isDocumentation = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

const TARGET_LABELS: Record<Target, string> = {
  X: 'X (the actors’ own agency, tenant A)',
  Y: 'Y (child of X)',
  Z: 'Z (root beside X)',
  W: 'W (tenant B)',
  A: 'tenant A (the actors’ own)',
  B: 'tenant B',
  C: 'tenant C (not yet provisioned)',
  self: 'own account',
};

const ERROR_CODE_OF: Record<number, string> = {
  400: 'invalid_input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
};

type Why = 'interactive only' | 'lacks the permission' | 'in scope' | 'out of scope' | 'readable, not writable';

function subjectOf(route: RouteExpectation, target: Target): Subject | undefined {
  switch (route.scope) {
    case 'self':
      return undefined;
    case 'agency': {
      const ag = AG[target as Loc];
      return { tenantId: ag.tenantId, path: route.below ? `${ag.path}below/` : ag.path };
    }
    default:
      return { tenantId: T[target as TenantKey] };
  }
}

function expectedAnswer(route: RouteExpectation, spec: ActorSpec, target: Target): { status: number; why: Why } {
  const subject = subjectOf(route, target);
  if (route.interactiveOnly && spec.token) return { status: 403, why: 'interactive only' };
  if (!holds(spec, route.auth)) return { status: 403, why: 'lacks the permission' };
  if (!subject || reaches(spec, route.scope, subject)) {
    return { status: route.successFor?.(target) ?? route.success, why: 'in scope' };
  }
  if (route.outOfScope === 'absent') return { status: 200, why: 'out of scope' };
  if (route.readable && holds(spec, route.readable.permission) && reaches(spec, route.readable.scope, subject)) {
    return { status: 403, why: 'readable, not writable' };
  }
  if (route.outOfScope === undefined) throw new Error('a scoped route without its out-of-scope answer');
  return { status: route.outOfScope, why: 'out of scope' };
}

let cellsRun = 0;
/** How many cells expected which answer, and why: the matrix must exercise every kind. */
const tally = new Map<string, number>();

async function runCell(key: string, route: RouteExpectation, actor: LiveActor, target: Target): Promise<void> {
  const want = expectedAnswer(route, actor.spec, target);
  const refusal = want.status >= 300;
  const cell = await route.cell(actor, target, refusal);
  const as = cell.as ?? actor;
  const where = `${key} × ${actor.spec.key} × ${TARGET_LABELS[target]}`;
  // Listed routes (and the access log) must show an in-scope target and must not show an out-of-scope one.
  const listed = cell.find && want.status === 200 ? want.why === 'in scope' : undefined;
  const before = cell.snapshot && refusal ? await cell.snapshot() : undefined;
  const res = await app.inject({ ...cell.request, headers: as.headers });
  cellsRun++;
  const kind = `${want.why}: ${want.status}${listed === false ? ' without the target' : ''}`;
  tally.set(kind, (tally.get(kind) ?? 0) + 1);

  expect.soft(res.statusCode, `${where}: ${res.body.slice(0, 300)}`).toBe(want.status);
  const code = ERROR_CODE_OF[want.status];
  if (code && res.statusCode === want.status) expect.soft(res.json().error?.code, where).toBe(code);
  if (listed !== undefined && res.statusCode === 200) {
    const shown = res.body.includes(cell.find!);
    expect.soft(shown, `${where}: target ${listed ? 'missing from' : 'present in'} the answer`).toBe(listed);
  }
  const ok = res.statusCode >= 200 && res.statusCode < 300;
  if (ok && res.statusCode === want.status && cell.verify) await cell.verify(res, where);
  if (cell.snapshot && refusal) {
    expect.soft(await cell.snapshot(), `${where}: a refused write changed the target`).toEqual(before);
  }
  expect.soft(leaksIn(as, res.body, cell.records ?? []), `${where}: identifiers of records out of scope`).toEqual([]);
}

/** The target a cell uses when scope is not the question (a valid request that a sysadmin of tenant A reaches). */
const typicalTarget = (route: RouteExpectation): Target =>
  route.targets.includes('Y') ? 'Y' : route.targets.includes('A') ? 'A' : 'self';

// ---------------------------------------------------------------------------------------------------------------

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  T.A = await makeTenant(ctx, '矩阵甲县');
  T.B = await makeTenant(ctx, '矩阵乙县');
  T.C = await unusedTenantCode(ctx);

  AG.X = await insertTargetAgency(ctx, T.A, 'X');
  AG.Y = await insertTargetAgency(ctx, T.A, 'Y', AG.X);
  AG.Z = await insertTargetAgency(ctx, T.A, 'Z');
  AG.W = await insertTargetAgency(ctx, T.B, 'W');
  for (const loc of ['X', 'Y', 'Z', 'W'] as const) {
    const ag = AG[loc];
    // Every actor sees its own agency's id and name (in /api/me); its USCC and contact phone only within scope.
    fixedRecords.push(
      loc === 'X'
        ? { ids: [ag.id], strings: [ag.name], tenantId: ag.tenantId, path: ag.path, ownAgency: true }
        : { ids: [ag.id], strings: [ag.name], tenantId: ag.tenantId, path: ag.path },
      { ids: [], strings: [ag.uscc, ag.contactPhone], tenantId: ag.tenantId, path: ag.path },
    );
  }

  for (const spec of ACTORS) {
    const acc = await makeAccount(ctx, AG.X, [grantSpecOf(spec)]);
    fixedRecords.push({ ids: [acc.id], strings: [acc.username], tenantId: T.A, path: AG.X.path, owner: acc.id });
    const base = { spec, id: acc.id, tenantId: acc.tenantId, username: acc.username, password: acc.password };
    if (spec.token) {
      live.set(spec.key, { ...base, headers: {} }); // the token is issued by the sysadmin below
      tokenOwner = { ...base, headers: { cookie: await signIn(app, acc) } };
    } else {
      live.set(spec.key, { ...base, headers: { cookie: await signIn(app, acc) } });
    }
  }
  const sysadmin = live.get('sysadmin')!;

  // A system administrator of tenant B, to make B's targets through the API as its own administrator would.
  const helperB = await makeAccount(ctx, AG.W, [{ role: 'sysadmin', scopeKind: 'tenant' }]);
  fixedRecords.push({ ids: [helperB.id], strings: [helperB.username], tenantId: T.B, path: AG.W.path });
  const adminOf = (loc: Loc) => (loc === 'W' ? signIn(app, helperB) : Promise.resolve(sysadmin.headers.cookie));

  const call = async (cookie: string, method: Method, url: string, payload: Record<string, unknown>) => {
    const res = await app.inject({ method, url, headers: { cookie }, payload });
    if (res.statusCode !== 201) throw new Error(`fixture ${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  for (const loc of ['X', 'Y', 'Z', 'W'] as const) {
    const ag = AG[loc];
    const cookie = await adminOf(loc);
    const phone = randomMobile();
    const username = `t${loc.toLowerCase()}${tag()}`;
    const displayName = `矩阵目标${loc}${tag()}`;
    const account = await call(cookie, 'POST', '/api/accounts', {
      tenantId: ag.tenantId,
      username,
      displayName,
      agencyId: ag.id,
      phone,
      password: TEST_PASSWORD,
    });
    const grant = await call(cookie, 'POST', '/api/grants', {
      accountId: account.id,
      role: 'officer',
      scopeKind: 'own_agency',
      scopeAgencyId: ag.id,
    });
    const token = await call(cookie, 'POST', '/api/api-tokens', {
      accountId: account.id,
      name: `矩阵目标令牌${loc}${tag()}`,
      permissions: ['agency.read'],
      expiresAt: tokenExpiry(),
    });
    TGT[loc] = {
      account: { id: account.id, username, displayName, phone },
      grantId: grant.id,
      token: { id: token.item.id, name: token.item.name, prefix: token.item.prefix },
    };
    fixedRecords.push({
      ids: [account.id, grant.id, token.item.id],
      strings: [username, displayName, phone, account.phoneMasked, token.item.name, token.item.prefix],
      tenantId: ag.tenantId,
      path: ag.path,
    });
  }

  // The API-token actor: issued through the API by the system administrator, carrying agency.read only.
  const issued = await call(sysadmin.headers.cookie, 'POST', '/api/api-tokens', {
    accountId: tokenOwner.id,
    name: `矩阵集成令牌${tag()}`,
    permissions: ['agency.read'],
    expiresAt: tokenExpiry(),
  });
  const tokenActor = live.get('token[agency.read] of supervisor')!;
  tokenActor.headers = { authorization: `Bearer ${issued.token}` };
  fixedRecords.push({ ids: [issued.item.id], strings: [], tenantId: T.A, path: AG.X.path });

  for (const k of ['A', 'B'] as const) {
    MARKER[k] = randomUUID();
    await ctx.db.insert(accessLog).values({
      tenantId: T[k],
      method: 'GET',
      route: '/matrix/marker',
      action: 'matrix.marker',
      recordIds: [MARKER[k]],
      outcome: 'success',
      statusCode: 200,
    });
    fixedRecords.push({ ids: [MARKER[k]], strings: [], tenantId: T[k], path: null });
  }
});

afterAll(async () => {
  if (ctx) await removeTenant(T.C);
  await app?.close();
  await ctx?.close();
});

// ---------------------------------------------------------------------------------------------------------------

describe('the expectation table', () => {
  it('covers every route the app registers, with the permission the route declares', () => {
    const declared = new Map<string, string | undefined>();
    for (const r of app.routeTable) if (!isDocumentation(r.url)) declared.set(`${r.method} ${r.url}`, r.auth);
    const publicDeclared = [...declared].filter(([, auth]) => auth === 'public').map(([k]) => k);
    expect(publicDeclared.sort(), 'public routes (a new one must be listed here on purpose)').toEqual(
      [...PUBLIC_ROUTES].sort(),
    );
    const scoped = [...declared.keys()].filter((k) => declared.get(k) !== 'public');
    expect(
      scoped.filter((k) => !(k in ROUTES)),
      'routes without an expectation',
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((k) => !declared.has(k)),
      'expectations for routes that do not exist',
    ).toEqual([]);
    for (const [k, route] of Object.entries(ROUTES))
      expect.soft(declared.get(k), `${k}: declared auth`).toBe(route.auth);
  });

  it('matches the roles’ permissions in contracts/roles.ts', () => {
    for (const role of ROLES) {
      expect.soft([...ROLE_PERMISSIONS[role]].sort(), role).toEqual([...EXPECTED_ROLE_PERMISSIONS[role]].sort());
    }
    // Every permission is required by some route, so every one of them is walked by the matrix.
    const required = new Set(Object.values(ROUTES).map((r) => r.auth));
    expect(PERMISSIONS.filter((p) => !required.has(p))).toEqual([]);
  });
});

describe('without credentials', () => {
  for (const [key, route] of Object.entries(ROUTES)) {
    it(`${key} → 401, and nothing changes`, async () => {
      const cell = await route.cell(live.get('sysadmin')!, typicalTarget(route), true);
      const before = cell.snapshot ? await cell.snapshot() : undefined;
      const res = await app.inject(cell.request);
      expect(res.statusCode, res.body).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
      if (cell.snapshot) expect(await cell.snapshot()).toEqual(before);
      // A revoked or made-up token is no better than none.
      const forged = await app.inject({
        ...cell.request,
        headers: { authorization: `Bearer xzzf_${T.A}_${'a'.repeat(43)}` },
      });
      expect(forged.statusCode).toBe(401);
    });
  }
});

describe('public routes: anyone may call', () => {
  const probe = { tenantId: '', username: '', password: TEST_PASSWORD };
  beforeAll(async () => {
    const acc = await makeAccount(ctx, AG.Z, []);
    Object.assign(probe, { tenantId: acc.tenantId, username: acc.username });
  });
  for (const key of PUBLIC_ROUTES) {
    it(key, async () => {
      const [method, pattern] = key.split(' ') as [Method, string];
      // Public disclosure pages are per tenant: called for tenant A.
      const url = pattern.replace(':code', T.A).replace(':agencyId', AG.X.id);
      const payload =
        method === 'POST' ? { tenant: probe.tenantId, username: probe.username, password: probe.password } : undefined;
      const callers: Array<[string, Record<string, string>]> = [
        ['anonymous', {}],
        ...[...live.values()].map((a): [string, Record<string, string>] => [a.spec.key, a.headers]),
      ];
      for (const [who, headers] of callers) {
        const res = await app.inject({ method, url, headers, payload });
        expect.soft(res.statusCode, `${key} as ${who}: ${res.body.slice(0, 200)}`).toBe(200);
      }
    });
  }
});

describe('API tokens reach only the permissions they carry', () => {
  it('a token with agency.read reads the tree but cannot change it, though its account may', async () => {
    const token = live.get('token[agency.read] of supervisor')!;
    const read = await app.inject({ method: 'GET', url: `/api/agencies/${AG.Z.id}`, headers: token.headers });
    expect(read.statusCode).toBe(200);
    const target = await insertChildAgency(ctx, AG.Y);
    const before = await agencyRow(target)();
    const viaToken = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${target.id}`,
      headers: token.headers,
      payload: { name: `矩阵令牌改名${tag()}` },
    });
    expect(viaToken.statusCode, viaToken.body).toBe(403);
    expect(viaToken.json().error.code).toBe('forbidden');
    expect(await agencyRow(target)()).toEqual(before);
    const viaSession = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${target.id}`,
      headers: tokenOwner.headers,
      payload: { name: `矩阵会话改名${tag()}` },
    });
    expect(viaSession.statusCode, viaSession.body).toBe(200);
  });

  it('a token without tenant.read cannot list tenants, though its account may', async () => {
    const token = live.get('token[agency.read] of supervisor')!;
    expect((await app.inject({ method: 'GET', url: '/api/tenants', headers: token.headers })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/tenants', headers: tokenOwner.headers })).statusCode).toBe(
      200,
    );
  });
});

describe('the three administrators are separate (三员分立)', () => {
  const call = async (actorKey: string, key: string) => {
    const route = ROUTES[key];
    const actor = live.get(actorKey)!;
    const cell = await route.cell(actor, typicalTarget(route), false);
    const before = cell.snapshot ? await cell.snapshot() : undefined;
    const res = await app.inject({ ...cell.request, headers: (cell.as ?? actor).headers });
    if (cell.snapshot && res.statusCode >= 300)
      expect.soft(await cell.snapshot(), `${actorKey} ${key}: residue`).toEqual(before);
    return res;
  };

  it('the system administrator cannot read the access log or change the security policy', async () => {
    for (const key of ['GET /api/access-log', 'GET /api/access-log.csv', 'PUT /api/security-policy']) {
      expect.soft((await call('sysadmin', key)).statusCode, key).toBe(403);
    }
  });

  it('the security administrator cannot change agencies or read the access log', async () => {
    for (const key of [
      'POST /api/agencies',
      'PATCH /api/agencies/:id',
      'GET /api/access-log',
      'GET /api/access-log.csv',
    ]) {
      expect.soft((await call('secadmin', key)).statusCode, key).toBe(403);
    }
  });

  it('the audit administrator reads the access log and nothing else', async () => {
    // Besides the access log, only the auditor's own account: /api/me, logout, and its own password and second
    // factor (which the sign-in policy may require of administrators), which the matrix walks for every actor.
    for (const [key, route] of Object.entries(ROUTES)) {
      if (route.scope === 'self') continue;
      const res = await call('auditor', key);
      expect.soft(res.statusCode, key).toBe(key.startsWith('GET /api/access-log') ? 200 : 403);
    }
  });

  it('the system administrator cannot take over another administrator’s account (and so read the access log)', async () => {
    // Resetting the audit administrator's password hands the system administrator the access log; disabling it
    // silences the audit. Accounts holding an administrator role are out of the system administrator's reach.
    const sysadmin = live.get('sysadmin')!;
    for (const role of ['auditor', 'secadmin'] as const) {
      const admin = await makeAccount(ctx, AG.Y, [{ role, scopeKind: 'tenant' }]);
      registerFresh(admin.tenantId, AG.Y.path, [admin.id]);
      const before = await accountRow(admin)();
      const attempts: Array<[Method, string, Record<string, unknown> | undefined]> = [
        ['POST', `/api/accounts/${admin.id}/reset-password`, { password: `Matrix-Takeover-${tag()}!` }],
        ['PATCH', `/api/accounts/${admin.id}`, { phone: randomMobile() }],
        ['DELETE', `/api/accounts/${admin.id}`, undefined],
      ];
      for (const [method, url, payload] of attempts) {
        const res = await app.inject({ method, url, headers: sysadmin.headers, payload });
        expect.soft(res.statusCode, `sysadmin ${method} ${url} (a ${role}'s account)`).toBe(403);
      }
      expect.soft(await accountRow(admin)(), `the ${role}'s account changed`).toEqual(before);
    }
  });
});

describe('no one hands themselves more than their own scope', () => {
  it('an API token issued by a system administrator does not reach beyond the administrator’s scope', async () => {
    // An account in tenant A whose grant reaches tenant B (as the justice bureau of a prefecture might hold).
    const bridge = await makeAccount(ctx, AG.Y, [{ role: 'supervisor', scopeKind: 'tenants', scopeTenants: [T.B] }]);
    registerFresh(bridge.tenantId, AG.Y.path, [bridge.id]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: live.get('sysadmin')!.headers,
      payload: {
        accountId: bridge.id,
        name: `矩阵越权令牌${tag()}`,
        permissions: ['agency.read', 'agency.write'],
        expiresAt: tokenExpiry(),
      },
    });
    expect
      .soft(res.statusCode, `a tenant-A sysadmin issued a token reaching tenant B: ${res.body.slice(0, 200)}`)
      .toBeGreaterThanOrEqual(400);
    if (res.statusCode === 201) {
      const headers = { authorization: `Bearer ${res.json().token}` };
      const w = await app.inject({ method: 'GET', url: `/api/agencies/${AG.W.id}`, headers });
      expect.soft(w.statusCode, 'the token issued by the tenant-A sysadmin reads agency W of tenant B').toBe(404);
    }
  });

  it('an API token issued by a subtree administrator does not reach beyond its subtree', async () => {
    const wide = await makeAccount(ctx, AG.Y, [{ role: 'supervisor', scopeKind: 'tenant' }]);
    registerFresh(wide.tenantId, AG.Y.path, [wide.id]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: live.get('sysadmin@agency_subtree')!.headers,
      payload: {
        accountId: wide.id,
        name: `矩阵越权令牌${tag()}`,
        permissions: ['agency.read'],
        expiresAt: tokenExpiry(),
      },
    });
    expect
      .soft(res.statusCode, `a subtree sysadmin issued a token reaching the whole tenant: ${res.body.slice(0, 200)}`)
      .toBeGreaterThanOrEqual(400);
    if (res.statusCode === 201) {
      const z = await app.inject({
        method: 'GET',
        url: `/api/agencies/${AG.Z.id}`,
        headers: { authorization: `Bearer ${res.json().token}` },
      });
      expect.soft(z.statusCode, 'the token issued by the subtree sysadmin reads agency Z').toBe(404);
    }
  });

  it('a system administrator cannot reset the password of an account whose grant reaches another tenant', async () => {
    const bridge = await makeAccount(ctx, AG.Y, [{ role: 'supervisor', scopeKind: 'tenants', scopeTenants: [T.B] }]);
    registerFresh(bridge.tenantId, AG.Y.path, [bridge.id]);
    const before = await accountRow(bridge)();
    const res = await app.inject({
      method: 'POST',
      url: `/api/accounts/${bridge.id}/reset-password`,
      headers: live.get('sysadmin')!.headers,
      payload: { password: `Matrix-Takeover-${tag()}!` },
    });
    expect.soft(res.statusCode, 'a tenant-A sysadmin set the password of an account that writes tenant B').toBe(403);
    expect.soft(await accountRow(bridge)()).toEqual(before);
  });
});

describe('the matrix: every route × every actor × in-scope and out-of-scope targets', () => {
  for (const [key, route] of Object.entries(ROUTES)) {
    describe(key, () => {
      for (const spec of ACTORS) {
        for (const target of route.targets) {
          it(`${spec.key} × ${TARGET_LABELS[target]}`, () => runCell(key, route, live.get(spec.key)!, target));
        }
      }
    });
  }
});

describe('after the matrix', () => {
  it('walked every cell', () => {
    const cells = Object.values(ROUTES).reduce((n, r) => n + r.targets.length * ACTORS.length, 0);
    expect(cellsRun).toBe(cells);
    console.info(`authorisation matrix: ${cellsRun} cells`, Object.fromEntries([...tally].sort()));
    expect([...tally.keys()].sort()).toEqual([
      'in scope: 200',
      'in scope: 201',
      'in scope: 204',
      'in scope: 400',
      'in scope: 409',
      'interactive only: 403',
      'lacks the permission: 403',
      'out of scope: 200 without the target',
      'out of scope: 400',
      'out of scope: 403',
      'out of scope: 404',
      'readable, not writable: 403',
    ]);
  });

  it('the audit administrator’s whole access log of tenant A names nothing of tenant B', async () => {
    const auditor = live.get('auditor')!;
    const page = await app.inject({ method: 'GET', url: '/api/access-log?pageSize=200', headers: auditor.headers });
    expect(page.statusCode).toBe(200);
    const items = page.json().items as Array<{ tenantId: string }>;
    expect(items.length).toBeGreaterThan(50);
    expect(items.filter((i) => i.tenantId !== T.A)).toEqual([]);
    expect(leaksIn(auditor, page.body, [])).toEqual([]);
    const csv = await app.inject({ method: 'GET', url: '/api/access-log.csv', headers: auditor.headers });
    expect(csv.statusCode).toBe(200);
    expect(leaksIn(auditor, csv.body, [])).toEqual([]);
  });
});
