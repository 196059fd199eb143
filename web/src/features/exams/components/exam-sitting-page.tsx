// 在线考试答卷 (/exams/sittings/:id): the paper as drawn for this sitting, answers saved as they go. Every answer is
// kept in localStorage with an increasing sequence number first, then sent; when the network drops the unsaved ones
// stay marked and are re-sent when it returns (the server keeps the newest by sequence number, so a late retry never
// overwrites a newer answer). The countdown follows the server's clock; after grading the page shows the score and
// the review (right answers, explanations, the article each question rests on).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Popconfirm,
  Radio,
  Result,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import {
  QUESTION_KIND_LABELS,
  questionDomainLabel,
  type SittingQuestionView,
  type SittingView,
} from '../../../../../contracts/exam';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { FullPageSpin } from '../../../components/full-page-spin';
import { Page } from '../../../components/page';
import { testId } from '../../../components/test-id';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { examKeys, saveAnswer, submitSitting, useSitting } from '../api';

interface LocalAnswer {
  answer: string[];
  seq: number;
  saved: boolean;
}
type LocalAnswers = Record<number, LocalAnswer>;

const storageKey = (id: string) => `xzzf-exam-sitting-${id}`;
function readLocal(id: string): LocalAnswers {
  try {
    return JSON.parse(localStorage.getItem(storageKey(id)) ?? '{}') as LocalAnswers;
  } catch {
    return {};
  }
}
const writeLocal = (id: string, answers: LocalAnswers) => {
  try {
    localStorage.setItem(storageKey(id), JSON.stringify(answers));
  } catch {
    // Storage full or blocked: the server copy still holds every saved answer.
  }
};

/** The server's answers merged with what this browser holds: a newer local (higher sequence) answer wins. */
function merge(sitting: SittingView, local: LocalAnswers): LocalAnswers {
  const out: LocalAnswers = {};
  for (const q of sitting.questions) {
    const l = local[q.no];
    if (l && l.seq > q.answerSeq && sitting.status === 'in_progress') out[q.no] = { ...l, saved: false };
    else out[q.no] = { answer: q.answer ?? [], seq: q.answerSeq, saved: true };
  }
  return out;
}

function formatRemaining(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

export function ExamSittingPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const sitting = useSitting(id);
  if (sitting.isLoading) return <FullPageSpin />;
  if (sitting.error || !sitting.data) {
    return (
      <Page title={t('在线考试', 'Exam')}>
        <ErrorAlert error={sitting.error} />
        <Link to="/exams">{t('返回考试列表', 'Back to exams')}</Link>
      </Page>
    );
  }
  return sitting.data.status === 'graded' ? (
    <GradedSitting sitting={sitting.data} />
  ) : (
    <OpenSitting sitting={sitting.data} />
  );
}

