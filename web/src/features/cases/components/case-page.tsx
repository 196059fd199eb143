// 案件 (/cases/:id?tab=…): the header (number, 案由, state, procedure and version, agency), the red banner of a case
// flagged as a suspected crime (不得以罚代刑, 行政处罚法 第二十七条、第八十二条), the procedure diagram with where the
// case stands and where it has been, and the case's particulars, deadlines with their explanations, timeline and
// documents beside the steps the user may take now.
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  Alert,
  Badge,
  Card,
  Col,
  Collapse,
  Descriptions,
  Flex,
  Grid,
  Row,
  Skeleton,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import LeftOutlined from '@ant-design/icons/LeftOutlined';
import { PROCEDURE_CODE_LABELS } from '../../../../../contracts/procedure-labels';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { ProcedureDiagram } from '../../../components/procedure-diagram';
import { NotFound } from '../../../components/status-result';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { useCase, useProcedureDefinition } from '../api';
import { CaseActions } from './case-actions';
import { CaseDeadlines } from './case-deadlines';
import { CaseInfo } from './case-info';
import { CaseDocuments, CaseTimeline } from './case-records';
import { CaseStateTag, DueDate, useDueWindow, Yuan } from './parts';

const TABS = ['info', 'deadlines', 'timeline', 'documents'] as const;
type TabKey = (typeof TABS)[number];

