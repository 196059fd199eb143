// 变更申请 (/powers/requests/:id, or /powers/requests/new?agencyId=…&modify=<item>|cancel=<item>): the agency drafts
// its changes (each saved at once, so the server's diff shows), submits them for filing and, if returned, corrects
// and resubmits; the justice bureau reads the diff and accepts with an effective date or returns with comments.
import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import ArrowLeftOutlined from '@ant-design/icons/ArrowLeftOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import dayjs from 'dayjs';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  FILING_ACTION_LABELS,
  POWER_CHANGE_KIND_LABELS,
  POWER_CHANGE_REASON_LABELS,
  type PowerChangeInput,
  type PowerChangeView,
  type PowerContentView,
  type PowerRequestDetail,
} from '../../../../../contracts/power';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { testId } from '../../../components/test-id';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import {
  fetchPowerItem,
  useFilingAction,
  usePowerItems,
  usePowerRequest,
  useSaveRequest,
  useScopedAgencies,
  type FilingCommand,
} from '../api';
import { ChangeEditorModal, type ChangeDraft } from './change-editor-modal';
import { ChangeDiff } from './power-diff-view';
import { CategoryTag, FilingStateTag, POWERS_CSS, UnlinkedTag, useAgencyDirectory } from './power-format';

const todayShanghai = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

function inputOfContent(c: PowerContentView) {
  return {
    code: c.code,
    name: c.name,
    category: c.category,
    subItems: c.subItems.map((s) => ({ code: s.code ?? null, name: s.name })),
    basisText: c.basisText,
    duty: c.duty,
    accountability: c.accountability,
    level: c.level,
    delegatedFromAgencyId: c.delegatedFromAgencyId,
    delegatedToTownshipIds: c.delegatedToTownshipIds,
    remarks: c.remarks,
  };
}

/** A saved change as the editor edits it again (explicitly picked articles are kept as they are). */
function draftOf(c: PowerChangeView): ChangeDraft {
  const explicitRefs = c.basisRefsExplicit && c.content ? c.content.basisRefs : null;
  const base = { reason: c.reason, reasonText: c.reasonText };
  const content = c.content
    ? { ...inputOfContent(c.content), ...(explicitRefs ? { basisRefs: explicitRefs } : {}) }
    : null;
  const input: PowerChangeInput =
    c.kind === 'add'
      ? { kind: 'add', ...base, content: content! }
      : c.kind === 'modify'
        ? { kind: 'modify', itemId: c.itemId!, ...base, content: content! }
        : { kind: 'cancel', itemId: c.itemId!, ...base };
  return { input, explicitRefs };
}

