// One item: the version in force on the chosen date, its legal basis with the articles' text, delegation, the
// history of versions (each with the change and reason that made it, and what changed from the one before), and
// the guidance notes of the department that delegated it (which that department may add to).
import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Empty, Flex, Form, Input, Spin, Tag, Timeline, Typography } from 'antd';
import {
  POWER_CHANGE_KIND_LABELS,
  POWER_CHANGE_REASON_LABELS,
  POWER_LEVEL_LABELS,
  type PowerItemDetail,
} from '../../../../../contracts/power';
import { DateTime } from '../../../components/date-time';
import { ErrorAlert, errorMessage } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { useAddGuidance, usePowerItem } from '../api';
import { ChangeDiff } from './power-diff-view';
import { BasisView, CategoryTag, UnlinkedTag, type AgencyDirectory } from './power-format';

interface Props {
  itemId: string | null;
  on?: string;
  names: AgencyDirectory;
  onClose: () => void;
  onPropose: (kind: 'modify' | 'cancel', item: PowerItemDetail) => void;
}

export function PowerItemDrawer({ itemId, on, names, onClose, onPropose }: Props) {
  const { t } = useI18n();
  const item = usePowerItem(itemId, on);
  const d = item.data;
  return (
    <Drawer
      open={!!itemId}
      onClose={onClose}
      width={860}
      destroyOnHidden
      title={
        d ? (
          <Flex gap={8} align="center" wrap>
            <Typography.Text code>{d.content.code}</Typography.Text>
            <span>{d.content.name}</span>
          </Flex>
        ) : (
          t('权责事项', 'Power')
        )
      }
      extra={
        d?.abilities.proposeChange && (
          <Flex gap={8}>
            <Button onClick={() => onPropose('modify', d)} data-testid="power-propose-modify">
              {t('提出调整', 'Propose a change')}
            </Button>
            <Button danger onClick={() => onPropose('cancel', d)} data-testid="power-propose-cancel">
              {t('提出取消', 'Propose cancelling')}
            </Button>
          </Flex>
        )
      }
      data-testid="power-item-drawer"
    >
      {item.error && <ErrorAlert error={item.error} />}
      {!d ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      ) : (
        <ItemBody d={d} on={on} names={names} />
      )}
    </Drawer>
  );
}

