// 导入 (law.write): upload statute Markdown files or the national law database's .docx exports; each file's import report is shown in a modal.
import { useState } from 'react';
import { Alert, App, Button, Descriptions, Modal, Table, Tag, Typography, Upload } from 'antd';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import type { LawImportReport } from '../../../../../contracts/law';
import { errorMessage } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { useI18n } from '../../../lib/i18n';
import { useImportLaw } from '../api';

const OUTCOMES: Record<LawImportReport['outcome'], { zh: string; en: string; color: string }> = {
  created: { zh: '已导入', en: 'Imported', color: 'success' },
  unchanged: { zh: '内容未变，未重复导入', en: 'Unchanged, not imported again', color: 'default' },
  conflict: { zh: '与已有版本冲突', en: 'Conflicts with an existing version', color: 'warning' },
  failed: { zh: '导入失败', en: 'Failed', color: 'error' },
};

/** A file's bytes as base64, for the JSON upload body. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

interface LawImportProps {
  onOpenVersion: (versionId: string) => void;
}

export function LawImport({ onOpenVersion }: LawImportProps) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const importLaw = useImportLaw();
  const [reports, setReports] = useState<LawImportReport[]>([]);
  const [pending, setPending] = useState(0);

  const onFile = async (file: File) => {
    setPending((n) => n + 1);
    try {
      const report = /\.docx$/i.test(file.name)
        ? await importLaw.mutateAsync({ fileName: file.name, contentBase64: await toBase64(file) })
        : await importLaw.mutateAsync({ fileName: file.name, content: await file.text() });
      setReports((r) => [...r, report]);
    } catch (e) {
      message.error(`${file.name}：${errorMessage(e)}`);
    } finally {
      setPending((n) => n - 1);
    }
  };

  return (
    <>
      <Upload
        accept=".md,.markdown,text/markdown,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          void onFile(file);
          return false;
        }}
      >
        <Button type="primary" icon={<UploadOutlined />} loading={pending > 0} data-testid="law-import">
          {t('导入法规（Markdown / Word）', 'Import law (Markdown / Word)')}
        </Button>
      </Upload>
      <Modal
        open={reports.length > 0}
        title={t('导入结果', 'Import report')}
        width={860}
        onCancel={() => setReports([])}
        onOk={() => setReports([])}
        okText={t('关闭', 'Close')}
        cancelButtonProps={{ style: { display: 'none' } }}
        okButtonProps={testId('law-import-close')}
        destroyOnHidden
      >
        <div data-testid="law-import-report">
          {reports.map((r, i) => {
            const outcome = OUTCOMES[r.outcome];
            return (
              <div
                key={`${r.file}:${i}`}
                data-testid="law-import-result"
                data-outcome={r.outcome}
                style={{ borderTop: i ? '1px solid #f0f0f0' : undefined, paddingTop: i ? 16 : 0, marginBottom: 16 }}
              >
                <Descriptions
                  size="small"
                  bordered
                  column={{ xs: 1, sm: 2 }}
                  items={[
                    { key: 'file', label: t('文件', 'File'), children: r.file, span: 2 },
                    {
                      key: 'outcome',
                      label: t('结果', 'Outcome'),
                      children: (
                        <Tag color={outcome.color} data-testid="law-import-outcome">
                          {label(outcome, r.outcome)}
                        </Tag>
                      ),
                      span: 2,
                    },
                    { key: 'title', label: t('标题', 'Title'), children: r.title ?? '—' },
                    { key: 'versionDate', label: t('版本日期', 'Version date'), children: r.versionDate ?? '—' },
                    {
                      key: 'counts',
                      label: t('章 / 节 / 条', 'Chapters / sections / articles'),
                      children: (
                        <span data-testid="law-import-counts" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {r.chapters} / {r.sections} / {r.articles}
                        </span>
                      ),
                      span: 2,
                    },
                  ]}
                />
                {r.message && (
                  <Alert
                    style={{ marginTop: 8 }}
                    showIcon
                    type={r.outcome === 'failed' ? 'error' : r.outcome === 'conflict' ? 'warning' : 'info'}
                    title={r.message}
                    data-testid="law-import-message"
                  />
                )}
                {r.unplaced.length > 0 && (
                  <>
                    <Typography.Text strong style={{ display: 'block', margin: '12px 0 6px' }}>
                      {t(
                        `未能归入条文的行（${r.unplaced.length}）`,
                        `Lines not placed in any article (${r.unplaced.length})`,
                      )}
                    </Typography.Text>
                    <Table
                      size="small"
                      rowKey={(u) => `${u.line}:${u.text}`}
                      dataSource={r.unplaced}
                      pagination={r.unplaced.length > 10 ? { pageSize: 10, size: 'small' } : false}
                      data-testid="law-import-unplaced"
                      columns={[
                        { title: t('行号（Word 为段落号）', 'Line (Word: paragraph)'), dataIndex: 'line', width: 90 },
                        { title: t('内容', 'Text'), dataIndex: 'text', render: (v: string) => <span>{v}</span> },
                        { title: t('原因', 'Reason'), dataIndex: 'reason', width: 220 },
                      ]}
                    />
                  </>
                )}
                {r.outcome !== 'failed' && r.versionId && (
                  <Button
                    type="link"
                    style={{ paddingInline: 0, marginTop: 4 }}
                    data-testid="law-import-open"
                    onClick={() => {
                      onOpenVersion(r.versionId!);
                      setReports([]);
                    }}
                  >
                    {t('查看该版本', 'Open this version')}
                  </Button>
                )}
              </div>
            );
          })}
        </div>
      </Modal>
    </>
  );
}