export function CasePage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.includes(params.get('tab') as TabKey) ? (params.get('tab') as TabKey) : 'info';
  const query = useCase(id);
  const c = query.data;
  const definition = useProcedureDefinition(c?.procedure.code, c?.procedure.version);
  const window = useDueWindow();
  const screens = Grid.useBreakpoint();
  const wide = !!screens.lg;
  // On a phone the steps come first and the diagram folds away.
  const phone = screens.md === false;

  const visited = useMemo(() => {
    const states = new Set<string>();
    for (const e of c?.events ?? []) {
      if (e.fromState) states.add(e.fromState);
      states.add(e.toState);
    }
    return [...states];
  }, [c?.events]);

  if (query.isPending) return <Skeleton active style={{ padding: 24 }} />;
  if (query.error || !c) {
    if (isApiError(query.error) && query.error.status === 404) return <NotFound />;
    return <ErrorAlert error={query.error} />;
  }

  const running = c.deadlines.filter((d) => d.status === 'running').length;
  const overdueCount = c.deadlines.filter((d) => d.status === 'running' && d.late).length;

  const actions = <CaseActions c={c} definition={definition.data} />;
  const diagram = definition.data ? (
    <div style={{ overflowX: 'auto' }}>
      <ProcedureDiagram definition={definition.data} current={c.state} visited={visited} />
    </div>
  ) : definition.error ? (
    <ErrorAlert error={definition.error} />
  ) : (
    <Skeleton active paragraph={{ rows: 2 }} />
  );

  return (
    <Page
      testId="case-page"
      title={
        <Flex gap={8} wrap align="center">
          <Link to="/cases" aria-label={t('返回案件列表', 'Back to the cases')} data-testid="case-back">
            <LeftOutlined />
          </Link>
          <span data-testid="case-title">{c.title}</span>
          <CaseStateTag state={c.state} label={c.stateLabel} ended={c.ended} />
        </Flex>
      }
      description={
        <Flex gap={12} wrap component="span">
          <span data-testid="case-number" style={{ fontFamily: 'monospace' }}>
            {c.number ?? t('（未立案，尚无案号）', '(not opened: no number yet)')}
          </span>
          <span>{c.agency.name}</span>
          <span data-testid="case-procedure">
            {label(PROCEDURE_CODE_LABELS[c.procedure.code], label(c.procedure.label))}
            {t(`（第 ${c.procedure.version} 版）`, ` (v${c.procedure.version})`)}
          </span>
        </Flex>
      }
    >
      {c.referral.flagged && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="case-referral-banner"
          title={
            <strong>
              {t(
                '涉嫌犯罪，须移送司法机关，不得以罚代刑',
                'Suspected crime: refer to the judicial organs; a fine may not replace a criminal penalty',
              )}
            </strong>
          }
          description={
            <>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(
                  '《行政处罚法》第二十七条、第八十二条；《行政执法机关移送涉嫌犯罪案件的规定》',
                  'Penalty Law Arts. 27 and 82; Rules on referring suspected crimes',
                )}
              </Typography.Text>
              {c.referral.reasons.length > 0 && (
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                  {c.referral.reasons.map((r, i) => (
                    <li key={i}>{label(r)}</li>
                  ))}
                </ul>
              )}
            </>
          }
        />
      )}

      <Card size="small" style={{ marginBottom: 12 }} data-testid="case-summary">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'parties', label: t('当事人', 'Parties'), children: c.parties.join('、') || '—' },
            { key: 'handlers', label: t('承办人', 'Handlers'), children: c.handlers.join('、') || '—' },
            {
              key: 'next',
              label: t('下一期限', 'Next deadline'),
              children: c.nextDeadline ? (
                <span>
                  <DueDate
                    dueOn={c.nextDeadline.dueOn}
                    provisional={c.nextDeadline.provisional}
                    overdue={c.overdue}
                    window={window}
                    testId="case-next-due"
                  />{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {label(c.nextDeadline.title)}
                  </Typography.Text>
                </span>
              ) : (
                '—'
              ),
            },
            { key: 'fine', label: t('罚款', 'Fine'), children: <Yuan fen={c.fineFen} /> },
          ]}
        />
      </Card>

      {!wide && <div style={{ marginBottom: 12 }}>{actions}</div>}

      {phone ? (
        <Collapse
          size="small"
          style={{ marginBottom: 12, background: '#fff' }}
          data-testid="case-diagram"
          items={[{ key: 'diagram', label: t('办案流程', 'Procedure'), children: diagram }]}
        />
      ) : (
        <Card
          size="small"
          title={t('办案流程', 'Procedure')}
          style={{ marginBottom: 12 }}
          styles={{ body: { overflowX: 'auto' } }}
          data-testid="case-diagram"
        >
          {diagram}
        </Card>
      )}

      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16} xl={17}>
          <Card size="small">
            <Tabs
              activeKey={tab}
              onChange={(k) => {
                const next = new URLSearchParams(params);
                if (k === 'info') next.delete('tab');
                else next.set('tab', k);
                setParams(next, { replace: true });
              }}
              items={[
                {
                  key: 'info',
                  label: <span data-testid="case-tab-info">{t('基本信息', 'Particulars')}</span>,
                  children: <CaseInfo c={c} />,
                },
                {
                  key: 'deadlines',
                  label: (
                    <span data-testid="case-tab-deadlines">
                      {t('期限', 'Deadlines')}{' '}
                      <Badge
                        count={overdueCount || running}
                        color={overdueCount ? '#cf1322' : '#1f5fbf'}
                        size="small"
                        showZero={false}
                      />
                    </span>
                  ),
                  children: <CaseDeadlines deadlines={c.deadlines} window={window} />,
                },
                {
                  key: 'timeline',
                  label: <span data-testid="case-tab-timeline">{t('时间线', 'Timeline')}</span>,
                  children: <CaseTimeline events={c.events} />,
                },
                {
                  key: 'documents',
                  label: (
                    <span data-testid="case-tab-documents">
                      {t('文书', 'Documents')}{' '}
                      <Tag style={{ marginInlineEnd: 0 }}>{c.documents.filter((d) => !d.superseded).length}</Tag>
                    </span>
                  ),
                  children: <CaseDocuments caseId={c.id} documents={c.documents} />,
                },
              ]}
            />
          </Card>
        </Col>
        {wide && (
          <Col lg={8} xl={7}>
            <div style={{ position: 'sticky', top: 12 }}>{actions}</div>
          </Col>
        )}
      </Row>
    </Page>
  );
}
