// 办案流程 (/procedures?code=<procedure>&version=<n>&step=<step>): the procedures as versioned data — the list, and for
// the chosen one its diagram, its legal basis and every transition with who may take it, the guards the law imposes
// (with their articles), the documents it produces and the deadlines it starts and stops. Clicking a step lists the
// actions open from it.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Card, Empty, Flex, Select, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ProcedureDefinitionView } from '../../../../../contracts/procedure';
import {
  CASE_ACTOR_KIND_LABELS,
  CASE_KIND_LABELS,
  DEADLINE_RULE_LABELS,
  DEADLINE_SLOT_LABELS,
  DOCUMENT_KIND_LABELS,
  GUARD_LABELS,
  PROCEDURE_CODE_LABELS,
  PROCEDURE_TOKEN_LABELS,
} from '../../../../../contracts/procedure-labels';
import { ErrorAlert } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { ProcedureDiagram } from '../../../components/procedure-diagram';
import { FullPageSpin } from '../../../components/full-page-spin';
import { useI18n } from '../../../lib/i18n';
import { useProcedure, useProcedures } from '../api';

type Transition = ProcedureDefinitionView['transitions'][number];

/** 《中华人民共和国行政处罚法》第四十二条 → 《行政处罚法》第四十二条, to keep the table narrow. */
const shortCitation = (c: string) => c.replace(/中华人民共和国/g, '');

