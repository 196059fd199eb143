// The frame of the public disclosure pages (/public/…, no sign-in): the region's title, the region picker, 中文 /
// English, 工作人员登录, and the links between what is published before enforcement — the powers lists (权责清单),
// the discretion benchmarks (裁量基准, 行政处罚法 第三十四条) and the legal-review catalogues (法制审核目录) — and the
// verification of an officer's certificate (执法证查询).
// Also the agency picker those pages share: a list beside the content on wide screens, a select on phones.
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import SearchOutlined from '@ant-design/icons/SearchOutlined';
import { Badge, Button, Card, Flex, Grid, Input, Layout, Select, Spin, Typography } from 'antd';
import { Link, NavLink, useSearchParams } from 'react-router';
import { api } from '../lib/api-client';
import { useI18n } from '../lib/i18n';

export const DEFAULT_PUBLIC_TENANT = '533401';

export type PublicArea = 'powers' | 'benchmarks' | 'review-catalogues' | 'certificate-verify';

const AREAS: Array<{ key: PublicArea; path: string; zh: string; en: string }> = [
  { key: 'powers', path: '/public/powers', zh: '权责清单', en: 'Powers lists' },
  { key: 'benchmarks', path: '/public/benchmarks', zh: '裁量基准', en: 'Discretion benchmarks' },
  { key: 'review-catalogues', path: '/public/review-catalogues', zh: '法制审核目录', en: 'Legal review catalogues' },
  { key: 'certificate-verify', path: '/public/certificates/verify', zh: '执法证查询', en: 'Verify a certificate' },
];

interface PublicTenant {
  code: string;
  name: string;
}

/** The regions of this deployment (the same cache entry the sign-in page fills). */
function usePublicTenants() {
  return useQuery({
    queryKey: ['public-tenants'],
    queryFn: ({ signal }) =>
      api
        .get<PublicTenant[] | { items: PublicTenant[] }>('/api/public/tenants', undefined, signal)
        .then((d) => (Array.isArray(d) ? d : d.items)),
    staleTime: 5 * 60_000,
  });
}

/**
 * The region a public page shows: `?tenant=<code>`, else the default region, else (a deployment without it, a
 * provincial one say) the first region. Choosing another region clears the page's other parameters.
 */
export function usePublicTenant() {
  const [params, setParams] = useSearchParams();
  const tenants = usePublicTenants();
  const list = tenants.data ?? [];
  const asked = params.get('tenant');
  const code =
    asked ??
    (list.length && !list.some((x) => x.code === DEFAULT_PUBLIC_TENANT) ? list[0].code : DEFAULT_PUBLIC_TENANT);
  return {
    code,
    name: list.find((x) => x.code === code)?.name ?? '',
    tenants,
    setTenant: (next: string) => setParams({ tenant: next }),
  };
}

interface PublicFrameProps {
  area: PublicArea;
  /** Test ids `<testId>-page`, `<testId>-title`, `<testId>-tenant`. */
  testId: string;
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
}

const FRAME_CSS = `
.xz-public-nav { display: flex; gap: 4px; overflow-x: auto; padding: 0 20px; background: #fff; border-bottom: 1px solid #e6e9ef; }
.xz-public-nav a { flex: none; padding: 11px 14px 9px; color: #4a5568; border-bottom: 2px solid transparent; white-space: nowrap; }
.xz-public-nav a:hover { color: #1f5fbf; }
.xz-public-nav a.active { color: #1f5fbf; border-bottom-color: #1f5fbf; font-weight: 500; }
.xz-public-agency:hover { background: #f0f5ff; }
@media (max-width: 575px) {
  .xz-public-nav { padding: 0 8px; }
  .xz-public-nav a { padding: 10px 10px 8px; }
  /* A card's title on its own line and its filters below it, rather than the filters squeezing the title out. */
  .xz-public .ant-card-head-wrapper { flex-wrap: wrap; }
  .xz-public .ant-card-head-title { flex: 1 1 100%; padding-top: 12px; }
  .xz-public .ant-card-extra { margin-inline-start: 0; padding: 8px 0 12px; max-width: 100%; }
}
`;

