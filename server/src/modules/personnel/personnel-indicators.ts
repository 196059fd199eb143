// Pure arithmetic of the per-agency personnel indicators: shares with their numerator and denominator, so that a
// reader can check every percentage; percent rounded half up to one decimal.
import type { AgencyIndicatorsView, Share } from '../../../../contracts/personnel';

export function shareOf(numerator: number, denominator: number): Share {
  return {
    numerator,
    denominator,
    percent: denominator === 0 ? null : Math.round((numerator * 1000) / denominator) / 10,
  };
}

export interface AgencyCounts {
  agencyId: string | null;
  agencyName: string;
  officersInPost: number;
  withValidCertificate: number;
  legalReviewers: number;
  trainingHoursMet: number;
  examSat: number;
  examPassed: number;
}

/**
 * The legal-reviewer target is met when reviewers are at least `targetPercent` of officers in post (compared in
 * integers: reviewers × 100 ≥ target × officers), never by a rounded percentage.
 */
export function indicatorsOf(c: AgencyCounts, targetPercent: number): AgencyIndicatorsView {
  return {
    agencyId: c.agencyId,
    agencyName: c.agencyName,
    officersInPost: c.officersInPost,
    validCertificate: shareOf(c.withValidCertificate, c.officersInPost),
    legalReviewers: {
      ...shareOf(c.legalReviewers, c.officersInPost),
      targetPercent,
      meetsTarget: c.officersInPost > 0 && c.legalReviewers * 100 >= targetPercent * c.officersInPost,
    },
    trainingHoursMet: shareOf(c.trainingHoursMet, c.officersInPost),
    examPassRate: shareOf(c.examPassed, c.examSat),
  };
}

export function sumCounts(rows: AgencyCounts[], name: string): AgencyCounts {
  const total: AgencyCounts = {
    agencyId: null,
    agencyName: name,
    officersInPost: 0,
    withValidCertificate: 0,
    legalReviewers: 0,
    trainingHoursMet: 0,
    examSat: 0,
    examPassed: 0,
  };
  for (const r of rows) {
    total.officersInPost += r.officersInPost;
    total.withValidCertificate += r.withValidCertificate;
    total.legalReviewers += r.legalReviewers;
    total.trainingHoursMet += r.trainingHoursMet;
    total.examSat += r.examSat;
    total.examPassed += r.examPassed;
  }
  return total;
}
