// 导入历史执法证 (.xlsx): certificates issued before the platform, matched to registered officers by resident ID.
// All-or-nothing by default, or only the valid rows; the report lists each problem by row and column.
import { useState } from 'react';
import { Alert, Button, Modal, Radio, Table, Typography, Upload } from 'antd';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import type { CertificateImportIssue, CertificateImportReport } from '../../../../../contracts/certificate';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { downloadCertificateTemplate, fileToBase64, useImportCertificates } from '../api';

function issuesFromError(fields: Record<string, string>): CertificateImportIssue[] {
  return Object.entries(fields)
    .filter(([k]) => k.startsWith('rows.'))
    .map(([key, message]) => {
      const letter = /([A-Z]+)列（([^）]*)）|column ([A-Z]+) \(([^)]*)\)/.exec(message);
      return {
        row: Number(key.split('.')[1]) || 0,
        column: letter?.[1] ?? letter?.[3] ?? '',
        header: letter?.[2] ?? letter?.[4] ?? '',
        message,
      };
    })
    .sort((a, b) => a.row - b.row);
}

export function CertificateImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'all_or_nothing' | 'valid_rows'>('all_or_nothing');
  const [report, setReport] = useState<CertificateImportReport | null>(null);
  const [refused, setRefused] = useState<{ message: string; issues: CertificateImportIssue[] } | null>(null);
  const run = useImportCertificates();

  const go = async () => {
    if (!file) return;
    setReport(null);
    setRefused(null);
    try {
      setReport(await run.mutateAsync({ fileName: file.name, contentBase64: await fileToBase64(file), mode }));
    } catch (e) {
      if (isApiError(e)) {
        const other = Object.entries(e.fields).filter(([k]) => !k.startsWith('rows.'));
        setRefused({
          message: other.length ? `${e.message}：${other.map(([, v]) => v).join('；')}` : e.message,
          issues: issuesFromError(e.fields),
        });
      } else setRefused({ message: String(e), issues: [] });
    }
  };

  const columns = [
    { title: t('行', 'Row'), dataIndex: 'row', width: 60 },
    {
      title: t('列', 'Column'),
      key: 'col',
      width: 130,
      render: (_: unknown, i: CertificateImportIssue) => `${i.column} ${i.header}`,
    },
    {
      title: t('问题', 'Problem'),
      dataIndex: 'message',
      render: (m: string) => m.replace(/^第\d+行 [A-Z]+列（[^）]*）：|^Row \d+, column [A-Z]+ \([^)]*\): /, ''),
    },
  ];
  const issues = report?.rejected ?? refused?.issues ?? [];

  return (
    <Modal
      open
      width={820}
      title={t('导入历史执法证（.xlsx）', 'Import historical certificates (.xlsx)')}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={() => void downloadCertificateTemplate()}>{t('下载模板', 'Template')}</Button>
          <Button onClick={onClose}>{t('关闭', 'Close')}</Button>
          <Button
            type="primary"
            disabled={!file}
            loading={run.isPending}
            onClick={() => void go()}
            data-testid="certificate-import-run"
          >
            {t('导入', 'Import')}
          </Button>
        </>
      }
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t(
          '列：证号、姓名、身份证号、执法领域、发证机关、发证日期、有效期至、状态。按身份证号匹配已登记的执法人员（姓名须一致）。导入的是平台上线前已发放的证件，不再校验考试与培训学时，标记为“历史证件导入”；在平台新发或换证须满足发证条件。',
          'Columns as in the template. Rows are matched to registered officers by resident ID (the name must agree). Historical certificates skip the exam and training check and are marked as imported.',
        )}
      </Typography.Paragraph>
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setReport(null);
          setRefused(null);
          return false;
        }}
        onRemove={() => setFile(null)}
        fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
      >
        <Button icon={<UploadOutlined />} data-testid="certificate-import-file">
          {t('选择 .xlsx 文件', 'Choose a .xlsx file')}
        </Button>
      </Upload>
      <Radio.Group
        style={{ margin: '12px 0' }}
        value={mode}
        onChange={(e) => setMode(e.target.value)}
        options={[
          {
            value: 'all_or_nothing',
            label: t('有错误行时全部不导入（默认）', 'Import nothing if a row is wrong (default)'),
          },
          { value: 'valid_rows', label: t('只导入正确的行，报告其余', 'Import the valid rows, report the rest') },
        ]}
      />
      {report && (
        <Alert
          type={report.rejected.length ? 'warning' : 'success'}
          showIcon
          data-testid="certificate-import-report"
          title={t(
            `共 ${report.rows} 行，已导入 ${report.imported} 张${report.rejected.length ? `，${report.rejected.length} 处问题未导入` : ''}`,
            `${report.rows} rows, ${report.imported} imported${report.rejected.length ? `, ${report.rejected.length} problems left out` : ''}`,
          )}
          style={{ marginBottom: 12 }}
        />
      )}
      {refused && (
        <Alert
          type="error"
          showIcon
          title={refused.message}
          style={{ marginBottom: 12 }}
          data-testid="certificate-import-refused"
        />
      )}
      {issues.length > 0 && (
        <Table
          size="small"
          rowKey={(i) => `${i.row}-${i.column}-${i.message}`}
          columns={columns}
          dataSource={issues}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
        />
      )}
    </Modal>
  );
}