function OpenSitting({ sitting }: { sitting: SittingView }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<LocalAnswers>(() => merge(sitting, readLocal(sitting.id)));
  const answersRef = useRef(answers);
  const seqRef = useRef(Math.max(0, ...Object.values(answers).map((a) => a.seq)));
  const inFlight = useRef(new Set<number>());
  const [online, setOnline] = useState(true);
  const [timeUp, setTimeUp] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  // Server clock: the offset between the server's now and ours when the sitting was read.
  const offset = useMemo(() => new Date(sitting.serverNow).getTime() - Date.now(), [sitting.serverNow]);
  const deadline = new Date(sitting.deadlineAt).getTime();
  const [remaining, setRemaining] = useState(() => deadline - (Date.now() + offset));

  const update = useCallback(
    (next: LocalAnswers) => {
      answersRef.current = next;
      writeLocal(sitting.id, next);
      setAnswers(next);
    },
    [sitting.id],
  );

  const send = useCallback(
    async (no: number) => {
      const a = answersRef.current[no];
      if (!a || a.saved || inFlight.current.has(no)) return;
      inFlight.current.add(no);
      try {
        const res = await saveAnswer(sitting.id, no, a.answer, a.seq);
        setOnline(true);
        const current = answersRef.current[no];
        // Saved when the server holds this sequence number or a newer one.
        if (current && res.answerSeq >= current.seq)
          update({ ...answersRef.current, [no]: { ...current, saved: true } });
      } catch (e) {
        if (isApiError(e) && e.code === 'network') setOnline(false);
        else if (isApiError(e) && e.status === 409) {
          setTimeUp(true);
          void queryClient.invalidateQueries({ queryKey: examKeys.sitting(sitting.id) });
        } else message.error(errorMessage(e));
      } finally {
        inFlight.current.delete(no);
      }
      // Changed again while this one was in flight: send the newer answer too.
      const after = answersRef.current[no];
      if (after && !after.saved && after.seq > a.seq) void send(no);
    },
    [sitting.id, update, queryClient, message],
  );

  const flush = useCallback(async () => {
    const pending = Object.entries(answersRef.current)
      .filter(([, a]) => !a.saved)
      .map(([no]) => Number(no));
    await Promise.all(pending.map((no) => send(no)));
  }, [send]);

  // Re-send what is unsaved: at once (answers kept from before a reload), when the network returns, and every few
  // seconds while anything is unsaved (the browser's online event is not always fired).
  useEffect(() => {
    void flush();
    const onOnline = () => void flush();
    const onOffline = () => setOnline(false);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    const timer = window.setInterval(() => {
      if (Object.values(answersRef.current).some((a) => !a.saved)) void flush();
    }, 3000);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      window.clearInterval(timer);
    };
  }, [flush]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      const left = deadline - (Date.now() + offset);
      setRemaining(left);
      if (left <= 0) {
        window.clearInterval(timer);
        setTimeUp(true);
        // The server grades a sitting whose time is up on its next read.
        window.setTimeout(() => void queryClient.invalidateQueries({ queryKey: examKeys.sitting(sitting.id) }), 1500);
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [deadline, offset, queryClient, sitting.id]);

  const choose = (no: number, answer: string[]) => {
    if (timeUp) return;
    seqRef.current += 1;
    update({ ...answersRef.current, [no]: { answer: [...answer].sort(), seq: seqRef.current, saved: false } });
    void send(no);
  };

  const unsaved = Object.values(answers).filter((a) => !a.saved).length;
  const answered = Object.values(answers).filter((a) => a.answer.length > 0).length;

  const onSubmit = async () => {
    setSubmitting(true);
    setSubmitError(null);
    try {
      await flush();
      if (Object.values(answersRef.current).some((a) => !a.saved)) {
        setSubmitError(
          new Error(
            t(
              '还有答案未保存，请等网络恢复后再交卷',
              'Some answers are not saved yet: submit when the network is back',
            ),
          ),
        );
        return;
      }
      const graded = await submitSitting(sitting.id);
      localStorage.removeItem(storageKey(sitting.id));
      queryClient.setQueryData(examKeys.sitting(sitting.id), graded);
      void queryClient.invalidateQueries({ queryKey: examKeys.mine });
    } catch (e) {
      setSubmitError(e);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Page
      title={sitting.examTitle}
      description={t(
        `${sitting.officerName} · 第 ${sitting.attemptNo} 次 · 共 ${sitting.questions.length} 题，满分 ${sitting.maxScore}，${sitting.passMark} 分及格。多选题须全部选对才得分。`,
        `${sitting.officerName} · attempt ${sitting.attemptNo} · ${sitting.questions.length} questions, ${sitting.maxScore} points, ${sitting.passMark} to pass. Multiple choice scores only when fully right.`,
      )}
      testId="exam-sitting-page"
    >
      <Card size="small" style={{ position: 'sticky', top: 0, zIndex: 5, marginBottom: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={16}>
          <Space size={32} wrap>
            <Statistic
              title={t('剩余时间（以服务器时间为准）', 'Time left (server clock)')}
              value={formatRemaining(remaining)}
              styles={{
                content: { color: remaining < 5 * 60_000 ? '#cf1322' : undefined, fontVariantNumeric: 'tabular-nums' },
              }}
              data-testid="sitting-countdown"
            />
            <Statistic title={t('已答', 'Answered')} value={`${answered} / ${sitting.questions.length}`} />
            <div data-testid="sitting-sync-status" data-state={unsaved ? 'unsaved' : 'saved'}>
              {unsaved ? (
                <Tag color="orange" style={{ fontSize: 14, padding: '4px 8px' }}>
                  {t(`${unsaved} 题未保存，网络恢复后自动提交`, `${unsaved} unsaved: sent when the network is back`)}
                </Tag>
              ) : (
                <Tag color="green" style={{ fontSize: 14, padding: '4px 8px' }}>
                  {t('已保存', 'All saved')}
                </Tag>
              )}
              {!online && (
                <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
                  {t('网络已断开，答案暂存在本机', 'Offline: answers are kept in this browser')}
                </Typography.Text>
              )}
            </div>
          </Space>
          <Popconfirm
            title={t('确定交卷？交卷后不能再修改。', 'Submit? Answers cannot be changed afterwards.')}
            onConfirm={() => void onSubmit()}
            okButtonProps={testId('sitting-submit-confirm')}
          >
            <Button
              type="primary"
              loading={submitting}
              disabled={!sitting.abilities.submit}
              data-testid="sitting-submit"
            >
              {t('交卷', 'Submit')}
            </Button>
          </Popconfirm>
        </Flex>
      </Card>
      {timeUp && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('答题时间已到，正在评分…', 'Time is up: grading…')}
          data-testid="sitting-time-up"
        />
      )}
      <ErrorAlert error={submitError} testId="sitting-error" />
      <Flex vertical gap={12}>
        {sitting.questions.map((q) => (
          <QuestionCard
            key={q.no}
            q={q}
            local={answers[q.no]}
            disabled={timeUp}
            onChange={(a) => choose(q.no, a)}
            kindLabel={label(QUESTION_KIND_LABELS[q.kind])}
            domainLabel={label(questionDomainLabel(q.domain))}
          />
        ))}
      </Flex>
    </Page>
  );
}

function QuestionCard(props: {
  q: SittingQuestionView;
  local: LocalAnswer | undefined;
  disabled: boolean;
  onChange: (answer: string[]) => void;
  kindLabel: string;
  domainLabel: string;
}) {
  const { q, local, disabled, onChange } = props;
  const { t } = useI18n();
  const value = local?.answer ?? [];
  return (
    <Card size="small" data-testid={`question-${q.no}`} data-answer={value.join('')}>
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Typography.Paragraph style={{ marginBottom: 8, fontSize: 15 }}>
          <strong>{q.no}. </strong>
          <Tag>{props.kindLabel}</Tag>
          <Tag color="blue">{props.domainLabel}</Tag>
          {q.stem}
          <Typography.Text type="secondary">{t(`（${q.points} 分）`, ` (${q.points} pts)`)}</Typography.Text>
        </Typography.Paragraph>
        {local && local.seq > 0 && (
          <span data-testid={`answer-status-${q.no}`} data-state={local.saved ? 'saved' : 'unsaved'}>
            {local.saved ? (
              <Tag color="green">{t('已保存', 'Saved')}</Tag>
            ) : (
              <Tag color="orange">{t('未保存', 'Unsaved')}</Tag>
            )}
          </span>
        )}
      </Flex>
      {q.kind === 'multiple' ? (
        <Checkbox.Group value={value} disabled={disabled} onChange={(v) => onChange(v as string[])}>
          <Flex vertical gap={6}>
            {q.options.map((o) => (
              <Checkbox key={o.key} value={o.key} data-testid={`option-${q.no}-${o.key}`}>
                {o.key}. {o.text}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      ) : (
        <Radio.Group value={value[0]} disabled={disabled} onChange={(e) => onChange([e.target.value as string])}>
          <Flex vertical gap={6}>
            {q.options.map((o) => (
              <Radio key={o.key} value={o.key} data-testid={`option-${q.no}-${o.key}`}>
                {o.key}. {o.text}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      )}
    </Card>
  );
}

function GradedSitting({ sitting }: { sitting: SittingView }) {
  const { t, label } = useI18n();
  return (
    <Page
      title={sitting.examTitle}
      testId="exam-sitting-page"
      extra={<Link to="/exams">{t('返回考试列表', 'Back to exams')}</Link>}
    >
      <Result
        status={sitting.passed ? 'success' : 'warning'}
        title={
          <span data-testid="sitting-score" data-score={sitting.score ?? 0} data-passed={String(sitting.passed)}>
            {t(`得分 ${sitting.score} / ${sitting.maxScore}`, `Score ${sitting.score} / ${sitting.maxScore}`)}
            {' · '}
            {sitting.passed ? t('合格', 'Passed') : t('不合格', 'Not passed')}
          </span>
        }
        subTitle={t(
          `${sitting.passMark} 分及格。多选题须全部选对才得分，少选、多选均不得分。`,
          `${sitting.passMark} to pass. Multiple choice scores only when exactly right.`,
        )}
      />
      <Flex vertical gap={12}>
        {sitting.questions.map((q) => (
          <Card
            key={q.no}
            size="small"
            data-testid={`review-${q.no}`}
            style={{ borderLeft: `4px solid ${q.review?.isCorrect ? '#52c41a' : '#ff4d4f'}` }}
          >
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              <strong>{q.no}. </strong>
              <Tag>{label(QUESTION_KIND_LABELS[q.kind])}</Tag>
              {q.stem}
            </Typography.Paragraph>
            <Flex vertical gap={2} style={{ marginBottom: 8 }}>
              {q.options.map((o) => {
                const right = q.review?.correct.includes(o.key);
                const chosen = q.answer?.includes(o.key);
                return (
                  <span key={o.key} style={{ color: right ? '#389e0d' : chosen ? '#cf1322' : undefined }}>
                    {o.key}. {o.text} {right && <Tag color="green">{t('正确答案', 'Correct')}</Tag>}
                    {chosen && <Tag>{t('我的选择', 'My answer')}</Tag>}
                  </span>
                );
              })}
            </Flex>
            <Typography.Text type="secondary">
              {t('得分', 'Points')} {q.review?.awarded ?? 0} / {q.points} · {t('解析：', 'Explanation: ')}
              {q.review?.explanation}
              {q.review?.basis && ` ${t('依据：', 'Basis: ')}${q.review.basis}`}
            </Typography.Text>
          </Card>
        ))}
      </Flex>
    </Page>
  );
}