export function ProceduresPage() {
  const { t, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const list = useProcedures();
  const code = params.get('code') ?? list.data?.items[0]?.code ?? null;
  const versionParam = Number(params.get('version')) || undefined;
  const step = params.get('step') ?? undefined;
  const item = list.data?.items.find((i) => i.code === code);
  const procedure = useProcedure(item ? code : null, versionParam);
  const def = procedure.data;

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const stateName = (s: string) =>
    s in PROCEDURE_TOKEN_LABELS
      ? label(PROCEDURE_TOKEN_LABELS[s as keyof typeof PROCEDURE_TOKEN_LABELS])
      : label(def?.steps.find((x) => x.code === s)?.label, s);

  const rows = useMemo(() => {
    if (!def) return [];
    const isEnd = (s: string) => def.steps.find((x) => x.code === s)?.kind === 'end';
    return def.transitions.filter(
      (tr) => !step || tr.from.includes(step) || (tr.from.includes('*active') && !isEnd(step) && tr.to !== step),
    );
  }, [def, step]);

  const columns: ColumnsType<Transition> = [
    {
      title: t('操作', 'Action'),
      key: 'action',
      width: 130,
      render: (_, tr) => (
        <div>
          <Typography.Text strong={!!tr.main}>{label(tr.label)}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
              {tr.action}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('环节流转', 'From → to'),
      key: 'move',
      width: 170,
      render: (_, tr) => (
        <span>
          {tr.from.length === 0 ? t('（新建案件）', '(new case)') : tr.from.map(stateName).join('、')}
          {' → '}
          <b>{stateName(tr.to)}</b>
          {tr.suspends && <Tag style={{ marginInlineStart: 6 }}>{t('期限中止计算', 'deadlines paused')}</Tag>}
          {tr.resumes && <Tag style={{ marginInlineStart: 6 }}>{t('期限恢复计算', 'deadlines resume')}</Tag>}
        </span>
      ),
    },
    {
      title: t('办理人', 'Who'),
      key: 'actors',
      width: 90,
      render: (_, tr) => tr.actors.map((a) => <div key={a}>{label(CASE_ACTOR_KIND_LABELS[a])}</div>),
    },
    {
      title: t('法定条件', 'Guards'),
      key: 'guards',
      width: 270,
      render: (_, tr) =>
        tr.guards.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {tr.guards.map((g) => (
              <li key={g} data-guard={g}>
                {label(GUARD_LABELS[g])}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  {shortCitation(GUARD_LABELS[g].article)}
                </Typography.Text>
              </li>
            ))}
          </ul>
        ),
    },
    {
      title: t('文书', 'Documents'),
      key: 'documents',
      width: 120,
      render: (_, tr) => tr.documents.map((d) => <Tag key={d}>{label(DOCUMENT_KIND_LABELS[d])}</Tag>),
    },
    {
      title: t('期限', 'Deadlines'),
      key: 'deadlines',
      width: 220,
      render: (_, tr) => (
        <Space direction="vertical" size={2}>
          {tr.startsDeadlines.map((s) => (
            <Tooltip key={`s-${s.slot}`} title={DEADLINE_RULE_LABELS[s.rule].article}>
              <span>
                <Tag color="blue">{t('开始', 'starts')}</Tag>
                {label(DEADLINE_RULE_LABELS[s.rule])}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  {s.rule}
                </Typography.Text>
              </span>
            </Tooltip>
          ))}
          {tr.stopsDeadlines.map((slot) => (
            <span key={`e-${slot}`}>
              <Tag color="green">{t('完成', 'meets')}</Tag>
              {label(DEADLINE_SLOT_LABELS[slot], slot)}
            </span>
          ))}
        </Space>
      ),
    },
  ];

  if (list.isPending) return <FullPageSpin />;

  return (
    <Page
      title={t('办案流程', 'Procedures')}
      description={t(
        '各类执法程序按版本定义：环节、流转、法定条件、文书和期限；案件始终按立案时适用的版本办理',
        'Each procedure is versioned data — steps, transitions, guards, documents and deadlines; a case keeps the version it began with',
      )}
      testId="procedures-page"
    >
      <ErrorAlert error={list.error} />
      <Tabs
        activeKey={code ?? undefined}
        onChange={(key) => set({ code: key, version: undefined, step: undefined })}
        items={(list.data?.items ?? []).map((i) => ({
          key: i.code,
          label: <span data-testid={`procedure-item-${i.code}`}>{label(PROCEDURE_CODE_LABELS[i.code])}</span>,
        }))}
        data-testid="procedure-list"
        style={{ marginBottom: 4 }}
      />
      <div>
        {!item ? (
          <Card>
            <Empty description={t('没有该办案程序', 'No such procedure')} />
          </Card>
        ) : (
          <Card
            size="small"
            title={
              <Flex gap={8} align="center" wrap>
                <span>{label(def?.label ?? item.label)}</span>
                <Tag>{label(CASE_KIND_LABELS[item.kind])}</Tag>
                {def && (
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
                    {t(`自 ${def.effectiveFrom} 起适用`, `in force from ${def.effectiveFrom}`)}
                  </Typography.Text>
                )}
              </Flex>
            }
            extra={
              <Select
                size="small"
                style={{ width: 150 }}
                value={def?.version ?? versionParam ?? item.currentVersion ?? undefined}
                onChange={(v: number) => set({ version: String(v), step: undefined })}
                options={item.versions.map((v) => ({
                  value: v.version,
                  label:
                    v.version === item.currentVersion
                      ? t(`第 ${v.version} 版（现行）`, `v${v.version} (current)`)
                      : t(`第 ${v.version} 版`, `v${v.version}`),
                }))}
                data-testid="procedure-version"
              />
            }
          >
            <ErrorAlert error={procedure.error} />
            {def && (
              <>
                <div style={{ marginBottom: 12 }} data-testid="procedure-basis">
                  <Typography.Text type="secondary">{t('依据：', 'Basis: ')}</Typography.Text>
                  {def.basis.map((b) => (
                    <Tag key={b} color="geekblue" style={{ marginBottom: 4, whiteSpace: 'normal' }}>
                      {b}
                    </Tag>
                  ))}
                </div>
                <ProcedureDiagram
                  definition={def}
                  selected={step}
                  onStepClick={(s) => set({ step: s === step ? undefined : s })}
                />
                <Flex justify="space-between" align="center" style={{ margin: '16px 0 8px' }}>
                  <Typography.Title level={5} style={{ margin: 0 }}>
                    {step
                      ? t(`从“${stateName(step)}”可办理的操作`, `Actions from “${stateName(step)}”`)
                      : t('全部流转', 'All transitions')}
                  </Typography.Title>
                  {step && (
                    <Button size="small" onClick={() => set({ step: undefined })} data-testid="procedure-step-clear">
                      {t('显示全部', 'Show all')}
                    </Button>
                  )}
                </Flex>
                <Table<Transition>
                  rowKey={(tr) => `${tr.action}:${tr.from.join(',')}`}
                  size="small"
                  columns={columns}
                  dataSource={rows}
                  pagination={false}
                  scroll={{ x: 1000 }}
                  onRow={(tr) => ({ 'data-action': tr.action }) as React.HTMLAttributes<HTMLElement>}
                  data-testid="procedure-transitions"
                />
              </>
            )}
          </Card>
        )}
      </div>
    </Page>
  );
}
