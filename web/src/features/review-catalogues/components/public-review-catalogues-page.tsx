// 重大执法决定法制审核目录公示 (/public/review-catalogues, no sign-in): per agency, the catalogue in force today — which
// decisions must pass legal review before they are made (行政处罚法 第五十八条; 国办发〔2018〕118号). ?tenant=<region
// code>&agency=<name>. Reads GET /api/public/tenants/:code/review-catalogues (published versions in force only).
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Spin, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import type { PublicCatalogueView } from '../../../../../contracts/review-catalogue';
import { ErrorAlert } from '../../../components/error-alert';
import { PublicAgencyPicker, PublicFrame, PublicSearch, usePublicTenant } from '../../../components/public-frame';
import { api } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';

type PublicRule = PublicCatalogueView['rules'][number];

// A table on wide screens (序号 | 审核事项 | 认定标准 | 法律依据), stacked label/value blocks on phones.
const CSS = `
.xz-pubcat-meta { color: rgba(0,0,0,.55); font-size: 12px; }
.xz-pubcat-table { border: 1px solid #eef1f6; border-radius: 6px; overflow: hidden; margin-top: 10px; }
.xz-pubcat-row { display: grid; grid-template-columns: 36px minmax(0, 1.4fr) minmax(0, 1fr) minmax(0, 1fr); gap: 4px 16px; padding: 8px 12px; border-top: 1px solid #eef1f6; line-height: 1.7; }
.xz-pubcat-row:first-child { border-top: 0; }
.xz-pubcat-head { background: #f5f7fa; color: rgba(0,0,0,.65); font-weight: 500; font-size: 13px; }
.xz-pubcat-label { display: none; color: rgba(0,0,0,.55); font-size: 12px; }
.xz-pubcat-no { color: rgba(0,0,0,.45); }
@media (max-width: 767px) {
  .xz-pubcat-row { grid-template-columns: 20px minmax(0, 1fr); gap: 2px 8px; padding: 8px 10px; }
  .xz-pubcat-row > :nth-child(n+3) { grid-column: 2; }
  .xz-pubcat-head { display: none; }
  .xz-pubcat-label { display: inline; margin-inline-end: 4px; }
}
`;

