// 执法资格考试 (/exams): officers see the exams open to them, start or resume a sitting and read their results; the
// justice bureau (exam.write) keeps the question bank, blueprints and exams and reads the statistics.
import { useNavigate } from 'react-router';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Flex, Row, Tabs, Tag, Typography } from 'antd';
import { EXAM_STATE_LABELS, type ExamView } from '../../../../../contracts/exam';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useCurrentUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { useMyExams, useStartSitting } from '../api';
import { BlueprintsTab, ExamsAdminTab, QuestionBankTab } from './exam-admin';

export function ExamsPage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const canTake = me.permissions.includes('exam.take');
  const canWrite = me.permissions.includes('exam.write');
  return (
    <Page
      title={t('执法资格考试', 'Enforcement qualification exams')}
      description={t(
        '公共法律知识和专业法律知识考试：题库、随机组卷、在线限时考试、自动评分与逐题统计。执法人员须经考试合格方可申领执法证。',
        'Public and sector law exams: question bank, random papers, timed online exams, automatic grading and per-question statistics. Officers must pass before a certificate is issued.',
      )}
      testId="exams-page"
    >
      {canTake && <MyExams />}
      {canWrite && (
        <Tabs
          items={[
            { key: 'exams', label: t('考试安排与统计', 'Exams and statistics'), children: <ExamsAdminTab /> },
            { key: 'bank', label: t('题库', 'Question bank'), children: <QuestionBankTab /> },
            { key: 'blueprints', label: t('组卷规则', 'Blueprints'), children: <BlueprintsTab /> },
          ]}
        />
      )}
      {!canTake && !canWrite && (
        <Empty description={t('您的角色不参加考试，也不管理题库', 'Your role neither sits nor manages exams')} />
      )}
    </Page>
  );
}

function MyExams() {
  const { t } = useI18n();
  const mine = useMyExams(true);
  if (mine.error) return <ErrorAlert error={mine.error} />;
  if (mine.data && !mine.data.linked) {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t(
          '您的账号没有关联执法人员档案，不能参加考试。请联系本单位人事或法制机构。',
          'Your account is not linked to an officer record, so you cannot sit exams.',
        )}
      />
    );
  }
  const items = mine.data?.items ?? [];
  return (
    <Card title={t('我的考试', 'My exams')} loading={mine.isLoading} style={{ marginBottom: 16 }}>
      {items.length === 0 ? (
        <Empty description={t('暂无可参加的考试', 'No exams for you')} />
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((e) => (
            <Col key={e.id} xs={24} lg={12}>
              <MyExamCard exam={e} />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

function MyExamCard({ exam }: { exam: ExamView }) {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const start = useStartSitting();
  const graded = (exam.sittings ?? []).filter((s) => s.status === 'graded');
  const onStart = () =>
    start.mutate(exam.id, {
      onSuccess: (s) => void navigate(`/exams/sittings/${s.id}`),
      onError: (e) => message.error(errorMessage(e)),
    });
  return (
    <Card
      size="small"
      data-testid={`my-exam-${exam.id}`}
      data-state={exam.state}
      title={
        <Flex gap={8} align="center">
          <span>{exam.title}</span>
          <Tag color={exam.state === 'open' ? 'green' : exam.state === 'upcoming' ? 'blue' : undefined}>
            {label(EXAM_STATE_LABELS[exam.state])}
          </Tag>
        </Flex>
      }
      extra={
        exam.abilities.resumeSittingId ? (
          <Button
            type="primary"
            data-testid="exam-resume"
            onClick={() => void navigate(`/exams/sittings/${exam.abilities.resumeSittingId}`)}
          >
            {t('继续作答', 'Resume')}
          </Button>
        ) : exam.abilities.start ? (
          <Button type="primary" data-testid="exam-start" loading={start.isPending} onClick={onStart}>
            {t('开始考试', 'Start')}
          </Button>
        ) : null
      }
    >
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('开放时间', 'Window')} span={2}>
          <DateTime value={exam.opensAt} /> ~ <DateTime value={exam.closesAt} />
        </Descriptions.Item>
        <Descriptions.Item label={t('时长', 'Time limit')}>
          {exam.timeLimitMinutes} {t('分钟', 'min')}
        </Descriptions.Item>
        <Descriptions.Item label={t('题量 / 满分', 'Questions / total')}>
          {exam.questionCount} / {exam.maxScore}
        </Descriptions.Item>
        <Descriptions.Item label={t('及格分', 'Pass mark')}>{exam.passMark}</Descriptions.Item>
        <Descriptions.Item label={t('可考次数', 'Attempts')}>
          {(exam.sittings ?? []).length} / {exam.attemptsAllowed}
        </Descriptions.Item>
      </Descriptions>
      {graded.map((s) => (
        <Flex key={s.id} gap={8} align="center" data-testid="my-exam-result">
          <Typography.Text>
            {t(`第 ${s.attemptNo} 次：`, `Attempt ${s.attemptNo}: `)}
            <strong>{s.score}</strong> {t('分', 'pts')}
          </Typography.Text>
          <Tag color={s.passed ? 'green' : 'red'}>{s.passed ? t('合格', 'Passed') : t('不合格', 'Not passed')}</Tag>
          <Button size="small" type="link" onClick={() => void navigate(`/exams/sittings/${s.id}`)}>
            {t('查看答卷与解析', 'Review')}
          </Button>
        </Flex>
      ))}
    </Card>
  );
}
