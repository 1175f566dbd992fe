import { expect, test, type Page } from '@playwright/test';
import { AS_OF } from './playwright.config';
import { FIRST_BRANCH, ROSTER_PERSON } from './support/demo';
import { login, mainMenu, openFromMenu, settled, shot } from './support/session';

/** The `shuji` account's person (书记 of 办公厅第一党支部), who hosts. */
const SECRETARY = '张建平';
const MONTH = Number(AS_OF.slice(5, 7));

/** Picks a person in a PersonSelect (searchable by name) of the open dialog. */
async function pickPerson(page: Page, label: string, name: string): Promise<void> {
  const select = page.getByRole('dialog').getByLabel(label);
  await select.click();
  await select.fill(name);
  await expect(page.locator('.ant-select-item-option:visible').first()).toContainText(name);
  // the first match is the active option: Enter takes it (a click may land while the list still slides in)
  await select.press('Enter');
}

/**
 * The journey: the 书记 records this month's 主题党日 (the demo already holds one on an earlier day of the
 * month, so this is the month's second), fills it in, takes attendance (all present), confirms it held, and the
 * branch's 体检 counts it under LIFE-5 for the month, 符合.
 */
test('the secretary records a 主题党日 with attendance and the 体检 counts it', async ({ page }) => {
  await login(page, 'shuji');
  await expect(mainMenu(page).getByRole('menuitem', { name: '三会一课' })).toBeVisible();
  await openFromMenu(page, '三会一课');
  await expect(page.getByText(`${FIRST_BRANCH}`).first()).toBeVisible();
  const grid = page.getByRole('table', { name: '逐月情况' });
  const themeMark = grid.getByRole('link', { name: new RegExp(`^${MONTH}月 主题党日：已召开`) });
  await expect(themeMark).toBeVisible();
  await expect(themeMark).not.toHaveAttribute('aria-label', /2次/);
  await settled(page);
  await shot(page, 'meetings-branch-year', { fullPage: true });

  // 登记会议: kind, date (today), times, place, title
  await page.getByRole('button', { name: '登记会议' }).click();
  const create = page.getByRole('dialog', { name: '登记会议' });
  await expect(create.getByText('主题党日')).toBeVisible();
  await create.getByLabel('开始时间').fill('14:30');
  await create.getByLabel('开始时间').press('Enter');
  await create.getByLabel('结束时间').fill('16:00');
  await create.getByLabel('结束时间').press('Enter');
  await create.getByLabel('地点').fill('机关党员活动室');
  await create.getByLabel('会议名称/主题').fill(`${MONTH}月主题党日：重温入党誓词`);
  await create.getByRole('button', { name: '登记并填写记录' }).click();
  await expect(create).toBeHidden();

  // the meeting's page says what stops it from being marked held
  await expect(page.getByRole('heading', { name: '主题党日记录' })).toBeVisible();
  await expect(page.getByRole('list', { name: '待完成事项' })).toBeVisible();
  await expect(page.getByRole('button', { name: '确认已召开' })).toBeDisabled();

  // the record: host, recorder, agenda, the three required actions and a form; the length is computed
  await page.getByRole('button', { name: '编辑记录' }).click();
  const edit = page.getByRole('dialog', { name: '编辑会议记录' });
  await expect(edit.getByRole('status')).toContainText('时长 1小时30分钟');
  await pickPerson(page, '主持人', SECRETARY);
  await pickPerson(page, '记录人', ROSTER_PERSON.name);
  await edit.getByLabel('会议议题（每行一项）').fill('集体诵读党章\n学习党的二十届四中全会精神\n交纳11月党费');
  await edit.getByLabel('会议内容/纪要').fill('书记领学全会精神，党员交流学习体会。');
  await edit.getByRole('checkbox', { name: '集体诵读党章' }).check();
  await edit.getByRole('checkbox', { name: '组织集中学习' }).check();
  await edit.getByLabel('学习材料').fill('党的二十届四中全会公报');
  // 交纳当月党费 is no longer a tick: it is read from the month's payments of the members present (LIFE-5)
  await expect(edit.getByRole('checkbox', { name: '交纳当月党费' })).toHaveCount(0);
  await expect(edit).toContainText('由党费收缴记录自动得出');
  await edit.getByRole('checkbox', { name: '主题实践' }).click();
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  const record = page.locator('.mt-record');
  await expect(record).toContainText(SECRETARY);
  await expect(record).toContainText(ROSTER_PERSON.name);
  await expect(record).toContainText('学习党的二十届四中全会精神');

  // attendance from the roster: all present, saved; the counts are computed
  const attendance = page.getByRole('list', { name: '出席名单' });
  await expect(attendance.getByRole('listitem').first()).toBeVisible();
  const expected = await attendance.getByRole('listitem').count();
  await page.getByRole('button', { name: '全部出席' }).click();
  await page.getByRole('button', { name: '保存出席情况' }).click();
  await expect(page.getByText('出席情况已保存')).toBeVisible();
  await expect(record).toContainText(`应到 ${expected} 人`);
  await expect(record).toContainText(`实到 ${expected} 人`);

  // nothing missing any more: confirm it held
  await expect(page.getByRole('list', { name: '待完成事项' })).toHaveCount(0);
  const hold = page.getByRole('button', { name: '确认已召开' });
  await expect(hold).toBeEnabled();
  await hold.click();
  await expect(page.locator('.ant-tag').filter({ hasText: /^已召开$/ })).toBeVisible();
  await expect(hold).toHaveCount(0);
  await settled(page);
  await shot(page, 'meetings-theme-day-held', { fullPage: true });

  // back on the branch's year: the month now shows two 主题党日
  await page.getByRole('button', { name: '返回三会一课' }).click();
  await expect(page.getByRole('table', { name: '逐月情况' }).getByRole('link', { name: `${MONTH}月 主题党日：已召开 2次` })).toBeVisible();

  // the 体检 counts it: LIFE-5 for the month is 符合, with both meetings as evidence
  await mainMenu(page).getByRole('menuitem', { name: '本支部体检' }).click();
  await expect(page.getByRole('heading', { name: `${FIRST_BRANCH} 标准化体检` })).toBeVisible();
  await page.getByRole('group', { name: '按状态筛选' }).getByRole('button', { name: /^符合\s*\d+/ }).click();
  const finding = page.locator('.check-finding').filter({ hasText: new RegExp(`${AS_OF.slice(0, 4)}年${MONTH}月已\\S{2}主题党日2次`) });
  await expect(finding).toContainText('符合');
  await expect(finding.getByRole('link', { name: `主题党日 ${AS_OF}` })).toBeVisible();
  await shot(page, 'meetings-check-life5');
});