export function PublicFrame({ area, testId, title, subtitle, children }: PublicFrameProps) {
  const { t, lang, setLang } = useI18n();
  const tenant = usePublicTenant();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.sm;
  const query = `?tenant=${encodeURIComponent(tenant.code)}`;

  return (
    <Layout
      className="xz-public"
      style={{ minHeight: '100vh', background: '#f2f4f7' }}
      data-testid={`${testId}-page`}
      data-area={area}
    >
      <style>{FRAME_CSS}</style>
      <header
        style={{
          background: 'linear-gradient(120deg, #163d7a, #1f5fbf)',
          color: '#fff',
          padding: narrow ? '14px 12px' : '18px 28px',
        }}
      >
        <Flex justify="space-between" align="center" wrap gap={12}>
          <div style={{ minWidth: 0, flex: '1 1 420px' }}>
            <Typography.Title
              level={3}
              style={{ color: '#fff', margin: 0, fontSize: narrow ? 18 : undefined }}
              data-testid={`${testId}-title`}
            >
              {title}
            </Typography.Title>
            {subtitle && (
              <Typography.Text style={{ color: 'rgba(255,255,255,.85)', fontSize: narrow ? 12 : undefined }}>
                {subtitle}
              </Typography.Text>
            )}
          </div>
          <Flex gap={8} align="center" wrap>
            <Select
              style={{ width: narrow ? 136 : 200 }}
              value={tenant.code}
              loading={tenant.tenants.isPending}
              popupMatchSelectWidth={false}
              // On a phone the region's name alone, so that the three controls fit on one line.
              options={(tenant.tenants.data ?? []).map((x) => ({
                value: x.code,
                label: narrow ? x.name : `${x.name}（${x.code}）`,
              }))}
              onChange={tenant.setTenant}
              aria-label={t('行政区划', 'Region')}
              data-testid={`${testId}-tenant`}
            />
            <Button ghost onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} data-testid="lang-switch">
              {lang === 'en' ? '中文' : 'English'}
            </Button>
            <Link to="/login" data-testid="public-staff-login">
              <Button ghost>{t('工作人员登录', 'Staff sign-in')}</Button>
            </Link>
          </Flex>
        </Flex>
      </header>
      <nav className="xz-public-nav" aria-label={t('公示栏目', 'Disclosures')} data-testid="public-nav">
        {AREAS.map((a) => (
          <NavLink key={a.key} to={`${a.path}${query}`} data-testid={`public-nav-${a.key}`}>
            {t(a.zh, a.en)}
          </NavLink>
        ))}
      </nav>
      <Layout.Content style={{ padding: narrow ? 10 : 20 }}>{children}</Layout.Content>
    </Layout>
  );
}

export interface PublicAgencyChoice {
  name: string;
  count: number;
}

interface PublicAgencyPickerProps {
  agencies: PublicAgencyChoice[];
  /** The chosen agency's name; null for all of them. */
  value: string | null;
  onChange: (name: string | null) => void;
  loading?: boolean;
  /** Test ids `<testId>` (each agency, with `data-agency-name`) and `<testId>-select` (the phone select). */
  testId: string;
  countLabel: (n: number) => string;
}

/** The agencies that published something: a list card on wide screens, a select on narrow ones. */
export function PublicAgencyPicker({
  agencies,
  value,
  onChange,
  loading,
  testId,
  countLabel,
}: PublicAgencyPickerProps) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const total = agencies.reduce((n, a) => n + a.count, 0);
  if (!screens.lg) {
    return (
      <Select<string>
        style={{ width: '100%' }}
        value={value ?? ''}
        loading={loading}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(v) => onChange(v || null)}
        options={[
          { value: '', label: `${t('全部单位', 'All agencies')}（${countLabel(total)}）` },
          ...agencies.map((a) => ({ value: a.name, label: `${a.name}（${countLabel(a.count)}）` })),
        ]}
        data-testid={`${testId}-select`}
      />
    );
  }
  const row = (name: string | null, text: string, count: number) => (
    <div
      key={name ?? ''}
      role="button"
      tabIndex={0}
      className="xz-public-agency"
      data-testid={testId}
      data-agency-name={name ?? ''}
      aria-pressed={value === name}
      onClick={() => onChange(name)}
      onKeyDown={(e) => e.key === 'Enter' && onChange(name)}
      style={{
        padding: '6px 8px',
        borderRadius: 4,
        cursor: 'pointer',
        background: value === name ? '#e8f0fc' : undefined,
      }}
    >
      <Flex justify="space-between" gap={8}>
        <span>{text}</span>
        <Badge count={count} showZero color={count ? '#1f5fbf' : '#d9d9d9'} overflowCount={999} />
      </Flex>
    </div>
  );
  return (
    <Card title={t('执法单位', 'Agencies')} styles={{ body: { padding: 12 } }}>
      {loading && <Spin />}
      {row(null, t('全部单位', 'All agencies'), total)}
      {agencies.map((a) => row(a.name, a.name, a.count))}
    </Card>
  );
}

/** A search box the public pages share: filters as one types (the data is already here). */
export function PublicSearch(props: { placeholder: string; onChange: (q: string) => void; testId: string }) {
  return (
    <Input
      allowClear
      prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,.45)' }} />}
      placeholder={props.placeholder}
      maxLength={100}
      onChange={(e) => props.onChange(e.target.value.trim())}
      data-testid={props.testId}
    />
  );
}
