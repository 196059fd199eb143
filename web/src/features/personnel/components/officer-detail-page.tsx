// 执法人员详情 (/officers/:id): the profile with photo, masked resident ID and phone (shown whole on request, each
// read logged), edit and status change with a reason, the history of changes, and the officer's certificates.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  App,
  Avatar,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import UserOutlined from '@ant-design/icons/UserOutlined';
import EyeOutlined from '@ant-design/icons/EyeOutlined';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import type { CertificateView } from '../../../../../contracts/certificate';
import { CERTIFICATE_STATUS_LABELS } from '../../../../../contracts/certificate';
import { OFFICER_EVENT_LABELS, type OfficerDetailView, type OfficerEventView } from '../../../../../contracts/officer';
import {
  DOMAIN_LABELS,
  OFFICER_STATUS_LABELS,
  OFFICER_STATUSES,
  SEX_LABELS,
  STAFFING_TYPE_LABELS,
  type OfficerStatus,
} from '../../../../../contracts/personnel';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { FullPageSpin } from '../../../components/full-page-spin';
import { Page } from '../../../components/page';
import { testId } from '../../../components/test-id';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import {
  fileToBase64,
  revealOfficerPhone,
  revealResidentId,
  useChangeOfficerStatus,
  useOfficer,
  useOfficerAgencies,
  useOfficerCertificates,
  useUploadOfficerPhoto,
} from '../officers-api';
import { OfficerFormModal, type OfficerFormTarget } from './officer-form-modal';
import { STATUS_COLORS } from './officers-page';

