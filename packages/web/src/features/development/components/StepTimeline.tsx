import type { ReactNode } from 'react';
import { Card, Space, Tag, Timeline, Typography } from 'antd';
import { STEP_OUTCOME_LABELS } from '@zhibu/schemas';
import { STAGE_NAMES, type Development } from '../api';

type Step = Development['steps'][number];

/** What a step recorded beyond its date: persons, counts, votes, results, in words. */
function dataText(s: Step): string {
  const d = s.data;
  const out: string[] = [];
  if (d.persons?.length) out.push(`${s.step === 5 ? '培养联系人' : '入党介绍人'}：${d.persons.map((p) => p.name).join('、')}`);
  if (d.result) out.push(d.result === 'passed' ? (s.step === 10 ? '政审合格' : '预审通过') : s.step === 10 ? '政审不合格' : '预审未通过');
  if (d.trainingDays !== undefined || d.trainingHours !== undefined) out.push(`培训 ${d.trainingDays ?? 0} 天、${d.trainingHours ?? 0} 学时`);
  if (d.trainingException) out.push(`特殊情况：${d.trainingException}`);
  if (d.expected !== undefined) out.push(`应到 ${d.expected}、实到 ${d.present ?? '—'}、书面意见 ${d.writtenOpinions ?? 0}；赞成 ${d.yes ?? '—'}、不赞成 ${d.no ?? 0}、弃权 ${d.abstain ?? 0}`);
  if (d.outcome) out.push(`${STEP_OUTCOME_LABELS[d.outcome]}${d.extensionMonths ? ` ${d.extensionMonths} 个月` : ''}`);
  if (d.specialNote) out.push(`特殊情况：${d.specialNote}`);
  if (d.groupName) out.push(`编入：${d.groupName}`);
  return out.join('；');
}

/** The 25 steps grouped by stage: done ones with date, actor and responsible person; the rest with their limits. */
export function StepTimeline({ file }: { file: Development }) {
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} aria-label="发展步骤">
      {STAGE_NAMES.map((name, i) => {
        const defs = file.stepDefs.filter((d) => d.stage === i + 1);
        return (
          <Card key={name} size="small" title={`第${i + 1}阶段 ${name}`}>
            <Timeline
              items={defs.flatMap((def): { key: string; color: string; content: ReactNode }[] => {
                const done = file.steps.filter((s) => s.step === def.no);
                if (done.length === 0) {
                  const next = file.next.includes(def.no);
                  return [
                    {
                      key: `d${def.no}`,
                      color: next ? 'blue' : 'gray',
                      content: (
                        <Typography.Text type={next ? undefined : 'secondary'}>
                          第{def.no}步 {def.name}
                          {next && <Tag color="blue" style={{ marginLeft: 8 }}>下一步</Tag>}
                          {def.limit && <span className="dev-step-data">（{def.limit}）</span>}
                        </Typography.Text>
                      ),
                    },
                  ];
                }
                return done.map((s) => ({
                  key: s.id,
                  color: 'green',
                  content: (
                    <div data-step={s.step}>
                      <div>
                        <strong>
                          第{s.step}步 {s.name}
                        </strong>{' '}
                        {s.doneOn}
                      </div>
                      <div className="dev-step-data">
                        办理人：{s.actor}
                        {s.responsible ? `；责任人：${s.responsible.name}` : ''}
                      </div>
                      {dataText(s) && <div className="dev-step-data">{dataText(s)}</div>}
                      {s.note && <div className="dev-step-data">{s.note}</div>}
                      {s.warnings.map((w, k) => (
                        <Tag key={k} color="orange">
                          {w.message}
                        </Tag>
                      ))}
                    </div>
                  ),
                }));
              })}
            />
          </Card>
        );
      })}
    </Space>
  );
}
