// This module's API messages and field labels (zh-CN and en-US), merged into platform/i18n/messages.ts.
import type { Text } from '../../platform/i18n/i18n';

export const EXAM_MESSAGES = {
  exam_question_not_found: { zh: '试题不存在', en: 'Question not found' },
  exam_blueprint_not_found: { zh: '组卷规则不存在', en: 'Blueprint not found' },
  exam_not_found: { zh: '考试不存在或您不在应考范围内', en: 'Exam not found or you are not among its candidates' },
  exam_sitting_not_found: { zh: '答卷不存在', en: 'Sitting not found' },
  exam_single_needs_one: {
    zh: '单选题必须有且只有一个正确答案',
    en: 'A single-choice question has exactly one answer',
  },
  exam_multiple_needs_two: {
    zh: '多选题至少要有两个正确答案',
    en: 'A multiple-choice question needs at least two correct answers',
  },
  exam_true_false_needs_one: {
    zh: '判断题的答案只能是 A（正确）或 B（错误）之一',
    en: 'A true/false answer is either A (true) or B (false)',
  },
  exam_options_sequence: {
    zh: '选项须从 A 起连续编号（A、B、C…），且至少两个',
    en: 'Options are lettered A, B, C… without gaps, at least two',
  },
  exam_correct_not_option: { zh: '正确答案不是本题的选项', en: 'The correct answer is not one of the options' },
  exam_correct_duplicate: { zh: '正确答案有重复', en: 'The correct answer repeats a letter' },
  exam_bank_short: {
    zh: '题库中“{domainZh}·{kindZh}”在用试题只有 {available} 道，不足 {count} 道',
    en: 'The bank has only {available} active {kindEn} questions in {domainEn}, fewer than {count}',
  },
  exam_rule_duplicate: { zh: '同一领域和题型只能有一条规则', en: 'One rule per domain and kind' },
  exam_pass_mark_too_high: { zh: '及格分不能高于总分 {max}', en: 'The pass mark cannot exceed the total {max}' },
  exam_window_order: { zh: '截止时间须晚于开始时间', en: 'The closing time must be after the opening time' },
  exam_agency_unknown: { zh: '单位不存在', en: 'Agency not found' },
  exam_not_open: {
    zh: '考试不在开放时间内（{opensAt} 至 {closesAt}）',
    en: 'The exam is not open ({opensAt} to {closesAt})',
  },
  exam_no_attempts_left: {
    zh: '您已用完本场考试的 {allowed} 次机会',
    en: 'You have used all {allowed} attempt(s) of this exam',
  },
  exam_no_officer: {
    zh: '您的账号没有关联执法人员，不能参加考试',
    en: 'Your account is not linked to an officer, so you cannot sit exams',
  },
  exam_officer_not_candidate: {
    zh: '您所在单位不在本场考试的应考范围内',
    en: 'Your agency is not among the candidates of this exam',
  },
  exam_deadline_passed: {
    zh: '答题时间已到（截止 {deadline}），不能再作答',
    en: 'Time is up (deadline {deadline}); answers are no longer accepted',
  },
  exam_sitting_graded: { zh: '答卷已交卷评分，不能再作答', en: 'This sitting is already graded' },
  exam_question_no_unknown: { zh: '试卷中没有第 {no} 题', en: 'The paper has no question {no}' },
  exam_answer_not_option: { zh: '所选不是本题的选项', en: 'Not an option of this question' },
  exam_answer_one_only: { zh: '本题只能选一个答案', en: 'Choose one answer for this question' },
  exam_answer_duplicate: { zh: '所选答案有重复', en: 'An option is chosen twice' },
  exam_import_failed: {
    zh: '导入文件中有 {count} 处错误，未导入任何试题',
    en: '{count} problem(s) in the file; nothing was imported',
  },
  exam_import_not_xlsx: { zh: '不是有效的 .xlsx 文件', en: 'Not a valid .xlsx file' },
} satisfies Record<string, Text>;

export const EXAM_FIELD_LABELS: Record<string, Text> = {
  domain: { zh: '领域', en: 'domain' },
  stem: { zh: '题干', en: 'question stem' },
  options: { zh: '选项', en: 'options' },
  'options.text': { zh: '选项内容', en: 'option text' },
  'options.key': { zh: '选项字母', en: 'option letter' },
  correct: { zh: '正确答案', en: 'correct answer' },
  explanation: { zh: '解析', en: 'explanation' },
  difficulty: { zh: '难度', en: 'difficulty' },
  rules: { zh: '组卷规则', en: 'rules' },
  'rules.domain': { zh: '规则领域', en: 'rule domain' },
  'rules.kind': { zh: '规则题型', en: 'rule question kind' },
  'rules.count': { zh: '题量', en: 'number of questions' },
  'rules.points': { zh: '每题分值', en: 'points per question' },
  passMark: { zh: '及格分', en: 'pass mark' },
  timeLimitMinutes: { zh: '考试时长（分钟）', en: 'time limit (minutes)' },
  blueprintId: { zh: '组卷规则', en: 'blueprint' },
  opensAt: { zh: '开始时间', en: 'opening time' },
  closesAt: { zh: '截止时间', en: 'closing time' },
  agencyIds: { zh: '应考单位', en: 'candidate agencies' },
  attemptsAllowed: { zh: '可考次数', en: 'attempts allowed' },
  examId: { zh: '考试', en: 'exam' },
  answer: { zh: '答案', en: 'answer' },
  seq: { zh: '提交序号', en: 'sequence number' },
  questionNo: { zh: '题号', en: 'question number' },
  deadline: { zh: '答题截止时间', en: 'deadline' },
  officer: { zh: '执法人员', en: 'officer' },
  // Import problems are reported as rows.<Excel row>.<column header>.
  'rows.领域': { zh: '领域列', en: 'domain column' },
  'rows.题型': { zh: '题型列', en: 'kind column' },
  'rows.题干': { zh: '题干列', en: 'stem column' },
  'rows.选项A': { zh: '选项列', en: 'option columns' },
  'rows.正确答案': { zh: '正确答案列', en: 'correct answer column' },
  'rows.解析': { zh: '解析列', en: 'explanation column' },
  'rows.依据条文': { zh: '依据条文列', en: 'basis column' },
  'rows.难度': { zh: '难度列', en: 'difficulty column' },
  sitting: { zh: '答卷', en: 'sitting' },
};
