// 基本信息: the case's particulars, parties (resident IDs masked; 查看完整 reads the whole number through a logged
// call when the server allows it), handlers with their certificates, facts, and what the steps recorded: proposal,
// legal review, hearing, decision, payment with the surcharge (加处罚款, 行政处罚法 第七十二条).
import { useState, type ReactNode } from 'react';
import { App, Button, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import EyeOutlined from '@ant-design/icons/EyeOutlined';
import { PENALTY_KIND_LABELS, type PenaltyKind } from '../../../../../contracts/benchmark';
import {
  CASE_SOURCE_LABELS,
  SERVICE_METHOD_LABELS,
  type CaseView,
  type ServiceMethod,
} from '../../../../../contracts/case';
import { DOMAIN_LABELS } from '../../../../../contracts/personnel';
import { errorMessage } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { revealPartyIdNumber } from '../api';
import { Yuan } from './parts';

export function CaseInfo({ c }: { c: CaseView }) {
  const { t, label } = useI18n();
  const outstanding = c.payment ? c.payment.fineFen + c.payment.surchargeFen - c.payment.paidFen : null;
  return (
    <Flex vertical gap={12} data-testid="case-info">
      <Card size="small" title={t('案件信息', 'Particulars')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'agency', label: t('执法单位', 'Agency'), children: c.agency.name },
            {
              key: 'source',
              label: t('案件来源', 'Source'),
              children: `${label(CASE_SOURCE_LABELS[c.source], c.source)}${c.sourceRef ? `（${c.sourceRef}）` : ''}`,
            },
            { key: 'domain', label: t('执法领域', 'Domain'), children: label(DOMAIN_LABELS[c.domain], c.domain) },
            {
              key: 'power',
              label: t('职权事项', 'Power item'),
              children: c.powerItem ? (
                <span data-testid="case-power-item">
                  <Typography.Text code>{c.powerItem.code}</Typography.Text> {c.powerItem.name}
                  <Typography.Text type="secondary">
                    {t(`（第 ${c.powerItem.versionNo} 版）`, ` (v${c.powerItem.versionNo})`)}
                  </Typography.Text>
                </span>
              ) : (
                <Typography.Text type="secondary">{t('未选择', 'None')}</Typography.Text>
              ),
            },
            { key: 'registered', label: t('登记日期', 'Registered on'), children: c.registeredOn },
            { key: 'opened', label: t('立案日期', 'Opened on'), children: c.openedOn ?? '—' },
            {
              key: 'act',
              label: t('违法行为日期', 'Date of the act'),
              children: (
                <span>
                  {c.actDate ?? '—'}
                  {c.harmsLifeHealthFinance && (
                    <Tag color="orange" style={{ marginInlineStart: 6 }}>
                      {t('危害生命健康、金融安全（时效五年）', 'Life, health or finance (5-year limitation)')}
                    </Tag>
                  )}
                </span>
              ),
            },
            ...(c.limitationNote
              ? [{ key: 'limitation', label: t('追责时效', 'Limitation'), children: c.limitationNote }]
              : []),
            {
              key: 'facts',
              label: t('案情简述', 'Facts'),
              span: 'filled' as const,
              children: <span style={{ whiteSpace: 'pre-line' }}>{c.facts ?? '—'}</span>,
            },
          ]}
        />
      </Card>

      <Card size="small" title={t('当事人', 'Parties')}>
        {c.partiesDetail.map((p) => (
          <PartyRow key={p.id} caseId={c.id} party={p} canReveal={c.abilities.revealParties} />
        ))}
      </Card>

      <Card size="small" title={t('办案人员', 'Handling officers')}>
        <Flex gap={8} wrap data-testid="case-handlers">
          {c.handlersDetail.map((h) => (
            <Tag
              key={h.officerId}
              color={h.lead ? 'blue' : undefined}
              style={{ padding: '2px 8px' }}
              data-testid="case-handler"
            >
              {h.name}
              {h.lead && t('（主办）', ' (lead)')}
              <span style={{ opacity: 0.7, fontFamily: 'monospace' }}>
                {' '}
                {h.certificateNumber ?? t('无有效执法证', 'no valid certificate')}
              </span>
            </Tag>
          ))}
        </Flex>
      </Card>

      {c.proposal != null && (
        <Card size="small" title={t('处理意见', 'Proposal')} data-testid="case-proposal">
          <RecordedValues value={c.proposal} />
        </Card>
      )}

      {c.review && (
        <Card size="small" title={t('法制审核', 'Legal review')} data-testid="case-review">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'required',
                label: t('是否须审核', 'Required'),
                children: c.review.required ? (
                  <Tag color="purple">{t('须法制审核', 'Required')}</Tag>
                ) : (
                  <Tag>{t('不属于审核目录', 'Not required')}</Tag>
                ),
              },
              {
                key: 'outcome',
                label: t('审核结论', 'Outcome'),
                children: c.review.outcome ? <ReviewOutcome outcome={c.review.outcome} /> : t('待审核', 'Pending'),
              },
              ...(c.review.reasons.length
                ? [
                    {
                      key: 'reasons',
                      label: t('审核理由', 'Why reviewed'),
                      span: 'filled' as const,
                      children: (
                        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                          {c.review.reasons.map((r, i) => (
                            <li key={i}>{label(r)}</li>
                          ))}
                        </ul>
                      ),
                    },
                  ]
                : []),
              { key: 'reviewer', label: t('审核人员', 'Reviewer'), children: c.review.reviewerName ?? '—' },
              {
                key: 'opinion',
                label: t('审核意见', 'Opinion'),
                span: 'filled' as const,
                children: <span style={{ whiteSpace: 'pre-line' }}>{c.review.opinion ?? '—'}</span>,
              },
            ]}
          />
        </Card>
      )}

      {c.hearing != null && (
        <Card size="small" title={t('听证', 'Hearing')} data-testid="case-hearing">
          <RecordedValues value={c.hearing} />
        </Card>
      )}

      {c.decision != null && (
        <Card size="small" title={t('处罚决定', 'Decision')} data-testid="case-decision">
          <RecordedValues value={c.decision} />
        </Card>
      )}

      {c.payment && (
        <Card size="small" title={t('罚款缴纳', 'Payment')} data-testid="case-payment">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'fine', label: t('罚款', 'Fine'), children: <Yuan fen={c.payment.fineFen} /> },
              { key: 'paid', label: t('已缴', 'Paid'), children: <Yuan fen={c.payment.paidFen} /> },
              {
                key: 'surcharge',
                label: t('加处罚款', 'Surcharge'),
                children: (
                  <span data-testid="case-surcharge">
                    <Yuan fen={c.payment.surchargeFen} />
                    {c.payment.surchargeDays > 0 && (
                      <Typography.Text type="secondary">
                        {t(
                          `（${c.payment.surchargeDays} 日 × 3%，以罚款数额为限）`,
                          ` (${c.payment.surchargeDays} days × 3 %, capped at the fine)`,
                        )}
                      </Typography.Text>
                    )}
                  </span>
                ),
              },
              {
                key: 'outstanding',
                label: t('尚欠', 'Outstanding'),
                children: <Yuan fen={outstanding !== null && outstanding > 0 ? outstanding : 0} />,
              },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}

