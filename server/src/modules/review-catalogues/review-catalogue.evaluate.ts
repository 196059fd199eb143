// Does a proposed decision fall under a review catalogue (重大执法决定法制审核目录)? Pure: rules and decision in,
// every rule's outcome with its reason (zh + en) out. A decision is major when any rule matches; every rule only
// looks for "at least this much / at least one of these", so more of anything never takes a match away.
import {
  formatYuan,
  PARTY_TYPE_LABELS,
  PENALTY_KIND_LABELS,
  STOP_OR_CLOSE_KINDS,
  type PenaltyKind,
  type ReviewDecision,
  type ReviewRuleCondition,
  type ReviewRuleKind,
} from '../../../../contracts/review-catalogue';

export interface CatalogueRule {
  ruleId: string;
  title: string;
  condition: ReviewRuleCondition;
}

export interface RuleOutcome {
  ruleId: string;
  title: string;
  kind: ReviewRuleKind;
  matched: boolean;
  reason: { zh: string; en: string };
}

export interface CatalogueEvaluation {
  major: boolean;
  results: RuleOutcome[];
}

const zhKinds = (kinds: readonly PenaltyKind[]) => kinds.map((k) => PENALTY_KIND_LABELS[k].zh).join('、');
const enKinds = (kinds: readonly PenaltyKind[]) => kinds.map((k) => PENALTY_KIND_LABELS[k].en).join(', ');

function judge(rule: CatalogueRule, d: ReviewDecision): { matched: boolean; zh: string; en: string } {
  const c = rule.condition;
  switch (c.kind) {
    case 'penalty_kind': {
      const hit = c.kinds.filter((k) => d.penaltyKinds.includes(k));
      return hit.length
        ? {
            matched: true,
            zh: `拟给予${zhKinds(hit)}，属目录所列处罚种类`,
            en: `Proposes ${enKinds(hit)}, a listed kind`,
          }
        : {
            matched: false,
            zh: `拟给予的处罚不含${zhKinds(c.kinds)}`,
            en: `Proposes none of: ${enKinds(c.kinds)}`,
          };
    }
    case 'fine_threshold': {
      const party = PARTY_TYPE_LABELS[c.partyType];
      if (d.partyType !== c.partyType) {
        return {
          matched: false,
          zh: `本条适用于${party.zh}，当事人为${PARTY_TYPE_LABELS[d.partyType].zh}`,
          en: `Applies to a ${party.en.toLowerCase()}; the party is a ${PARTY_TYPE_LABELS[d.partyType].en.toLowerCase()}`,
        };
      }
      const fine = `${formatYuan(d.fineFen)} 元`;
      const min = `${formatYuan(c.minFineFen)} 元`;
      return d.fineFen >= c.minFineFen
        ? {
            matched: true,
            zh: `对${party.zh}罚款 ${fine}，达到较大数额标准 ${min}`,
            en: `Fine of ¥${formatYuan(d.fineFen)} reaches the threshold of ¥${formatYuan(c.minFineFen)}`,
          }
        : {
            matched: false,
            zh: `罚款 ${fine}，未达到较大数额标准 ${min}`,
            en: `Fine of ¥${formatYuan(d.fineFen)} is below the threshold of ¥${formatYuan(c.minFineFen)}`,
          };
    }
    case 'confiscation_threshold': {
      const v = d.confiscationValueFen;
      return v >= c.minValueFen
        ? {
            matched: true,
            zh: `没收违法所得及非法财物价值 ${formatYuan(v)} 元，达到标准 ${formatYuan(c.minValueFen)} 元`,
            en: `Confiscation worth ¥${formatYuan(v)} reaches the threshold of ¥${formatYuan(c.minValueFen)}`,
          }
        : {
            matched: false,
            zh: `没收价值 ${formatYuan(v)} 元，未达到标准 ${formatYuan(c.minValueFen)} 元`,
            en: `Confiscation worth ¥${formatYuan(v)} is below the threshold of ¥${formatYuan(c.minValueFen)}`,
          };
    }
    case 'licence_revocation':
      return d.licenceRevoked || d.penaltyKinds.includes('revoke_licence')
        ? { matched: true, zh: '拟吊销许可证件', en: 'Revokes a licence' }
        : { matched: false, zh: '不吊销许可证件', en: 'No licence is revoked' };
    case 'stop_or_close': {
      const hit = STOP_OR_CLOSE_KINDS.filter((k) => d.penaltyKinds.includes(k));
      return hit.length
        ? { matched: true, zh: `拟${zhKinds(hit)}`, en: `Proposes ${enKinds(hit)}` }
        : { matched: false, zh: '不责令停产停业或关闭', en: 'No order to stop or close' };
    }
    case 'hearing_held':
      return d.hearingHeld
        ? { matched: true, zh: '案件经过听证程序', en: 'A hearing was held' }
        : { matched: false, zh: '未经听证程序', en: 'No hearing was held' };
    case 'multiple_legal_relations':
      return d.multipleLegalRelations
        ? { matched: true, zh: '案情疑难复杂、涉及多个法律关系', en: 'Complex, with several legal relations' }
        : { matched: false, zh: '不涉及多个法律关系', en: 'A single legal relation' };
    case 'sector': {
      const mine = new Set(d.sectors.map((s) => s.trim()));
      const hit = c.sectors.filter((s) => mine.has(s.trim()));
      return hit.length
        ? { matched: true, zh: `涉及${hit.join('、')}`, en: `Concerns ${hit.join(', ')}` }
        : { matched: false, zh: `不涉及${c.sectors.join('、')}`, en: `Concerns none of ${c.sectors.join(', ')}` };
    }
    case 'free_text':
      return d.tickedRuleIds.includes(rule.ruleId)
        ? { matched: true, zh: '审核人员勾选了本项', en: 'Ticked by the reviewer' }
        : { matched: false, zh: '未勾选', en: 'Not ticked' };
  }
}

export function evaluateCatalogue(rules: readonly CatalogueRule[], decision: ReviewDecision): CatalogueEvaluation {
  const results = rules.map((rule): RuleOutcome => {
    const { matched, zh, en } = judge(rule, decision);
    return { ruleId: rule.ruleId, title: rule.title, kind: rule.condition.kind, matched, reason: { zh, en } };
  });
  return { major: results.some((r) => r.matched), results };
}
