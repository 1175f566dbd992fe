import { useEffect, useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { evidenceOf, pts, scoreItem, type ScoreLine } from '../api';

interface Values {
  score: number | null;
  note: string;
}

/** The client's reading of the server's rules, so that a mistake shows before sending (the server checks again). */
export function scoreProblem(score: number | null, points: number, note: string): string | null {
  if (score === null) return null;
  if (score > points) return `得分不能超过该项分值（${pts(points)}分）`;
  if (score < points && !note.trim()) return '扣分须写明理由';
  return null;
}

/**
 * An assessor's score of one item of a branch: the score, the reason for any lost point, and evidence files (PDF or
 * image) carried with it. For a findings item the score overrides what the findings give, with its note.
 */
export function ScoreModal({ assessmentId, branchId, line, onClose, onSaved }: { assessmentId: string; branchId: string; line: ScoreLine | null; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [saving, setSaving] = useState(false);
  const item = line?.item;

  useEffect(() => {
    if (!line) return;
    form.setFieldsValue({ score: line.score ?? (line.item.method === 'findings' ? (line.fromFindings?.score ?? null) : null), note: line.note ?? '' });
    setFiles([]);
  }, [line, form]);

  const send = async (score: number | null, note: string) => {
    if (!item) return;
    setSaving(true);
    try {
      // clearing a score removes its evidence too: no files go with it
      const evidence = score === null ? [] : await Promise.all(files.map((f) => evidenceOf(f.originFileObj as File)));
      await scoreItem(assessmentId, branchId, item.id, { score, note: note.trim(), evidence });
      void message.success(score === null ? '已清除评分' : '评分已保存');
      onSaved();
      onClose();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={item ? `评分：${item.clause} ${item.title}` : ''}
      open={!!line}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        line?.score !== null && line?.score !== undefined && (
          <Button key="clear" danger disabled={saving} onClick={() => void send(null, '')}>
            清除评分
          </Button>
        ),
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="ok" type="primary" loading={saving} onClick={() => form.submit()}>
          保存评分
        </Button>,
      ]}
    >
      {item && (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => {
            const problem = scoreProblem(v.score, item.points, v.note ?? '') ?? (item.method === 'findings' && !(v.note ?? '').trim() ? '改动按达标检查结果计算的得分须写明理由' : null);
            if (problem) {
              form.setFields([{ name: problem.startsWith('得分') ? 'score' : 'note', errors: [problem] }]);
              return;
            }
            void send(v.score, v.note ?? '');
          }}
        >
          <p className="muted">
            分值 {pts(item.points)} 分。{item.guidance}
          </p>
          {line?.fromFindings && (
            <p className="muted">
              按达标检查结果得 {pts(line.fromFindings.score)} 分；在此评分将取代该结果，须写明理由。
            </p>
          )}
          <Form.Item name="score" label="得分" rules={[{ required: true, message: '请填写得分' }]}>
            <InputNumber<number> aria-label="得分" min={0} max={item.points} step={0.5} precision={1} suffix={`/ ${pts(item.points)} 分`} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="note" label="评分说明（扣分须写明理由）">
            <Input.TextArea aria-label="评分说明" rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item label="佐证材料（PDF 或图片，可不传）">
            <Upload
              multiple
              accept="application/pdf,image/*"
              fileList={files}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList.slice(0, 10))}
            >
              <Button icon={<UploadOutlined aria-hidden />}>选择文件</Button>
            </Upload>
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
