// A small world to handle cases in, for tests: a tenant, an agency with a published review catalogue and a power
// item, two certified handlers with accounts, a qualified legal reviewer, a leader and a hearing host.
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { CaseCreateBody } from '../../../../contracts/case';
import type { AppContext } from '../../platform/context';
import { makeCertificate } from '../certificates/certificate.test-helpers';
import { makePowerRequest, serviceActor } from '../powers/power.test-helpers';
import { createCase } from './case.service';
import { generateCaseDocument } from '../documents/document.service';
import { sampleInputFor } from '../documents/document.fixtures';
import { caseNumberPatterns, cases } from './case.schema';
import { seedReviewCatalogues } from '../review-catalogues/review-catalogue.seed';
import {
  makeAccount,
  makeAgency,
  makeOfficer,
  makeResidentId,
  makeTenant,
  makeUscc,
  signIn,
  type MadeAgency,
  type MadeOfficer,
} from '../../testing/factories';

export interface CaseWorld {
  tenantId: string;
  agency: MadeAgency;
  powerItemId: string;
  handlers: MadeOfficer[];
  reviewer: MadeOfficer;
  host: MadeOfficer;
  cookies: { handler: string; handler2: string; reviewer: string; leader: string; supervisor: string };
}

export async function makeCaseWorld(ctx: AppContext, app: FastifyInstance): Promise<CaseWorld> {
  const tenantId = await makeTenant(ctx);
  const agency = await makeAgency(ctx, tenantId, { name: '测试市市场监督管理局' });
  await ctx.db.transaction((tx) =>
    seedReviewCatalogues(tx, { tenantId, agencies: new Map([['scjg', agency]]), now: ctx.now() }),
  );
  const made = await makePowerRequest(ctx, agency, { state: 'accepted', effectiveDate: '2024-01-01' });
  const account = async (role: 'officer' | 'legal_reviewer' | 'agency_leader' | 'supervisor') =>
    makeAccount(ctx, agency, [{ role, scopeKind: role === 'supervisor' ? 'tenant' : 'agency_subtree' }]);
  const handlerAccounts = [await account('officer'), await account('officer')];
  const reviewerAccount = await account('legal_reviewer');
  const leaderAccount = await account('agency_leader');
  const supervisorAccount = await account('supervisor');
  const handlers: MadeOfficer[] = [];
  for (const a of handlerAccounts) {
    const o = await makeOfficer(ctx, agency, { accountId: a.id });
    await makeCertificate(ctx.db, o, { issuedOn: '2020-01-01', expiresOn: '2099-12-31' });
    handlers.push(o);
  }
  const reviewer = await makeOfficer(ctx, agency, {
    accountId: reviewerAccount.id,
    legalReviewer: true,
    legalQualification: true,
  });
  const host = await makeOfficer(ctx, agency, { name: '听证主持人' });
  return {
    tenantId,
    agency,
    powerItemId: made.itemIds[0],
    handlers,
    reviewer,
    host,
    cookies: {
      handler: await signIn(app, handlerAccounts[0]),
      handler2: await signIn(app, handlerAccounts[1]),
      reviewer: await signIn(app, reviewerAccount),
      leader: await signIn(app, leaderAccount),
      supervisor: await signIn(app, supervisorAccount),
    },
  };
}

export function caseBody(w: CaseWorld, over: Partial<CaseCreateBody> = {}): CaseCreateBody {
  return {
    agencyId: w.agency.id,
    procedure: 'penalty_general',
    title: '经营超过保质期的食品案',
    source: 'inspection',
    domain: 'market_regulation',
    powerItemId: w.powerItemId,
    actDate: '2026-01-10',
    harmsLifeHealthFinance: false,
    parties: [
      {
        type: 'organisation',
        name: '测试市某某餐饮有限公司',
        uscc: makeUscc(w.tenantId),
        legalRepresentative: '扎西',
        address: '测试市建塘镇长征大道 1 号',
      },
    ],
    handlerOfficerIds: w.handlers.map((h) => h.id),
    ...over,
  };
}

/** A registered case of an agency, made through the service (for the authorisation matrix): its id and party. */
export async function insertMatrixCase(
  ctx: AppContext,
  agency: { tenantId: string; id: string; path: string },
  title: string,
): Promise<{ id: string; partyId: string; documentId: string }> {
  const officers = [await makeOfficer(ctx, agency), await makeOfficer(ctx, agency)];
  const view = await ctx.db.transaction(async (tx) => {
    const out = await createCase(
      tx,
      ctx,
      serviceActor(agency, 'officer'),
      {
        agencyId: agency.id,
        procedure: 'penalty_general',
        title,
        source: 'complaint',
        domain: 'market_regulation',
        harmsLifeHealthFinance: false,
        parties: [{ type: 'natural_person', name: '王五', residentId: makeResidentId() }],
        handlerOfficerIds: officers.map((o) => o.id),
      },
      ctx.now(),
    );
    return out.result;
  });
  const doc = await ctx.db.transaction((tx) =>
    generateCaseDocument(tx, ctx, {
      tenantId: agency.tenantId,
      agencyId: agency.id,
      caseId: view.id,
      kind: 'case_opening_approval',
      data: sampleInputFor('case_opening_approval'),
      actorId: null,
    }),
  );
  return { id: view.id, partyId: view.partiesDetail[0].id, documentId: doc.id };
}

/** The case row as stored (to compare before and after a refused write). */
export async function caseRow(ctx: AppContext, c: { id: string }) {
  return ctx.db.select().from(cases).where(eq(cases.id, c.id));
}

/** A create body for an agency: two fresh officers of it as handlers (the matrix's POST /api/cases). */
export async function matrixCaseBody(
  ctx: AppContext,
  agency: { tenantId: string; id: string; path: string },
  title: string,
): Promise<CaseCreateBody> {
  const officers = [await makeOfficer(ctx, agency), await makeOfficer(ctx, agency)];
  return {
    agencyId: agency.id,
    procedure: 'inspection',
    title,
    source: 'inspection',
    domain: 'market_regulation',
    harmsLifeHealthFinance: false,
    parties: [{ type: 'organisation', name: '矩阵测试公司', uscc: makeUscc('533401') }],
    handlerOfficerIds: officers.map((o) => o.id),
  };
}

export async function casesTitled(ctx: AppContext, title: string) {
  return ctx.db.select().from(cases).where(eq(cases.title, title));
}

export async function casePatterns(ctx: AppContext, agencyId: string) {
  return ctx.db.select().from(caseNumberPatterns).where(eq(caseNumberPatterns.agencyId, agencyId));
}
