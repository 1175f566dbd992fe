import type { RosterRow } from './roster.js';

/**
 * Test and preview data: a branch roster of `count` plausible members. Deterministic, so a failing test shows the
 * same rows each time; names include
 * less common characters (亓, 嬿, 喆) and compound surnames on purpose.
 */
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '欧阳', '亓', '司马', '诸葛', '上官'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '嬿婉', '喆', '子涵', '浩然'];
const POSTS = ['办公厅秘书一处处长', '研究室综合处一级主任科员', '机关事务管理局副局长', '法制工作委员会二级调研员', '科员'];
const PARTY_POSTS = ['书记', '组织委员', '宣传委员', '纪检委员', '党小组长', '', '', '', ''];
const EDUCATION = ['大学本科', '研究生（硕士）', '研究生（博士）', '大专'];

export function sampleRosterRows(count: number): RosterRow[] {
  return Array.from({ length: count }, (_, i) => {
    const probationary = i % 9 === 4;
    const year = 1965 + (i * 7) % 35;
    const month = String((i % 12) + 1).padStart(2, '0');
    return {
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 5) % GIVEN.length]}`,
      gender: i % 3 === 0 ? '女' : '男',
      ethnicity: i % 10 === 7 ? '回族' : '汉族',
      birthMonth: `${year}-${month}`,
      education: EDUCATION[i % EDUCATION.length],
      // Masked as a viewer without full access sees it; every fourth row full, as an authorized viewer would.
      idNumber: i % 4 === 0 ? `11010119${year - 1900}${month}0${(i % 9) + 1}123X`.slice(0, 18) : `1101**********${String(1000 + i).slice(-4)}`,
      category: probationary ? '预备党员' : '正式党员',
      joinedOn: `${year + 25}-07-01`,
      fullMemberOn: probationary ? '' : `${year + 26}-07-01`,
      post: POSTS[i % POSTS.length],
      partyPost: PARTY_POSTS[i % PARTY_POSTS.length],
      phone: `138${String(10000000 + i * 7919).slice(-8)}`,
      note: i % 11 === 3 ? '2025-03 由研究室党支部转入' : i % 13 === 5 ? '流动党员，外出务工地：广东省深圳市南山区' : '',
    };
  });
}
