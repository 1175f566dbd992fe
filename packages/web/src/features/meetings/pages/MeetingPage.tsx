import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Popconfirm, Space, Tooltip } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, EditOutlined, PrinterOutlined, SendOutlined } from '@ant-design/icons';
import { ELECTION_KIND_LABELS, MEETING_KIND_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { useMe } from '../../auth/MeContext';
import { downloadFile } from '../../../lib/files';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { useIsMobile } from '../../../lib/useIsMobile';
import { cancelMeeting, holdMeeting, meetingPath, signInSheetPath, submitMeeting, type Meeting } from '../api';
import { AttendanceEditor } from '../components/AttendanceEditor';
import { MeetingAttachments } from '../components/MeetingAttachments';
import { MeetingEditModal } from '../components/MeetingEditModal';
import { MeetingRecord } from '../components/MeetingRecord';
import { MeetingTags } from '../components/MeetingTags';
import { ReviewModal } from '../components/ReviewModal';
import { LifeMeetingPanel } from '../../lifeMeetings/components/LifeMeetingPanel';
import '../meetings.css';

/** One meeting's record (forms.md §1): the record, its attendance, 确认已召开, 签到表, 报送 and review, materials. */
export default function MeetingPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const { data: m, error, loading, reload } = useApi<Meeting>(meetingPath(id));
  const [editing, setEditing] = useState(false);
  const [review, setReview] = useState<'return' | 'spotCheck' | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [attendanceUnsaved, setAttendanceUnsaved] = useState(false);

  const act = async (key: string, run: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await run();
      void message.success(done);
      reload();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const printSheet = async () => {
    if (!m) return;
    setBusy('print');
    try {
      await downloadFile(signInSheetPath(m.id), `${m.branchName}${m.heldOn}${MEETING_KIND_LABELS[m.kind]}签到表.pdf`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const kindLabel = m ? MEETING_KIND_LABELS[m.kind] : '会议';
  const canEdit = !!m && m.abilities.edit && m.status !== 'cancelled';
  const planned = m?.status === 'planned';
  const future = !!m && m.heldOn > me.today;
  const todo = m ? [...m.missing, ...(canEdit && attendanceUnsaved ? ['出席情况尚未保存（逐人确认出席、请假、缺席后点“保存出席情况”）'] : [])] : [];
  const holdBlock = !m
    ? ''
    : future
      ? '会议日期在今天之后，召开后才能确认'
      : todo.length
        ? '请先完成页面上方所列事项'
        : '';

  return (
    <div className="mt-page">
      <PageHeader
        title={
          <Space wrap size={4}>
            <Button
              type="text"
              icon={<ArrowLeftOutlined aria-hidden />}
              onClick={() => (m ? navigate(`/branches/${m.branchId}/meetings${m.heldOn.startsWith(me.today.slice(0, 4)) ? '' : `?year=${m.heldOn.slice(0, 4)}`}`) : navigate(-1))}
              aria-label="返回三会一课"
            />
            {m ? `${m.groupName ?? ''}${kindLabel}记录` : '会议记录'}
          </Space>
        }
        sub={m ? `${m.branchName} · ${m.heldOn.slice(0, 4)}年${Number(m.heldOn.slice(5, 7))}月` : undefined}
        extra={
          m && (
            <>
              <Button icon={<PrinterOutlined aria-hidden />} loading={busy === 'print'} onClick={printSheet}>
                打印签到表
              </Button>
              {canEdit && planned && (
                <Popconfirm title="取消这次会议？" description="取消后记录保留，标为“已取消”。" okText="取消会议" cancelText="返回" onConfirm={() => act('cancel', () => cancelMeeting(m.id), '已取消')}>
                  <Button loading={busy === 'cancel'}>取消会议</Button>
                </Popconfirm>
              )}
              {canEdit && planned && (
                <Tooltip title={holdBlock || undefined}>
                  <Button
                    type="primary"
                    icon={<CheckCircleOutlined aria-hidden />}
                    disabled={!!holdBlock}
                    loading={busy === 'hold'}
                    onClick={() => act('hold', () => holdMeeting(m.id), '已确认召开')}
                  >
                    确认已召开
                  </Button>
                </Tooltip>
              )}
              {m.abilities.submit && m.status === 'held' && (m.reviewStatus === 'none' || m.reviewStatus === 'returned') && (
                <Button icon={<SendOutlined aria-hidden />} loading={busy === 'submit'} onClick={() => act('submit', () => submitMeeting(m.id), '已报送机关党委')}>
                  报送机关党委
                </Button>
              )}
              {m.abilities.review && m.status === 'held' && (
                <>
                  {m.reviewStatus === 'submitted' && (
                    <Button danger onClick={() => setReview('return')}>
                      退回
                    </Button>
                  )}
                  <Button onClick={() => setReview('spotCheck')}>抽查</Button>
                </>
              )}
            </>
          )
        }
      />
      <PageState loading={loading && !m} error={error} onRetry={reload}>
        {m && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Space wrap size={4}>
              <MeetingTags m={m} recordedAt={m.recordedAt} />
              {m.backEntry && <span className="muted">（记录起始日期前的历史记录）</span>}
            </Space>
            {m.election && (
              <Alert type="info" showIcon title={<>本次会议进行了选举：<Link to={`/elections/${m.election.id}`}>{ELECTION_KIND_LABELS[m.election.kind]}</Link></>} />
            )}
            {planned && todo.length > 0 && (
              <Alert
                className="mt-missing"
                type="warning"
                showIcon
                title="确认已召开前还需完成："
                description={
                  <ul aria-label="待完成事项">
                    {todo.map((x) => (
                      <li key={x}>{x}</li>
                    ))}
                  </ul>
                }
              />
            )}
            {planned && todo.length === 0 && !future && (
              <Alert type="success" showIcon title="记录已完整，可点“确认已召开”。" />
            )}
            <Card
              size="small"
              title="会议记录"
              extra={
                canEdit && (
                  <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                    编辑记录
                  </Button>
                )
              }
            >
              <MeetingRecord m={m} mobile={mobile} />
            </Card>
            <Card size="small" title="出席情况">
              <AttendanceEditor m={m} canEdit={canEdit} onSaved={reload} onUnsavedChange={setAttendanceUnsaved} />
            </Card>
            {m.kind === 'lifeMeeting' && m.status !== 'cancelled' && <LifeMeetingPanel meetingId={m.id} />}
            <Card size="small" title="会议材料">
              <MeetingAttachments meetingId={m.id} canWrite={m.abilities.edit} />
            </Card>
          </Space>
        )}
      </PageState>
      {m && editing && (
        <MeetingEditModal
          m={m}
          open
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void message.success('已保存');
            reload();
          }}
        />
      )}
      {m && review && (
        <ReviewModal
          meetingId={m.id}
          action={review}
          onCancel={() => setReview(null)}
          onSaved={() => {
            setReview(null);
            void message.success('已提交');
            reload();
          }}
        />
      )}
    </div>
  );
}
