// 文书模板 (/document-templates): the .docx template each kind of case document is generated from — the default,
// or the tenant's replacement uploaded by the justice bureau. A replacement is checked by the server (a real .docx
// whose tags name known fields); a refusal names the tag. The second tab lists the placeholders templates may use.
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Select, Table, Tabs, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import UndoOutlined from '@ant-design/icons/UndoOutlined';
import type { DocumentKind, DocumentTemplateView } from '../../../../../contracts/document';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { testId } from '../../../components/test-id';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import {
  downloadTemplate,
  useDocumentFields,
  useDocumentTemplates,
  useReplaceTemplate,
  useRestoreTemplate,
} from '../api';

/** The refusal as the server words it: the file field's message (naming the tag) before the general one. */
const refusal = (e: unknown) => (isApiError(e) ? (e.fields.contentBase64 ?? e.message) : errorMessage(e));

export function DocumentTemplatesPage() {
  const { t } = useI18n();
  return (
    <Page
      title={t('文书模板', 'Document templates')}
      description={t(
        '执法文书按模板生成 .docx。可下载正在使用的模板，在 Word 中修改后上传替换；标签有误的模板不予接受。',
        'Case documents are generated as .docx from these templates. Download one, edit it in Word and upload it; a template with a wrong tag is refused.',
      )}
      testId="document-templates-page"
    >
      <Tabs
        items={[
          { key: 'templates', label: t('模板', 'Templates'), children: <TemplatesTable /> },
          { key: 'fields', label: t('可用字段', 'Fields'), children: <FieldsPanel /> },
        ]}
      />
    </Page>
  );
}

