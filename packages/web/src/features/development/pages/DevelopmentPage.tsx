import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Modal, Row, Space, Tag } from 'antd';
import { PrinterOutlined, StopOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { DEV_STATUS_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { fromDayjs } from '../../../lib/dates';
import { downloadFile } from '../../../lib/files';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { CATEGORY_LABELS, developmentPath, recordPdfPath, stopFile, type Development } from '../api';
import { DeadlineTags } from '../components/DeadlineTags';
import { EvaluationsPanel, NoticesPanel } from '../components/DevPanels';
import { StepForm } from '../components/StepForm';
import { StepTimeline } from '../components/StepTimeline';
import '../development.css';

/** A development file (MEM-1): the 25 steps as a timeline, the next step's form, 双推双评, 公示, print and stop. */
export default function DevelopmentPage() {
  const { id = '' } = useParams();
  const file = useApi<Development>(developmentPath(id));
  const { message } = App.useApp();
  const [stopping, setStopping] = useState(false);
  const [form] = Form.useForm<{ stoppedOn: Dayjs; reason: string }>();
  const f = file.data;
  const write = !!f?.abilities.write;

  const print = async () => {
    try {
      await downloadFile(recordPdfPath(id), `发展党员全程记实表-${f?.person.name ?? ''}.pdf`);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const stop = async (v: { stoppedOn: Dayjs; reason: string }) => {
    try {
      await stopFile(id, { stoppedOn: fromDayjs(v.stoppedOn)!, reason: v.reason });
      setStopping(false);
      file.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <div>
      <PageHeader
        title={f ? `${f.person.name}的发展党员档案` : '发展党员档案'}
        sub={
          f && (
            <Space wrap>
              <Link to={`/branches/${f.branch.id}/developments`}>{f.branch.name}</Link>
              <Tag>{CATEGORY_LABELS[f.person.category] ?? f.person.category}</Tag>
              <Tag color={f.status === 'open' ? 'blue' : 'default'}>{DEV_STATUS_LABELS[f.status]}</Tag>
              <span>{f.ruleTitle}</span>
            </Space>
          )
        }
        extra={
          f && (
            <>
              <Button icon={<PrinterOutlined aria-hidden />} onClick={() => void print()}>
                打印全程记实表
              </Button>
              {write && (
                <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setStopping(true)}>
                  终止档案
                </Button>
              )}
            </>
          )
        }
      />
      <PageState loading={file.loading && !f} error={file.error} onRetry={file.reload}>
        {f && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {!f.ruleConfirmed && <Alert type="warning" showIcon title="本档案按2026年修订细则检查，其条文尚待核实。" />}
            {f.status === 'stopped' && <Alert type="info" showIcon title={`本档案已于${f.stoppedOn ?? ''}终止：${f.stoppedReason ?? ''}`} />}
            {f.probation && (
              <Alert type="info" showIcon title={`预备期：${f.probation.start} 至 ${f.probation.end}${f.person.joinedOn ? `；入党日期 ${f.person.joinedOn}` : ''}${f.person.confirmedOn ? `；转正日期 ${f.person.confirmedOn}` : ''}`} />
            )}
            {f.deadlines.length > 0 && (
              <Card size="small" title="时限">
                <DeadlineTags items={f.deadlines} all />
              </Card>
            )}
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={14}>
                <StepTimeline file={f} />
              </Col>
              <Col xs={24} lg={10}>
                <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                  {write && f.next.length > 0 && (
                    <Card size="small" title="办理下一步">
                      <StepForm file={f} onSaved={file.reload} />
                    </Card>
                  )}
                  <Card size="small" title="双推双评">
                    <EvaluationsPanel file={f} write={write} onSaved={file.reload} />
                  </Card>
                  <Card size="small" title="公示">
                    <NoticesPanel file={f} write={write} onSaved={file.reload} />
                  </Card>
                </Space>
              </Col>
            </Row>
          </Space>
        )}
      </PageState>
      <Modal title="终止发展档案" open={stopping} onCancel={() => setStopping(false)} onOk={() => form.submit()} okText="终止" cancelText="取消" destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => void stop(v)}>
          <Form.Item name="stoppedOn" label="终止日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label="终止原因" rules={[{ required: true, message: '请填写终止原因' }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
