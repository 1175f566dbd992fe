import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, App, Button, Card, Result, Space, Steps } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useMe } from '../../auth/MeContext';
import { errorMessage } from '../../../api/client';
import { isOrganAdmin } from '../../../lib/access';
import { PageHeader } from '../../../lib/PageHeader';
import { useIsMobile } from '../../../lib/useIsMobile';
import { runRosterImport, summaryText, type Job, type RosterImportOptions, type RosterImportReport, type RosterMapping } from '../api';
import { FileStep } from '../components/FileStep';
import { JobProgress } from '../components/JobProgress';
import { PreviewResult } from '../components/PreviewResult';

interface ChosenFile {
  name: string;
  bytes: ArrayBuffer;
}

/** 花名册导入 (organ admin only, contracts §3). */
export default function RosterImportPage() {
  const me = useMe();
  if (!isOrganAdmin(me)) return <Result status="403" title="无权导入花名册" subTitle="只有机关党委管理员可以导入花名册。" />;
  return <RosterImport today={me.today} />;
}

/**
 * Choose a file → preview (nothing written; every problem listed, columns mappable) → 导入 (all or nothing).
 * Previews always ask the server to plan missing branches and groups, so that they can be listed; the import
 * creates them only once the admin has ticked the confirmation.
 */
function RosterImport({ today }: { today: string }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [effectiveOn, setEffectiveOn] = useState(today);
  const [mapping, setMapping] = useState<RosterMapping | undefined>(undefined);
  const [confirmNew, setConfirmNew] = useState(false);
  const [running, setRunning] = useState<{ title: string; job: Job | null } | null>(null);
  const [report, setReport] = useState<RosterImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<RosterImportReport | null>(null);
  const ctrl = useRef<AbortController | null>(null);
  useEffect(() => () => ctrl.current?.abort(), []);

  /** Runs one job; null when it failed (the message is shown) or was replaced by a newer run. */
  const run = async (mode: 'preview' | 'apply', f: ChosenFile, o: RosterImportOptions): Promise<RosterImportReport | null> => {
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    setFailure(null);
    setRunning({ title: mode === 'apply' ? '正在导入……' : '正在检查文件……', job: null });
    try {
      return await runRosterImport(mode, f.bytes, o, (job) => !c.signal.aborted && setRunning((r) => r && { ...r, job }), c.signal);
    } catch (e) {
      if (c.signal.aborted) return null;
      setFailure(errorMessage(e));
      setReport(null);
      return null;
    } finally {
      if (!c.signal.aborted) setRunning(null);
    }
  };

  const preview = async (f: ChosenFile, on: string, m: RosterMapping | undefined) => {
    let r = await run('preview', f, { effectiveOn: on, createMissing: true, mapping: m });
    // a mapping chosen for an earlier file that names columns this file lacks: let the server guess afresh
    if (r && m && Object.values(m).some((h) => !r!.headers.includes(h))) {
      setMapping(undefined);
      r = await run('preview', f, { effectiveOn: on, createMissing: true });
    }
    if (r) setReport(r);
  };

  const chooseFile = (name: string, bytes: ArrayBuffer) => {
    const f = { name, bytes };
    setFile(f);
    setReport(null);
    setConfirmNew(false);
    void preview(f, effectiveOn, mapping);
  };

  const apply = async () => {
    if (!file || !report) return;
    const r = await run('apply', file, { effectiveOn, createMissing: confirmNew, mapping: report.mapping });
    if (!r) return;
    if (r.applied) setDone(r);
    else {
      setReport(r);
      void message.warning('未导入：检查时发现问题，请查看下方清单');
    }
  };

  const restart = () => {
    setFile(null);
    setReport(null);
    setDone(null);
    setFailure(null);
    setConfirmNew(false);
  };

  const step = done ? 2 : file ? 1 : 0;
  return (
    <div className="import-page">
      <PageHeader title="花名册导入" sub="从 Excel 批量录入或更新党员信息" extra={<Link to="/roster">返回花名册</Link>} />
      {!mobile && (
        <Steps
          size="small"
          current={step}
          status={done ? 'finish' : failure ? 'error' : 'process'}
          className="import-steps"
          items={[{ title: '选择文件' }, { title: '检查预览' }, { title: '完成导入' }]}
        />
      )}
      {done ? (
        <Card>
          <Result
            status="success"
            title="导入完成"
            subTitle={
              <>
                {summaryText(done.summary)}
                {done.newBranches.length + done.newGroups.length > 0 && (
                  <div>
                    新建{done.newBranches.length > 0 && `党支部 ${done.newBranches.length} 个`}
                    {done.newBranches.length > 0 && done.newGroups.length > 0 && '、'}
                    {done.newGroups.length > 0 && `党小组 ${done.newGroups.length} 个`}
                  </div>
                )}
              </>
            }
            extra={
              <Space wrap style={{ justifyContent: 'center' }}>
                <Button type="primary" icon={<TeamOutlined aria-hidden />} onClick={() => navigate('/roster')}>
                  查看花名册
                </Button>
                <Button onClick={restart}>再导入一份文件</Button>
              </Space>
            }
          />
        </Card>
      ) : (
        <>
          <Card title="选择文件" size="small" className="import-card">
            <FileStep
              fileName={file?.name ?? null}
              effectiveOn={effectiveOn}
              busy={!!running}
              onEffectiveOn={(d) => {
                setEffectiveOn(d);
                if (file) void preview(file, d, mapping);
              }}
              onFile={chooseFile}
            />
          </Card>
          {failure && <Alert type="error" showIcon role="alert" className="import-failure" title={failure} description="请按提示处理后重新选择文件。" />}
          {running && (
            <Card size="small" className="import-card">
              <JobProgress title={running.title} job={running.job} />
            </Card>
          )}
          {report && file && !running && (
            <Card title="检查结果" size="small" className="import-card">
              <PreviewResult
                report={report}
                fileName={file.name}
                busy={!!running}
                confirmNew={confirmNew}
                onConfirmNew={setConfirmNew}
                onMapping={(m) => {
                  setMapping(m);
                  void preview(file, effectiveOn, m);
                }}
                onApply={() => void apply()}
              />
            </Card>
          )}
        </>
      )}
    </div>
  );
}
