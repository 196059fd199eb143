// 导入 Excel: pick the agency and the .xlsx, choose all-or-nothing (default) or only the valid rows, and read the
// report: the draft request it created, the rows left out with their row, column and message, and warnings.
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Radio, Select, Switch, Table, Typography, Upload } from 'antd';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import { useNavigate } from 'react-router';
import {
  POWER_CHANGE_REASONS,
  POWER_CHANGE_REASON_LABELS,
  POWER_XLSX_COLUMNS,
  type PowerChangeReason,
  type PowerImportIssue,
  type PowerImportMode,
  type PowerImportReport,
} from '../../../../../contracts/power';
import { testId } from '../../../components/test-id';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { fileToBase64, useImportPowers } from '../api';

interface Props {
  agencies: Array<{ value: string; label: string }>;
  defaultAgencyId?: string;
  onClose: () => void;
}

interface Values {
  agencyId: string;
  mode: PowerImportMode;
  reason: PowerChangeReason;
  reasonText?: string;
  cancelMissing: boolean;
}

const HEADER_BY_KEY = Object.fromEntries(POWER_XLSX_COLUMNS.map((c, i) => [c.key, { header: c.header, index: i }]));

/** The field errors of a refused import (rows.<row>.<column>) as report rows. */
function issuesFromError(fields: Record<string, string>): PowerImportIssue[] {
  return Object.entries(fields)
    .map(([key, message]) => {
      const [, row, column] = key.split('.');
      const col = HEADER_BY_KEY[column];
      const letter = /([A-Z]+)列|column ([A-Z]+)/.exec(message);
      return {
        row: Number(row) || 0,
        column: letter?.[1] ?? letter?.[2] ?? '',
        header: col?.header ?? column ?? '',
        message,
      };
    })
    .sort((a, b) => a.row - b.row);
}

