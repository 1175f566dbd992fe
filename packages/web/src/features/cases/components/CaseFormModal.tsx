import { useState } from 'react';
import { App, Button, Checkbox, Form, Input, Select, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { FormModal } from '../../../lib/FormModal';
import { uploadAttachment } from '../../attachments/api';
import { createCase, submitCase, updateCase, type Case, type CaseFields } from '../api';
import { CASE_LIMITS, CLAUSE_OPTIONS } from '../labels';

interface Values extends CaseFields {
  branchId?: string;
  submitNow?: boolean;
}

interface Props {
  open: boolean;
  /** the case being edited; null writes a new one */
  editing: Case | null;
  branches: { id: string; name: string }[];
  onClose: () => void;
  onSaved: (id: string) => void;
}

/** 提交经验: title, summary, body, tags, clauses and (for a new case) files; saved as a draft or submitted at once. */
export function CaseFormModal({ open, editing, branches, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);

  const submit = async (v: Values) => {
    const body: CaseFields = { title: v.title ?? '', summary: v.summary ?? '', body: v.body ?? '', tags: v.tags ?? [], clauses: v.clauses ?? [] };
    const saved = editing ? await updateCase(editing.id, body) : await createCase(v.branchId ?? branches[0]?.id ?? '', body);
    const failed: string[] = [];
    for (const f of files) {
      if (!f.originFileObj) continue;
      try {
        await uploadAttachment('case', saved.id, f.originFileObj);
      } catch (e) {
        failed.push(`${f.name}：${errorMessage(e)}`);
      }
    }
    if (failed.length) void message.error(`经验已保存为草稿，以下附件未能上传：${failed.join('；')}`, 8);
    else if (v.submitNow) {
      try {
        await submitCase(saved.id);
        void message.success('已提交机关党委审核');
      } catch (e) {
        void message.error(`经验已保存为草稿，但未能提交：${errorMessage(e)}`);
      }
    } else void message.success('已保存为草稿');
    setFiles([]);
    onSaved(saved.id);
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? '修改经验' : '提交经验'}
      width={720}
      initialValues={
        editing
          ? { title: editing.title, summary: editing.summary, body: editing.body, tags: editing.tags, clauses: editing.clauses }
          : { branchId: branches[0]?.id, tags: [], clauses: [], submitNow: false }
      }
      onCancel={() => {
        setFiles([]);
        onClose();
      }}
      onSubmit={submit}
    >
      {!editing && branches.length > 1 && (
        <Form.Item name="branchId" label="党支部" rules={[{ required: true, message: '请选择党支部' }]}>
          <Select options={branches.map((b) => ({ value: b.id, label: b.name }))} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      )}
      <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
        <Input maxLength={CASE_LIMITS.title} showCount placeholder="如：把主题党日办在项目一线" />
      </Form.Item>
      <Form.Item name="summary" label="摘要" rules={[{ required: true, whitespace: true, message: '请填写摘要' }]}>
        <Input.TextArea maxLength={CASE_LIMITS.summary} showCount autoSize={{ minRows: 2, maxRows: 5 }} placeholder="一两句话说明做法和成效，显示在经验列表中" />
      </Form.Item>
      <Form.Item name="body" label="正文" rules={[{ required: true, whitespace: true, message: '请填写正文' }]} extra="纯文本，空行分段">
        <Input.TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={CASE_LIMITS.body} placeholder={'一、基本情况\n二、主要做法\n三、取得成效\n四、经验体会'} />
      </Form.Item>
      <Form.Item name="tags" label="标签" extra={`最多 ${CASE_LIMITS.tags} 个，每个不超过 ${CASE_LIMITS.tag} 个字；输入后回车`}>
        <Select mode="tags" maxCount={CASE_LIMITS.tags} tokenSeparators={[',', '，', '、']} placeholder="如：主题党日、业务融合" open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="clauses" label="对应标准条款">
        <Select mode="multiple" options={CLAUSE_OPTIONS} showSearch={{ optionFilterProp: 'label' }} placeholder="选择经验涉及的条款，如 LIFE-5 主题党日" />
      </Form.Item>
      {!editing && (
        <Form.Item label="附件" extra="可上传 PDF、图片或 Word 文档（按文件内容核验类型）；也可保存后在经验详情中上传">
          <Upload multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)}>
            <Button icon={<UploadOutlined aria-hidden />}>选择文件</Button>
          </Upload>
        </Form.Item>
      )}
      {!editing && (
        <Form.Item name="submitNow" valuePropName="checked">
          <Checkbox>保存后直接提交机关党委审核</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