/** A masked value with a 「查看完整」 button that fetches the whole value through the logged route. */
function Revealable({
  masked,
  allowed,
  fetch,
  testIdPrefix,
}: {
  masked: string | null;
  allowed: boolean;
  fetch: () => Promise<string | null>;
  testIdPrefix: string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  if (!masked) return <span className="xz-muted">—</span>;
  return (
    <Space size={4}>
      <span style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`${testIdPrefix}-value`}>
        {full ?? masked}
      </span>
      {allowed && !full && (
        <Tooltip title={t('每次查看完整号码均记入访问日志', 'Every full read is written to the access log')}>
          <Button
            size="small"
            type="link"
            icon={<EyeOutlined />}
            loading={loading}
            data-testid={`${testIdPrefix}-reveal`}
            onClick={() => {
              setLoading(true);
              fetch()
                .then((v) => setFull(v ?? ''))
                .catch((e) => message.error(errorMessage(e)))
                .finally(() => setLoading(false));
            }}
          >
            {t('查看完整', 'Show in full')}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}

function StatusModal({ officer, open, onClose }: { officer: OfficerDetailView; open: boolean; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ status: OfficerStatus; reason: string }>();
  const change = useChangeOfficerStatus();
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal
      open={open}
      title={t(`变更状态：${officer.name}`, `Change status: ${officer.name}`)}
      onCancel={onClose}
      okText={t('确定', 'OK')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={change.isPending}
      okButtonProps={testId('officer-status-submit')}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields();
        setError(null);
        change.mutate(
          { id: officer.id, body: v },
          {
            onSuccess: () => {
              message.success(t('状态已变更', 'Status changed'));
              onClose();
            },
            onError: (e) => {
              applyServerErrors(form, e);
              setError(e);
            },
          },
        );
      }}
    >
      {error ? <ErrorAlert error={error} /> : null}
      <Form form={form} layout="vertical" name="officerStatus" preserve={false}>
        <Form.Item name="status" label={t('新状态', 'New status')} rules={[{ required: true }]}>
          <Select
            data-testid="officer-status-select"
            options={OFFICER_STATUSES.filter((s) => s !== officer.status).map((s) => ({
              value: s,
              label: label(OFFICER_STATUS_LABELS[s]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('原因', 'Reason')}
          rules={[{ required: true, whitespace: true, message: t('请写明原因', 'Give the reason') }]}
          extra={t(
            '调往其他单位请办理“人员调动”；此处记录借调、退休、停职等状态变化及其原因。',
            'Moves to another agency are transfers; record secondment, retirement or suspension here with the reason.',
          )}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="officer-status-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function eventText(e: OfficerEventView, label: (l: { zh: string; en: string } | undefined, f?: string) => string) {
  const to = (e.detail.to ?? {}) as { status?: OfficerStatus };
  const from = (e.detail.from ?? {}) as { status?: OfficerStatus };
  const parts = [label(OFFICER_EVENT_LABELS[e.kind], e.kind)];
  if (e.kind === 'status' && to.status)
    parts.push(
      `${from.status ? label(OFFICER_STATUS_LABELS[from.status]) : ''} → ${label(OFFICER_STATUS_LABELS[to.status])}`,
    );
  if (e.kind === 'updated' && Array.isArray(e.detail.changed))
    parts.push(`（${(e.detail.changed as string[]).join('、')}）`);
  return parts.join(' ');
}

function CertificatesTab({ officerId }: { officerId: string }) {
  const { t, label } = useI18n();
  const certs = useOfficerCertificates(officerId);
  if (!certs.isPending && (certs.data ?? []).length === 0)
    return (
      <Empty
        description={t('暂无执法证件记录', 'No certificates on record')}
        data-testid="officer-certificates-empty"
      />
    );
  return (
    <Table<CertificateView>
      rowKey="id"
      size="small"
      loading={certs.isPending}
      dataSource={certs.data ?? []}
      pagination={false}
      data-testid="officer-certificates"
      columns={[
        { title: t('证号', 'Number'), dataIndex: 'number' },
        {
          title: t('状态', 'Status'),
          dataIndex: 'status',
          render: (s: CertificateView['status']) => (
            <Tag color={s === 'valid' ? 'success' : s === 'expired' ? 'default' : 'error'}>
              {label(CERTIFICATE_STATUS_LABELS[s], s)}
            </Tag>
          ),
        },
        { title: t('发证日期', 'Issued'), dataIndex: 'issuedOn' },
        { title: t('有效期至', 'Expires'), dataIndex: 'expiresOn' },
      ]}
    />
  );
}

export function OfficerDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const officer = useOfficer(id);
  const agencies = useOfficerAgencies();
  const upload = useUploadOfficerPhoto();
  const [formTarget, setFormTarget] = useState<OfficerFormTarget | null>(null);
  const [statusOpen, setStatusOpen] = useState(false);

  if (officer.isPending) return <FullPageSpin />;
  if (officer.error || !officer.data)
    return (
      <Page title={t('执法人员', 'Officer')}>
        <ErrorAlert error={officer.error} />
        <Link to="/officers">{t('返回执法人员列表', 'Back to officers')}</Link>
      </Page>
    );
  const o = officer.data;
  const yes = t('是', 'Yes');
  const no = t('否', 'No');

  const onPhoto = async (file: File) => {
    if (file.size > 2 * 1024 * 1024) {
      message.error(t('照片不能超过 2 MB', 'The photo may not exceed 2 MB'));
      return;
    }
    upload.mutate(
      { id: o.id, fileName: file.name, contentBase64: await fileToBase64(file) },
      {
        onSuccess: () => message.success(t('照片已更新', 'Photo updated')),
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  };

  return (
    <Page
      title={
        <Space>
          {o.name}
          <Tag color={STATUS_COLORS[o.status]} data-testid="officer-detail-status" data-status={o.status}>
            {label(OFFICER_STATUS_LABELS[o.status])}
          </Tag>
          {o.demo && <Tag color="orange">{t('演示数据', 'Demo')}</Tag>}
        </Space>
      }
      description={
        <Link to="/officers" data-testid="officer-back">
          {t('← 执法人员列表', '← Officers')}
        </Link>
      }
      testId="officer-detail-page"
      extra={
        <>
          {o.abilities.changeStatus && (
            <Button onClick={() => setStatusOpen(true)} data-testid="officer-status-change">
              {t('变更状态', 'Change status')}
            </Button>
          )}
          {o.abilities.update && (
            <Button
              type="primary"
              onClick={() => setFormTarget({ mode: 'edit', officer: o })}
              data-testid="officer-edit"
            >
              {t('编辑', 'Edit')}
            </Button>
          )}
        </>
      }
    >
      <Card>
        <Tabs
          items={[
            {
              key: 'profile',
              label: t('基本信息', 'Profile'),
              children: (
                <Flex gap={24} align="flex-start" wrap>
                  <Flex vertical align="center" gap={8} style={{ width: 140 }}>
                    {o.hasPhoto ? (
                      <img
                        src={`/api/officers/${o.id}/photo?v=${encodeURIComponent(o.updatedAt)}`}
                        alt={o.name}
                        data-testid="officer-photo"
                        style={{
                          width: 120,
                          height: 160,
                          objectFit: 'cover',
                          borderRadius: 4,
                          border: '1px solid #eee',
                        }}
                      />
                    ) : (
                      <Avatar shape="square" size={120} icon={<UserOutlined />} data-testid="officer-photo-empty" />
                    )}
                    {o.abilities.update && (
                      <Upload
                        accept="image/jpeg,image/png"
                        showUploadList={false}
                        beforeUpload={(file) => {
                          void onPhoto(file);
                          return false;
                        }}
                      >
                        <Button
                          size="small"
                          icon={<UploadOutlined />}
                          loading={upload.isPending}
                          data-testid="officer-photo-upload"
                        >
                          {t('上传照片', 'Upload photo')}
                        </Button>
                      </Upload>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
                      {t('JPEG/PNG，不超过 2 MB', 'JPEG/PNG, up to 2 MB')}
                    </Typography.Text>
                  </Flex>
                  <Descriptions
                    style={{ flex: 1, minWidth: 420 }}
                    column={{ xs: 1, md: 2 }}
                    size="small"
                    bordered
                    data-testid="officer-profile"
                    items={[
                      { key: 'name', label: t('姓名', 'Name'), children: o.name },
                      {
                        key: 'sex',
                        label: t('性别 / 出生日期', 'Sex / born'),
                        children: `${label(SEX_LABELS[o.sex])} · ${o.birthDate}`,
                      },
                      {
                        key: 'rid',
                        label: t('身份证号', 'Resident ID'),
                        children: (
                          <Revealable
                            masked={o.residentIdMasked}
                            allowed={o.abilities.readPersonal}
                            fetch={() => revealResidentId(o.id)}
                            testIdPrefix="officer-resident-id"
                          />
                        ),
                      },
                      {
                        key: 'phone',
                        label: t('联系电话', 'Phone'),
                        children: (
                          <Revealable
                            masked={o.phoneMasked}
                            allowed={o.abilities.readPersonal}
                            fetch={() => revealOfficerPhone(o.id)}
                            testIdPrefix="officer-phone"
                          />
                        ),
                      },
                      { key: 'eth', label: t('民族', 'Ethnicity'), children: o.ethnicity ?? '—' },
                      { key: 'joined', label: t('参加工作日期', 'Joined'), children: o.joinedOn ?? '—' },
                      { key: 'agency', label: t('所属单位', 'Agency'), children: o.agency.name },
                      { key: 'post', label: t('岗位职务', 'Post'), children: o.post },
                      {
                        key: 'staffing',
                        label: t('编制类型', 'Staffing'),
                        children: label(STAFFING_TYPE_LABELS[o.staffingType]),
                      },
                      { key: 'front', label: t('一线执法岗位', 'Front line'), children: o.frontLine ? yes : no },
                      {
                        key: 'domains',
                        label: t('执法领域', 'Domains'),
                        span: 2,
                        children: (
                          <Flex gap={4} wrap>
                            {o.domains.map((d) => (
                              <Tag key={d}>{label(DOMAIN_LABELS[d])}</Tag>
                            ))}
                          </Flex>
                        ),
                      },
                      {
                        key: 'reviewer',
                        label: t('法制审核人员', 'Legal reviewer'),
                        children: o.legalReviewer ? <Tag color="purple">{yes}</Tag> : no,
                      },
                      {
                        key: 'qual',
                        label: t('法律职业资格', 'Legal qualification'),
                        children: o.legalQualification ? <Tag color="gold">{yes}</Tag> : no,
                      },
                      {
                        key: 'account',
                        label: t('登录账号', 'Account'),
                        span: 2,
                        children: o.account ? `${o.account.displayName}（${o.account.username}）` : '—',
                      },
                    ]}
                  />
                </Flex>
              ),
            },
            {
              key: 'history',
              label: (
                <span data-testid="officer-tab-history">
                  {t(`变动记录（${o.events.length}）`, `History (${o.events.length})`)}
                </span>
              ),
              children: o.events.length ? (
                <Timeline
                  data-testid="officer-history"
                  items={o.events.map((e) => ({
                    key: e.id,
                    content: (
                      <Flex vertical gap={2}>
                        <span>
                          <DateTime value={e.at} /> {eventText(e, label)}
                        </span>
                        {e.reason && (
                          <Typography.Text type="secondary">
                            {t('原因：', 'Reason: ')}
                            {e.reason}
                          </Typography.Text>
                        )}
                        {e.actorName && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('经办：', 'By: ')}
                            {e.actorName}
                          </Typography.Text>
                        )}
                      </Flex>
                    ),
                  }))}
                />
              ) : (
                <Empty description={t('暂无变动记录', 'No changes recorded')} />
              ),
            },
            {
              key: 'certificates',
              label: <span data-testid="officer-tab-certificates">{t('执法证件', 'Certificates')}</span>,
              children: <CertificatesTab officerId={o.id} />,
            },
          ]}
        />
      </Card>
      <OfficerFormModal target={formTarget} agencies={agencies.data ?? []} onClose={() => setFormTarget(null)} />
      <StatusModal officer={o} open={statusOpen} onClose={() => setStatusOpen(false)} />
    </Page>
  );
}