function ReviewOutcome({ outcome }: { outcome: 'agree' | 'agree_with_changes' | 'disagree' }) {
  const { t } = useI18n();
  if (outcome === 'agree') return <Tag color="success">{t('同意', 'Agreed')}</Tag>;
  if (outcome === 'agree_with_changes') return <Tag color="warning">{t('修改后同意', 'Agreed with changes')}</Tag>;
  return <Tag color="error">{t('不同意', 'Disagreed')}</Tag>;
}

function PartyRow({
  caseId,
  party: p,
  canReveal,
}: {
  caseId: string;
  party: CaseView['partiesDetail'][number];
  canReveal: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const person = p.type === 'natural_person';
  const reveal = async () => {
    setLoading(true);
    try {
      setFull(await revealPartyIdNumber(caseId, p.id));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      style={{ marginBottom: 8 }}
      data-testid="case-party"
      data-party-id={p.id}
      title={
        <Flex gap={6} align="center">
          <span>{p.name}</span>
          <Tag style={{ fontWeight: 'normal' }}>
            {person ? t('自然人', 'Person') : t('法人或其他组织', 'Organisation')}
          </Tag>
        </Flex>
      }
      items={[
        {
          key: 'id',
          label: person ? t('身份证号码', 'Resident ID') : t('统一社会信用代码', 'USCC'),
          children: (
            <Flex gap={6} align="center" wrap>
              <span style={{ fontFamily: 'monospace' }} data-testid="case-party-id-number">
                {full ?? p.idNumber}
              </span>
              {person && canReveal && !full && (
                <Button
                  size="small"
                  type="link"
                  icon={<EyeOutlined />}
                  loading={loading}
                  onClick={() => void reveal()}
                  data-testid="case-party-reveal"
                >
                  {t('查看完整', 'Show in full')}
                </Button>
              )}
              {full && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('（本次查看已记录）', '(this view is logged)')}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        ...(p.legalRepresentative
          ? [{ key: 'rep', label: t('法定代表人', 'Legal representative'), children: p.legalRepresentative }]
          : []),
        { key: 'phone', label: t('联系电话', 'Phone'), children: p.phone ?? '—' },
        { key: 'address', label: t('住所', 'Address'), children: p.address ?? '—' },
      ]}
    />
  );
}

// ---- what steps recorded (proposal, decision, hearing are stored as the action's fields) ------------------------

const FIELD_LABELS: Record<string, [string, string]> = {
  date: ['日期', 'Date'],
  factsText: ['违法事实', 'Facts'],
  violatedArticles: ['违反的规定', 'Provisions violated'],
  appliedArticles: ['处罚依据', 'Provisions applied'],
  penaltyKinds: ['处罚种类', 'Penalty'],
  fineFen: ['罚款', 'Fine'],
  confiscationFen: ['没收违法所得', 'Confiscation'],
  noPenalty: ['不予处罚', 'No penalty'],
  benchmarkId: ['裁量基准', 'Benchmark'],
  benchmarkName: ['裁量基准', 'Benchmark'],
  benchmarkCode: ['裁量基准编号', 'Benchmark code'],
  levelKey: ['裁量阶次', 'Level'],
  levelName: ['裁量阶次', 'Level'],
  rangeText: ['裁量幅度', 'Range'],
  withinRange: ['在裁量幅度内', 'Within the range'],
  outsideRangeReason: ['超出幅度理由', 'Reason for leaving the range'],
  multipleLegalRelations: ['涉及多个法律关系', 'Several legal relations'],
  sectors: ['涉及领域', 'Sectors'],
  complexOrSerious: ['情节复杂或重大违法', 'Complex or serious'],
  overdueReason: ['超期理由', 'Reason for lateness'],
  benchmark: ['裁量基准适用', 'Benchmark verdict'],
  changedByReview: ['经法制审核修改', 'Changed by the legal review'],
  proposedOn: ['提出日期', 'Proposed on'],
  requestedOn: ['申请听证日期', 'Hearing requested on'],
  noticeOn: ['听证通知日期', 'Notice given on'],
  heldOn: ['举行日期', 'Held on'],
  hearingOn: ['听证日期', 'Hearing date'],
  place: ['地点', 'Place'],
  hostOfficerId: ['主持人', 'Host'],
  hostName: ['主持人', 'Host'],
  summary: ['听证情况', 'Summary'],
  decidedOn: ['决定日期', 'Decided on'],
  method: ['送达方式', 'Service method'],
  recipient: ['受送达人', 'Recipient'],
  servedOn: ['送达日期', 'Served on'],
  opinion: ['意见', 'Opinion'],
  note: ['备注', 'Note'],
};
// `date` repeats proposedOn / decidedOn; ids have their names beside them.
const HIDDEN_KEYS = new Set(['date', 'benchmarkFacts', 'referralFacts', 'benchmarkId', 'hostOfficerId']);

function renderValue(
  key: string,
  value: unknown,
  t: (zh: string, en: string) => string,
  label: (l: { zh: string; en: string }) => string,
): ReactNode {
  if (value === null || value === undefined || value === '') return '—';
  if (key.endsWith('Fen') && typeof value === 'number') return <Yuan fen={value} />;
  if (key === 'benchmark' && typeof value === 'object') {
    const b = value as { within?: boolean; summary?: { zh: string; en: string }; versionNo?: number };
    return (
      <Flex gap={6} wrap align="center">
        {b.within === false ? (
          <Tag color="error">{t('超出裁量幅度', 'Outside the range')}</Tag>
        ) : (
          <Tag color="success">{t('在裁量幅度内', 'Within the range')}</Tag>
        )}
        {b.summary && <span>{label(b.summary)}</span>}
        {b.versionNo !== undefined && (
          <Typography.Text type="secondary">{t(`（基准第 ${b.versionNo} 版）`, ` (v${b.versionNo})`)}</Typography.Text>
        )}
      </Flex>
    );
  }
  if (key === 'penaltyKinds' && Array.isArray(value))
    return value.length ? (
      <Flex gap={4} wrap>
        {value.map((k) => (
          <Tag key={String(k)}>
            {PENALTY_KIND_LABELS[k as PenaltyKind] ? label(PENALTY_KIND_LABELS[k as PenaltyKind]) : String(k)}
          </Tag>
        ))}
      </Flex>
    ) : (
      '—'
    );
  if (key === 'method' && typeof value === 'string' && value in SERVICE_METHOD_LABELS)
    return label(SERVICE_METHOD_LABELS[value as ServiceMethod]);
  if (typeof value === 'boolean') return value ? t('是', 'Yes') : t('否', 'No');
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('zh' in o && 'en' in o) return label(o as { zh: string; en: string });
    return <RecordedValues value={value} />;
  }
  return <span style={{ whiteSpace: 'pre-line' }}>{String(value)}</span>;
}

/** A recorded object (proposal, decision, hearing) as label–value pairs, known fields first. */
function RecordedValues({ value }: { value: unknown }) {
  const { t, label } = useI18n();
  if (!value || typeof value !== 'object') return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => !HIDDEN_KEYS.has(k));
  const known = Object.keys(FIELD_LABELS);
  entries.sort(([a], [b]) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib);
  });
  return (
    <Descriptions
      size="small"
      column={1}
      items={entries.map(([k, v]) => ({
        key: k,
        label: FIELD_LABELS[k] ? t(FIELD_LABELS[k][0], FIELD_LABELS[k][1]) : k,
        children: renderValue(k, v, t, label),
      }))}
    />
  );
}
