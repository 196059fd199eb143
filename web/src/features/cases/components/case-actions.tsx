// What the user may do now: one button per allowed step (the main path first and primary), each opening its form;
// the steps the user may not take now greyed, with the server's reasons (role, or a guard already failing, each
// naming its article). A step refused on submit shows the failed guards in its form.
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Modal, Tag, Tooltip, Typography } from 'antd';
import LockOutlined from '@ant-design/icons/LockOutlined';
import type { CaseActionView, CaseView } from '../../../../../contracts/case';
import type { ProcedureDefinitionView } from '../../../../../contracts/procedure';
import { DOCUMENT_KIND_LABELS, GUARD_LABELS } from '../../../../../contracts/procedure-labels';
import { ErrorAlert } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { ApiError, isApiError } from '../../../lib/api-client';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useTransition } from '../api';
import { initialValues, PAYLOAD_FIELD_ALIASES, toPayload, type ActionValues } from '../action-payloads';
import { ActionFields } from './action-forms';

export function CaseActions({ c, definition }: { c: CaseView; definition?: ProcedureDefinitionView }) {
  const { t, label } = useI18n();
  const [open, setOpen] = useState<CaseActionView | null>(null);
  const allowed = c.actions.filter((a) => a.allowed).sort((a, b) => Number(b.main) - Number(a.main));
  const blocked = c.actions.filter((a) => !a.allowed);
  return (
    <Card size="small" title={t('办理', 'Next steps')} data-testid="case-actions">
      {allowed.length === 0 && (
        <Typography.Text type="secondary" data-testid="case-actions-none">
          {c.ended ? t('案件已结束', 'The case has ended') : t('您目前没有可办理的步骤', 'Nothing for you to do now')}
        </Typography.Text>
      )}
      <Flex gap={8} wrap>
        {allowed.map((a) => (
          <Button
            key={a.action}
            type={a.main ? 'primary' : 'default'}
            onClick={() => setOpen(a)}
            data-testid={`case-action-${a.action}`}
            data-main={String(a.main)}
          >
            {label(a.label, a.action)}
          </Button>
        ))}
      </Flex>
      {blocked.length > 0 && (
        <div style={{ marginTop: allowed.length ? 16 : 8 }} data-testid="case-actions-blocked">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('暂不能办理', 'Not available now')}
          </Typography.Text>
          <Flex vertical gap={6} style={{ marginTop: 6 }}>
            {blocked.map((a) => (
              <div key={a.action} data-testid={`case-action-blocked-${a.action}`}>
                <Tooltip
                  title={
                    a.blockedBy.length ? (
                      <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                        {a.blockedBy.map((r, i) => (
                          <li key={i}>{label(r)}</li>
                        ))}
                      </ul>
                    ) : undefined
                  }
                >
                  <Button size="small" disabled icon={<LockOutlined />} data-testid={`case-action-${a.action}`}>
                    {label(a.label, a.action)}
                  </Button>
                </Tooltip>
                {a.blockedBy.map((r, i) => (
                  <Typography.Text
                    key={i}
                    type="secondary"
                    style={{ display: 'block', fontSize: 12, marginInlineStart: 4 }}
                    data-testid="case-action-blocked-reason"
                  >
                    · {label(r)}
                  </Typography.Text>
                ))}
              </div>
            ))}
          </Flex>
        </div>
      )}
      {open && (
        <ActionModal
          key={open.action}
          c={c}
          action={open}
          transition={definition?.transitions.find((tr) => tr.action === open.action)}
          onClose={() => setOpen(null)}
        />
      )}
    </Card>
  );
}

/** The server names payload fields `payload.<field>`; the form holds them without the prefix (and 元 for fen). */
function withoutPayloadPrefix(e: unknown): unknown {
  if (!isApiError(e)) return e;
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.fields)) fields[k.replace(/^payload\./, '')] = v;
  return new ApiError(e.status, e.code, e.message, fields);
}

function ActionModal({
  c,
  action,
  transition,
  onClose,
}: {
  c: CaseView;
  action: CaseActionView;
  transition?: ProcedureDefinitionView['transitions'][number];
  onClose: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const take = useTransition(c.id);
  const [error, setError] = useState<{ error: unknown; details: string[] } | null>(null);
  const guardRefused = error && isApiError(error.error) && error.error.status === 409;

  const submit = async (values: ActionValues) => {
    setError(null);
    try {
      await take.mutateAsync({ action: action.action, payload: toPayload(action.action, values) });
      message.success(t(`已办理：${label(action.label)}`, `Done: ${label(action.label)}`));
      onClose();
    } catch (e) {
      const applied = applyServerErrors(form, withoutPayloadPrefix(e), PAYLOAD_FIELD_ALIASES);
      setError({ error: e, details: applied.unmatched });
    }
  };

  return (
    <Modal
      open
      title={label(action.label, action.action)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('确认办理', 'Confirm')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={take.isPending}
      okButtonProps={testId('action-submit')}
      cancelButtonProps={testId('action-cancel')}
      width={680}
      destroyOnHidden
      data-testid={`action-modal-${action.action}`}
    >
      <div data-testid="action-modal" data-action={action.action}>
        {transition && (transition.guards.length > 0 || transition.documents.length > 0) && (
          <div style={{ marginBottom: 12, fontSize: 12 }} data-testid="action-conditions">
            {transition.guards.length > 0 && (
              <>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('本步骤须满足：', 'This step requires:')}
                </Typography.Text>
                <ul style={{ margin: '2px 0 6px', paddingInlineStart: 18 }}>
                  {transition.guards.map((g) => (
                    <li key={g}>
                      {label(GUARD_LABELS[g], g)}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        （{GUARD_LABELS[g]?.article}）
                      </Typography.Text>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {transition.documents.length > 0 && (
              <Flex gap={4} wrap align="center">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('生成文书：', 'Generates:')}
                </Typography.Text>
                {transition.documents.map((d) => (
                  <Tag key={d}>{label(DOCUMENT_KIND_LABELS[d], d)}</Tag>
                ))}
              </Flex>
            )}
          </div>
        )}
        {guardRefused ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="action-guard-error"
            data-code={isApiError(error.error) ? error.error.code : undefined}
            title={t('不符合法定条件，不能办理', 'The legal conditions are not met')}
            description={<div style={{ whiteSpace: 'pre-line' }}>{isApiError(error.error) && error.error.message}</div>}
          />
        ) : (
          error && <ErrorAlert error={error.error} details={error.details} testId="action-error" />
        )}
        <Form<ActionValues>
          form={form}
          name={`action_${action.action}`}
          layout="vertical"
          initialValues={initialValues(action.action, c)}
          onFinish={(v) => void submit(v)}
        >
          <ActionFields action={action.action} c={c} />
        </Form>
      </div>
    </Modal>
  );
}
