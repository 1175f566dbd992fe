import { describe, it, expect } from 'vitest';
import { nameSearchKeys } from './pinyin.js';

describe('nameSearchKeys', () => {
  it.each([
    ['张三', 'zs', 'zhangsan'],
    ['李四', 'ls', 'lisi'],
    ['王小明', 'wxm', 'wangxiaoming'],
    // polyphonic surnames read as surnames
    ['单雄信', 'sxx', 'shanxiongxin'],
    ['单田芳', 'stf', 'shantianfang'],
    ['曾国藩', 'zgf', 'zengguofan'],
    ['曾小贤', 'zxx', 'zengxiaoxian'],
    ['解缙', 'xj', 'xiejin'],
    ['仇晓', 'qx', 'qiuxiao'],
    ['区小明', 'oxm', 'ouxiaoming'],
    ['朴敏', 'pm', 'piaomin'],
    ['查良镛', 'zly', 'zhaliangyong'],
    ['翟志刚', 'zzg', 'zhaizhigang'],
    // ü is written v
    ['吕布', 'lb', 'lvbu'],
    ['吕', 'l', 'lv'],
    ['女娲', 'nw', 'nvwa'],
    // compound surnames
    ['欧阳修', 'oyx', 'ouyangxiu'],
    ['尉迟恭', 'ycg', 'yuchigong'],
    // a minority name with the middle dot: the dot is dropped
    ['阿依古丽·买买提', 'ayglmmt', 'ayigulimaimaiti'],
    // latin letters kept, lower-cased
    ['John', 'j', 'john'],
  ])('%s → %s / %s', (name, initials, full) => {
    expect(nameSearchKeys(name)).toEqual({ initials, full });
  });

  it('ignores surrounding spaces and gives empty keys for an empty name', () => {
    expect(nameSearchKeys(' 张三 ')).toEqual({ initials: 'zs', full: 'zhangsan' });
    expect(nameSearchKeys('')).toEqual({ initials: '', full: '' });
  });

  it('keys contain only lower-case letters and digits (no tones, no ü)', () => {
    for (const n of ['吕律', '绿化', '张乐', '略', '女']) {
      const k = nameSearchKeys(n);
      expect(k.full).toMatch(/^[a-z0-9]+$/);
      expect(k.initials).toMatch(/^[a-z0-9]+$/);
    }
  });
});
