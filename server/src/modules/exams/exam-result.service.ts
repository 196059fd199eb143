// Exam results other modules read: the certificate eligibility check and the indicators.
// STUB with its final signature: the exams module replaces the body.
import type { Executor } from '../../platform/db/client';

export interface PassedExam {
  sittingId: string;
  /** Asia/Shanghai date the sitting was graded, YYYY-MM-DD. */
  passedOn: string;
  score: number;
}

/** Each officer's latest passed sitting graded within [from, to] (inclusive dates); absent when none. */
export async function latestPassedExams(
  _db: Executor,
  _tenantId: string,
  _officerIds: string[],
  _period: { from: string; to: string },
): Promise<Map<string, PassedExam>> {
  return new Map();
}

export interface ExamTally {
  agencyId: string;
  /** Officers who sat at least one graded exam in the period. */
  sat: number;
  /** Of those, officers who passed at least one. */
  passed: number;
}

/** Per agency (the officer's agency at the time of reading), who sat and who passed in [from, to]. */
export async function examTallyByAgency(
  _db: Executor,
  _tenantId: string,
  _period: { from: string; to: string },
): Promise<ExamTally[]> {
  return [];
}
