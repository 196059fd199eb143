// Pure rules of papers: drawing a randomised paper from the bank by a blueprint (seeded, so a reload shows the same
// paper), validating a question, and grading. No database, no clock.
import { OPTION_KEYS, TRUE_FALSE_OPTIONS, type QuestionKind } from '../../../../contracts/exam';
import type { MessageKey } from '../../platform/i18n/messages';

export interface BankQuestion {
  id: string;
  kind: QuestionKind;
  domain: string;
  stem: string;
  options: { key: string; text: string }[];
  correct: string[];
  explanation: string;
  basisText: string | null;
}

export interface PaperRule {
  domain: string;
  kind: string;
  count: number;
  points: number;
}

export interface DrawnQuestion {
  no: number;
  questionId: string;
  points: number;
  kind: QuestionKind;
  domain: string;
  stem: string;
  /** Options in the order shown (bank letters kept in `key`). */
  options: { key: string; text: string }[];
  correct: string[];
  explanation: string;
  basisText: string | null;
}

/** What a sitting keeps of a drawn question, so that later edits of the bank do not change a paper once drawn. */
export const snapshotOf = (q: DrawnQuestion) => ({
  kind: q.kind,
  domain: q.domain,
  stem: q.stem,
  options: q.options,
  correct: q.correct,
  explanation: q.explanation,
  basisText: q.basisText,
});

/** Mulberry32: a small, fast, well-distributed 32-bit PRNG; the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given random source; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export class BankShortError extends Error {
  constructor(
    readonly ruleIndex: number,
    readonly rule: PaperRule,
    readonly available: number,
  ) {
    super(`bank short for ${rule.domain}/${rule.kind}: ${available} < ${rule.count}`);
  }
}

/**
 * Draws a paper: for each rule, `count` distinct questions of its domain and kind, in rule order; the questions of
 * the whole paper are then shuffled, and so are the options of every choice question (true/false keeps 正确, 错误).
 * Throws BankShortError naming the first rule the bank cannot fill. `bank` order does not matter (sorted by id).
 */
export function drawPaper(bank: readonly BankQuestion[], rules: readonly PaperRule[], seed: number): DrawnQuestion[] {
  const random = seededRandom(seed);
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const used = new Set<string>();
  const picked: { q: BankQuestion; points: number }[] = [];
  rules.forEach((rule, i) => {
    const pool = sorted.filter((q) => q.domain === rule.domain && q.kind === rule.kind && !used.has(q.id));
    if (pool.length < rule.count) throw new BankShortError(i, rule, pool.length);
    for (const q of shuffle(pool, random).slice(0, rule.count)) {
      used.add(q.id);
      picked.push({ q, points: rule.points });
    }
  });
  return shuffle(picked, random).map(({ q, points }, i) => ({
    no: i + 1,
    questionId: q.id,
    points,
    kind: q.kind,
    domain: q.domain,
    stem: q.stem,
    options: q.kind === 'true_false' ? q.options.map((o) => ({ ...o })) : shuffle(q.options, random),
    correct: [...q.correct],
    explanation: q.explanation,
    basisText: q.basisText,
  }));
}

/** The letter shown at a position: 0 → 'A'. */
export const shownKey = (index: number): string => OPTION_KEYS[index];

/** Shown letters → bank letters for a drawn question; null when a letter is not on the paper. */
export function toBankKeys(options: readonly { key: string }[], shown: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const s of shown) {
    const i = OPTION_KEYS.indexOf(s as (typeof OPTION_KEYS)[number]);
    if (i < 0 || i >= options.length) return null;
    out.push(options[i].key);
  }
  return out;
}

/** Bank letters → shown letters (sorted A…) for a drawn question. */
export function toShownKeys(options: readonly { key: string }[], bank: readonly string[]): string[] {
  return options.flatMap((o, i) => (bank.includes(o.key) ? [shownKey(i)] : []));
}

/**
 * Whether an answer is right. Multiple choice is all-or-nothing: exactly the correct set, no partial credit (the
 * common practice of 执法资格考试; a missing or an extra letter scores 0). No answer is wrong.
 */
export function isAnswerCorrect(correct: readonly string[], answer: readonly string[] | null): boolean {
  if (!answer || answer.length === 0) return false;
  const a = new Set(answer);
  return a.size === correct.length && correct.every((c) => a.has(c));
}

export interface GradeResult {
  score: number;
  maxScore: number;
  passed: boolean;
  perQuestion: { no: number; correct: boolean; awarded: number }[];
}

export function gradePaper(
  questions: readonly { no: number; points: number; correct: readonly string[]; answer: readonly string[] | null }[],
  passMark: number,
): GradeResult {
  const perQuestion = questions.map((q) => {
    const correct = isAnswerCorrect(q.correct, q.answer);
    return { no: q.no, correct, awarded: correct ? q.points : 0 };
  });
  const score = perQuestion.reduce((s, q) => s + q.awarded, 0);
  const maxScore = questions.reduce((s, q) => s + q.points, 0);
  return { score, maxScore, passed: score >= passMark, perQuestion };
}

export interface QuestionShape {
  kind: QuestionKind;
  options: readonly { key: string; text: string }[];
  correct: readonly string[];
}

/**
 * Checks a question's shape; returns field → message key problems (empty when fine). Options are lettered A… without
 * gaps; single choice has exactly one correct letter, multiple choice at least two, true/false one of A/B with the
 * fixed options 正确/错误.
 */
export function questionProblems(q: QuestionShape): Record<string, MessageKey> {
  const problems: Record<string, MessageKey> = {};
  const options = q.kind === 'true_false' ? TRUE_FALSE_OPTIONS : q.options;
  if (q.kind !== 'true_false') {
    const lettered = options.every((o, i) => o.key === OPTION_KEYS[i]);
    if (options.length < 2 || !lettered) problems.options = 'exam_options_sequence';
  }
  if (new Set(q.correct).size !== q.correct.length) problems.correct = 'exam_correct_duplicate';
  else if (!q.correct.every((c) => options.some((o) => o.key === c))) problems.correct = 'exam_correct_not_option';
  else if (q.kind === 'single' && q.correct.length !== 1) problems.correct = 'exam_single_needs_one';
  else if (q.kind === 'multiple' && q.correct.length < 2) problems.correct = 'exam_multiple_needs_two';
  else if (q.kind === 'true_false' && q.correct.length !== 1) problems.correct = 'exam_true_false_needs_one';
  return problems;
}

/** The options stored for a question: fixed for true/false. */
export const storedOptions = (kind: QuestionKind, options: readonly { key: string; text: string }[]) =>
  kind === 'true_false'
    ? TRUE_FALSE_OPTIONS.map((o) => ({ ...o }))
    : options.map((o) => ({ key: o.key, text: o.text }));
