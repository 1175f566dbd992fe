import { addMonths, addYears, ageOn, daysBetween, isValidDate, type CalendarDate } from '../time/calendarDate.js';
import { countWorkdays, NO_ADJUSTMENTS, type WorkdayAdjustments } from '../time/workdays.js';
import { EVALUATION_LABELS, lastStep, nextSteps, probationOf, extensionsOf, type DevEvaluation, type DevFile, type DevNotice, type DevStepRecord, type EvaluationKind } from './file.js';
import { DEV_RULES, NOTICE_STAGE_LABELS, stepLabel } from './steps.js';

/** One problem found: a hard error refuses the record, a warning is shown and kept. */
export interface DevIssue {
  rule: string;
  message: string;
}
export interface DevCheck {
  errors: DevIssue[];
  warnings: DevIssue[];
}

/** What the checks need beyond the file: today, the working days, and the people named in a step. */
export interface DevCheckCtx {
  today: CalendarDate;
  adj?: WorkdayAdjustments;
  /** the persons a step names (contact persons, introducers), as on the roster */
  people?: ReadonlyMap<string, { name: string; category: string; status?: string }>;
  /** full members of the branch on the meeting day (R-DEV-10: at least 3) */
  branchFullMembers?: number;
}

const fmtCn = (d: CalendarDate) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** R-DEV-10: quorum and majority of an admission (15) or confirmation (23) meeting. */
export function voteProblems(d: DevStepRecord['data'], branchFullMembers: number | undefined, min: number): string[] {
  const out: string[] = [];
  const { expected, present, yes } = d;
  if (expected === undefined || present === undefined || yes === undefined) return ['请填写应到会、实到会有表决权的正式党员人数和赞成票数'];
  const all = [expected, present, yes, d.no ?? 0, d.abstain ?? 0, d.writtenOpinions ?? 0];
  if (all.some((n) => !Number.isInteger(n) || n < 0)) return ['人数和票数须为非负整数'];
  if (branchFullMembers !== undefined && branchFullMembers < min) out.push(`支部正式党员不足${min}人，不能召开接收预备党员或预备党员转正的支部大会（R-DEV-10）`);
  if (present > expected) out.push('实到会人数不能多于应到会人数');
  if (present * 2 <= expected) out.push(`实到会有表决权的正式党员${present}人，未超过应到会${expected}人的半数，会议无效（R-DEV-10，发展细则第二十条）`);
  if (yes + (d.no ?? 0) + (d.abstain ?? 0) > present + (d.writtenOpinions ?? 0)) out.push('赞成、不赞成、弃权票数之和超过实到会人数与书面意见数之和');
  if (yes * 2 <= expected) out.push(`赞成票${yes}票，未超过应到会有表决权正式党员${expected}人的半数，不能通过（R-DEV-10，发展细则第二十一条）`);
  return out;
}

/** R-DEV-16: a 公示 record on its own: dates in order and at least the minimum of working days. */
export function noticeProblems(n: DevNotice, adj: WorkdayAdjustments = NO_ADJUSTMENTS, minWorkdays = 5): string[] {
  if (!isValidDate(n.startOn) || !isValidDate(n.endOn)) return ['公示起止日期无效'];
  if (n.endOn < n.startOn) return ['公示结束日期不能早于开始日期'];
  const days = countWorkdays(n.startOn, n.endOn, adj);
  if (days < minWorkdays) return [`公示期${fmtCn(n.startOn)}至${fmtCn(n.endOn)}只有${days}个工作日，不足${minWorkdays}个工作日（R-DEV-16）`];
  return [];
}

/** 双推双评 counts on their own. */
export function evaluationProblems(e: DevEvaluation): string[] {
  const out: string[] = [];
  const nums = [e.participantCount, e.favourableCount, e.generalCount ?? 0, e.poorCount ?? 0, e.abstainCount ?? 0];
  if (nums.some((n) => !Number.isInteger(n) || n < 0)) return ['人数和票数须为非负整数'];
  if (e.participantCount === 0) out.push('参加人数不能为0');
  if (e.favourableCount + (e.generalCount ?? 0) + (e.poorCount ?? 0) + (e.abstainCount ?? 0) > e.participantCount) out.push('各项票数之和超过参加人数');
  return out;
}

const KINDS_BEFORE: Readonly<Record<number, readonly EvaluationKind[]>> = {
  3: ['memberRecommendation', 'leagueRecommendation'],
  7: ['massEvaluation', 'memberEvaluation'],
};