function usePublicCatalogues(tenant: string) {
  return useQuery({
    queryKey: ['public-review-catalogues', tenant],
    queryFn: ({ signal }) =>
      api
        .get<{
          items: PublicCatalogueView[];
        }>(`/api/public/tenants/${encodeURIComponent(tenant)}/review-catalogues`, undefined, signal)
        .then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

const ruleMatches = (r: PublicRule, q: string) =>
  [r.title, r.summary.zh, r.summary.en, r.basisText ?? ''].some((x) => x.toLowerCase().includes(q));

export function PublicReviewCataloguesPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const tenant = usePublicTenant();
  const data = usePublicCatalogues(tenant.code);
  const agency = params.get('agency');
  const [q, setQ] = useState('');

  const agencies = useMemo(
    () => (data.data ?? []).map((c) => ({ name: c.agency.name, count: c.rules.length })),
    [data.data],
  );
  const shown = useMemo(() => {
    const needle = q.toLowerCase();
    return (data.data ?? [])
      .filter((c) => !agency || c.agency.name === agency)
      .map((c) => ({
        catalogue: c,
        // Numbered as in the catalogue, also when a search shows some of them.
        rules: c.rules
          .map((rule, i) => ({ rule, no: i + 1 }))
          .filter(({ rule }) => !needle || c.agency.name.toLowerCase().includes(needle) || ruleMatches(rule, needle)),
      }))
      .filter((x) => x.rules.length);
  }, [data.data, agency, q]);

  const chooseAgency = (name: string | null) =>
    setParams(name ? { tenant: tenant.code, agency: name } : { tenant: tenant.code });

  return (
    <PublicFrame
      area="review-catalogues"
      testId="public-review-catalogues"
      title={
        lang === 'en'
          ? `${tenant.name} — Catalogues of major enforcement decisions subject to legal review`
          : `${tenant.name}重大执法决定法制审核目录公示`
      }
      subtitle={t(
        '各执法单位现行有效的目录：属于目录所列情形的执法决定，作出前须经法制审核（《中华人民共和国行政处罚法》第五十八条）',
        'The catalogues in force: a decision falling under one of these items must pass legal review before it is made (Administrative Penalty Law Art. 58)',
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
            testId="public-catalogues-agency"
            countLabel={(n) => t(`${n} 条`, `${n}`)}
          />
        </Col>
        <Col xs={24} lg={17} xl={18}>
          <Card size="small" style={{ marginBottom: 12 }}>
            <PublicSearch
              placeholder={t('审核事项、法律依据、单位', 'Item, legal basis, agency')}
              onChange={setQ}
              testId="public-catalogues-search"
            />
          </Card>
          {data.isPending && <Spin style={{ display: 'block', margin: 40 }} />}
          {data.isSuccess && shown.length === 0 && (
            <Card>
              <Empty
                data-testid="public-catalogues-empty"
                description={
                  q || agency
                    ? t('没有符合条件的审核事项', 'No item matches')
                    : t('本行政区划暂无公布的法制审核目录', 'No catalogue published in this region yet')
                }
              />
            </Card>
          )}
          {shown.map(({ catalogue: c, rules }) => (
            <CatalogueCard key={c.agency.id} catalogue={c} rules={rules} />
          ))}
        </Col>
      </Row>
    </PublicFrame>
  );
}

function CatalogueCard({
  catalogue: c,
  rules,
}: {
  catalogue: PublicCatalogueView;
  rules: Array<{ rule: PublicRule; no: number }>;
}) {
  const { t, label } = useI18n();
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="public-catalogue"
      data-agency-name={c.agency.name}
      data-version-no={c.versionNo}
    >
      <Typography.Title level={4} style={{ margin: '0 0 2px' }}>
        {c.agency.name}
      </Typography.Title>
      <div className="xz-pubcat-meta" data-testid="public-catalogue-version">
        {t(
          `重大执法决定法制审核目录 · 第${c.versionNo}版 · ${c.effectiveFrom} 起施行 · 共 ${c.rules.length} 项`,
          `Legal review catalogue · version ${c.versionNo} · in force since ${c.effectiveFrom} · ${c.rules.length} items`,
        )}
        {c.demo && (
          <Tag color="warning" style={{ marginInlineStart: 8 }} data-testid="public-catalogue-demo">
            {t('示范内容，待本单位核实', 'Sample content, to be confirmed by the agency')}
          </Tag>
        )}
      </div>
      <div className="xz-pubcat-table">
        <div className="xz-pubcat-row xz-pubcat-head">
          <span>{t('序号', 'No.')}</span>
          <span>{t('审核事项', 'Item')}</span>
          <span>{t('认定标准', 'Criterion')}</span>
          <span>{t('法律依据', 'Legal basis')}</span>
        </div>
        {rules.map(({ rule: r, no }) => (
          <div
            key={no}
            className="xz-pubcat-row"
            data-testid="public-catalogue-rule"
            data-title={r.title}
            data-kind={r.kind}
          >
            <span className="xz-pubcat-no">{no}</span>
            <span style={{ fontWeight: 500 }}>{r.title}</span>
            <span>
              <span className="xz-pubcat-label">{t('认定标准：', 'Criterion: ')}</span>
              {/* A free-text item is judged by the reviewer against its own wording: the title says it all. */}
              {r.kind === 'free_text'
                ? t('按所列情形认定', 'As the item reads')
                : label(r.summary).replace(/≥ | 元/g, (m) => m.replace(' ', '\u00a0'))}
            </span>
            <span>
              <span className="xz-pubcat-label">{t('法律依据：', 'Legal basis: ')}</span>
              {r.basisText ?? '—'}
            </span>
          </div>
        ))}
      </div>
    </Card>
  );
}