export function PowerRequestPage() {
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const [params] = useSearchParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const names = useAgencyDirectory();
  const agencies = useScopedAgencies();
  const request = usePowerRequest(isNew ? null : id);
  const save = useSaveRequest();
  const d = request.data;

  const [agencyId, setAgencyId] = useState<string | undefined>(params.get('agencyId') ?? undefined);
  const [title, setTitle] = useState('');
  const [editing, setEditing] = useState<{ index: number; draft: ChangeDraft | null } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pageError, setPageError] = useState<unknown>(null);

  useEffect(() => {
    if (d) {
      setTitle(d.title);
      setAgencyId(d.agencyId);
    }
  }, [d]);
  useEffect(() => {
    if (isNew && !agencyId && agencies.data?.length === 1) setAgencyId(agencies.data[0].id);
  }, [isNew, agencyId, agencies.data]);

  // From an item's drawer: open the editor on a modify (prefilled) or a cancel of that item.
  useEffect(() => {
    if (!isNew) return;
    const modify = params.get('modify');
    const cancel = params.get('cancel');
    const itemId = modify ?? cancel;
    if (!itemId) return;
    void fetchPowerItem(itemId).then((item) => {
      setTitle((tt) => tt || `${modify ? '调整' : '取消'}“${item.content.name}”`);
      const base = { reason: 'law_change' as const, reasonText: '' };
      setEditing({
        index: 0,
        draft: {
          input: modify
            ? { kind: 'modify', itemId, ...base, content: inputOfContent(item.content) }
            : { kind: 'cancel', itemId, ...base },
          explicitRefs: null,
        },
      });
    });
  }, [isNew, params]);

  const items = usePowerItems({ agencyId, view: 'own', pageSize: 500 });
  const editable = isNew || !!d?.abilities.edit;
  const drafts = useMemo(() => (d ? d.changes.map(draftOf) : []), [d]);

  /** Saves the request with `changes`; field errors of change `index` go back to the editor. */
  const persist = async (changes: ChangeDraft[], index: number | null) => {
    setFieldErrors({});
    setPageError(null);
    const body = {
      title: title.trim() || t('权责清单变更', 'Powers list change'),
      changes: changes.map((c) => c.input),
    };
    try {
      if (isNew) {
        if (!agencyId) throw new Error(t('请先选择单位', 'Choose the agency first'));
        const created = await save.mutateAsync({ body: { agencyId, ...body } });
        await navigate(`/powers/requests/${created.id}`, { replace: true });
      } else {
        await save.mutateAsync({ id, body });
      }
    } catch (e) {
      if (isApiError(e) && index !== null) {
        const prefix = `changes.${index}.`;
        setFieldErrors(
          Object.fromEntries(
            Object.entries(e.fields)
              .filter(([k]) => k.startsWith(prefix))
              .map(([k, v]) => [k.slice(prefix.length), v]),
          ),
        );
      }
      if (index === null) setPageError(e);
      throw e;
    }
  };

  const onSaveChange = async (draft: ChangeDraft) => {
    if (!editing) return;
    const next = [...drafts];
    next.splice(editing.index, editing.index < drafts.length ? 1 : 0, draft);
    await persist(next, editing.index);
    setEditing(null);
    message.success(t('已保存，差异见下方', 'Saved: the differences are shown below'));
  };

  const removeChange = (index: number) =>
    void persist(
      drafts.filter((_, i) => i !== index),
      null,
    ).catch(() => undefined);

  if (!isNew && !d) {
    return (
      <Page title={t('变更申请', 'Change request')}>
        {request.error ? <ErrorAlert error={request.error} /> : <Spin />}
      </Page>
    );
  }

  return (
    <Page
      title={
        <Flex gap={8} align="center" wrap>
          <Link to="/powers?tab=requests" aria-label={t('返回', 'Back')}>
            <ArrowLeftOutlined />
          </Link>
          <span data-testid="power-request-title">{isNew ? t('新建变更申请', 'New change request') : d!.title}</span>
          {d && <FilingStateTag state={d.state} />}
        </Flex>
      }
      description={
        d
          ? `${d.agencyName}${d.revision > 0 ? ` · ${t(`第 ${d.revision} 次报送`, `submission ${d.revision}`)}` : ''}`
          : undefined
      }
      extra={d && <FilingActions d={d} />}
      testId="power-request-page"
    >
      <style>{POWERS_CSS}</style>
      {pageError ? <ErrorAlert error={pageError} /> : null}
      {d?.state === 'returned' && d.reviewComments && (
        <Alert
          type="warning"
          showIcon
          title={t('司法局退回意见', 'Returned by the justice bureau')}
          description={<span data-testid="power-review-comments">{d.reviewComments}</span>}
          style={{ marginBottom: 16 }}
        />
      )}
      {d?.state === 'accepted' && (
        <Alert
          type="success"
          showIcon
          data-testid="power-accepted-banner"
          title={t(`已备案，自 ${d.effectiveDate} 起施行`, `Accepted: in force from ${d.effectiveDate}`)}
          description={[d.reviewComments, d.backdateReason].filter(Boolean).join('；') || undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      {editable && (
        <Card style={{ marginBottom: 16 }}>
          <Flex gap={12} wrap align="end">
            {isNew && (
              <div>
                <Typography.Text type="secondary">{t('单位', 'Agency')}</Typography.Text>
                <Select
                  style={{ width: 280, display: 'block' }}
                  value={agencyId}
                  onChange={setAgencyId}
                  options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
                  showSearch={{ optionFilterProp: 'label' }}
                  data-testid="power-request-agency"
                />
              </div>
            )}
            <div style={{ flex: 1, minWidth: 280 }}>
              <Typography.Text type="secondary">{t('申请标题', 'Title')}</Typography.Text>
              <Input
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                onBlur={() => {
                  if (!isNew && d && title.trim() && title !== d.title)
                    void persist(drafts, null).catch(() => undefined);
                }}
                maxLength={200}
                placeholder={t('如：2026年机构改革调整权责清单', 'e.g. List changes after the 2026 reform')}
                data-testid="power-request-title-input"
              />
            </div>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!agencyId}
              onClick={() => setEditing({ index: drafts.length, draft: null })}
              data-testid="power-change-add"
            >
              {t('添加变更事项', 'Add a change')}
            </Button>
          </Flex>
        </Card>
      )}
      {d && d.changes.length === 0 && <Empty description={t('尚无变更事项', 'No changes yet')} />}
      {d?.changes.map((c, i) => (
        <Card
          key={c.id}
          size="small"
          style={{ marginBottom: 12 }}
          data-testid="power-change"
          data-kind={c.kind}
          data-code={c.content?.code ?? c.before?.code}
          title={
            <Flex gap={8} align="center" wrap>
              <Tag color={c.kind === 'add' ? 'green' : c.kind === 'modify' ? 'blue' : 'red'}>
                {label(POWER_CHANGE_KIND_LABELS[c.kind])}
              </Tag>
              <Typography.Text code>{c.content?.code ?? c.before?.code}</Typography.Text>
              <span style={{ whiteSpace: 'normal' }}>{c.content?.name ?? c.before?.name}</span>
              {(c.content ?? c.before) && <CategoryTag category={(c.content ?? c.before)!.category} />}
              {c.content && <UnlinkedTag content={c.content} />}
            </Flex>
          }
          extra={
            editable && (
              <Flex gap={4}>
                <Button
                  size="small"
                  onClick={() => setEditing({ index: i, draft: drafts[i] })}
                  data-testid="power-change-edit"
                >
                  {t('编辑', 'Edit')}
                </Button>
                <Popconfirm title={t('删除这项变更？', 'Remove this change?')} onConfirm={() => removeChange(i)}>
                  <Button size="small" danger data-testid="power-change-remove">
                    {t('删除', 'Remove')}
                  </Button>
                </Popconfirm>
              </Flex>
            )
          }
        >
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            <Tag color="blue">{label(POWER_CHANGE_REASON_LABELS[c.reason])}</Tag>
            {c.reasonText}
          </Typography.Paragraph>
          {c.stale && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 8 }}
              title={t(
                '该事项在本申请起草后已有新的备案版本，请编辑后重新保存',
                'The power has a newer version since this change was written: edit and save it again',
              )}
            />
          )}
          <ChangeDiff kind={c.kind} diff={c.diff} names={names} articles={d.articles} />
        </Card>
      ))}
      {d && d.events.length > 0 && (
        <Card size="small" title={t('办理记录', 'History')} style={{ marginTop: 16 }}>
          <Timeline
            data-testid="power-request-events"
            items={d.events.map((e) => ({
              children: (
                <span>
                  <DateTime value={e.at} /> · {e.actorName} · {label(FILING_ACTION_LABELS[e.action])}
                  {e.comments ? `：${e.comments}` : ''}
                </span>
              ),
            }))}
          />
        </Card>
      )}
      {d && (
        <Descriptions
          size="small"
          style={{ marginTop: 16 }}
          column={3}
          items={[
            { key: 'c', label: t('起草', 'Drafted'), children: `${d.createdByName}` },
            { key: 's', label: t('报送', 'Submitted'), children: d.submittedByName ?? '—' },
            { key: 'd', label: t('办结', 'Decided'), children: d.decidedByName ?? '—' },
          ]}
        />
      )}
      <ChangeEditorModal
        open={!!editing}
        initial={editing?.draft ?? null}
        items={items.data?.items ?? []}
        names={names}
        fieldErrors={fieldErrors}
        onSave={onSaveChange}
        onClose={() => {
          setEditing(null);
          setFieldErrors({});
        }}
      />
    </Page>
  );
}

