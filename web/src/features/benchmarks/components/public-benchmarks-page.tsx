// 裁量基准公示 (/public/benchmarks, no sign-in): the discretion benchmarks in force today and the 不予处罚 / 首违不罚
// lists, agency by agency — 行政处罚法 第三十四条: 行政处罚裁量基准应当向社会公布. ?tenant=<region code>&agency=<name>.
// Reads GET /api/public/benchmarks, which holds only published versions in force (no drafts, nothing personal).
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Row, Segmented, Spin, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import {
  describePenalty,
  EXEMPTION_KIND_LABELS,
  type ExemptionKind,
  type PublicBenchmarks,
} from '../../../../../contracts/benchmark';
import type { ArticleRefView } from '../../../../../contracts/law';
import { ErrorAlert } from '../../../components/error-alert';
import { PublicAgencyPicker, PublicFrame, PublicSearch, usePublicTenant } from '../../../components/public-frame';
import { api } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';

type PublicBenchmark = PublicBenchmarks['benchmarks'][number];
type PublicExemption = PublicBenchmarks['exemptions'][number];
type Show = 'all' | 'benchmarks' | ExemptionKind;

/** 行政处罚法 第三十三条第一款, the half of it each list rests on. */
const EXEMPTION_BASIS: Record<ExemptionKind, { zh: string; en: string }> = {
  no_penalty: {
    zh: '《中华人民共和国行政处罚法》第三十三条第一款：违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。',
    en: 'Administrative Penalty Law Art. 33(1): a minor violation promptly corrected that caused no harm is not penalised.',
  },
  first_violation: {
    zh: '《中华人民共和国行政处罚法》第三十三条第一款：初次违法且危害后果轻微并及时改正的，可以不予行政处罚。',
    en: 'Administrative Penalty Law Art. 33(1): a first violation with slight harm, promptly corrected, may go unpenalised.',
  },
};

const EXEMPTION_TEST_IDS: Record<ExemptionKind, string> = {
  no_penalty: 'public-exemptions-no-penalty',
  first_violation: 'public-exemptions-first-violation',
};

// A table on wide screens (a header row, one row per level), stacked label/value blocks on phones.
const CSS = `
.xz-pub-title { margin: 0 0 4px; font-size: 16px; font-weight: 600; line-height: 1.5; }
.xz-pub-meta { color: rgba(0,0,0,.55); font-size: 12px; margin-bottom: 10px; }
.xz-pub-field { margin-bottom: 8px; line-height: 1.7; }
.xz-pub-field > b { font-weight: 500; color: rgba(0,0,0,.65); }
.xz-pub-articles { margin-top: 4px; font-size: 13px; }
.xz-pub-articles summary { cursor: pointer; color: #1f5fbf; width: fit-content; }
.xz-pub-articles p { background: #fafbfd; border: 1px solid #eef1f6; border-radius: 4px; padding: 6px 10px; margin: 6px 0 0; white-space: pre-wrap; line-height: 1.8; }
.xz-pub-table { border: 1px solid #eef1f6; border-radius: 6px; overflow: hidden; margin-top: 6px; }
.xz-pub-row { display: grid; gap: 4px 16px; padding: 8px 12px; border-top: 1px solid #eef1f6; }
.xz-pub-row:first-child { border-top: 0; }
.xz-pub-levels .xz-pub-row { grid-template-columns: 76px minmax(0, 1fr) minmax(0, 1.2fr); }
.xz-pub-head { background: #f5f7fa; color: rgba(0,0,0,.65); font-weight: 500; font-size: 13px; }
.xz-pub-cell-label { display: none; color: rgba(0,0,0,.55); font-size: 12px; }
.xz-pub-penalties { margin: 0; padding-inline-start: 18px; }
.xz-pub-dsl { display: block; color: rgba(0,0,0,.5); font-size: 12px; }
.xz-pub-exemption { padding: 10px 12px; border-top: 1px solid #eef1f6; }
.xz-pub-exemption:first-child { border-top: 0; }
.xz-pub-exemption dl { display: grid; grid-template-columns: 84px minmax(0, 1fr); gap: 4px 12px; margin: 6px 0 0; }
.xz-pub-exemption dt { color: rgba(0,0,0,.55); }
.xz-pub-exemption dd { margin: 0; }
@media (max-width: 767px) {
  .xz-pub-levels .xz-pub-row { grid-template-columns: minmax(0, 1fr); }
  .xz-pub-head { display: none; }
  .xz-pub-cell-label { display: block; }
  .xz-pub-exemption dl { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .xz-pub-exemption dd { margin-bottom: 6px; }
}
`;

function usePublicBenchmarks(tenant: string) {
  return useQuery({
    queryKey: ['public-benchmarks', tenant],
    queryFn: ({ signal }) => api.get<PublicBenchmarks>('/api/public/benchmarks', { tenant }, signal),
    staleTime: 5 * 60_000,
  });
}

const contains = (q: string, ...texts: string[]) => texts.some((x) => x.toLowerCase().includes(q));

