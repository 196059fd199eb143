import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { ACTION_PAYLOADS, genericPayload, type CaseView } from '../../../../contracts/case';
import { formKindOf, initialValues, toPayload, type ActionValues, type FormKind } from './action-payloads';

/** What an officer would type into each form, on top of the form's starting values. */
const TYPED: Record<FormKind, ActionValues> = {
  generic: { note: '备注' },
  reason: { reason: '当事人下落不明' },
  approval: { opinion: '同意' },
  open: { opinion: '同意立案' },
  propose: {
    violatedArticles: '《中华人民共和国食品安全法》第三十四条',
    appliedArticles: '《中华人民共和国食品安全法》第一百二十四条',
    penaltyKinds: ['fine', 'confiscate_gains'],
    fineYuan: '50000.29',
    confiscationYuan: '1200',
  },
  review: { opinion: '事实清楚，证据确凿' },
  review_changes: { opinion: '罚款数额偏高', changes: { penaltyKinds: ['fine'], fineYuan: '30000' } },
  statement: { statement: '初次违法，请求从轻', adopted: true },
  schedule_hearing: {
    hearingOn: dayjs('2026-12-20'),
    place: '本局听证室',
    hostOfficerId: '0d5c1c3e-6f0a-4a55-9a3e-7d6c0b9d3f11',
  },
  record_hearing: { summary: '当事人到场陈述' },
  collective: { participants: '局长、副局长', conclusion: '同意处罚' },
  extend: { reason: '案情复杂', amount: 30 },
  decide: { penaltyKinds: ['fine'], fineYuan: '30000' },
  summary_decide: {
    factsText: '占道经营',
    violatedArticles: '《城市市容和环境卫生管理条例》第十四条',
    appliedArticles: '《城市市容和环境卫生管理条例》第三十六条',
    penaltyKinds: ['fine'],
    fineYuan: '50',
  },
  serve: { method: 'direct', recipient: '张三' },
  payment: { amountYuan: '30000.00', receiptNumber: 'FS-1' },
  remedy: { kind: 'review' },
  court: { court: '香格里拉市人民法院' },
  refer: { opinion: '同意移送', police: '香格里拉市公安局' },
  supplement: { missingItems: '营业执照复印件' },
  licence: { licenceNumber: 'JY15334010000001' },
  inspection_result: { result: 'no_issue', summary: '未发现问题' },
};

const aCase = {
  facts: '检查发现超过保质期的食品',
  fineFen: 3000000,
  procedure: { code: 'penalty_general', version: 1, label: { zh: '', en: '' } },
  partiesDetail: [{ name: '香格里拉市雪域商贸有限公司' }],
  proposal: { penaltyKinds: ['fine'], fineFen: 5000000, confiscationFen: 0, noPenalty: false },
  review: null,
  decision: { penaltyKinds: ['fine'], fineFen: 3000000 },
  payment: { fineFen: 3000000, paidFen: 0, surchargeFen: 90000, surchargeDays: 1 },
} as unknown as CaseView;

describe('the step forms', () => {
  const actions = Object.keys(ACTION_PAYLOADS);

  it('has a form of its own for every action with a payload schema', () => {
    const withOwnSchema = actions.filter(
      (a) => ACTION_PAYLOADS[a as keyof typeof ACTION_PAYLOADS] !== (genericPayload as unknown),
    );
    for (const action of withOwnSchema) expect.soft(formKindOf(action), action).not.toBe('generic');
    expect(formKindOf('close')).toBe('generic');
    expect(formKindOf('review_agree_with_changes')).toBe('review_changes');
  });

  it('gives a payload the action’s schema accepts', () => {
    for (const action of [...actions, 'close']) {
      const values = { ...initialValues(action, aCase), ...TYPED[formKindOf(action)] };
      const payload = JSON.parse(JSON.stringify(toPayload(action, values))) as unknown;
      const schema = (ACTION_PAYLOADS as Record<string, ZodType>)[action] ?? genericPayload;
      const parsed = schema.safeParse(payload);
      expect.soft(parsed.success, `${action}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('turns 元 into integer fen and keeps the fine with its kind', () => {
    const p = toPayload('propose', { ...TYPED.propose, date: dayjs('2026-11-20') });
    expect(p).toMatchObject({ date: '2026-11-20', fineFen: 5000029, confiscationFen: 120000 });
    expect(toPayload('decide', { penaltyKinds: ['warning'], fineYuan: '100' })).toMatchObject({ fineFen: 0 });
    expect(toPayload('decide', { noPenalty: true, penaltyKinds: ['fine'], fineYuan: '100' })).toMatchObject({
      penaltyKinds: [],
      fineFen: 0,
      noPenalty: true,
    });
  });

  it('starts from what the case already holds', () => {
    expect(initialValues('record_payment', aCase)).toMatchObject({ amountYuan: '30900.00' });
    expect(initialValues('decide', aCase)).toMatchObject({ penaltyKinds: ['fine'], fineYuan: '50000.00' });
    expect(initialValues('serve', aCase)).toMatchObject({ method: 'direct', recipient: '香格里拉市雪域商贸有限公司' });
    expect(toPayload('serve', { method: 'post', recipient: '张三', consentRef: '不应发送' })).not.toHaveProperty(
      'consentRef',
      '不应发送',
    );
  });
});
