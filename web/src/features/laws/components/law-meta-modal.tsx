// 更正信息 (law.write): what the importer inferred or could not know — level, issuing body, document number, the
// adoption and effective dates. A version whose effective date is still ahead reads 尚未施行.
import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { LAW_LEVEL_LABELS, LAW_LEVELS, type LawVersionView } from '../../../../../contracts/law';
import { errorMessage } from '../../../components/error-alert';
import { testId } from '../../../components/test-id';
import { applyServerErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useUpdateLawMeta } from '../api';

interface Values {
  level: string;
  issuingBody?: string;
  documentNumber?: string;
  adoptedDate?: Dayjs | null;
  effectiveDate?: Dayjs | null;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

export function LawMetaButton({ data }: { data: LawVersionView }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const update = useUpdateLawMeta(data.law.id, data.version.id);
  const submit = async (v: Values) => {
    try {
      await update.mutateAsync({
        law: { level: v.level, issuingBody: blank(v.issuingBody) },
        version: {
          documentNumber: blank(v.documentNumber),
          adoptedDate: day(v.adoptedDate),
          effectiveDate: day(v.effectiveDate),
        },
      });
      message.success(t('已保存', 'Saved'));
      setOpen(false);
    } catch (e) {
      const { unmatched } = applyServerErrors(form, e);
      message.error([errorMessage(e), ...unmatched].join('；'));
    }
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="law-meta-open">
        {t('更正信息', 'Edit details')}
      </Button>
      <Modal
        open={open}
        title={t('更正法规信息', 'Edit law details')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: update.isPending, ...testId('law-meta-save') }}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          name="law_meta"
          preserve={false}
          initialValues={{
            level: data.law.level,
            issuingBody: data.law.issuingBody ?? undefined,
            documentNumber: data.version.documentNumber ?? undefined,
            adoptedDate: data.version.adoptedDate ? dayjs(data.version.adoptedDate) : null,
            effectiveDate: data.version.effectiveDate ? dayjs(data.version.effectiveDate) : null,
          }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="level" label={t('效力级别', 'Level')} rules={[{ required: true }]}>
            <Select options={LAW_LEVELS.map((l) => ({ value: l, label: label(LAW_LEVEL_LABELS[l]) }))} />
          </Form.Item>
          <Form.Item name="issuingBody" label={t('制定机关', 'Issued by')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="documentNumber" label={t('文号', 'Document number')}>
            <Input maxLength={100} placeholder={t('如：主席令第七十号', 'e.g. 主席令第七十号')} />
          </Form.Item>
          <Form.Item name="adoptedDate" label={t('通过日期', 'Adopted')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="effectiveDate" label={t('施行日期', 'Effective')}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