function benchmarkMatches(b: PublicBenchmark, q: string) {
  const c = b.content;
  return contains(
    q,
    b.code,
    c.violation,
    c.violatedText,
    c.penaltyText,
    c.notes,
    ...c.levels.map((l) => l.conditionsText),
    ...[...c.violatedRefs, ...c.penaltyRefs].map((r) => r.citation),
  );
}

function exemptionMatches(e: PublicExemption, q: string) {
  return contains(q, e.code, e.violation, e.conditionsText, e.basisText, e.measures);
}

export function PublicBenchmarksPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const tenant = usePublicTenant();
  const data = usePublicBenchmarks(tenant.code);
  const agency = params.get('agency');
  const [q, setQ] = useState('');
  const [show, setShow] = useState<Show>('all');

  // Agencies in the order the server lists their benchmarks (the agency order of the region), then the ones with
  // exemption entries only.
  const agencies = useMemo(() => {
    const counts = new Map<string, number>();
    for (const x of [...(data.data?.benchmarks ?? []), ...(data.data?.exemptions ?? [])]) {
      counts.set(x.agencyName, (counts.get(x.agencyName) ?? 0) + 1);
    }
    return [...counts].map(([name, count]) => ({ name, count }));
  }, [data.data]);

  const sections = useMemo(() => {
    const needle = q.toLowerCase();
    return agencies
      .filter((a) => !agency || a.name === agency)
      .map((a) => ({
        name: a.name,
        benchmarks:
          show === 'all' || show === 'benchmarks'
            ? (data.data?.benchmarks ?? []).filter(
                (b) => b.agencyName === a.name && (!needle || benchmarkMatches(b, needle)),
              )
            : [],
        exemptions: (data.data?.exemptions ?? []).filter(
          (e) =>
            e.agencyName === a.name && (show === 'all' || show === e.kind) && (!needle || exemptionMatches(e, needle)),
        ),
      }))
      .filter((s) => s.benchmarks.length || s.exemptions.length);
  }, [agencies, agency, data.data, q, show]);

  const chooseAgency = (name: string | null) =>
    setParams(name ? { tenant: tenant.code, agency: name } : { tenant: tenant.code });

  return (
    <PublicFrame
      area="benchmarks"
      testId="public-benchmarks"
      title={
        lang === 'en'
          ? `${tenant.name} — Discretion benchmarks of administrative penalties`
          : `${tenant.name}行政处罚裁量基准公示`
      }
      subtitle={t(
        `截至 ${data.data?.on ?? ''} 施行中的裁量基准及不予处罚、首违不罚清单，依据《中华人民共和国行政处罚法》第三十四条向社会公布`,
        `Benchmarks and exemption lists in force on ${data.data?.on ?? ''}, published under Art. 34 of the Administrative Penalty Law`,
      )}
    >
      <style>{CSS}</style>
      {data.error && <ErrorAlert error={data.error} />}
      <Row gutter={[16, 12]}>
        <Col xs={24} lg={7} xl={6}>
          <PublicAgencyPicker
            agencies={agencies}
            value={agency}
            onChange={chooseAgency}
            loading={data.isPending}
            testId="public-benchmarks-agency"
            countLabel={(n) => t(`${n} 项`, `${n}`)}
          />
        </Col>
        <Col xs={24} lg={17} xl={18}>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Flex gap={8} wrap align="center">
              <div style={{ flex: '1 1 240px' }}>
                <PublicSearch
                  placeholder={t('违法行为、编码、法律条文', 'Violation, code, article')}
                  onChange={setQ}
                  testId="public-benchmarks-search"
                />
              </div>
              <div style={{ maxWidth: '100%', overflowX: 'auto' }}>
                <Segmented<Show>
                  value={show}
                  onChange={setShow}
                  data-testid="public-benchmarks-show"
                  options={[
                    { value: 'all', label: t('全部', 'All') },
                    { value: 'benchmarks', label: t('裁量基准', 'Benchmarks') },
                    { value: 'no_penalty', label: t('不予处罚', 'No penalty') },
                    { value: 'first_violation', label: t('首违不罚', 'First violation') },
                  ]}
                />
              </div>
            </Flex>
          </Card>
          {data.isPending && <Spin style={{ display: 'block', margin: 40 }} />}
          {data.isSuccess && sections.length === 0 && (
            <Card>
              <Empty
                data-testid="public-benchmarks-empty"
                description={
                  q || agency || show !== 'all'
                    ? t('没有符合条件的公示内容', 'Nothing published matches')
                    : t('本行政区划暂无公布的裁量基准', 'No benchmarks published in this region yet')
                }
              />
            </Card>
          )}
          {sections.map((s) => (
            <section
              key={s.name}
              data-testid="public-benchmarks-section"
              data-agency-name={s.name}
              style={{ marginBottom: 20 }}
            >
              <Typography.Title level={4} style={{ margin: '4px 0 10px' }}>
                {s.name}
              </Typography.Title>
              {s.benchmarks.map((b) => (
                <BenchmarkCard key={b.id} b={b} />
              ))}
              {(['no_penalty', 'first_violation'] as const).map((kind) => {
                const list = s.exemptions.filter((e) => e.kind === kind);
                return list.length ? <ExemptionList key={kind} kind={kind} list={list} /> : null;
              })}
            </section>
          ))}
        </Col>
      </Row>
    </PublicFrame>
  );
}

