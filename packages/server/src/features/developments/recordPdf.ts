import type { DocSpec } from '../../documents/spec.js';
import { EVALUATION_LABELS, NOTICE_STAGE_LABELS, type NoticeStage } from '@zhibu/domain';
import { NOTICE_OUTCOME_LABELS, STEP_OUTCOME_LABELS, type DevStep, type Development } from '@zhibu/schemas';
import type { Block } from '../../documents/index.js';
import { chineseDate, heading, keyValue, paragraph, renderPdf, table } from '../../documents/index.js';
import type { Ctx } from '../../context.js';
import { loadDevelopment } from './access.js';
import { getDevelopment } from './service.js';

/**
 * 发展党员全程记实表 (forms.md §5, the Henan layout): the person's basic facts, then the five stages, each item filled
 * from the file's records — dates, who acted and who was responsible, counts, votes, 公示 — and "无" where nothing is
 * recorded (the form's own rule). Signatures are left to the hand.
 */
const NONE = '无';
const GENDER: Record<string, string> = { male: '男', female: '女' };
const d = (s: string | null | undefined) => (s ? chineseDate(s) : NONE);

export async function recordDoc(ctx: Ctx, id: string): Promise<{ fileName: string; spec: DocSpec }> {
  const row = await loadDevelopment(ctx, ctx.db, id);
  const f = await getDevelopment(ctx, id);
  const organ = await ctx.db.selectFrom('organs').select('name').where('id', '=', ctx.viewer.organId).executeTakeFirst();
  const steps = (n: number) => f.steps.filter((s) => s.step === n);
  const one = (n: number): DevStep | undefined => steps(n).at(-1);
  const who = (s: DevStep | undefined) => (s ? `${s.actor}${s.responsible ? `（责任人：${s.responsible.name}）` : ''}` : NONE);
  const persons = (s: DevStep | undefined) => (s?.data.persons?.length ? s.data.persons.map((p) => p.name).join('、') : NONE);
  const votes = (s: DevStep | undefined) =>
    s ? `应到会${s.data.expected ?? '—'}人，实到会${s.data.present ?? '—'}人，会前书面意见${s.data.writtenOpinions ?? 0}人；赞成${s.data.yes ?? '—'}票，不赞成${s.data.no ?? 0}票，弃权${s.data.abstain ?? 0}票` : NONE;
  const notice = (stage: NoticeStage) => {
    const ns = f.notices.filter((n) => n.stage === stage);
    if (ns.length === 0) return paragraph(`${NOTICE_STAGE_LABELS[stage]}：${NONE}`);
    return paragraph(
      `${NOTICE_STAGE_LABELS[stage]}：` +
        ns.map((n) => `${chineseDate(n.startOn)}至${chineseDate(n.endOn)}（${n.workdays}个工作日），${n.outcome ? NOTICE_OUTCOME_LABELS[n.outcome] : '结果未登记'}；收到的反映及核实情况：${n.feedback ?? NONE}`).join('；'),
    );
  };
  const evaluation = (kind: keyof typeof EVALUATION_LABELS) => {
    const es = f.evaluations.filter((e) => e.kind === kind);
    if (es.length === 0) return `${EVALUATION_LABELS[kind]}：${NONE}`;
    return `${EVALUATION_LABELS[kind]}：` + es.map((e) => `${chineseDate(e.heldOn)}${e.organization ? `（${e.organization}）` : ''}，参加${e.participantCount}人，赞成（优秀）${e.favourableCount}${e.generalCount != null ? `，一般${e.generalCount}` : ''}${e.poorCount != null ? `，差${e.poorCount}` : ''}${e.abstainCount != null ? `，弃权${e.abstainCount}` : ''}`).join('；');
  };
  const stepRow = (n: number) => {
    const s = one(n);
    const def = f.stepDefs.find((x) => x.no === n)!;
    return [`${n}. ${def.name}`, s ? chineseDate(s.doneOn) : NONE, who(s), s?.note ?? NONE];
  };
  const stepTable = (nos: number[]) =>
    table(
      [{ header: '步骤' }, { header: '时间', align: 'center' }, { header: '办理人（责任人）' }, { header: '情况' }],
      nos.map(stepRow),
      { emptyMark: NONE },
    );
  const assessments = (n: number, label: string) => {
    const xs = steps(n);
    if (xs.length === 0) return paragraph(`${label}：${NONE}`);
    return table([{ header: label }, { header: '时间', align: 'center' }, { header: '考察人' }, { header: '情况' }], xs.map((s, i) => [`（${'一二三四五六七八九十'[i] ?? i + 1}）`, chineseDate(s.doneOn), who(s), s.note ?? NONE]), { emptyMark: NONE });
  };

  const blocks: Block[] = [
    heading('个人基本情况', { level: 2, inCatalog: false }),
    keyValue([
      ['姓名', f.person.name],
      ['性别', f.person.gender ? (GENDER[f.person.gender] ?? NONE) : NONE],
      ['民族', row.ethnicity ?? NONE],
      ['出生日期', d(f.person.birthDate)],
      ['学历', row.education ?? NONE],
      ['单位职务或职业', row.job_post ?? NONE],
      ['居民身份证号码', row.id_number],
      ['所在党支部', f.branch.name],
    ]),
    paragraph(`适用规则：${f.ruleTitle}`),
    heading('一、申请入党', { level: 2, inCatalog: false }),
    paragraph(`递交入党申请书时间：${d(one(1)?.doneOn)}；接收申请书的党支部：${f.branch.name}`),
    paragraph(`党组织派人谈话：${one(2) ? `${chineseDate(one(2)!.doneOn)}，谈话人${who(one(2))}；主要内容：${one(2)!.note ?? NONE}` : NONE}`),
    heading('二、入党积极分子的确定和培养教育', { level: 2, inCatalog: false }),
    paragraph(evaluation('memberRecommendation')),
    paragraph(evaluation('leagueRecommendation')),
    stepTable([3, 4]),
    notice('activist'),
    paragraph(`培养联系人：${persons(one(5))}（${one(5) ? chineseDate(one(5)!.doneOn) : NONE}指定）`),
    assessments(6, '培养教育考察'),
    heading('三、发展对象的确定和考察', { level: 2, inCatalog: false }),
    paragraph(evaluation('massEvaluation')),
    paragraph(evaluation('memberEvaluation')),
    notice('candidate'),
    stepTable([7, 8]),
    paragraph(`入党介绍人：${persons(one(9))}`),
    paragraph(`政治审查：${one(10) ? `${chineseDate(one(10)!.doneOn)}，结论：${one(10)!.data.result === 'passed' ? '合格' : one(10)!.data.result === 'failed' ? '不合格' : NONE}；${one(10)!.note ?? ''}` : NONE}`),
    paragraph(
      `参加短期集中培训情况：${one(11) ? `${chineseDate(one(11)!.doneOn)}结业，${one(11)!.data.trainingDays ?? 0}天、${one(11)!.data.trainingHours ?? 0}学时${one(11)!.data.trainingException ? `（特殊情况：${one(11)!.data.trainingException}）` : ''}` : NONE}`,
    ),
    heading('四、预备党员的接收', { level: 2, inCatalog: false }),
    stepTable([12, 13, 14]),
    notice('admission'),
    paragraph(`支部大会讨论：${one(15) ? `${chineseDate(one(15)!.doneOn)}，${votes(one(15))}` : NONE}`),
    stepTable([16]),
    paragraph(`基层党委审批：${one(17) ? `${chineseDate(one(17)!.doneOn)}，${one(17)!.data.outcome ? STEP_OUTCOME_LABELS[one(17)!.data.outcome!] : NONE}${f.probation ? `；预备期自${chineseDate(f.probation.start)}至${chineseDate(f.probation.end)}` : ''}` : NONE}`),
    stepTable([18]),
    heading('五、预备党员的教育考察和转正', { level: 2, inCatalog: false }),
    paragraph(`编入的党支部和党小组：${one(19) ? `${f.branch.name}${one(19)!.data.groupName ? ` ${one(19)!.data.groupName}` : ''}（${chineseDate(one(19)!.doneOn)}）` : NONE}；入党宣誓时间：${d(one(20)?.doneOn)}`),
    assessments(21, '教育考察'),
    paragraph(`提出转正申请时间：${d(one(22)?.doneOn)}`),
    notice('confirmation'),
    paragraph(`支部大会讨论：${one(23) ? `${chineseDate(one(23)!.doneOn)}，${votes(one(23))}` : NONE}`),
    paragraph(
      `基层党委审批：${one(24) ? `${chineseDate(one(24)!.doneOn)}，${STEP_OUTCOME_LABELS[(one(24)!.data.outcome ?? one(23)?.data.outcome ?? 'confirm') as keyof typeof STEP_OUTCOME_LABELS]}${one(24)!.data.extensionMonths ? `${one(24)!.data.extensionMonths}个月` : ''}` : NONE}`,
    ),
    paragraph(`材料归档：${one(25) ? `${chineseDate(one(25)!.doneOn)}，${who(one(25))}` : NONE}`),
    heading('备注', { level: 2, inCatalog: false }),
    paragraph(f.status === 'stopped' ? `本档案于${d(f.stoppedOn)}终止：${f.stoppedReason ?? NONE}` : NONE),
  ];
  const spec: DocSpec = { title: '发展党员全程记实表', runningHeader: `${organ?.name ?? ''}\u3000${f.branch.name}`, blocks };
  return { fileName: `发展党员全程记实表-${f.person.name}.pdf`, spec };
}

/** The document as a PDF; its spec alone (`recordDoc`) is what the archive binds, rendering it in its worker. */
export async function recordPdf(ctx: Ctx, id: string): Promise<{ fileName: string; pdf: Buffer }> {
  const d = await recordDoc(ctx, id);
  return { fileName: d.fileName, pdf: await renderPdf(d.spec) };
}

export type { Development };