function ItemBody({ d, on, names }: { d: PowerItemDetail; on?: string; names: AgencyDirectory }) {
  const { t, label } = useI18n();
  const inForce = (!on || d.effectiveFrom <= on) && (!d.effectiveTo || (on ?? '9999') < d.effectiveTo);
  return (
    <div data-testid="power-item-detail" data-item-id={d.id}>
      {d.access === 'delegated' && (
        <Typography.Paragraph>
          <Tag color="purple" data-testid="power-delegated-readonly">
            {t('本部门下放的乡镇事项（只读）', 'Delegated by your department (read only)')}
          </Tag>
        </Typography.Paragraph>
      )}
      {on && !inForce && (
        <Typography.Paragraph type="warning">
          {t(`${on} 无有效版本，以下为最新版本`, `No version in force on ${on}; the latest is shown`)}
        </Typography.Paragraph>
      )}
      <Descriptions
        bordered
        size="small"
        column={2}
        styles={{ label: { width: 104, whiteSpace: 'nowrap', verticalAlign: 'top' } }}
        items={[
          { key: 'agency', label: t('实施主体', 'Agency'), children: d.agencyName, span: 2 },
          {
            key: 'category',
            label: t('职权类别', 'Category'),
            children: <CategoryTag category={d.content.category} />,
          },
          { key: 'level', label: t('行使层级', 'Level'), children: label(POWER_LEVEL_LABELS[d.content.level]) },
          {
            key: 'version',
            label: t('版本', 'Version'),
            children: (
              <span data-testid="power-version">
                {t(`第 ${d.versionNo} 版`, `v${d.versionNo}`)}：{d.effectiveFrom} {t('起', 'from')}
                {d.effectiveTo ? ` ${t('至', 'to')} ${d.effectiveTo}（${t('不含', 'exclusive')}）` : ''}
              </span>
            ),
            span: 2,
          },
          ...(d.cancellation
            ? [
                {
                  key: 'cancel',
                  label: t('取消', 'Cancelled'),
                  children: (
                    <span>
                      <Tag color="red">
                        {t(`自 ${d.cancellation.on} 起取消`, `cancelled from ${d.cancellation.on}`)}
                      </Tag>
                      {label(POWER_CHANGE_REASON_LABELS[d.cancellation.reason])}：{d.cancellation.reasonText}
                    </span>
                  ),
                  span: 2,
                },
              ]
            : []),
          ...(d.content.subItems.length
            ? [
                {
                  key: 'sub',
                  label: t('子项', 'Sub-items'),
                  children: (
                    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                      {d.content.subItems.map((s, i) => (
                        <li key={i}>
                          {s.code && <Typography.Text code>{s.code}</Typography.Text>} {s.name}
                        </li>
                      ))}
                    </ol>
                  ),
                  span: 2,
                },
              ]
            : []),
          {
            key: 'basis',
            label: (
              <Flex vertical gap={4}>
                {t('实施依据', 'Legal basis')}
                <UnlinkedTag content={d.content} />
              </Flex>
            ),
            children: <BasisView content={d.content} basis={d.basis} />,
            span: 2,
          },
          {
            key: 'duty',
            label: t('责任事项', 'Duty'),
            children: <p className="xz-power-pre">{d.content.duty}</p>,
            span: 2,
          },
          {
            key: 'acc',
            label: t('追责情形', 'Accountability'),
            children: <p className="xz-power-pre">{d.content.accountability}</p>,
            span: 2,
          },
          ...(d.delegatedFrom
            ? [{ key: 'from', label: t('委托/下放部门', 'Delegated by'), children: d.delegatedFrom.name, span: 2 }]
            : []),
          ...(d.delegatedTo.length
            ? [
                {
                  key: 'to',
                  label: t('下放乡镇', 'Delegated to'),
                  children: d.delegatedTo.map((a) => a.name).join('、'),
                  span: 2,
                },
              ]
            : []),
          ...(d.content.remarks
            ? [{ key: 'remarks', label: t('备注', 'Remarks'), children: d.content.remarks, span: 2 }]
            : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('历次版本', 'History')}
      </Typography.Title>
      <History d={d} names={names} />
      {(d.delegatedFrom || d.guidance.length > 0) && <Guidance d={d} />}
    </div>
  );
}

function History({ d, names }: { d: PowerItemDetail; names: AgencyDirectory }) {
  const { t, label } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const versions = [...d.versions].reverse();
  return (
    <Timeline
      data-testid="power-history"
      items={[
        ...(d.cancellation
          ? [
              {
                color: 'red',
                children: (
                  <span>
                    {t(`${d.cancellation.on} 起取消`, `Cancelled from ${d.cancellation.on}`)} ·{' '}
                    {d.cancellation.requestTitle}
                  </span>
                ),
              },
            ]
          : []),
        ...versions.map((v) => {
          const prev = d.versions.find((p) => p.versionNo === v.versionNo - 1) ?? null;
          return {
            color: v.id === d.versionId ? 'blue' : 'gray',
            children: (
              <div data-testid="power-history-version" data-version-no={v.versionNo}>
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>{t(`第 ${v.versionNo} 版`, `Version ${v.versionNo}`)}</Typography.Text>
                  <span>
                    {v.effectiveFrom} {t('起施行', 'in force from')}
                    {v.effectiveTo ? `，${v.effectiveTo} ${t('止', 'until')}` : ''}
                  </span>
                  {v.change && (
                    <>
                      <Tag>{label(POWER_CHANGE_KIND_LABELS[v.change.kind])}</Tag>
                      <Tag color="blue">{label(POWER_CHANGE_REASON_LABELS[v.change.reason])}</Tag>
                    </>
                  )}
                  {prev && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setOpen(open === v.id ? null : v.id)}
                      data-testid="power-history-compare"
                    >
                      {open === v.id ? t('收起差异', 'Hide changes') : t('与上一版比较', 'Compare with previous')}
                    </Button>
                  )}
                </Flex>
                {v.change && (
                  <Typography.Text type="secondary">
                    {v.change.requestTitle}：{v.change.reasonText}
                  </Typography.Text>
                )}
                {open === v.id && (
                  <div style={{ marginTop: 8 }}>
                    <ChangeDiff kind={prev ? 'modify' : 'add'} diff={v.diff} names={names} articles={d.articles} />
                  </div>
                )}
              </div>
            ),
          };
        }),
      ]}
    />
  );
}

function Guidance({ d }: { d: PowerItemDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const add = useAddGuidance(d.id);
  const [form] = Form.useForm<{ text: string }>();
  return (
    <div data-testid="power-guidance">
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('指导意见', 'Guidance')}
        {d.delegatedFrom && (
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal', marginInlineStart: 8 }}>
            {t(`由${d.delegatedFrom.name}提出`, `from ${d.delegatedFrom.name}`)}
          </Typography.Text>
        )}
      </Typography.Title>
      {d.guidance.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无指导意见', 'No guidance yet')} />
      ) : (
        d.guidance.map((g) => (
          <div key={g.id} className="xz-power-article" data-testid="guidance-note">
            <Flex justify="space-between" wrap>
              <Typography.Text strong>
                {g.authorAgencyName} · {g.authorName}
              </Typography.Text>
              <Typography.Text type="secondary">
                <DateTime value={g.createdAt} />
              </Typography.Text>
            </Flex>
            <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{g.text}</div>
          </div>
        ))
      )}
      {d.abilities.guide && (
        <Form
          form={form}
          name="guidance"
          layout="vertical"
          style={{ marginTop: 12 }}
          onFinish={(v) =>
            add.mutate(v.text, {
              onSuccess: () => {
                form.resetFields();
                message.success(t('指导意见已发送', 'Guidance sent'));
              },
              onError: (e) => message.error(errorMessage(e)),
            })
          }
        >
          <Form.Item
            name="text"
            label={t('提出指导意见', 'Give guidance')}
            rules={[{ required: true, message: t('请填写指导意见', 'Write the guidance') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="guidance-submit">
            {t('发送', 'Send')}
          </Button>
        </Form>
      )}
    </div>
  );
}