function TemplatesTable() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const list = useDocumentTemplates();
  const replace = useReplaceTemplate();
  const restore = useRestoreTemplate();
  const [note, setNote] = useState('');
  const [uploadError, setUploadError] = useState<{ kind: DocumentKind; title: string; text: string } | null>(null);

  const upload = async (row: DocumentTemplateView, file: File) => {
    setUploadError(null);
    try {
      await replace.mutateAsync({ kind: row.kind, file, note: note.trim() || undefined });
      message.success(t(`已替换“${row.title}”的模板`, `Template of ${row.title} replaced`));
      setNote('');
    } catch (e) {
      setUploadError({ kind: row.kind, title: row.title, text: refusal(e) });
    }
  };

  const columns: ColumnsType<DocumentTemplateView> = [
    {
      title: t('文书', 'Document'),
      dataIndex: 'title',
      render: (title: string, row) => (
        <Flex vertical>
          <span>{title}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.kind}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('模板', 'Template'),
      dataIndex: 'status',
      width: 120,
      render: (status: DocumentTemplateView['status'], row) =>
        status === 'replaced' ? (
          <Tag color="blue" data-testid={`template-status-${row.kind}`}>
            {t('本地替换', 'Replaced')}
          </Tag>
        ) : (
          <Tag data-testid={`template-status-${row.kind}`}>{t('默认', 'Default')}</Tag>
        ),
    },
    {
      title: t('替换时间', 'Replaced at'),
      dataIndex: 'uploadedAt',
      width: 170,
      render: (v: string | null) => <DateTime value={v} />,
    },
    {
      title: t('替换人 / 说明', 'By / note'),
      render: (_: unknown, row) =>
        row.status === 'replaced' ? (
          <span>
            {row.uploadedBy?.name ?? '—'}
            {row.note ? <Typography.Text type="secondary">（{row.note}）</Typography.Text> : null}
          </span>
        ) : (
          <span className="xz-muted">—</span>
        ),
    },
    {
      title: t('操作', 'Actions'),
      width: 300,
      render: (_: unknown, row) => (
        <Flex gap={8} wrap>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            data-testid={`template-download-${row.kind}`}
            onClick={() => downloadTemplate(row.kind, `${row.title}.docx`).catch((e) => message.error(errorMessage(e)))}
          >
            {t('下载', 'Download')}
          </Button>
          {row.abilities.replace && (
            <Upload
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(row, file);
                return false;
              }}
            >
              <Button
                size="small"
                icon={<UploadOutlined />}
                loading={replace.isPending && replace.variables?.kind === row.kind}
                data-testid={`template-upload-${row.kind}`}
              >
                {t('上传替换', 'Replace')}
              </Button>
            </Upload>
          )}
          {row.abilities.restore && (
            <Popconfirm
              title={t('恢复为默认模板？', 'Go back to the default template?')}
              okButtonProps={testId('template-restore-confirm')}
              onConfirm={() =>
                restore
                  .mutateAsync(row.kind)
                  .then(() => message.success(t('已恢复默认模板', 'Default template restored')))
                  .catch((e) => message.error(errorMessage(e)))
              }
            >
              <Button size="small" icon={<UndoOutlined />} data-testid={`template-restore-${row.kind}`}>
                {t('恢复默认', 'Restore default')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  const canReplace = list.data?.items.some((i) => i.abilities.replace) ?? false;
  return (
    <>
      <ErrorAlert error={list.error} />
      {uploadError && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setUploadError(null)}
          data-testid="template-upload-error"
          title={t(`“${uploadError.title}”的模板未被接受`, `The template of ${uploadError.title} was refused`)}
          description={uploadError.text}
          style={{ marginBottom: 16 }}
        />
      )}
      {canReplace && (
        <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">
            {t('替换说明（可选）', 'Note for the replacement (optional)')}
          </Typography.Text>
          <Input
            value={note}
            maxLength={200}
            onChange={(e) => setNote(e.target.value)}
            placeholder={t('例如：按本市 2026 年文书格式调整', 'e.g. adjusted to the city’s 2026 format')}
            style={{ maxWidth: 360 }}
            data-testid="template-note"
          />
        </Flex>
      )}
      <Table<DocumentTemplateView>
        rowKey="kind"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={false}
        data-testid="document-templates-table"
      />
    </>
  );
}

function FieldsPanel() {
  const { t } = useI18n();
  const fields = useDocumentFields();
  const [kind, setKind] = useState<DocumentKind>('penalty_decision');
  const kindFields = fields.data?.kinds.find((k) => k.kind === kind);
  const fieldColumns = [
    {
      title: t('写法', 'Tag'),
      dataIndex: 'tag',
      width: 320,
      render: (tag: string) => (
        <Typography.Text code copyable>
          {tag}
        </Typography.Text>
      ),
    },
    { title: t('含义', 'Meaning'), dataIndex: 'label' },
  ];
  return (
    <Flex vertical gap={16}>
      <ErrorAlert error={fields.error} />
      <Alert
        type="info"
        showIcon
        title={t('模板写法', 'How tags are written')}
        description={t(
          '在 Word 中直接输入花括号标签，如 {case.cause}；列表和可选内容写作 {#parties}…{/parties}，列表项内可用 {$index} 表示序号；{^x}…{/x} 在 x 为空时显示。',
          'Type tags in braces in Word, e.g. {case.cause}; lists and optional parts are {#parties}…{/parties}, with {$index} for the item number; {^x}…{/x} shows when x is empty.',
        )}
      />
      <Card size="small" title={t('各文书专用字段', 'Fields of one kind')}>
        <Select
          value={kind}
          onChange={setKind}
          style={{ width: 320, marginBottom: 12 }}
          data-testid="template-fields-kind"
          options={(fields.data?.kinds ?? []).map((k) => ({ value: k.kind, label: k.title }))}
        />
        <Table
          rowKey={(r) => `${r.tag}|${r.label}`}
          size="small"
          pagination={false}
          dataSource={kindFields?.extra ?? []}
          columns={fieldColumns}
          locale={{ emptyText: t('此文书没有专用字段', 'No fields of its own') }}
          data-testid="template-fields-kind-table"
        />
      </Card>
      <Card size="small" title={t('通用字段', 'Common fields')}>
        <Table
          rowKey={(r) => `${r.tag}|${r.label}`}
          size="small"
          loading={fields.isLoading}
          pagination={false}
          dataSource={fields.data?.common ?? []}
          columns={fieldColumns}
          data-testid="template-fields-table"
        />
      </Card>
    </Flex>
  );
}