/** The demo's deliberate LIFE-5 gap: 办公厅第二党支部 held no 主题党日 two months before the as-of month. */
const GAP_BRANCH = '办公厅第二党支部';
const GAP_MONTH = MONTH - 2;
const GAP_DAY = `${AS_OF.slice(0, 4)}-${String(GAP_MONTH).padStart(2, '0')}-18`;

/** Picks the first person offered in a PersonSelect of the open dialog. */
async function pickFirst(page: Page, label: string): Promise<void> {
  const select = page.getByRole('dialog').getByLabel(label);
  await select.click();
  await expect(page.locator('.ant-select-item-option:visible').first()).toBeVisible();
  // the first option is the active one: Enter takes it (a click may land while the list still slides in)
  await select.press('Enter');
}

test('the 机关党委 fills a month without a 主题党日 as 补录 and the 体检 turns 符合', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/org');
  await page.getByRole('button', { name: `管理${GAP_BRANCH}` }).click();
  await page.getByRole('menuitem', { name: '三会一课' }).click();
  await expect(page.getByRole('heading', { name: '三会一课' })).toBeVisible();

  // the 体检 shows the gap first
  await page.getByRole('button', { name: '标准化体检' }).click();
  const when = `${AS_OF.slice(0, 4)}年${GAP_MONTH}月`;
  await expect(page.locator('.check-finding-unmet').filter({ hasText: new RegExp(`${when}没有\\S{2}主题党日`) })).toBeVisible();
  await page.goBack();

  // the grid marks the month red; a click opens 登记会议 for it
  await page.getByRole('table', { name: '逐月情况' }).getByRole('button', { name: `${GAP_MONTH}月 主题党日：未召开，点击登记` }).click();
  const create = page.getByRole('dialog', { name: '登记会议' });
  await create.getByLabel('日期').fill(GAP_DAY);
  await create.getByLabel('日期').press('Enter');
  await create.getByLabel('开始时间').fill('14:30');
  await create.getByLabel('开始时间').press('Enter');
  await create.getByLabel('结束时间').fill('15:45');
  await create.getByLabel('结束时间').press('Enter');
  await create.getByRole('button', { name: '登记并填写记录' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('heading', { name: '主题党日记录' })).toBeVisible();

  await page.getByRole('button', { name: '编辑记录' }).click();
  const edit = page.getByRole('dialog', { name: '编辑会议记录' });
  await pickFirst(page, '主持人');
  await pickFirst(page, '记录人');
  await edit.getByLabel('会议议题（每行一项）').fill('集体诵读党章\n集中学习');
  await edit.getByRole('checkbox', { name: '集体诵读党章' }).check();
  await edit.getByRole('checkbox', { name: '组织集中学习' }).check();
  await edit.getByLabel('学习材料').fill('《中国共产党章程》');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();

  await page.getByRole('button', { name: '全部出席' }).click();
  await page.getByRole('button', { name: '保存出席情况' }).click();
  await expect(page.getByText('出席情况已保存')).toBeVisible();
  await page.getByRole('button', { name: '确认已召开' }).click();
  await expect(page.locator('.ant-tag').filter({ hasText: /^已召开$/ })).toBeVisible();
  // recorded more than 30 days after its date: 补录, with the day it was recorded, never hidden
  await expect(page.locator('.ant-tag').filter({ hasText: /^补录（登记于\d{4}-\d{2}-\d{2}）$/ })).toBeVisible();
  await shot(page, 'meetings-back-entry');

  await page.getByRole('button', { name: '返回三会一课' }).click();
  await page.getByRole('button', { name: '标准化体检' }).click();
  await expect(page.locator('.check-finding-unmet').filter({ hasText: new RegExp(`${when}没有\\S{2}主题党日`) })).toHaveCount(0);
  await page.getByRole('group', { name: '按状态筛选' }).getByRole('button', { name: /^符合\s*\d+/ }).click();
  await expect(page.locator('.check-finding').filter({ hasText: new RegExp(`${when}已\\S{2}主题党日1次`) })).toContainText('符合');
});
