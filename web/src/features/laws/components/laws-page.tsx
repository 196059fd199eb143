// 法律法规库 (/laws): the laws on the left (or, with a query, the matching articles), one version's text on
// the right; ?v=<versionId>&a=<seq> opens a version at an article. Supervisors (law.write) import Markdown.
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Card, Col, Flex, Input, Row, Spin, Typography } from 'antd';
import ReloadOutlined from '@ant-design/icons/ReloadOutlined';
import SearchOutlined from '@ant-design/icons/SearchOutlined';
import type { LawSearchHit } from '../../../../../contracts/law';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { useHasPermission } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';
import { useLawSearch, useLaws } from '../api';
import { LawImport } from './law-import';
import { LawList } from './law-list';
import { LawSearchHits } from './law-search-hits';
import { LawVersionPanel } from './law-version-panel';

const CSS = `
.xz-law-row { padding: 10px 12px; border-radius: 4px; cursor: pointer; border: 1px solid transparent; }
.xz-law-row + .xz-law-row { margin-top: 2px; }
.xz-law-row:hover, .xz-law-row:focus-visible { background: #f3f7fd; outline: none; }
.xz-law-row-selected, .xz-law-row-selected:hover { background: #e8f0fc; border-color: #bcd2f3; }
.xz-law-chapter { text-align: center; font-size: 16px; font-weight: 600; margin: 24px 0 12px; scroll-margin-top: 8px; }
.xz-law-section { text-align: center; font-size: 14px; font-weight: 600; margin: 16px 0 10px; color: rgba(0,0,0,.75); }
.xz-law-article { padding: 6px 10px; margin: 0 -10px 6px; border-radius: 4px; line-height: 1.9; font-size: 14px;
  transition: background-color .6s ease, box-shadow .6s ease; }
.xz-law-article p { margin: 0; text-indent: 2em; }
.xz-law-article p.xz-law-item { text-indent: 2em; color: rgba(0,0,0,.85); }
.xz-law-article-flash { background: #fff3bf; box-shadow: inset 3px 0 0 #faad14; }
.xz-law-outline-link { display: block; padding: 3px 8px 3px 12px; margin-left: -2px; font-size: 13px; line-height: 1.5;
  color: rgba(0,0,0,.65); border-left: 2px solid transparent; }
.xz-law-outline-link:hover { color: #1f5fbf; border-left-color: #1f5fbf; }
`;

const MAX_QUERY = 50;

export function LawsPage() {
  const { t } = useI18n();
  const canWrite = useHasPermission('law.write');
  const [params, setParams] = useSearchParams();
  const versionId = params.get('v');
  const articleParam = params.get('a');

  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  // Chinese has no word breaks: the server matches substrings, so search as the user types (debounced).
  useEffect(() => {
    const q = input.trim().slice(0, MAX_QUERY);
    const timer = window.setTimeout(() => setQuery(q), 300);
    return () => window.clearTimeout(timer);
  }, [input]);

  const laws = useLaws();
  const search = useLawSearch(query);
  const [nonce, setNonce] = useState(0);
  const target = useMemo(
    () => (articleParam && /^\d+$/.test(articleParam) ? { seq: Number(articleParam), nonce } : null),
    [articleParam, nonce],
  );
  const listed = laws.data?.find((l) => l.versions.some((v) => v.id === versionId));

  const openVersion = (id: string) => setParams({ v: id });
  const openHit = (hit: LawSearchHit) => {
    setParams({ v: hit.versionId, a: String(hit.seq) });
    setNonce((n) => n + 1);
  };

  const searching = query.length > 0;
  const count = laws.data?.length ?? 0;

  return (
    <Page
      title={t('法律法规库', 'Law library')}
      description={t(
        '行政执法所依据的法律、法规、规章全文，可按条文内容检索',
        'The full text of the laws, regulations and rules enforcement relies on, searchable article by article',
      )}
      testId="laws-page"
      extra={canWrite ? <LawImport onOpenVersion={openVersion} /> : undefined}
    >
      <style>{CSS}</style>
      {laws.error && <ErrorAlert error={laws.error} />}
      <Row gutter={16}>
        <Col xs={24} lg={9} xl={8}>
          <Card
            styles={{ body: { padding: 12 } }}
            title={
              <Flex align="center" gap={8}>
                <span>{searching ? t('检索结果', 'Search results') : t('法规目录', 'Laws')}</span>
                {!searching && (
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
                    {t(`共 ${count} 部`, count === 1 ? '1 law' : `${count} laws`)}
                  </Typography.Text>
                )}
              </Flex>
            }
            extra={
              <Button
                type="text"
                size="small"
                icon={<ReloadOutlined />}
                aria-label={t('刷新', 'Refresh')}
                data-testid="law-refresh"
                loading={laws.isFetching}
                onClick={() => void laws.refetch()}
              />
            }
          >
            <Input
              allowClear
              prefix={<SearchOutlined className="xz-muted" />}
              placeholder={t('搜索条文内容或法规名称', 'Search article text or law titles')}
              value={input}
              maxLength={MAX_QUERY}
              onChange={(e) => setInput(e.target.value)}
              onPressEnter={() => setQuery(input.trim().slice(0, MAX_QUERY))}
              data-testid="law-search"
              style={{ marginBottom: 12 }}
            />
            <div style={{ maxHeight: 'calc(100vh - 300px)', minHeight: 240, overflow: 'auto' }}>
              {searching ? (
                search.error ? (
                  <ErrorAlert error={search.error} />
                ) : search.data ? (
                  <Spin spinning={search.isFetching && search.isPlaceholderData}>
                    <LawSearchHits hits={search.data.items} total={search.data.total} onOpen={openHit} />
                  </Spin>
                ) : (
                  <div style={{ textAlign: 'center', padding: 32 }}>
                    <Spin />
                  </div>
                )
              ) : laws.isPending ? (
                <div style={{ textAlign: 'center', padding: 32 }}>
                  <Spin />
                </div>
              ) : (
                <LawList laws={laws.data ?? []} selectedVersionId={versionId} onOpen={openVersion} />
              )}
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={15} xl={16}>
          <Card styles={{ body: { padding: 0 } }}>
            <LawVersionPanel versionId={versionId} target={target} listed={listed} onOpenVersion={openVersion} />
          </Card>
        </Col>
      </Row>
    </Page>
  );
}
