// 重大执法决定法制审核目录 (/review-catalogues?agency=<id>): the catalogues in scope on the left; on the right one
// agency's catalogue in force on a date, its draft (rule editor, publish), its history with a diff, and a trial of
// "is this decision major".
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Row,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReviewRuleView } from '../../../../../contracts/review-catalogue';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { Page } from '../../../components/page';
import { testId } from '../../../components/test-id';
import { useCurrentUser } from '../../../lib/auth';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useAgencyChoices, useCatalogue, useCatalogueList, useDiscardDraft, usePublish, useRemoveRule } from '../api';
import { CatalogueHistory, VersionStateTag } from './catalogue-history';
import { CatalogueRulesTable } from './catalogue-rules-table';
import { DecisionTrial } from './decision-trial';
import { RuleFormModal, type RuleFormTarget } from './rule-form-modal';

const CSS = `
.xz-cat-item { padding: 10px 12px; border-radius: 4px; cursor: pointer; border: 1px solid transparent; }
.xz-cat-item:hover { background: #f3f7fd; }
.xz-cat-item-selected, .xz-cat-item-selected:hover { background: #e8f0fc; border-color: #bcd2f3; }
.xz-diff { display: flex; gap: 8px; align-items: flex-start; padding: 8px 10px; border-radius: 4px; }
.xz-diff-added { background: #f6ffed; }
.xz-diff-removed { background: #fff1f0; }
.xz-diff-changed { background: #f0f5ff; }
.xz-diff-before { text-decoration: line-through; opacity: .65; margin-bottom: 4px; }
`;

/** Today in Asia/Shanghai (legal dates), whatever the browser's own zone. */
const today = () => formatDate(new Date());

