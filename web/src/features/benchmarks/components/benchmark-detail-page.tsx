// 裁量基准详情 (/benchmarks/:id): the current content (the draft, or the latest published version), publishing
// with an effective date, discarding a draft, the 试算 panel, and the version history with diffs.
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Modal,
  Popconfirm,
  Spin,
  Tabs,
  Typography,
} from 'antd';
import EditOutlined from '@ant-design/icons/EditOutlined';
import dayjs from 'dayjs';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { testId } from '../../../components/test-id';
import { useI18n } from '../../../lib/i18n';
import { useBenchmark, useDiscardDraft, usePublishBenchmark } from '../api';
import { EvaluatePanel } from './evaluate-panel';
import { CitationLine, LevelsTable, shanghaiToday, SummaryTags } from './parts';
import { VersionHistory } from './version-history';

export function BenchmarkDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const benchmark = useBenchmark(id);
  const publish = usePublishBenchmark(id);
  const discard = useDiscardDraft(id);
  const [publishing, setPublishing] = useState(false);
  const [effectiveFrom, setEffectiveFrom] = useState(shanghaiToday());
  const tab = params.get('tab') ?? 'content';

  if (benchmark.isPending)
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  if (benchmark.error) return <ErrorAlert error={benchmark.error} />;
  const b = benchmark.data;
  const c = b.current.content;

  const onPublish = () =>
    publish.mutate(effectiveFrom, {
      onSuccess: () => {
        setPublishing(false);
        message.success(t(`已发布，${effectiveFrom} 起施行`, `Published, in force from ${effectiveFrom}`));
      },
    });
  const onDiscard = () =>
    discard.mutate(undefined, {
      onSuccess: (r) => {
        message.success(t('已放弃草稿', 'Draft discarded'));
        if (r.deleted) navigate('/benchmarks');
      },
      onError: (e) => message.error(errorMessage(e)),
    });

  return (
    <Page
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text style={{ fontFamily: 'monospace', fontSize: 18 }} data-testid="benchmark-code">
            {b.code}
          </Typography.Text>
          <span data-testid="benchmark-violation">{c.violation}</span>
        </Flex>
      }
      description={
        <Flex gap={8} wrap align="center">
          <span>{b.agencyName}</span>
          <SummaryTags b={b} />
        </Flex>
      }
      testId="benchmark-detail"
      extra={
        <>
          <Link to="/benchmarks">{t('返回列表', 'Back to the list')}</Link>
          {b.abilities.edit && (
            <Button
              icon={<EditOutlined />}
              onClick={() => navigate(`/benchmarks/${b.id}/edit`)}
              data-testid="benchmark-edit"
            >
              {b.draftVersionNo ? t('编辑草稿', 'Edit the draft') : t('修订（新版本）', 'Revise (new version)')}
            </Button>
          )}
          {b.abilities.discardDraft && (
            <Popconfirm
              title={
                b.inForceVersionNo || b.scheduledVersionNo
                  ? t('放弃草稿，回到已发布的版本？', 'Discard the draft and return to the published version?')
                  : t('该裁量基准从未发布，放弃草稿将删除它。确定？', 'Never published: discarding deletes it. Sure?')
              }
              onConfirm={onDiscard}
              okButtonProps={testId('benchmark-discard-confirm')}
            >
              <Button danger data-testid="benchmark-discard">
                {t('放弃草稿', 'Discard draft')}
              </Button>
            </Popconfirm>
          )}
          {b.abilities.publish && (
            <Button type="primary" onClick={() => setPublishing(true)} data-testid="benchmark-publish">
              {t(`发布第 ${b.draftVersionNo} 版`, `Publish version ${b.draftVersionNo}`)}
            </Button>
          )}
        </>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'content' ? {} : { tab: k })}
        items={[
          {
            key: 'content',
            label: <span data-testid="tab-content">{t('内容', 'Content')}</span>,
            children: (
              <Card>
                {b.current.status === 'draft' && (
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginBottom: 16 }}
                    title={t(
                      `以下为第 ${b.current.versionNo} 版草稿，发布前不施行`,
                      `This is draft version ${b.current.versionNo}; it applies only once published`,
                    )}
                  />
                )}
                <Descriptions
                  column={1}
                  size="small"
                  bordered
                  style={{ marginBottom: 16 }}
                  items={[
                    { key: 'v', label: t('违法行为', 'Violation'), children: c.violation },
                    {
                      key: 'a',
                      label: t('违反条款', 'Article violated'),
                      children: <CitationLine text={c.violatedText} refs={c.violatedRefs} />,
                    },
                    {
                      key: 'p',
                      label: t('处罚依据', 'Penalty article'),
                      children: <CitationLine text={c.penaltyText} refs={c.penaltyRefs} />,
                    },
                    ...(c.notes ? [{ key: 'n', label: t('说明', 'Notes'), children: c.notes }] : []),
                  ]}
                />
                <LevelsTable content={c} />
              </Card>
            ),
          },
          {
            key: 'evaluate',
            label: <span data-testid="tab-evaluate">{t('试算', 'Try it')}</span>,
            children: <EvaluatePanel benchmark={b} />,
          },
          {
            key: 'versions',
            label: (
              <span data-testid="tab-versions">
                {t(`版本（${b.versions.length}）`, `Versions (${b.versions.length})`)}
              </span>
            ),
            children: <VersionHistory benchmark={b} />,
          },
        ]}
      />
      <Modal
        open={publishing}
        title={t(`发布第 ${b.draftVersionNo} 版`, `Publish version ${b.draftVersionNo}`)}
        onCancel={() => setPublishing(false)}
        onOk={onPublish}
        okText={t('发布', 'Publish')}
        confirmLoading={publish.isPending}
        okButtonProps={testId('benchmark-publish-confirm')}
        destroyOnHidden
      >
        {publish.error && <ErrorAlert error={publish.error} />}
        <Flex vertical gap={8}>
          <span>{t('施行日期', 'Effective from')}</span>
          <DatePicker
            id="publish_effectiveFrom"
            value={dayjs(effectiveFrom)}
            onChange={(d) => d && setEffectiveFrom(d.format('YYYY-MM-DD'))}
            disabledDate={(d) => d.format('YYYY-MM-DD') < shanghaiToday()}
            allowClear={false}
          />
          <Typography.Text type="secondary">
            {t(
              '发布后该版本定版，不能再修改；施行日期起，案件按此版本裁量，并在公示页面向社会公布（行政处罚法第三十四条）。',
              'A published version is frozen; from its effective date cases use it, and it is shown publicly (Art. 34).',
            )}
          </Typography.Text>
        </Flex>
      </Modal>
    </Page>
  );
}
