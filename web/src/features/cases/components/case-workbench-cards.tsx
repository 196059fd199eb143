// The workbench's case cards: my cases, due within 3 working days, overdue, and waiting for my legal review, each
// with its count and the first few cases (the next deadline coloured by urgency). Shown to users who read cases.
import { Card, Col, Empty, Flex, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseListItem, CaseWorkbenchView } from '../../../../../contracts/case';
import { useHasPermission } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { useCaseWorkbench } from '../api';
import { CaseStateTag, DueDate, useDueWindow, type DueWindow } from './parts';

type Bucket = keyof CaseWorkbenchView;

interface CardSpec {
  bucket: Bucket;
  title: [string, string];
  link: string;
  color?: string;
}

const CARDS: CardSpec[] = [
  { bucket: 'mine', title: ['我的案件', 'My cases'], link: '/cases?mine=1&status=active' },
  {
    bucket: 'dueSoon',
    title: ['3个工作日内到期', 'Due within 3 working days'],
    link: '/cases?due=soon',
    color: '#d46b08',
  },
  { bucket: 'overdue', title: ['已逾期', 'Overdue'], link: '/cases?due=overdue', color: '#cf1322' },
  {
    bucket: 'awaitingMyReview',
    title: ['待我审核', 'Waiting for my review'],
    link: '/cases?mine=1&state=in_review&procedure=penalty_general',
    color: '#722ed1',
  },
];

export function CaseWorkbenchCards() {
  const canRead = useHasPermission('case.read');
  const canReview = useHasPermission('case.review');
  const { t } = useI18n();
  const workbench = useCaseWorkbench(canRead);
  const window = useDueWindow();
  if (!canRead) return null;
  const data = workbench.data;
  const cards = CARDS.filter((c) => c.bucket !== 'awaitingMyReview' || canReview || !!data?.awaitingMyReview.total);
  return (
    <div data-testid="workbench-cases" style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ margin: '4px 0 12px' }}>
        {t('案件待办', 'Cases to attend to')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {cards.map((spec) => (
          <Col key={spec.bucket} xs={24} md={12} xl={24 / cards.length}>
            <Card
              size="small"
              loading={workbench.isPending}
              title={t(spec.title[0], spec.title[1])}
              extra={
                <Link to={spec.link} data-testid={`workbench-cases-${spec.bucket}-all`}>
                  {t('查看全部', 'All')}
                </Link>
              }
              data-testid={`workbench-cases-${spec.bucket}`}
              style={{ height: '100%' }}
            >
              {data && (
                <BucketBody
                  spec={spec}
                  total={data[spec.bucket].total}
                  items={data[spec.bucket].items}
                  window={window}
                />
              )}
              {workbench.error && <Typography.Text type="danger">{t('未能读取', 'Could not load')}</Typography.Text>}
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}

function BucketBody({
  spec,
  total,
  items,
  window,
}: {
  spec: CardSpec;
  total: number;
  items: CaseListItem[];
  window: DueWindow;
}) {
  const { t } = useI18n();
  return (
    <>
      <Statistic
        value={total}
        suffix={t('件', '')}
        styles={{ content: { color: total ? spec.color : undefined, fontSize: 26 } }}
        data-testid={`workbench-cases-${spec.bucket}-count`}
      />
      {items.length ? (
        <Flex vertical gap={6} style={{ marginTop: 8 }}>
          {items.slice(0, 5).map((c) => (
            <div key={c.id} data-testid="workbench-case" data-case-id={c.id}>
              <Flex justify="space-between" gap={8} align="center">
                <Link to={`/cases/${c.id}`} style={{ minWidth: 0, flex: 1 }}>
                  <Typography.Text ellipsis style={{ maxWidth: '100%', color: 'inherit' }}>
                    {c.title}
                  </Typography.Text>
                </Link>
                <CaseStateTag state={c.state} label={c.stateLabel} ended={c.ended} />
              </Flex>
              <Flex justify="space-between" gap={8} style={{ fontSize: 12 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                  {c.number ?? t('（未立案）', '(not opened)')}
                </Typography.Text>
                {c.nextDeadline && (
                  <DueDate
                    dueOn={c.nextDeadline.dueOn}
                    provisional={c.nextDeadline.provisional}
                    overdue={c.overdue}
                    window={window}
                    testId="workbench-case-due"
                  />
                )}
              </Flex>
            </div>
          ))}
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无', 'None')} style={{ margin: '8px 0' }} />
      )}
    </>
  );
}