export function ReviewCataloguesPage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const list = useCatalogueList();
  const agencies = useAgencyChoices();
  const chosen = params.get('agency') ?? list.data?.[0]?.agency.id ?? me.agency?.id ?? null;
  const [on, setOn] = useState<Dayjs | null>(null);
  const onDate = on ? on.format('YYYY-MM-DD') : undefined;
  const catalogue = useCatalogue(chosen, onDate);
  const c = catalogue.data;
  const [tab, setTab] = useState('inForce');
  const [ruleTarget, setRuleTarget] = useState<RuleFormTarget | null>(null);
  const [publishing, setPublishing] = useState(false);
  const remove = useRemoveRule(chosen ?? '');
  const discard = useDiscardDraft(chosen ?? '');

  const choose = (id: string | null) => {
    if (id) setParams({ agency: id });
    setOn(null);
  };
  const demo = useMemo(() => c?.versions.some((v) => v.demo && v.state !== 'superseded') ?? false, [c]);

  const onRemove = (rule: ReviewRuleView) =>
    remove.mutate(rule.ruleId, {
      onSuccess: () => {
        message.success(t('已从草稿中删除', 'Removed from the draft'));
        setTab('draft');
      },
      onError: (e) => message.error(errorMessage(e)),
    });

  const draftTab = c && (
    <Flex vertical gap={12}>
      {c.draft ? (
        <>
          <Typography.Text type="secondary" data-testid="catalogue-draft-info">
            {t(
              `第 ${c.draft.versionNo} 版草稿，${c.draft.ruleCount} 条规则。发布后自生效日期起适用。`,
              `Draft of version ${c.draft.versionNo}, ${c.draft.ruleCount} rules. It applies from its effective date once published.`,
            )}
          </Typography.Text>
          <CatalogueRulesTable
            rules={c.draft.rules}
            editable={c.abilities.edit}
            onEdit={(rule) => setRuleTarget({ mode: 'edit', rule })}
            onRemove={onRemove}
            testId="catalogue-draft-rules"
          />
        </>
      ) : c.abilities.edit && c.inForce ? (
        <>
          <Typography.Text type="secondary">
            {t(
              `没有草稿。编辑或新增规则时，将以第 ${c.inForce.versionNo} 版为基础建立新的草稿。`,
              `No draft. Editing or adding a rule starts a new draft from version ${c.inForce.versionNo}.`,
            )}
          </Typography.Text>
          <CatalogueRulesTable
            rules={c.inForce.rules}
            editable
            onEdit={(rule) => setRuleTarget({ mode: 'edit', rule })}
            onRemove={onRemove}
            testId="catalogue-draft-rules"
          />
        </>
      ) : (
        <Empty
          description={
            c.abilities.edit
              ? t('还没有目录。新增第一条规则即建立草稿。', 'No catalogue yet: add the first rule to start a draft.')
              : t('没有草稿', 'No draft')
          }
        />
      )}
    </Flex>
  );

  return (
    <Page
      title={t('重大执法决定法制审核目录', 'Review catalogues (major decisions)')}
      description={t(
        '各执法单位确定的须经法制审核的重大执法决定情形（《行政处罚法》第五十八条），分版本发布',
        'Per agency, the decisions that need legal review before they are made (Administrative Penalty Law Art. 58), published in versions',
      )}
      testId="review-catalogues-page"
      extra={
        <div style={{ width: 320 }}>
          <AgencyTreeSelect
            id="catalogueAgency"
            agencies={agencies.data ?? []}
            value={chosen}
            onChange={choose}
            allowClear={false}
            loading={agencies.isPending}
            placeholder={t('选择执法单位', 'Choose an agency')}
          />
        </div>
      }
    >
      <style>{CSS}</style>
      {list.error && <ErrorAlert error={list.error} />}
      <Row gutter={16}>
        <Col xs={24} lg={7}>
          <Card title={t('各单位目录', 'Catalogues')} loading={list.isPending} styles={{ body: { padding: 8 } }}>
            <List
              dataSource={list.data ?? []}
              data-testid="catalogue-list"
              locale={{ emptyText: t('数据范围内还没有目录', 'No catalogue in your scope yet') }}
              renderItem={(item) => (
                <div
                  role="button"
                  tabIndex={0}
                  className={`xz-cat-item${item.agency.id === chosen ? ' xz-cat-item-selected' : ''}`}
                  onClick={() => choose(item.agency.id)}
                  onKeyDown={(e) => e.key === 'Enter' && choose(item.agency.id)}
                  data-testid="catalogue-list-item"
                  data-agency-name={item.agency.name}
                >
                  <div>{item.agency.name}</div>
                  <Flex gap={4} wrap style={{ marginTop: 4 }}>
                    {item.inForce ? (
                      <Tag color="success">
                        {t(`现行第 ${item.inForce.versionNo} 版`, `v${item.inForce.versionNo} in force`)}
                      </Tag>
                    ) : (
                      <Tag>{t('尚无生效版本', 'None in force')}</Tag>
                    )}
                    {item.draft && <Tag color="processing">{t('有草稿', 'Draft')}</Tag>}
                    {(item.inForce?.demo || item.draft?.demo) && <Tag color="gold">{t('演示数据', 'Demo')}</Tag>}
                  </Flex>
                </div>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          {!chosen ? (
            <Card>
              <Empty description={t('请选择执法单位', 'Choose an agency')} />
            </Card>
          ) : catalogue.error ? (
            <ErrorAlert error={catalogue.error} />
          ) : (
            <Card
              loading={catalogue.isPending}
              data-testid="catalogue-detail"
              data-agency-id={chosen}
              title={
                <Flex gap={8} align="center" wrap>
                  <span data-testid="catalogue-agency-name">{c?.agency.name}</span>
                  {c?.inForce && <VersionStateTag state={c.inForce.state} />}
                </Flex>
              }
              extra={
                c?.abilities.edit && (
                  <Flex gap={8}>
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => setRuleTarget({ mode: 'create' })}
                      data-testid="catalogue-rule-add"
                    >
                      {t('新增规则', 'Add rule')}
                    </Button>
                    {c.abilities.discardDraft && (
                      <Popconfirm
                        title={t('放弃草稿中的全部修改？', 'Discard every change in the draft?')}
                        okText={t('放弃', 'Discard')}
                        cancelText={t('取消', 'Cancel')}
                        onConfirm={() =>
                          discard.mutate(undefined, {
                            onSuccess: () => message.success(t('草稿已放弃', 'Draft discarded')),
                            onError: (e) => message.error(errorMessage(e)),
                          })
                        }
                      >
                        <Button danger data-testid="catalogue-discard">
                          {t('放弃草稿', 'Discard draft')}
                        </Button>
                      </Popconfirm>
                    )}
                    <Button
                      type="primary"
                      disabled={!c.abilities.publish}
                      onClick={() => setPublishing(true)}
                      data-testid="catalogue-publish"
                    >
                      {t('发布草稿', 'Publish draft')}
                    </Button>
                  </Flex>
                )
              }
            >
              {c && (
                <>
                  {demo && (
                    <Alert
                      type="warning"
                      showIcon
                      style={{ marginBottom: 12 }}
                      data-testid="catalogue-demo-notice"
                      title={t(
                        '本目录含演示数据：金额标准等为示例，须由本单位法制机构核实修改后发布。',
                        'This catalogue holds demo content: the thresholds are examples the agency’s legal office must check and publish as its own.',
                      )}
                    />
                  )}
                  <Tabs
                    activeKey={tab}
                    onChange={setTab}
                    items={[
                      {
                        key: 'inForce',
                        label: <span data-testid="catalogue-tab-in-force">{t('现行目录', 'In force')}</span>,
                        children: (
                          <Flex vertical gap={12}>
                            <Flex gap={8} align="center" wrap>
                              <Typography.Text>{t('查看日期', 'On date')}</Typography.Text>
                              <DatePicker
                                value={on}
                                onChange={setOn}
                                allowClear
                                placeholder={t('今天', 'Today')}
                                data-testid="catalogue-on"
                              />
                              {c.inForce && (
                                <Typography.Text type="secondary" data-testid="catalogue-in-force-info">
                                  {t(
                                    `${c.on} 适用第 ${c.inForce.versionNo} 版，自 ${c.inForce.effectiveFrom} 起施行，共 ${c.inForce.ruleCount} 条`,
                                    `On ${c.on}: version ${c.inForce.versionNo}, in force from ${c.inForce.effectiveFrom}, ${c.inForce.ruleCount} rules`,
                                  )}
                                </Typography.Text>
                              )}
                            </Flex>
                            {c.inForce ? (
                              <CatalogueRulesTable rules={c.inForce.rules} testId="catalogue-in-force-rules" />
                            ) : (
                              <Empty description={t(`${c.on} 没有生效的目录`, `No catalogue in force on ${c.on}`)} />
                            )}
                          </Flex>
                        ),
                      },
                      {
                        key: 'draft',
                        label: (
                          <span data-testid="catalogue-tab-draft">
                            {t('草稿', 'Draft')}
                            {c.draft ? ` (${c.draft.ruleCount})` : ''}
                          </span>
                        ),
                        children: draftTab,
                      },
                      {
                        key: 'history',
                        label: <span data-testid="catalogue-tab-history">{t('历史版本', 'History')}</span>,
                        children: <CatalogueHistory agencyId={c.agency.id} versions={c.versions} />,
                      },
                      {
                        key: 'trial',
                        label: (
                          <span data-testid="catalogue-tab-trial">
                            {t('是否属于重大执法决定', 'Is it a major decision?')}
                          </span>
                        ),
                        children: (
                          <DecisionTrial
                            agencyId={c.agency.id}
                            inForceRules={c.inForce?.rules ?? []}
                            draftRules={c.draft?.rules ?? null}
                          />
                        ),
                      },
                    ]}
                  />
                </>
              )}
            </Card>
          )}
        </Col>
      </Row>
      {chosen && (
        <RuleFormModal
          agencyId={chosen}
          target={ruleTarget}
          onClose={() => {
            if (ruleTarget) setTab('draft');
            setRuleTarget(null);
          }}
        />
      )}
      {chosen && publishing && (
        <PublishModal agencyId={chosen} onClose={() => setPublishing(false)} onDone={() => setTab('history')} />
      )}
    </Page>
  );
}