export function PowerImportModal({ agencies, defaultAgencyId, onClose }: Props) {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<PowerImportReport | null>(null);
  const [refused, setRefused] = useState<{ message: string; issues: PowerImportIssue[] } | null>(null);
  const importPowers = useImportPowers();

  const run = async (values: Values) => {
    if (!file) return;
    setReport(null);
    setRefused(null);
    try {
      const result = await importPowers.mutateAsync({
        agencyId: values.agencyId,
        fileName: file.name,
        contentBase64: await fileToBase64(file),
        mode: values.mode,
        reason: values.reason,
        reasonText: values.reasonText?.trim() || undefined,
        cancelMissing: values.cancelMissing,
      });
      setReport(result);
    } catch (e) {
      if (isApiError(e)) {
        const rows = Object.fromEntries(Object.entries(e.fields).filter(([k]) => k.startsWith('rows.')));
        const other = Object.entries(e.fields).filter(([k]) => !k.startsWith('rows.'));
        setRefused({
          message: other.length ? `${e.message}：${other.map(([, v]) => v).join('；')}` : e.message,
          issues: issuesFromError(rows),
        });
      } else setRefused({ message: String(e), issues: [] });
    }
  };

  const issueColumns = [
    { title: t('行', 'Row'), dataIndex: 'row', width: 60 },
    {
      title: t('列', 'Column'),
      key: 'col',
      width: 150,
      render: (_: unknown, i: PowerImportIssue) => `${i.column} ${i.header}`,
    },
    {
      title: t('问题', 'Problem'),
      dataIndex: 'message',
      // The message names its row and column for reading on its own; the table has columns for them.
      render: (m: string) => m.replace(/^第\d+行 [A-Z]+列（[^）]*）：|^Row \d+, column [A-Z]+ \([^)]*\): /, ''),
    },
  ];

  return (
    <Modal
      open
      width={900}
      title={t('导入权责清单（.xlsx）', 'Import a powers list (.xlsx)')}
      onCancel={onClose}
      footer={
        report?.request ? (
          <>
            <Button onClick={onClose}>{t('关闭', 'Close')}</Button>
            <Button
              type="primary"
              onClick={() => void navigate(`/powers/requests/${report.request!.id}`)}
              data-testid="power-import-open-request"
            >
              {t('打开生成的变更申请', 'Open the change request')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>{t('取消', 'Cancel')}</Button>
            <Button
              type="primary"
              disabled={!file}
              loading={importPowers.isPending}
              onClick={() => form.submit()}
              data-testid="power-import-run"
            >
              {t('导入', 'Import')}
            </Button>
          </>
        )
      }
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t(
          '列：序号、职权编码、职权名称、子项、职权类别、实施依据、责任事项、追责情形、行使层级、下放乡镇、委托/下放部门、备注（可下载模板）。导入后生成一份变更申请草稿：新编码为新增，已有编码且内容不同为调整，核对后再报送备案。',
          'Columns as in the template. The import makes a draft change request (new codes are additions, changed rows modifications) for you to check and submit.',
        )}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        name="powerImport"
        layout="vertical"
        initialValues={{
          agencyId: defaultAgencyId,
          mode: 'all_or_nothing',
          reason: 'institutional_reform',
          cancelMissing: false,
        }}
        onFinish={(v) => void run(v)}
      >
        <Form.Item
          name="agencyId"
          label={t('单位', 'Agency')}
          rules={[{ required: true, message: t('请选择单位', 'Choose the agency') }]}
        >
          <Select options={agencies} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label={t('文件', 'File')} required>
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
            <Button icon={<UploadOutlined />} data-testid="power-import-file">
              {t('选择 .xlsx 文件', 'Choose a .xlsx file')}
            </Button>
          </Upload>
        </Form.Item>
        <Form.Item name="mode" label={t('有错误行时', 'When some rows are wrong')}>
          <Radio.Group
            options={[
              { value: 'all_or_nothing', label: t('全部不导入（默认）', 'Import nothing (default)') },
              { value: 'valid_rows', label: t('只导入正确的行，报告其余', 'Import the valid rows, report the rest') },
            ]}
            {...testId('power-import-mode')}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('变更理由', 'Reason')}>
          <Select
            options={POWER_CHANGE_REASONS.map((r) => ({ value: r, label: label(POWER_CHANGE_REASON_LABELS[r]) }))}
          />
        </Form.Item>
        <Form.Item
          name="reasonText"
          label={t('理由说明（默认为“导入清单 文件名”）', 'Reason text (default: the file name)')}
        >
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="cancelMissing"
          valuePropName="checked"
          label={t(
            '表中未列出的现行事项一并取消（表格为完整清单时）',
            'Cancel the powers the sheet leaves out (the sheet is the whole list)',
          )}
        >
          <Switch />
        </Form.Item>
      </Form>
      {refused && (
        <div data-testid="power-import-refused">
          <Alert type="error" showIcon title={refused.message} style={{ marginBottom: 8 }} />
          {refused.issues.length > 0 && (
            <Table
              size="small"
              rowKey={(i) => `${i.row}:${i.column}:${i.message}`}
              columns={issueColumns}
              dataSource={refused.issues}
              pagination={false}
              data-testid="power-import-errors"
            />
          )}
        </div>
      )}
      {report && (
        <div data-testid="power-import-report">
          <Alert
            type={report.rejected.length ? 'warning' : 'success'}
            showIcon
            title={
              report.request
                ? t(
                    `已生成变更申请草稿：新增 ${report.counts.add} 项、调整 ${report.counts.modify} 项、取消 ${report.counts.cancel} 项；未变化 ${report.counts.unchanged} 项`,
                    `Draft request created: ${report.counts.add} added, ${report.counts.modify} modified, ${report.counts.cancel} cancelled; ${report.counts.unchanged} unchanged`,
                  )
                : t(
                    `表格与现行清单一致（${report.counts.unchanged} 项未变化），未生成申请`,
                    `The sheet matches the list in force (${report.counts.unchanged} unchanged): nothing to file`,
                  )
            }
            description={
              report.rejected.length
                ? t(
                    `${report.rejected.length} 处问题所在的行未导入：`,
                    `${report.rejected.length} problems: those rows were left out`,
                  )
                : undefined
            }
            style={{ marginBottom: 8 }}
          />
          {report.rejected.length > 0 && (
            <Table
              size="small"
              rowKey={(i) => `${i.row}:${i.column}:${i.message}`}
              columns={issueColumns}
              dataSource={report.rejected}
              pagination={false}
              data-testid="power-import-errors"
            />
          )}
          {report.warnings.length > 0 && (
            <>
              <Typography.Text strong style={{ display: 'block', margin: '12px 0 6px' }}>
                {t('提示（已导入）', 'Warnings (imported)')}
              </Typography.Text>
              <Table
                size="small"
                rowKey={(i) => `${i.row}:${i.column}:${i.message}`}
                columns={issueColumns}
                dataSource={report.warnings}
                pagination={false}
                data-testid="power-import-warnings"
              />
            </>
          )}
        </div>
      )}
    </Modal>
  );
}