function Articles({ refs }: { refs: ArticleRefView[] }) {
  const { t } = useI18n();
  if (!refs.length) return null;
  return (
    <details className="xz-pub-articles">
      <summary>{t(`查看条文原文（${refs.length}）`, `Read the articles (${refs.length})`)}</summary>
      {refs.map((r) => (
        <p key={`${r.versionId}:${r.articleSeq}:${r.detail ?? ''}`} data-testid="public-benchmark-article">
          <b>{r.citation}</b>
          {r.status !== 'in_force' && <Tag style={{ marginInlineStart: 6 }}>{r.versionDate}</Tag>}
          {'\n'}
          {r.text}
        </p>
      ))}
    </details>
  );
}

function BenchmarkCard({ b }: { b: PublicBenchmark }) {
  const { t, label, lang } = useI18n();
  const c = b.content;
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="public-benchmark" data-code={b.code}>
      <h3 className="xz-pub-title" data-testid="public-benchmark-violation">
        {c.violation}
      </h3>
      <div className="xz-pub-meta">
        {t(
          `编码 ${b.code} · 第${b.versionNo}版 · ${b.effectiveFrom} 起施行`,
          `Code ${b.code} · version ${b.versionNo} · in force since ${b.effectiveFrom}`,
        )}
      </div>
      <div className="xz-pub-field" data-testid="public-benchmark-violated">
        <b>{t('违反条款：', 'Provision violated: ')}</b>
        {c.violatedText}
        <Articles refs={c.violatedRefs} />
      </div>
      <div className="xz-pub-field" data-testid="public-benchmark-penalty-basis">
        <b>{t('处罚依据：', 'Penalty provision: ')}</b>
        {c.penaltyText}
        <Articles refs={c.penaltyRefs} />
      </div>
      <div className="xz-pub-table xz-pub-levels">
        <div className="xz-pub-row xz-pub-head">
          <span>{t('裁量档次', 'Level')}</span>
          <span>{t('适用情形', 'Circumstances')}</span>
          <span>{t('处罚内容及幅度', 'Penalties and ranges')}</span>
        </div>
        {c.levels.map((l) => (
          <div key={l.key} className="xz-pub-row" data-testid="public-benchmark-level" data-level={l.key}>
            <div>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {label(l.name)}
              </Tag>
            </div>
            <div>
              <span className="xz-pub-cell-label">{t('适用情形', 'Circumstances')}</span>
              {l.conditionsText || label(l.conditionsDsl) || '—'}
              {/* The written circumstances are Chinese; English readers also get the structured ones in English. */}
              {l.conditionsText && l.conditions && lang === 'en' && (
                <span className="xz-pub-dsl">{label(l.conditionsDsl)}</span>
              )}
            </div>
            <div>
              <span className="xz-pub-cell-label">{t('处罚内容及幅度', 'Penalties and ranges')}</span>
              {l.penalties.length ? (
                <ul className="xz-pub-penalties">
                  {l.penalties.map((p, i) => (
                    <li key={i} data-testid="public-benchmark-penalty" data-kind={p.kind}>
                      {label(describePenalty(p))}
                    </li>
                  ))}
                </ul>
              ) : (
                t('不予处罚', 'No penalty')
              )}
            </div>
          </div>
        ))}
      </div>
      {c.notes && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
          {t('说明：', 'Notes: ')}
          {c.notes}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function ExemptionList({ kind, list }: { kind: ExemptionKind; list: PublicExemption[] }) {
  const { t, label } = useI18n();
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={`${label(EXEMPTION_KIND_LABELS[kind])}${t('清单', ' list')}`}
      styles={{ body: { padding: 0 } }}
      data-testid={EXEMPTION_TEST_IDS[kind]}
    >
      <div className="xz-pub-exemption xz-pub-meta" style={{ background: '#fafbfd', marginBottom: 0 }}>
        {label(EXEMPTION_BASIS[kind])}
      </div>
      {list.map((e) => (
        <div key={e.id} className="xz-pub-exemption" data-testid="public-exemption" data-code={e.code} data-kind={kind}>
          <div style={{ fontWeight: 500 }}>{e.violation}</div>
          <div className="xz-pub-meta" style={{ marginBottom: 0 }}>
            {t(`编码 ${e.code} · ${e.effectiveFrom} 起施行`, `Code ${e.code} · in force since ${e.effectiveFrom}`)}
          </div>
          <dl>
            <dt>{t('适用条件', 'Conditions')}</dt>
            <dd>{e.conditionsText}</dd>
            <dt>{t('法律依据', 'Legal basis')}</dt>
            <dd>{e.basisText}</dd>
            <dt>{t('处理措施', 'Measures')}</dt>
            <dd>{e.measures || '—'}</dd>
          </dl>
        </div>
      ))}
    </Card>
  );
}
