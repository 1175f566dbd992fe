import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, InputNumber, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CLAUSE_TITLES } from '@zhibu/domain';
import { ASSESSMENT_METHOD_LABELS, ASSESSMENT_METHODS, type GradeBand } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { pts, saveScheme, type Assessment } from '../api';
import { byStandard, standardLabel, type Standard } from '../labels';

type Method = (typeof ASSESSMENT_METHODS)[number];
/** An item being edited; `key` tells rows apart before they have an id. */
interface Draft {
  key: string;
  id?: string;
  standard: Standard;
  clause: string;
  title: string;
  guidance: string;
  points: number | null;
  method: Method;
}

const GUIDANCE: Record<Method, string> = {
  findings: '本年度达标检查结果：符合的期次占应办期次的比例×分值',
  assessor: '考核人员对照标准评分，扣分写明理由',
};

/** The clauses an item of a standard may name: its own (`LIFE-…`), or `REQ-…` for 组织实施. */
const clausesOf = (s: Standard) =>
  Object.entries(CLAUSE_TITLES)
    .filter(([id]) => id.startsWith(`${s}-`))
    .map(([id, title]) => ({ value: id, label: `${id} ${title}` }));

const sum = (xs: (number | null)[]) => Math.round(xs.reduce<number>((t, x) => t + (x ?? 0), 0) * 10) / 10;

let nextKey = 0;
const toDrafts = (a: Assessment): Draft[] =>
  a.schemeItems.map((i) => ({ key: i.id, id: i.id, standard: i.standard, clause: i.clause, title: i.title, guidance: i.guidance, points: i.points, method: i.method }));

/**
 * 指标: the scheme grouped by the six standards, with a running total of points. While the assessment is a draft the
 * 机关党委 edits it here (points, method, title, guidance, items added and removed, the grade bands) and saves it as
 * a whole; otherwise it reads.
 */