/**
 * Checks a step about to be recorded against the file (R-DEV-1…16): errors refuse it, warnings go with it. The file
 * holds the steps already recorded, which passed these checks in their turn.
 */
export function checkStep(file: DevFile, step: DevStepRecord, ctx: DevCheckCtx): DevCheck {
  const errors: DevIssue[] = [];
  const warnings: DevIssue[] = [];
  const err = (rule: string, message: string) => errors.push({ rule, message });
  const warn = (rule: string, message: string) => warnings.push({ rule, message });
  const L = DEV_RULES[file.ruleVersion].limits;
  const v = file.ruleVersion;
  const d = step.doneOn;
  const adj = ctx.adj ?? NO_ADJUSTMENTS;
  const label = stepLabel(step.step, v);

  if (!isValidDate(d)) return { errors: [{ rule: 'R-DEV-3', message: '日期无效' }], warnings };
  if (d > ctx.today) err('R-DEV-3', `${label}的日期${fmtCn(d)}晚于今天，不能预先登记`);
  const allowed = nextSteps(file);
  if (!allowed.includes(step.step)) {
    if (file.status !== 'open') err('R-DEV-3', '该发展档案已结束，不能再登记步骤');
    else if (allowed.length === 0) err('R-DEV-3', '该发展档案已没有待办步骤');
    else err('R-DEV-3', `${label}不能现在登记：下一步应为${allowed.map((n) => stepLabel(n, v)).join('或')}（R-DEV-3 步骤顺序）`);
    return { errors, warnings };
  }
  // R-DEV-3: dates in order; 9–11 only after 8, in any order among themselves
  const earlier = [9, 10, 11].includes(step.step) ? file.steps.filter((s) => s.step <= 8) : file.steps;
  const latest = earlier.reduce<DevStepRecord | null>((m, s) => (!m || s.doneOn > m.doneOn ? s : m), null);
  if (latest && d < latest.doneOn) err('R-DEV-3', `${label}的日期${fmtCn(d)}早于${stepLabel(latest.step, v)}的日期${fmtCn(latest.doneOn)}，请核对记录（R-DEV-3 步骤顺序）`);

  const dateOf = (n: number) => lastStep(file, n)?.doneOn;
  const people = (ids: string[] | undefined, what: string, min: number, max: number, rule: string) => {
    const list = [...new Set(ids ?? [])];
    if (list.length < min || list.length > max) err(rule, min === max ? `${what}须为${min}名正式党员（${rule}）` : `${what}须为${min}至${max}名正式党员（${rule}）`);
    for (const id of list) {
      const p = ctx.people?.get(id);
      if (!p) err(rule, `所选${what}不是本机关人员`);
      else if (p.category !== 'full' || (p.status && p.status !== 'active')) err(rule, `${p.name}不是正式党员，不能担任${what}（${rule}）`);
    }
  };
  const evaluationsBefore = (n: number) => {
    for (const kind of KINDS_BEFORE[n] ?? []) {
      if (!file.evaluations.some((e) => e.kind === kind && e.heldOn <= d)) err('R-DEV-双推双评', `${label}前须登记“${EVALUATION_LABELS[kind]}”结果（双推双评）`);
    }
  };
  const noticeBefore = (n: number) => {
    const stage = L.noticeBefore[n];
    if (!stage) return;
    const ok = file.notices.filter((x) => x.stage === stage && x.endOn <= d && x.outcome !== 'objectionUpheld' && countWorkdays(x.startOn, x.endOn, adj) >= L.noticeMinWorkdays);
    if (ok.length === 0) err('R-DEV-16', `${label}前须完成不少于${L.noticeMinWorkdays}个工作日的${NOTICE_STAGE_LABELS[stage]}，且公示结果无异议或反映问题已查清（R-DEV-16）`);
  };
  const approvalWindow = (meetingStep: number, rule: string) => {
    const meeting = dateOf(meetingStep);
    if (!meeting) return;
    const normal = addMonths(meeting, L.approvalMonths);
    const max = addMonths(meeting, L.approvalMaxMonths);
    if (d > max) err(rule, `审批日期${fmtCn(d)}距支部大会（${fmtCn(meeting)}）已超过${L.approvalMaxMonths}个月，不能审批，须重新履行程序（${rule}）`);
    else if (d > normal) {
      if (!step.data.specialNote?.trim()) err(rule, `审批日期距支部大会已超过${L.approvalMonths}个月，须写明特殊情况说明（${rule}）`);
      else warn(rule, `超过${L.approvalMonths}个月审批（特殊情况：${step.data.specialNote.trim()}）`);
    } else {
      const days = daysBetween(meeting, d);
      const over = [...L.approvalWarnDays].reverse().find((w) => days > w);
      if (over !== undefined) warn(rule, `支部大会后第${days}天才审批，已超过${over}天（应在${L.approvalMonths}个月内）`);
    }
  };

  switch (step.step) {
    case 1:
      if (file.birthDate && ageOn(file.birthDate, d) < L.minAge) err('R-DEV-1', `递交入党申请书时未满${L.minAge}周岁（出生日期${fmtCn(file.birthDate)}），不能接收入党申请（R-DEV-1，发展细则第五条）`);
      if (!file.birthDate) warn('R-DEV-1', '没有出生日期，无法核对是否年满十八岁');
      break;
    case 2: {
      const app = dateOf(1)!;
      const due = addMonths(app, L.talkMonths);
      if (d > due) warn('R-DEV-2', `谈话日期${fmtCn(d)}晚于收到入党申请书后${L.talkMonths}个月（应在${fmtCn(due)}前，R-DEV-2）`);
      break;
    }
    case 3:
      evaluationsBefore(3);
      break;
    case 5:
      people(step.data.personIds, '培养联系人', L.contacts.min, L.contacts.max, 'R-DEV-6');
      break;
    case 7: {
      evaluationsBefore(7);
      noticeBefore(7);
      const activist = dateOf(3)!;
      const from = addYears(activist, L.activistMinYears);
      if (d < from) {
        const short = daysBetween(d, from);
        const msg = `确定为入党积极分子（${fmtCn(activist)}）后须经过一年以上培养教育和考察，${fmtCn(from)}起方可确定为发展对象（R-DEV-4，发展细则第十三条）`;
        if (short >= L.activistGraceDays) err('R-DEV-4', msg);
        else warn('R-DEV-4', `差${short}天满一年：${msg}`);
      }
      const assessments = file.steps.filter((s) => s.step === 6).map((s) => s.doneOn).sort();
      let prev = activist;
      for (const a of [...assessments, d]) {
        if (a > addMonths(prev, L.assessmentMonths)) {
          warn('R-DEV-5', `${fmtCn(prev)}之后${L.assessmentMonths}个月内没有培养教育考察记录（R-DEV-5，每半年考察一次）`);
          break;
        }
        prev = a;
      }
      break;
    }
    case 9:
      people(step.data.personIds, '入党介绍人', L.introducers, L.introducers, 'R-DEV-6');
      break;
    case 10:
      if (step.data.result !== 'passed' && step.data.result !== 'failed') err('R-DEV-7', '请填写政审结论（合格或不合格）');
      break;
    case 11: {
      const days = step.data.trainingDays ?? 0;
      const hours = step.data.trainingHours ?? 0;
      if (days < 0 || hours < 0) err('R-DEV-8', '培训天数和学时不能为负数');
      else if (days < L.training.days && hours < L.training.hours && !step.data.trainingException?.trim()) {
        err('R-DEV-8', `集中培训不少于${L.training.days}天或${L.training.hours}个学时（本次${days}天、${hours}学时），个别特殊情况须写明并附批准文件（R-DEV-8，发展细则第十七条）`);
      }
      break;
    }
    case 13:
      if (step.data.result === 'failed') err('R-DEV-13', '预审未通过，不能继续接收预备党员；请停止该档案或退回补正');
      if (file.plannedDepartureOn && file.plannedDepartureOn <= addMonths(d, L.departureMonths)) {
        warn('R-DEV-9', `发展对象预计${fmtCn(file.plannedDepartureOn)}离开工作单位，三个月内离开的一般不办理接收预备党员（R-DEV-9，发展细则第十九条）`);
      }
      break;
    case 15: {
      const review = lastStep(file, 10);
      if (review?.data.result !== 'passed') err('R-DEV-7', '政治审查未通过（或无政审结论），不能召开接收预备党员的支部大会（R-DEV-7，发展细则第十六条）');
      const training = lastStep(file, 11);
      const t = training?.data;
      if (!t || ((t.trainingDays ?? 0) < L.training.days && (t.trainingHours ?? 0) < L.training.hours && !t.trainingException?.trim())) {
        err('R-DEV-8', `未经不少于${L.training.days}天或${L.training.hours}学时的集中培训，不能接收为预备党员（R-DEV-8）`);
      }
      noticeBefore(15);
      for (const p of voteProblems(step.data, ctx.branchFullMembers, L.minFullMembers)) err('R-DEV-10', p);
      if (file.plannedDepartureOn && file.plannedDepartureOn <= addMonths(d, L.departureMonths)) {
        warn('R-DEV-9', `预计${fmtCn(file.plannedDepartureOn)}离开工作单位，三个月内离开的一般不办理接收预备党员（R-DEV-9）`);
      }
      const pre = dateOf(13);
      if (L.admissionMeetingMonthsAfterPrereview !== null && pre && d > addMonths(pre, L.admissionMeetingMonthsAfterPrereview)) {
        warn('R-DEV-2026', `支部大会应在上级党委预审后${L.admissionMeetingMonthsAfterPrereview}个月内召开（2026年修订细则，条文待核实）`);
      }
      break;
    }
    case 17:
      if (step.data.outcome !== 'approved' && step.data.outcome !== 'rejected') err('R-DEV-11', '请填写审批结果（批准或不批准）');
      approvalWindow(15, 'R-DEV-11');
      break;
    case 20: {
      const approved = dateOf(17)!;
      if (daysBetween(approved, d) > L.oathDays) warn('R-DEV-14', `入党宣誓在批准后第${daysBetween(approved, d)}天，一般应在批准后${L.oathDays}天内（R-DEV-14）`);
      break;
    }
    case 23: {
      const prob = probationOf(file);
      if (prob && d < prob.end) err('R-DEV-12', `预备期到${fmtCn(prob.end)}期满，不能提前讨论转正（R-DEV-12，预备期为一年）`);
      if (prob && d > addMonths(prob.end, L.confirmationMeetingMonths)) warn('R-DEV-13', `预备期满（${fmtCn(prob.end)}）后超过${L.confirmationMeetingMonths}个月才讨论转正（R-DEV-13，应及时讨论）`);
      noticeBefore(23);
      for (const p of voteProblems(step.data, ctx.branchFullMembers, L.minFullMembers)) err('R-DEV-10', p);
      const o = step.data.outcome;
      if (o !== 'confirm' && o !== 'extend' && o !== 'cancel') err('R-DEV-13', '请填写讨论结果（按期转正、延长预备期或取消预备党员资格）');
      if (o === 'extend') {
        if (extensionsOf(file).length >= L.extension.maxTimes) err('R-DEV-13', `预备期只能延长${L.extension.maxTimes}次（R-DEV-13）`);
        const m = step.data.extensionMonths;
        if (m === undefined || !Number.isInteger(m) || m < L.extension.minMonths || m > L.extension.maxMonths) err('R-DEV-13', `延长预备期为${L.extension.minMonths}至${L.extension.maxMonths}个月（R-DEV-13，党章第七条）`);
      }
      break;
    }
    case 24: {
      const decided = lastStep(file, 23)!.data;
      const o = step.data.outcome ?? decided.outcome;
      if (o !== decided.outcome) warn('R-DEV-13', '上级党委的审批结果与支部大会决议不同');
      if (o === 'extend') {
        const m = step.data.extensionMonths ?? decided.extensionMonths;
        if (extensionsOf(file).length >= L.extension.maxTimes) err('R-DEV-13', `预备期只能延长${L.extension.maxTimes}次（R-DEV-13）`);
        if (m === undefined || m < L.extension.minMonths || m > L.extension.maxMonths) err('R-DEV-13', `延长预备期为${L.extension.minMonths}至${L.extension.maxMonths}个月（R-DEV-13）`);
      }
      approvalWindow(23, 'R-DEV-13');
      break;
    }
    case 25: {
      const confirmed = dateOf(24)!;
      if (daysBetween(confirmed, d) > L.archiveDays) warn('R-DEV-15', `转正批准后第${daysBetween(confirmed, d)}天才归档（一般${L.archiveDays}天内，R-DEV-15）`);
      break;
    }
    default:
      break;
  }
  return { errors, warnings };
}

/** The extension months the 转正 approval (24) settles on: its own, or the meeting's. */
export function outcomeOf24(file: Pick<DevFile, 'steps'>, step: DevStepRecord): { outcome: 'confirm' | 'extend' | 'cancel'; extensionMonths: number | null } {
  const decided = lastStep(file, 23)?.data;
  const outcome = (step.data.outcome ?? decided?.outcome ?? 'confirm') as 'confirm' | 'extend' | 'cancel';
  return { outcome, extensionMonths: outcome === 'extend' ? (step.data.extensionMonths ?? decided?.extensionMonths ?? null) : null };
}