/** The filing actions the server allows this user on this request. */
function FilingActions({ d }: { d: PowerRequestDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const act = useFilingAction(d.id);
  const [dialog, setDialog] = useState<'return' | 'accept' | null>(null);
  const run = (cmd: FilingCommand, done: string) =>
    act.mutateAsync(cmd).then(
      () => {
        message.success(done);
        setDialog(null);
      },
      (e: unknown) => {
        message.error(errorMessage(e));
        throw e;
      },
    );
  const a = d.abilities;
  return (
    <>
      {a.submit && (
        <Popconfirm
          title={t(
            '报送司法局备案？报送后不能再修改，除非被退回。',
            'Submit for filing? You cannot edit it unless it is returned.',
          )}
          onConfirm={() => run({ action: 'submit' }, t('已报送备案', 'Submitted')).catch(() => undefined)}
          okButtonProps={testId('power-submit-confirm')}
        >
          <Button type="primary" loading={act.isPending} disabled={d.changes.length === 0} data-testid="power-submit">
            {t('报送备案', 'Submit for filing')}
          </Button>
        </Popconfirm>
      )}
      {a.withdraw && (
        <Popconfirm
          title={t('撤回这份申请？', 'Withdraw this request?')}
          onConfirm={() => run({ action: 'withdraw' }, t('已撤回', 'Withdrawn')).catch(() => undefined)}
        >
          <Button data-testid="power-withdraw">{t('撤回', 'Withdraw')}</Button>
        </Popconfirm>
      )}
      {a.return && (
        <Button danger onClick={() => setDialog('return')} data-testid="power-return">
          {t('退回', 'Return')}
        </Button>
      )}
      {a.accept && (
        <Button type="primary" onClick={() => setDialog('accept')} data-testid="power-accept">
          {t('准予备案', 'Accept')}
        </Button>
      )}
      <ReturnDialog
        open={dialog === 'return'}
        busy={act.isPending}
        onCancel={() => setDialog(null)}
        onOk={(comments) => run({ action: 'return', comments }, t('已退回', 'Returned'))}
      />
      <AcceptDialog
        open={dialog === 'accept'}
        busy={act.isPending}
        onCancel={() => setDialog(null)}
        onOk={(body) => run({ action: 'accept', ...body }, t('已准予备案', 'Accepted'))}
      />
    </>
  );
}

function ReturnDialog(props: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onOk: (comments: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ comments: string }>();
  return (
    <Modal
      open={props.open}
      title={t('退回申请', 'Return the request')}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      confirmLoading={props.busy}
      okText={t('退回', 'Return')}
      okButtonProps={{ danger: true, ...testId('power-return-confirm') }}
      destroyOnHidden
      forceRender
    >
      <Form
        form={form}
        name="filingReturn"
        layout="vertical"
        onFinish={(v) => void props.onOk(v.comments).catch(() => undefined)}
      >
        <Form.Item
          name="comments"
          label={t('退回意见', 'Comments')}
          rules={[{ required: true, min: 2, message: t('请写明退回意见', 'Write your comments') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AcceptDialog(props: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onOk: (body: { effectiveDate: string; comments?: string; backdateReason?: string }) => Promise<void>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ effectiveDate: dayjs.Dayjs; comments?: string; backdateReason?: string }>();
  const date = Form.useWatch('effectiveDate', form);
  const past = !!date && date.format('YYYY-MM-DD') < todayShanghai();
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open={props.open}
      title={t('准予备案', 'Accept the filing')}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      confirmLoading={props.busy}
      okText={t('准予备案', 'Accept')}
      okButtonProps={testId('power-accept-confirm')}
      destroyOnHidden
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        name="filingAccept"
        layout="vertical"
        initialValues={{ effectiveDate: dayjs(todayShanghai()) }}
        onFinish={(v) => {
          setError(null);
          void props
            .onOk({
              effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
              comments: v.comments?.trim() || undefined,
              backdateReason: past ? v.backdateReason?.trim() : undefined,
            })
            .catch((e: unknown) => setError(errorMessage(e)));
        }}
      >
        <Form.Item
          name="effectiveDate"
          label={t('生效日期（变更自该日起施行）', 'Effective date (the changes apply from this day)')}
          rules={[{ required: true }]}
        >
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        {past && (
          <Form.Item
            name="backdateReason"
            label={t('追溯生效理由', 'Reason for back-dating')}
            rules={[
              { required: true, min: 2, message: t('生效日期早于今天，须说明理由', 'Give the reason for a past date') },
            ]}
          >
            <Input maxLength={1000} />
          </Form.Item>
        )}
        <Form.Item name="comments" label={t('备案意见（可选）', 'Comments (optional)')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
