// 队伍建设指标: per agency, the share of officers in post with a valid certificate, legal reviewers among officers
// (target 5 %, 司法局 setting), officers who met the year's training hours, and the exam pass rate. Every share shows
// its numerator and denominator.
import { useState } from 'react';
import { Card, Empty, Flex, InputNumber, Progress, Segmented, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { AgencyIndicatorsView, Share } from '../../../../../contracts/personnel';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useI18n } from '../../../lib/i18n';
import { usePersonnelIndicators } from '../indicators-api';
import { IndicatorsChart } from './indicators-chart';

function ShareCell({ share, good, testId }: { share: Share; good?: boolean; testId?: string }) {
  const { t } = useI18n();
  if (share.percent === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={t(`${share.numerator} / ${share.denominator} 人`, `${share.numerator} of ${share.denominator}`)}>
      <Flex vertical gap={0} data-testid={testId} style={{ minWidth: 120 }}>
        <Progress
          percent={share.percent}
          size="small"
          status={good === false ? 'exception' : 'normal'}
          format={(p) => `${p} %`}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {share.numerator} / {share.denominator}
        </Typography.Text>
      </Flex>
    </Tooltip>
  );
}

export function PersonnelIndicatorsPage() {
  const { t } = useI18n();
  const thisYear = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [view, setView] = useState<'table' | 'chart'>('table');
  const q = usePersonnelIndicators(year);
  const data = q.data;

  const columns = [
    {
      title: t('单位', 'Agency'),
      dataIndex: 'agencyName',
      key: 'agencyName',
      fixed: 'left' as const,
      width: 240,
    },
    {
      title: t('在岗执法人员', 'Officers in post'),
      dataIndex: 'officersInPost',
      key: 'officersInPost',
      align: 'right' as const,
      width: 110,
      sorter: (a: AgencyIndicatorsView, b: AgencyIndicatorsView) => a.officersInPost - b.officersInPost,
    },
    {
      title: t('持有效执法证', 'Valid certificate'),
      key: 'validCertificate',
      render: (_: unknown, r: AgencyIndicatorsView) => <ShareCell share={r.validCertificate} />,
      sorter: (a: AgencyIndicatorsView, b: AgencyIndicatorsView) =>
        (a.validCertificate.percent ?? -1) - (b.validCertificate.percent ?? -1),
    },
    {
      title: (
        <Tooltip
          title={t(
            `目标 ≥ ${data?.legalReviewerTargetPercent ?? 5} %`,
            `Target ≥ ${data?.legalReviewerTargetPercent ?? 5} %`,
          )}
        >
          {t('法制审核人员比例', 'Legal reviewers')}
        </Tooltip>
      ),
      key: 'legalReviewers',
      render: (_: unknown, r: AgencyIndicatorsView) => (
        <Flex align="center" gap={8}>
          <ShareCell share={r.legalReviewers} good={r.legalReviewers.meetsTarget} />
          {r.officersInPost > 0 &&
            (r.legalReviewers.meetsTarget ? (
              <Tag color="green">{t('达标', 'Met')}</Tag>
            ) : (
              <Tag color="red" data-testid="reviewer-below-target">
                {t('未达标', 'Below')}
              </Tag>
            ))}
        </Flex>
      ),
      sorter: (a: AgencyIndicatorsView, b: AgencyIndicatorsView) =>
        (a.legalReviewers.percent ?? -1) - (b.legalReviewers.percent ?? -1),
    },
    {
      title: t(
        `学时达标（≥ ${data?.trainingHoursPerYear ?? 60} 学时）`,
        `Training (≥ ${data?.trainingHoursPerYear ?? 60} h)`,
      ),
      key: 'trainingHoursMet',
      render: (_: unknown, r: AgencyIndicatorsView) => <ShareCell share={r.trainingHoursMet} />,
      sorter: (a: AgencyIndicatorsView, b: AgencyIndicatorsView) =>
        (a.trainingHoursMet.percent ?? -1) - (b.trainingHoursMet.percent ?? -1),
    },
    {
      title: t('考试通过率', 'Exam pass rate'),
      key: 'examPassRate',
      render: (_: unknown, r: AgencyIndicatorsView) => <ShareCell share={r.examPassRate} />,
      sorter: (a: AgencyIndicatorsView, b: AgencyIndicatorsView) =>
        (a.examPassRate.percent ?? -1) - (b.examPassRate.percent ?? -1),
    },
  ];

  return (
    <Page
      testId="personnel-indicators-page"
      title={t('队伍建设指标', 'Personnel indicators')}
      description={t(
        '以在岗执法人员为基数：持证率按当日（往年按 12 月 31 日）有效证件计；学时与考试按所选年度计。',
        'Over officers in post: certificates valid today (31 December for past years); training and exams in the chosen year.',
      )}
      extra={
        <>
          <InputNumber
            data-testid="indicators-year"
            min={2000}
            max={thisYear}
            value={year}
            onChange={(v) => v && setYear(v)}
            addonBefore={t('年度', 'Year')}
            style={{ width: 150 }}
          />
          <Segmented
            value={view}
            onChange={(v) => setView(v as 'table' | 'chart')}
            options={[
              { value: 'table', label: t('表格', 'Table') },
              { value: 'chart', label: t('图表', 'Chart') },
            ]}
          />
        </>
      }
    >
      <ErrorAlert error={q.error} style={{ marginBottom: 16 }} />
      {data && (
        <Flex gap={16} wrap style={{ marginBottom: 16 }} data-testid="indicators-total">
          <Card size="small" style={{ minWidth: 160 }}>
            <Statistic title={t('在岗执法人员', 'Officers in post')} value={data.total.officersInPost} />
          </Card>
          <Card size="small" style={{ minWidth: 160 }}>
            <Statistic title={t('持证率', 'Certified')} value={data.total.validCertificate.percent ?? '—'} suffix="%" />
          </Card>
          <Card size="small" style={{ minWidth: 160 }}>
            <Statistic
              title={t('法制审核人员比例', 'Legal reviewers')}
              value={data.total.legalReviewers.percent ?? '—'}
              suffix="%"
              styles={{ content: { color: data.total.legalReviewers.meetsTarget ? undefined : '#cf1322' } }}
            />
          </Card>
          <Card size="small" style={{ minWidth: 160 }}>
            <Statistic
              title={t('学时达标率', 'Training met')}
              value={data.total.trainingHoursMet.percent ?? '—'}
              suffix="%"
            />
          </Card>
          <Card size="small" style={{ minWidth: 160 }}>
            <Statistic
              title={t('考试通过率', 'Exam pass rate')}
              value={data.total.examPassRate.percent ?? '—'}
              suffix="%"
            />
          </Card>
        </Flex>
      )}
      {view === 'chart' && data ? (
        data.agencies.length ? (
          <Card>
            <IndicatorsChart rows={data.agencies} reviewerTarget={data.legalReviewerTargetPercent} />
          </Card>
        ) : (
          <Empty />
        )
      ) : (
        <Table<AgencyIndicatorsView>
          data-testid="indicators-table"
          rowKey={(r) => r.agencyId ?? 'total'}
          loading={q.isLoading}
          columns={columns}
          dataSource={data?.agencies ?? []}
          pagination={false}
          scroll={{ x: 1000 }}
          size="middle"
          summary={() =>
            data ? (
              <Table.Summary fixed>
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <strong>{t('合计', 'Total')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <strong>{data.total.officersInPost}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2}>
                    <ShareCell share={data.total.validCertificate} />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3}>
                    <ShareCell share={data.total.legalReviewers} good={data.total.legalReviewers.meetsTarget} />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4}>
                    <ShareCell share={data.total.trainingHoursMet} />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5}>
                    <ShareCell share={data.total.examPassRate} />
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              </Table.Summary>
            ) : null
          }
        />
      )}
    </Page>
  );
}
