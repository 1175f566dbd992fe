import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { addDays, normalizeCase } from '@zhibu/domain';
import type { DB } from '../db/types.js';
import { heading, paragraph, renderPdf } from '../documents/index.js';
import { fileStoreFor, type FileStore } from '../features/attachments/store.js';

interface DemoCase {
  title: string;
  summary: string;
  body: string;
  tags: string[];
  clauses: string[];
}

const CASES: DemoCase[] = [
  {
    title: '把主题党日办在项目一线——“党建+业务”双融合的做法',
    summary: '支部把每月主题党日安排在重点项目现场，设立党员先锋岗、开展“亮身份、作承诺”，把组织生活和业务攻坚结合起来，项目提前两个月完成。',
    body: [
      '一、基本情况',
      '支部共有党员十余名，承担本单位年度重点项目的调研和推进工作。过去主题党日多在会议室开展，内容以集中学习为主，与业务工作“两张皮”的问题比较突出。',
      '二、主要做法',
      '一是定主题。支委会每月结合项目节点确定主题党日的内容，做到“一月一主题、一次一实事”。二是进现场。主题党日安排在项目一线，先学习、后研讨、再实践，党员现场认领攻坚任务。三是亮身份。设立党员先锋岗，党员佩戴党徽上岗，公开承诺事项，接受群众监督。四是抓闭环。下一次主题党日首先通报上月承诺事项完成情况，支部书记点评。',
      '三、取得成效',
      '全年开展主题党日12次，党员认领攻坚任务36项，全部按期完成；项目比计划提前两个月完成，节约经费约120万元；两名业务骨干递交入党申请书。',
      '四、经验体会',
      '主题党日的生命力在于和中心工作结合。主题要从业务中来，成效要到业务中去检验，组织生活才有吸引力和说服力。',
    ].join('\n'),
    tags: ['主题党日', '业务融合', '党员先锋岗'],
    clauses: ['LIFE-5', 'REQ-3', 'ROLE-5'],
  },
  {
    title: '党小组“微课堂”：让学习常态化',
    summary: '各党小组每周利用10分钟开展“微课堂”，党员轮流领学、联系岗位谈体会，学习记录纳入党小组会记录，参学率保持在95%以上。',
    body: [
      '一、做法',
      '支部指导各党小组建立“微课堂”制度：每周一上班前10分钟，由党员轮流领学一篇文章或一个知识点，并结合本岗位谈一点体会。党小组长负责排班和记录，每月党小组会对“微课堂”进行小结。',
      '二、保障',
      '支部宣传委员每月提供学习篇目清单，支部书记每季度参加一次各党小组的“微课堂”并讲评。因出差等原因未能参加的党员，通过支部微信群补学并提交体会。',
      '三、成效',
      '“微课堂”开展一年来，累计领学180余次，党员人人当过“主讲人”，参学率保持在95%以上。党员普遍反映“时间短、负担轻、收获实”。',
    ].join('\n'),
    tags: ['党小组', '学习教育', '微课堂'],
    clauses: ['ORG-4', 'LIFE-3', 'MEM-2'],
  },
  {
    title: '“三会一课”记录本规范填写的几点做法',
    summary: '支部统一“三会一课”记录格式，会前由组织委员准备议程和签到表，会后三日内完成记录并由书记审核签字，年底装订归档。',
    body: [
      '一、统一格式。按照机关党委印发的记录本样式，明确会议名称、时间、地点、主持人、记录人、应到实到人数、缺席人员及原因、议程、发言要点、决议等要素。',
      '二、会前准备。组织委员提前准备议程和签到表，确保缺席人员及原因记录完整。',
      '三、会后整理。记录人在会后三日内完成记录整理，书记审核签字；需要表决的事项写明表决结果。',
      '四、年底归档。每年一月将上一年度记录本连同会议材料装订成册，交机关党委统一保管。',
    ].join('\n'),
    tags: ['三会一课', '台账管理'],
    clauses: ['LED-1', 'LED-4', 'LIFE-2'],
  },
  {
    title: '结对帮扶困难党员的体会',
    summary: '支部委员与困难党员结对，定期走访，帮助解决实际困难。',
    body: ['支部委员每人联系一至两名困难党员，逢年过节上门走访慰问，平时电话联系，了解思想、工作和生活情况。', '下一步将建立帮扶台账，持续跟踪。'].join('\n'),
    tags: ['关怀帮扶'],
    clauses: ['MEM-5'],
  },
];

/** A short PDF of the promoted case, as the write-up a branch would upload. */
const casePdf = (branch: string, c: DemoCase) =>
  renderPdf({ title: c.title, subtitle: `${branch} · 典型经验材料（演示）`, blocks: [heading('摘要'), paragraph(c.summary), heading('正文'), ...c.body.split('\n').map((p) => paragraph(p))] });

/**
 * The demo's 典型经验库 (REQ-4), relative to `asOf`: two published cases (the first promoted, with its write-up as a
 * PDF), one submitted and waiting for the 机关党委's review, one returned with a reason — each from a different branch.
 */
export async function loadDemoCases(trx: Kysely<DB>, organId: string, asOf: string, actor: string, files: FileStore = fileStoreFor({ backend: 'postgres', dataDir: null })): Promise<void> {
  const branches = await trx.selectFrom('branches').select(['id', 'full_name']).where('organ_id', '=', organId).where('status', '=', 'active').orderBy('full_name').execute();
  if (branches.length === 0) return;
  const b = (i: number) => branches[i % branches.length]!;
  const day = (n: number) => addDays(asOf, -n);
  const states = [
    { status: 'published' as const, promoted: true, submitted_on: day(62), published_on: day(55), return_reason: null },
    { status: 'published' as const, promoted: false, submitted_on: day(40), published_on: day(33), return_reason: null },
    { status: 'submitted' as const, promoted: false, submitted_on: day(4), published_on: null, return_reason: null },
    { status: 'returned' as const, promoted: false, submitted_on: day(20), published_on: null, return_reason: '请补充帮扶的具体事例和成效，涉及困难党员的个人信息请隐去后再提交。' },
  ];
  const rows = CASES.map((c, i) => {
    const n = normalizeCase(c);
    return { id: randomUUID(), organ_id: organId, branch_id: b(i).id, ...n, tags: [...n.tags], clauses: [...n.clauses], ...states[i]!, created_by: actor };
  });
  await trx.insertInto('cases').values(rows).execute();
  const bytes = await casePdf(b(0).full_name, CASES[0]!);
  const { sha256 } = await files.put(trx, bytes, 'application/pdf');
  await trx
    .insertInto('attachments')
    .values({ id: randomUUID(), organ_id: organId, entity_type: 'case', entity_id: rows[0]!.id, slot: 'other', file_sha256: sha256, file_name: '典型经验材料.pdf', uploaded_by: actor, uploaded_at: new Date(`${day(63)}T10:00:00+08:00`), removed_at: null })
    .execute();
}
