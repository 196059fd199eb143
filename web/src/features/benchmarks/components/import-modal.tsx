// 导入 Excel: pick the agency and the mode, upload the .xlsx; the report lists each wrong cell by row and column.
import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Modal, Radio, Table, Upload } from 'antd';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import type { BenchmarkImportReport } from '../../../../../contracts/benchmark';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { useImportBenchmarks, type AgencyOption } from '../api';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ImportModal({
  open,
  onClose,
  agencies,
}: {
  open: boolean;
  onClose: () => void;
  agencies: AgencyOption[];
}) {
  const { t } = useI18n();
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [mode, setMode] = useState<'all_or_nothing' | 'valid_rows'>('all_or_nothing');
  const [report, setReport] = useState<BenchmarkImportReport | null>(null);
  const importing = useImportBenchmarks();

  const onFile = async (file: File) => {
    if (!agencyId) return;
    setReport(null);
    const contentBase64 = await toBase64(file);
    importing.mutate({ agencyId, fileName: file.name, contentBase64, mode }, { onSuccess: setReport });
  };

  return (
    <Modal
      open={open}
      title={t('导入裁量基准（Excel）', 'Import benchmarks (Excel)')}
      width={820}
      onCancel={() => {
        setReport(null);
        importing.reset();
        onClose();
      }}
      footer={null}
      destroyOnHidden
    >
      <Form layout="vertical" name="benchmarkImport">
        <Form.Item label={t('导入到单位', 'Into agency')} required>
          <AgencyTreeSelect agencies={agencies} value={agencyId} onChange={setAgencyId} id="benchmarkImport_agencyId" />
        </Form.Item>
        <Form.Item label={t('有错误时', 'When a row is wrong')}>
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
            <Radio value="all_or_nothing" data-testid="import-mode-all">
              {t('全部不导入（默认）', 'Import nothing (default)')}
            </Radio>
            <Radio value="valid_rows" data-testid="import-mode-valid">
              {t('只导入无误的违法行为', 'Import the valid violations only')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          disabled={!agencyId}
          beforeUpload={(file) => {
            void onFile(file);
            return false;
          }}
        >
          <Button
            icon={<UploadOutlined />}
            disabled={!agencyId}
            loading={importing.isPending}
            data-testid="import-upload"
          >
            {t('选择 .xlsx 文件', 'Choose an .xlsx file')}
          </Button>
        </Upload>
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          title={t(
            '格式：每个违法行为的每个档次一行；可先“导出 Excel”取得模板，表中第二个工作表为填写说明。导入后为草稿，发布后施行。',
            'One row per violation and level; export first to get the template (its second sheet explains the columns). Imports become drafts.',
          )}
        />
      </Form>
      {importing.error && <ErrorAlert error={importing.error} style={{ marginTop: 16 }} />}
      {report && (
        <div data-testid="import-report" data-written={String(report.written)} style={{ marginTop: 16 }}>
          <Alert
            type={report.errors.length ? (report.written ? 'warning' : 'error') : 'success'}
            showIcon
            title={
              report.errors.length
                ? report.written
                  ? t(
                      `已导入无误的违法行为；${report.errors.length} 处错误未导入`,
                      `Valid ones imported; ${report.errors.length} problems skipped`,
                    )
                  : t(
                      `发现 ${report.errors.length} 处错误，未导入任何内容`,
                      `${report.errors.length} problems: nothing imported`,
                    )
                : t('导入完成', 'Imported')
            }
          />
          <Descriptions
            size="small"
            style={{ marginTop: 12 }}
            column={3}
            items={[
              { key: 'rows', label: t('数据行', 'Rows'), children: report.rows },
              { key: 'created', label: t('新增', 'New'), children: report.created.join('、') || '—' },
              { key: 'updated', label: t('更新为草稿', 'New drafts'), children: report.updated.join('、') || '—' },
              { key: 'unchanged', label: t('未变化', 'Unchanged'), children: report.unchanged.join('、') || '—' },
              { key: 'skipped', label: t('未导入', 'Skipped'), children: report.skipped.join('、') || '—' },
            ]}
          />
          {report.errors.length > 0 && (
            <Table
              size="small"
              rowKey={(e) => `${e.row}:${e.column}:${e.message}`}
              dataSource={report.errors}
              pagination={report.errors.length > 10 ? { pageSize: 10 } : false}
              data-testid="import-errors"
              columns={[
                { title: t('行', 'Row'), dataIndex: 'row', width: 60 },
                { title: t('列', 'Column'), dataIndex: 'column', width: 150 },
                { title: t('问题', 'Problem'), dataIndex: 'message' },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  );
}
