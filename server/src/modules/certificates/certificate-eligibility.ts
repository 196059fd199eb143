// Who may be issued (or renewed) an enforcement certificate — the pure rule over the officer's facts.
//  - in post (在岗): an officer retired, transferred, seconded out or suspended from duty is not issued one;
//  - on an establishment (在编): 编外人员 may assist but not enforce (国办发〔2024〕54号; 行政处罚法 第四十二条:
//    penalties are enforced by officers holding certificates, who are the agency's own staff);
//  - passed the enforcement qualification exam (执法资格考试) within the window before the issue date;
//  - completed the yearly training hours (default 60, personnel settings) within the same window.
// The window is the tenant's eligibilityWindowMonths (default 12) ending on the issue date.
import type { EligibilityCheck } from '../../../../contracts/certificate';
import type { OfficerStatus, StaffingType } from '../../../../contracts/personnel';
import { addDays, addMonths } from './certificate.machine';

export interface EligibilityFacts {
  status: OfficerStatus;
  staffingType: StaffingType;
  /** Date of the latest passed exam in the window, or null. */
  passedExamOn: string | null;
  /** Training hours completed in the window. */
  hours: number;
  requiredHours: number;
}

export interface EligibilityOutcome {
  eligible: boolean;
  checks: Array<{ check: EligibilityCheck; ok: boolean; message: { zh: string; en: string } }>;
}

/** The inclusive window [from, to] ending on the issue date: 12 months back from 2026-11-26 is 2025-11-27 … . */
export function eligibilityWindow(issuedOn: string, months: number): { from: string; to: string } {
  return { from: addDays(addMonths(issuedOn, -months), 1), to: issuedOn };
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

export function evaluateEligibility(f: EligibilityFacts): EligibilityOutcome {
  const checks: EligibilityOutcome['checks'] = [
    {
      check: 'in_post',
      ok: f.status === 'in_post',
      message:
        f.status === 'in_post'
          ? { zh: '在岗', en: 'In post' }
          : { zh: '不在岗，不得申领执法证', en: 'Not in post: no certificate may be issued' },
    },
    {
      check: 'on_establishment',
      ok: f.staffingType !== 'other',
      message:
        f.staffingType !== 'other'
          ? { zh: '在编人员', en: 'On an establishment' }
          : {
              zh: '编外人员不得从事行政执法（国办发〔2024〕54号）',
              en: 'Off-establishment staff may not enforce (State Council Office 2024 No. 54)',
            },
    },
    {
      check: 'exam_passed',
      ok: f.passedExamOn !== null,
      message:
        f.passedExamOn !== null
          ? { zh: `已通过执法资格考试（${f.passedExamOn}）`, en: `Passed the qualification exam (${f.passedExamOn})` }
          : { zh: '未通过执法资格考试', en: 'Has not passed the enforcement qualification exam' },
    },
    {
      check: 'training_hours',
      ok: f.hours >= f.requiredHours,
      message:
        f.hours >= f.requiredHours
          ? {
              zh: `培训学时 ${fmt(f.hours)}/${f.requiredHours} 已达标`,
              en: `Training hours ${fmt(f.hours)}/${f.requiredHours} met`,
            }
          : {
              zh: `培训学时 ${fmt(f.hours)}/${f.requiredHours} 未达标`,
              en: `Training hours ${fmt(f.hours)}/${f.requiredHours} not met`,
            },
    },
  ];
  return { eligible: checks.every((c) => c.ok), checks };
}
