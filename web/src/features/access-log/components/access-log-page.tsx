// 访问日志 (/access-log): the audit administrator's view of every access, with filters and CSV export.
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import SearchOutlined from '@ant-design/icons/SearchOutlined';
import type { Dayjs } from 'dayjs';
import { ACCESS_OUTCOMES, type AccessLogEntry, type AccessOutcome } from '../../../../../contracts/access-log';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { shanghaiWallClockToIso, summariseUserAgent } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { downloadAccessLogCsv, useAccessLog, type AccessLogFilters } from '../api';

interface FilterValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  outcome?: AccessOutcome;
  ip?: string;
  record?: string;
}

const OUTCOME_LABELS: Record<AccessOutcome, { zh: string; en: string; color: string }> = {
  success: { zh: '成功', en: 'Success', color: 'success' },
  denied: { zh: '拒绝', en: 'Denied', color: 'warning' },
  failed: { zh: '失败', en: 'Failed', color: 'error' },
  error: { zh: '错误', en: 'Error', color: 'magenta' },
};

const trimmed = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** Times picked in the form are Shanghai wall-clock times, whatever zone the browser is in. */
function toFilters(v: FilterValues): AccessLogFilters {
  const [from, to] = v.range ?? [];
  return {
    from: from ? shanghaiWallClockToIso(from.format('YYYY-MM-DD HH:mm:ss')) : undefined,
    to: to ? shanghaiWallClockToIso(to.format('YYYY-MM-DD HH:mm:ss')) : undefined,
    actor: trimmed(v.actor),
    action: trimmed(v.action),
    outcome: v.outcome,
    ip: trimmed(v.ip),
    record: trimmed(v.record),
  };
}

export function AccessLogPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<AccessLogFilters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [exporting, setExporting] = useState(false);
  const log = useAccessLog(filters, page, pageSize);

  const onExport = async () => {
    setExporting(true);
    try {
      await downloadAccessLogCsv(filters);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  const columns: ColumnsType<AccessLogEntry> = [
    { title: t('时间', 'Time'), dataIndex: 'at', width: 165, render: (v: string) => <DateTime value={v} /> },
    {
      title: t('操作人', 'Actor'),
      dataIndex: 'actorUsername',
      width: 120,
      render: (v: string | null) =>
        v ? (
          <Typography.Text style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{v}</Typography.Text>
        ) : (
          <span className="xz-muted">{t('匿名', 'anonymous')}</span>
        ),
    },
    {
      title: 'IP',
      dataIndex: 'ip',
      width: 120,
      render: (v: string | null) => v ?? <span className="xz-muted">—</span>,
    },
    {
      title: t('客户端', 'Client'),
      dataIndex: 'userAgent',
      width: 150,
      render: (ua: string | null) =>
        ua ? (
          <Tooltip title={ua} placement="topLeft">
            <span style={{ cursor: 'help', whiteSpace: 'nowrap' }}>{summariseUserAgent(ua)}</span>
          </Tooltip>
        ) : (
          <span className="xz-muted">—</span>
        ),
    },
    {
      title: t('请求', 'Request'),
      key: 'request',
      render: (_, e) => (
        <span style={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
          <Tag bordered={false} style={{ fontFamily: 'monospace', fontSize: 11 }}>
            {e.method}
          </Tag>
          {e.route}
        </span>
      ),
    },
    {
      title: t('动作', 'Action'),
      dataIndex: 'action',
      width: 180,
      render: (v: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {v}
        </Typography.Text>
      ),
    },
    {
      title: t('涉及记录', 'Records'),
      dataIndex: 'recordIds',
      width: 110,
      render: (ids: string[]) =>
        ids.length ? (
          <Tooltip
            title={<span style={{ fontFamily: 'monospace' }}>{ids.join('\n')}</span>}
            styles={{ root: { whiteSpace: 'pre-line', maxWidth: 420 } }}
          >
            <span style={{ fontFamily: 'monospace', fontSize: 12, cursor: 'help' }}>
              {ids[0].slice(0, 8)}…{ids.length > 1 ? ` +${ids.length - 1}` : ''}
            </span>
          </Tooltip>
        ) : (
          <span className="xz-muted">—</span>
        ),
    },
    {
      title: t('结果', 'Outcome'),
      dataIndex: 'outcome',
      width: 72,
      render: (o: AccessOutcome) => <Tag color={OUTCOME_LABELS[o]?.color}>{label(OUTCOME_LABELS[o], o)}</Tag>,
    },
    {
      title: t('状态码', 'Status'),
      dataIndex: 'statusCode',
      width: 72,
      render: (v: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</span>,
    },
  ];

  return (
    <Page
      title={t('访问日志', 'Access log')}
      description={t(
        '记录平台上的每一次访问与操作，供安全审计员审查。日志不可修改。',
        'Every access and operation on the platform, for the audit administrator. The log cannot be changed.',
      )}
      testId="access-log-page"
      extra={
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void onExport()}
          loading={exporting}
          data-testid="access-log-export"
        >
          {t('导出 CSV', 'Export CSV')}
        </Button>
      }
    >
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 8 } }}>
        <Form<FilterValues>
          form={form}
          name="accessLogFilter"
          layout="vertical"
          onFinish={(v) => {
            setFilters(toFilters(v));
            setPage(1);
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="range" label={t('时间范围（北京时间）', 'Time range (Beijing time)')}>
                <DatePicker.RangePicker
                  showTime={{ format: 'HH:mm:ss' }}
                  format="YYYY-MM-DD HH:mm:ss"
                  allowEmpty={[true, true]}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="actor" label={t('操作人用户名', 'Actor username')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="action" label={t('动作', 'Action')}>
                <Input allowClear placeholder={t('如 auth.login', 'e.g. auth.login')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="outcome" label={t('结果', 'Outcome')}>
                <Select
                  allowClear
                  placeholder={t('全部', 'All')}
                  options={ACCESS_OUTCOMES.map((o) => ({ value: o, label: label(OUTCOME_LABELS[o]) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="ip" label="IP">
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={8}>
              <Form.Item name="record" label={t('记录 ID', 'Record ID')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={16}>
              <Form.Item label=" " colon={false}>
                <Space>
                  <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="access-log-search">
                    {t('查询', 'Search')}
                  </Button>
                  <Button
                    data-testid="access-log-reset"
                    onClick={() => {
                      form.resetFields();
                      setFilters({});
                      setPage(1);
                    }}
                  >
                    {t('重置', 'Reset')}
                  </Button>
                </Space>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {log.error && <ErrorAlert error={log.error} />}
      <Card styles={{ body: { padding: 0 } }}>
        <div data-testid="access-log-table">
          <Table<AccessLogEntry>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={log.data?.items}
            loading={log.isFetching}
            scroll={{ x: 1180 }}
            pagination={{
              current: page,
              pageSize,
              total: log.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100, 200],
              showTotal: (n) => t(`共 ${n} 条`, `${n} entries`),
              onChange: (p, size) => {
                setPage(size !== pageSize ? 1 : p);
                setPageSize(size);
              },
            }}
          />
        </div>
      </Card>
    </Page>
  );
}
