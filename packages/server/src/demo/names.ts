import type { Rng } from './random.js';

/** Common surnames, roughly by frequency (the first ones are drawn more often). */
const COMMON_SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '肖', '田', '董', '潘', '袁', '蔡', '蒋', '余', '于',
  '杜', '叶', '程', '魏', '苏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金', '石',
  '廖', '贾', '夏', '韦', '方', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '段', '雷', '侯', '龙', '史', '陶', '贺',
  '顾', '毛', '郝', '龚', '邵', '钱', '严', '戴', '莫', '孔', '汤', '应', '楼', '俞', '屠', '竺',
] as const;

/** Surnames read differently from the character's common reading (单 shàn, 曾 zēng, 解 xiè …): searched by pinyin. */
export const POLYPHONIC_SURNAMES = ['单', '曾', '解', '仇', '查', '区'] as const;
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官'] as const;

/** Given names of people born in the 1960s–2000s: common two-character names, and single characters. */
const MALE_NAMES = [
  '志强', '建军', '海涛', '文斌', '晓东', '伟华', '俊杰', '明辉', '志伟', '国栋', '振宇', '浩然', '子轩', '宇航', '博文',
  '天宇', '思远', '立新', '永强', '学文', '建平', '卫国', '家豪', '晨阳', '一鸣', '泽宇', '俊峰', '鹏飞', '文杰', '嘉伟',
  '正阳', '志明', '永刚', '少华', '明远', '亚军', '庆丰', '德胜', '晓峰', '海波', '建新', '国强', '宏伟', '铭哲', '睿',
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '辉', '鹏', '飞', '浩', '凯', '健', '毅', '峰', '亮',
] as const;
const FEMALE_NAMES = [
  '秀英', '丽娟', '晓燕', '美玲', '雅琴', '静怡', '思琪', '欣怡', '婷婷', '丹丹', '雪梅', '海燕', '慧敏', '晓红', '春梅',
  '玉洁', '佳慧', '梦瑶', '诗涵', '雨萱', '梓萱', '可馨', '晓霞', '红霞', '丽萍', '文静', '艳芳', '小红', '素珍', '淑华',
  '佳琪', '子涵', '明月', '彩云', '海霞', '晓琳', '丽君', '雅婷', '媛媛', '倩', '颖', '静', '敏', '丽', '艳', '娟', '霞',
  '燕', '玲', '芳', '娜', '萍', '琳', '婷', '洁', '蕾', '璐', '莉', '薇', '楠',
] as const;

/** Given names of people born in the 1930s–1960s. */
const OLD_MALE_NAMES = ['建国', '国庆', '卫东', '建华', '志刚', '德明', '国华', '文华', '振华', '建军', '胜利', '解放', '跃进', '援朝', '学军', '永红', '长青', '树林', '福生', '宝山'] as const;
const OLD_FEMALE_NAMES = ['秀英', '桂兰', '淑珍', '玉兰', '凤英', '桂芳', '丽华', '秀兰', '玉珍', '秀珍', '美华', '惠珍', '素芬', '爱华', '红梅', '彩霞', '月娥', '凤珍', '玉梅', '翠英'] as const;

export type Generation = 'young' | 'old';
const SINGLE_MALE = MALE_NAMES.filter((n) => n.length === 1);
const SINGLE_FEMALE = FEMALE_NAMES.filter((n) => n.length === 1);

/** Draws realistic full names, never the same one twice in an organ. */
export function createNamer(rng: Rng): (gender: 'male' | 'female', generation: Generation, surname?: string) => string {
  const used = new Set<string>();
  const drawSurname = (): string => {
    if (rng.chance(0.015)) return rng.pick(COMPOUND_SURNAMES);
    // the head of the list is drawn more often: the square of a uniform number leans towards 0
    const r = rng.next();
    return COMMON_SURNAMES[Math.floor(r * r * COMMON_SURNAMES.length)]!;
  };
  const usedGiven = new Set<string>();
  /** a given name, drawn again (up to twice) when someone already has it, so that few names repeat */
  const drawGiven = (gender: 'male' | 'female', generation: Generation): string => {
    let given = '';
    for (let tries = 0; tries < 3; tries++) {
      given =
        generation === 'old' && rng.chance(0.7)
          ? rng.pick(gender === 'male' ? OLD_MALE_NAMES : OLD_FEMALE_NAMES)
          : rng.pick(gender === 'male' ? MALE_NAMES : FEMALE_NAMES);
      if (!usedGiven.has(given)) break;
    }
    usedGiven.add(given);
    return given;
  };
  return (gender, generation, surname) => {
    for (;;) {
      const family = surname ?? drawSurname();
      // a compound surname takes a one-character given name: 欧阳明, not 欧阳晓明
      const given = family.length > 1 ? rng.pick(gender === 'male' ? SINGLE_MALE : SINGLE_FEMALE) : drawGiven(gender, generation);
      const name = family + given;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

export const drawEthnicity = (rng: Rng): string =>
  rng.weighted([
    ['汉族', 94],
    ['回族', 2],
    ['满族', 1.5],
    ['畲族', 1],
    ['蒙古族', 0.5],
    ['土家族', 0.5],
    ['壮族', 0.5],
  ] as const);

export const drawEducation = (rng: Rng, generation: Generation): string =>
  generation === 'young'
    ? rng.weighted([
        ['研究生', 35],
        ['大学本科', 58],
        ['大专', 7],
      ] as const)
    : rng.weighted([
        ['大学本科', 30],
        ['大专', 30],
        ['中专', 15],
        ['高中', 20],
        ['初中', 5],
      ] as const);

/** 公务员职级 and posts of a city-level organ, by age. */
export function drawJobPost(rng: Rng, age: number): string {
  if (age >= 50) return rng.pick(['处长', '一级调研员', '二级调研员', '副处长', '三级调研员']);
  if (age >= 40) return rng.pick(['处长', '副处长', '三级调研员', '四级调研员', '一级主任科员']);
  if (age >= 32) return rng.pick(['副处长', '四级调研员', '一级主任科员', '二级主任科员']);
  return rng.pick(['三级主任科员', '四级主任科员', '一级科员', '二级科员']);
}
