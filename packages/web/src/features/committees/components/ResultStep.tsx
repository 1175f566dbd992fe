import { useMemo, useState } from 'react';
import { Alert, Button, DatePicker, InputNumber, Segmented, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ATTENDANCE_LABELS, ATTENDANCES } from '@zhibu/schemas';
import { electionOutcome, electionQuorumMet, quorumNeeded } from '@zhibu/domain';
import { errorMessage } from '../../../api/client';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { saveResult, type Election } from '../api';
import { RolesEditor, rolesProblem, type RoleMap } from './RolesEditor';

type Attendance = (typeof ATTENDANCES)[number];

/**
 * Step 2 选举结果, from the sign-in sheet and the counted ballots: who attended (应到/实到 and the quorum
 * "超过应到会人数的五分之四", R-ELECT-6), the votes of each nominee, who is elected ("得票超过实到会人数的一半",
 * R-ELECT-8) and the posts the new committee gave them. All arithmetic comes from @zhibu/domain.
 */
export function ResultStep({ election, today, onSaved }: { election: Election; today: string; onSaved: () => void }) {
  const e = election;
  const [heldOn, setHeldOn] = useState<Dayjs | null>(toDayjs(e.heldOn ?? e.plannedOn));
  const [attendance, setAttendance] = useState<Record<string, Attendance>>(() =>
    Object.fromEntries(e.voters.map((v) => [v.personId, v.attendance ?? 'present'])),
  );
  const [votes, setVotes] = useState<Record<string, number | null>>(() => Object.fromEntries(e.nominees.map((n) => [n.personId, n.votes])));
  const [roles, setRoles] = useState<RoleMap>(() => Object.fromEntries(e.nominees.flatMap((n) => (n.role ? [[n.personId, n.role]] : []))));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const expected = e.voters.filter((v) => attendance[v.personId] !== 'excluded').length;
  const present = e.voters.filter((v) => attendance[v.personId] === 'present').length;
  const quorumOk = electionQuorumMet(present, expected);
  const needed = quorumNeeded(expected);
  const allVotes = e.nominees.every((n) => typeof votes[n.personId] === 'number');
  const tooMany = e.nominees.filter((n) => (votes[n.personId] ?? 0) > present);
  const outcome = useMemo(
    () => electionOutcome(e.nominees.map((n) => ({ personId: n.personId, votes: votes[n.personId] ?? 0 })), present, e.seats),
    [e.nominees, votes, present, e.seats],
  );
  const elected = e.nominees.filter((n) => outcome.elected.includes(n.personId)).sort((a, b) => (votes[b.personId] ?? 0) - (votes[a.personId] ?? 0));
  const half = Math.floor(present / 2) + 1;
  const names = (ids: string[]) => e.nominees.filter((n) => ids.includes(n.personId)).map((n) => n.name).join('、');
  const roleProblem = elected.length ? rolesProblem(elected.map((n) => n.personId), roles, e.kind) : null;

  // the first reason the result cannot be saved, in the order a secretary would fix them
  const checks: [boolean, string][] = [
    [e.needsEarlyApproval && !e.earlyApprovedOn, '本届尚未届满，提前换届须经机关党委批准后才能录入选举结果'],
    [!heldOn, '请选择选举日期'],
    [!quorumOk, `到会${present}人，未超过应到会${expected}人的五分之四（至少须到${needed}人），选举无效`],
    [!allVotes, '请填写每位候选人的得票数'],
    [tooMany.length > 0, `${names(tooMany.map((n) => n.personId))}的得票数超过了实到会人数`],
    [outcome.tied.length > 0, `${names(outcome.tied)}得票相同、并列争最后的名额，须对他们再次投票，按再次投票的结果录入`],
    [
      outcome.shortfall > 0,
      `得票超过实到会人数一半的只有${elected.length}人，尚缺${outcome.shortfall}个名额，须就缺额再次投票（或经半数以上选举人同意减少名额）后再录入`,
    ],
  ];
  const blocker = checks.find(([bad]) => bad)?.[1] ?? roleProblem;

  const save = async () => {
    if (blocker || !heldOn) return;
    setBusy(true);
    setError(null);
    try {
      await saveResult(e.id, {
        heldOn: fromDayjs(heldOn) ?? e.plannedOn,
        attendance: e.voters.map((v) => ({ personId: v.personId, attendance: attendance[v.personId] ?? 'present' })),
        tallies: e.nominees.map((n) => ({ personId: n.personId, votes: votes[n.personId] ?? 0 })),
        roles: elected.map((n) => ({ personId: n.personId, role: roles[n.personId] ?? 'committeeMember' })),
      });
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const setAll = (a: Attendance) => setAttendance(Object.fromEntries(e.voters.map((v) => [v.personId, a])));

  return (
    <div className="el-step">
      <section className="el-section">
        <Typography.Title level={5}>一、选举日期</Typography.Title>
        <DatePicker value={heldOn} onChange={setHeldOn} maxDate={dayjs(today)} aria-label="选举日期" />
      </section>

      <section className="el-section">
        <Typography.Title level={5}>二、到会情况</Typography.Title>
        <div className={`el-quorum ${quorumOk ? 'el-ok' : 'el-bad'}`} role="status">
          <span>应到 <strong>{expected}</strong> 人</span>
          <span>实到 <strong>{present}</strong> 人</span>
          <span className="el-quorum-verdict">
            {quorumOk ? `已超过应到会人数的五分之四（至少须到${needed}人），选举有效` : `未超过应到会人数的五分之四，至少须到${needed}人`}
          </span>
        </div>
        <Typography.Paragraph type="secondary" className="cm-form-hint">
          有选举权的正式党员默认均为“出席”，请按签到表把未到会的改为“缺席”。因病、出国等原因经机关党委同意不计入应到会人数的，选“不计入应到”。
        </Typography.Paragraph>
        <div className="el-toolbar">
          <Button size="small" onClick={() => setAll('present')}>全部设为出席</Button>
        </div>
        <ul className="el-voters" aria-label="到会情况">
          {e.voters.map((v) => (
            <li key={v.personId} className={`el-voter el-voter-${attendance[v.personId] ?? 'present'}`}>
              <span className="el-voter-name">{v.name}</span>
              <Segmented<Attendance>
                size="small"
                aria-label={`${v.name}的到会情况`}
                value={attendance[v.personId] ?? 'present'}
                options={ATTENDANCES.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] }))}
                onChange={(a) => setAttendance({ ...attendance, [v.personId]: a })}
              />
            </li>
          ))}
        </ul>
      </section>

      <section className="el-section">
        <Typography.Title level={5}>三、计票结果</Typography.Title>
        <Typography.Paragraph className="cm-form-hint">
          应选 {e.seats} 人。候选人得赞成票超过实到会人数的一半（实到{present}人，至少{half}票）始得当选；超过半数的多于应选人数时，按得票多少确定。
        </Typography.Paragraph>
        <ul className="el-tally" aria-label="候选人得票">
          {e.nominees.map((n) => {
            const v = votes[n.personId];
            const isElected = outcome.elected.includes(n.personId);
            const isTied = outcome.tied.includes(n.personId);
            return (
              <li key={n.personId} className="el-tally-row">
                <span className="el-tally-name">{n.name}</span>
                <InputNumber<number>
                  min={0}
                  max={9999}
                  precision={0}
                  value={v ?? null}
                  suffix="票"
                  aria-label={`${n.name}的得票数`}
                  className="el-tally-input"
                  onChange={(x) => setVotes({ ...votes, [n.personId]: typeof x === 'number' ? x : null })}
                />
                {typeof v === 'number' &&
                  (isElected ? <Tag color="red">当选</Tag> : isTied ? <Tag color="orange">票数相同，须再次投票</Tag> : <Tag>未当选</Tag>)}
              </li>
            );
          })}
        </ul>
      </section>

      {elected.length > 0 && !outcome.tied.length && (
        <section className="el-section">
          <Typography.Title level={5}>四、当选人职务</Typography.Title>
          <Typography.Paragraph type="secondary" className="cm-form-hint">
            {e.committeeKind === 'committee'
              ? '书记、副书记由新一届支委会第一次全体会议选举产生，书记须为1人；其他委员按分工填写。'
              : '不设支委会的支部，书记（副书记）由党员大会直接选举产生。'}
          </Typography.Paragraph>
          <RolesEditor
            people={elected.map((n) => ({ personId: n.personId, name: n.name, votes: votes[n.personId] ?? null }))}
            roles={roles}
            committeeKind={e.committeeKind}
            onChange={setRoles}
          />
        </section>
      )}

      {error && <Alert type="error" showIcon title={error} className="cm-form-alert" role="alert" />}
      {blocker && <Alert type="warning" showIcon title={blocker} className="cm-form-alert" />}
      <Space wrap>
        <Button type="primary" disabled={!!blocker} loading={busy} onClick={() => void save()}>
          保存选举结果
        </Button>
      </Space>
    </div>
  );
}