function PublishModal({ agencyId, onClose, onDone }: { agencyId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ effectiveFrom: Dayjs; note?: string }>();
  const publish = usePublish(agencyId);
  const [details, setDetails] = useState<string[]>([]);
  return (
    <Modal
      open
      title={t('发布草稿', 'Publish the draft')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('发布', 'Publish')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={publish.isPending}
      okButtonProps={testId('catalogue-publish-confirm')}
      data-testid="catalogue-publish-modal"
    >
      <Typography.Paragraph type="secondary">
        {t(
          '发布后本版本不再修改；自生效日期起，案件适用本版本。生效日期不能早于今天。',
          'A published version never changes; cases decided from its effective date use it. The date cannot be before today.',
        )}
      </Typography.Paragraph>
      {publish.error && <ErrorAlert error={publish.error} details={details} testId="catalogue-publish-error" />}
      <Form
        form={form}
        name="publishCatalogue"
        layout="vertical"
        initialValues={{ effectiveFrom: dayjs(today()) }}
        onFinish={(v) =>
          publish.mutate(
            { effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'), note: v.note?.trim() || undefined },
            {
              onSuccess: (version) => {
                message.success(t(`第 ${version.versionNo} 版已发布`, `Version ${version.versionNo} published`));
                onDone();
                onClose();
              },
              onError: (e) => setDetails(applyServerErrors(form, e).unmatched),
            },
          )
        }
      >
        <Form.Item
          name="effectiveFrom"
          label={t('生效日期', 'In force from')}
          rules={[{ required: true, message: t('请选择生效日期', 'Choose the date') }]}
        >
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="note" label={t('发布说明', 'Note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