export function SchemeEditor({ assessment, editable, onSaved }: { assessment: Assessment; editable: boolean; onSaved: () => void }) {
  const { message } = App.useApp();
  const [title, setTitle] = useState(assessment.title);
  const [items, setItems] = useState<Draft[]>(() => toDrafts(assessment));
  const [grades, setGrades] = useState<{ grade: string; min: number | null }[]>(assessment.grades);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);

  // a reload from the server (after saving or opening) replaces the draft
  useEffect(() => {
    setTitle(assessment.title);
    setItems(toDrafts(assessment));
    setGrades(assessment.grades);
    setDirty(false);
  }, [assessment]);

  const change = (key: string, patch: Partial<Draft>) => {
    setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));
    setDirty(true);
  };
  const remove = (key: string) => {
    setItems((xs) => xs.filter((x) => x.key !== key));
    setDirty(true);
  };
  const add = (standard: Standard) => {
    const clause = clausesOf(standard)[0]?.value ?? '';
    const draft: Draft = { key: `new-${++nextKey}`, standard, clause, title: CLAUSE_TITLES[clause] ?? '', guidance: GUIDANCE.assessor, points: 1, method: 'assessor' };
    // after the standard's last item, so that the order stays grouped
    setItems((xs) => {
      const last = xs.map((x) => x.standard).lastIndexOf(standard);
      return last < 0 ? [...xs, draft] : [...xs.slice(0, last + 1), draft, ...xs.slice(last + 1)];
    });
    setDirty(true);
  };
  const setGrade = (i: number, patch: Partial<{ grade: string; min: number | null }>) => {
    setGrades((gs) => gs.map((g, j) => (j === i ? { ...g, ...patch } : g)));
    setDirty(true);
  };

  const total = sum(items.map((i) => i.points));
  const problems: string[] = [];
  if (!title.trim()) problems.push('请填写标题');
  if (items.length === 0) problems.push('指标至少一项');
  items.forEach((i) => {
    if (!i.title.trim()) problems.push(`${i.clause || standardLabel(i.standard)}：请填写考核内容`);
    if (!i.points || i.points <= 0) problems.push(`${i.clause || standardLabel(i.standard)}：分值应大于0`);
  });
  grades.forEach((g, j) => {
    if (!g.grade.trim()) problems.push(`第${j + 1}个等次：请填写等次名称`);
    if (g.min === null) problems.push(`第${j + 1}个等次：请填写最低分`);
  });

  const save = async () => {
    if (problems.length > 0) {
      void message.error(problems[0]);
      return;
    }
    setSaving(true);
    try {
      await saveScheme(assessment.id, {
        title: title.trim(),
        items: items.map((i) => ({ ...(i.id ? { id: i.id } : {}), standard: i.standard, clause: i.clause, title: i.title.trim(), guidance: i.guidance.trim(), points: i.points ?? 0, method: i.method })),
        grades: grades.map((g): GradeBand => ({ grade: g.grade.trim(), min: g.min ?? 0 })),
      });
      void message.success('指标已保存');
      onSaved();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const groups = byStandard(items, (i) => i.standard);
  const missing = editable ? (['ORG', 'LIFE', 'MEM', 'LED', 'VEN', 'ROLE', 'REQ'] as Standard[]).filter((s) => !groups.some((g) => g.standard === s)) : [];

  return (
    <>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small">
          <div className="as-scheme-head">
            {editable ? (
              <Input aria-label="考核标题" value={title} maxLength={100} onChange={(e) => { setTitle(e.target.value); setDirty(true); }} style={{ maxWidth: 480 }} />
            ) : (
              <Typography.Text strong>{assessment.title}</Typography.Text>
            )}
            <span className={total === 100 ? 'as-total' : 'as-total as-total-off'} aria-label="指标总分">
              共 {items.length} 项，合计 {pts(total)} 分{total !== 100 && '（通常为100分）'}
            </span>
          </div>
          {editable && (
            <Alert
              style={{ marginTop: 8 }}
              type="info"
              showIcon
              title="“按达标检查结果计分”的指标在公布时按本年度达标检查结果计算（符合的期次占应办期次的比例×分值）；“考核人员评分”的指标由考核人员对照标准打分，扣分须写明理由。开始考核后指标不能再修改。"
            />
          )}
        </Card>

        {groups.map((g) => (
          <Card
            key={g.standard}
            size="small"
            title={standardLabel(g.standard)}
            extra={<span aria-label={`${standardLabel(g.standard)}小计`}>小计 {pts(sum(g.rows.map((r) => r.points)))} 分</span>}
          >
            <ol className="as-items">
              {g.rows.map((i) => (
                <li key={i.key} className="as-item">
                  {editable ? (
                    <>
                      <div className="as-item-row">
                        <Select
                          aria-label="条款"
                          value={i.clause}
                          options={clausesOf(i.standard)}
                          onChange={(clause: string) => change(i.key, { clause, ...(i.id ? {} : { title: CLAUSE_TITLES[clause] ?? i.title }) })}
                          style={{ width: 160 }}
                        />
                        <Input aria-label={`${i.clause}考核内容`} value={i.title} maxLength={200} onChange={(e) => change(i.key, { title: e.target.value })} className="as-grow" placeholder="考核内容" />
                      </div>
                      <div className="as-item-row">
                        <InputNumber<number>
                          aria-label={`${i.clause}分值`}
                          value={i.points}
                          min={0.5}
                          max={100}
                          step={0.5}
                          precision={1}
                          suffix="分"
                          onChange={(points) => change(i.key, { points })}
                          style={{ width: 110 }}
                        />
                        <Select<Method>
                          aria-label={`${i.clause}计分方式`}
                          value={i.method}
                          options={ASSESSMENT_METHODS.map((m) => ({ value: m, label: ASSESSMENT_METHOD_LABELS[m] }))}
                          onChange={(method) => change(i.key, { method, ...(Object.values(GUIDANCE).includes(i.guidance) || !i.guidance ? { guidance: GUIDANCE[method] } : {}) })}
                          style={{ width: 180 }}
                        />
                        <Popconfirm title={`删除指标“${i.title || i.clause}”？`} description="保存后生效。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(i.key)}>
                          <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除${i.clause}${i.title}`} />
                        </Popconfirm>
                      </div>
                      <Input.TextArea
                        aria-label={`${i.clause}评分标准`}
                        value={i.guidance}
                        maxLength={2000}
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        placeholder="评分标准（向支部和考核人员说明怎样计分）"
                        onChange={(e) => change(i.key, { guidance: e.target.value })}
                      />
                    </>
                  ) : (
                    <>
                      <div className="as-item-row">
                        <Tag>{i.clause}</Tag>
                        <span className="as-grow">{i.title}</span>
                        <b>{pts(i.points ?? 0)} 分</b>
                      </div>
                      <div className="as-item-row muted">
                        <Tag color={i.method === 'findings' ? 'geekblue' : 'gold'}>{ASSESSMENT_METHOD_LABELS[i.method]}</Tag>
                        {i.guidance}
                      </div>
                    </>
                  )}
                </li>
              ))}
            </ol>
            {editable && (
              <Button size="small" type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add(g.standard)}>
                添加{standardLabel(g.standard)}指标
              </Button>
            )}
          </Card>
        ))}
        {items.length === 0 && <Empty description="没有指标。请在下方按标准添加。" />}
        {missing.length > 0 && (
          <Space wrap>
            {missing.map((s) => (
              <Button key={s} size="small" type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add(s)}>
                添加{standardLabel(s)}指标
              </Button>
            ))}
          </Space>
        )}

        <Card size="small" title="等次（从高到低）">
          <ol className="as-items">
            {grades.map((g, j) => (
              <li key={j} className="as-item-row">
                {editable ? (
                  <>
                    <Input aria-label={`第${j + 1}个等次名称`} value={g.grade} maxLength={10} onChange={(e) => setGrade(j, { grade: e.target.value })} style={{ width: 100 }} />
                    <span>总分不低于</span>
                    <InputNumber<number> aria-label={`${g.grade}最低分`} value={g.min} min={0} max={1000} step={1} precision={1} onChange={(min) => setGrade(j, { min })} style={{ width: 100 }} />
                    <span>分</span>
                    {grades.length > 1 && (
                      <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除等次${g.grade}`} onClick={() => { setGrades((gs) => gs.filter((_, k) => k !== j)); setDirty(true); }} />
                    )}
                  </>
                ) : (
                  <span>
                    <b>{g.grade}</b>：总分不低于 {pts(g.min ?? 0)} 分
                  </span>
                )}
              </li>
            ))}
          </ol>
          {editable && grades.length < 6 && (
            <Button size="small" type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => { setGrades((gs) => [...gs, { grade: '', min: 0 }]); setDirty(true); }}>
              添加等次
            </Button>
          )}
        </Card>
      </Space>
      {editable && (
        <div className="as-savebar as-savebar-sticky">
          <Button type="primary" loading={saving} disabled={!dirty} onClick={() => void save()}>
            保存指标
          </Button>
          {dirty ? <span className="muted">有未保存的修改</span> : <span className="muted">已保存</span>}
        </div>
      )}
    </>
  );
}
