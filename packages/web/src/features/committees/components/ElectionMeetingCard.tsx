import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Card, Popconfirm, Select, Space, Typography } from 'antd';
import { errorMessage } from '../../../api/client';
import { useApi } from '../../../lib/useApi';
import { meetingsPath, type MeetingListItem } from '../../meetings/api';
import { createElectionMeeting, updateElection, type Election } from '../api';

/**
 * The election's 党员大会 record (contracts §8): the linked record with a link to it, or — while the election is with
 * the branch — a choice of the branch's 党员大会 on the election's date, and 生成党员大会记录 from the election.
 */
export function ElectionMeetingCard({ election: e, onSaved }: { election: Election; onSaved: (msg: string) => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const day = e.heldOn ?? e.plannedOn;
  const choose = e.abilities.linkMeeting && !e.meeting;
  const list = useApi<{ items: MeetingListItem[] }>(choose ? meetingsPath(e.branchId, Number(day.slice(0, 4)), 'assembly') : null);
  const options = (list.data?.items ?? [])
    .filter((m) => m.heldOn === day && m.status !== 'cancelled')
    .map((m) => ({ value: m.id, label: `${m.heldOn} ${m.title ?? '支部党员大会'}${m.status === 'planned' ? '（计划）' : ''}` }));

  const act = async (key: string, run: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await run();
      setPicked(null);
      onSaved(done);
    } catch (err) {
      void message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card size="small" title="党员大会记录">
      {e.meeting ? (
        <Space wrap>
          <span>
            本次选举的党员大会：<Link to={`/meetings/${e.meeting.id}`}>{`${e.meeting.heldOn} ${e.meeting.title ?? '支部党员大会'}`}</Link>
          </span>
          {e.abilities.linkMeeting && (
            <Popconfirm title="取消与该党员大会记录的关联？会议记录本身保留。" onConfirm={() => void act('unlink', () => updateElection(e.id, { meetingId: null }), '已取消关联')}>
              <Button size="small" loading={busy === 'unlink'}>取消关联</Button>
            </Popconfirm>
          )}
        </Space>
      ) : choose ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Select
              aria-label="选择本支部当天的党员大会"
              style={{ minWidth: 260 }}
              placeholder={options.length ? `选择 ${day} 的党员大会` : `本支部 ${day} 没有党员大会记录`}
              loading={list.loading}
              disabled={!options.length}
              options={options}
              value={picked}
              onChange={setPicked}
            />
            <Button disabled={!picked} loading={busy === 'link'} onClick={() => picked && void act('link', () => updateElection(e.id, { meetingId: picked }), '已关联党员大会记录')}>
              关联
            </Button>
            <Button type="primary" loading={busy === 'create'} onClick={() => void act('create', () => createElectionMeeting(e.id), '已生成党员大会记录，请在会议页补全主持人、记录人等')}>
              生成党员大会记录
            </Button>
          </Space>
          <Typography.Text type="secondary">生成的记录日期为选举日期，出席情况取自选举的到会登记。</Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="secondary">未关联党员大会记录</Typography.Text>
      )}
    </Card>
  );
}
