import { expect, test, type Page } from '@playwright/test';
import { AS_OF } from './playwright.config';
import { FIRST_BRANCH, RESEARCH_BRANCH } from './support/demo';
import { login, mainMenu, openFromMenu, settled, shot } from './support/session';

/**
 * 组织生活 beyond the meetings (issue 5): 谈心谈话, the 组织生活会's 整改 ledger, a member's 个人自评 on a phone and a
 * report to the 机关党委. Each test works on records no other test (of any spec) changes, so that the order does not
 * matter: the talk is with a member the demo leaves without one, the 整改 item is 研究室党支部's, the 个人自评 is
 * dangyuan's own, and the report is this year's, which the demo has not written.
 */
const YEAR = Number(AS_OF.slice(0, 4));
const LAST = YEAR - 1;

/** Picks a year in the page's 选择年度. */
async function pickYear(page: Page, year: number): Promise<void> {
  await page.getByRole('combobox', { name: '选择年度' }).click();
  await page.locator('.ant-select-item-option:visible').filter({ hasText: `${year}年` }).click();
}

test('the secretary records a 谈心谈话 with a member not yet talked with, who then leaves the list', async ({ page }) => {
  await login(page, 'shuji');
  await openFromMenu(page, '谈心谈话');
  await expect(page.getByText(`${FIRST_BRANCH} · ${YEAR}年`)).toBeVisible();
  const missing = page.getByLabel('尚未谈话的党员');
  const first = missing.getByRole('button').first();
  await expect(first).toBeVisible();
  const name = (await first.innerText()).trim();
  const before = await missing.getByRole('button').count();
  await settled(page);
  await shot(page, 'life-talks-before', { fullPage: true });

  // a click on the name opens 登记谈心谈话 with the member as 谈话对象 and the secretary as 谈话人
  await first.click();
  const dialog = page.getByRole('dialog', { name: '登记谈心谈话' });
  await expect(dialog.getByText(new RegExp(`^${name}（`))).toBeVisible();
  await dialog.getByLabel('地点').fill('支部书记办公室');
  await dialog.getByLabel('谈话主要内容').fill('交流近期思想和工作情况，听取对支部工作的意见建议。');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已保存')).toBeVisible();

  // the member has left the list, and the talk heads the records
  await expect(missing.getByRole('button', { name, exact: true })).toHaveCount(0);
  if (before > 1) await expect(missing.getByRole('button')).toHaveCount(before - 1);
  const talks = page.getByRole('list', { name: '谈话记录' });
  await expect(talks.getByRole('listitem').first()).toContainText(`→ ${name}`);
  await expect(talks.getByRole('listitem').first()).toContainText('支部书记办公室');
  await shot(page, 'life-talks-after', { fullPage: true });
});

test('the secretary closes last year’s overdue 整改 item and the 体检 of that year turns LIFE-7 to 符合', async ({ page }) => {
  await login(page, 'shuji2');
  await openFromMenu(page, '三会一课');
  await expect(page.getByText(`· ${YEAR}年`)).toBeVisible();
  await pickYear(page, LAST);
  await expect(page.getByText(`${RESEARCH_BRANCH}`).first()).toBeVisible();
  await page.getByRole('list', { name: '会议列表' }).getByRole('link', { name: new RegExp(`${LAST}年度组织生活会`) }).click();

  // the held meeting opens on its 会后整改 tab, which counts the overdue item
  const panel = page.locator('.ant-card').filter({ has: page.getByRole('tab', { name: /会后整改/ }) });
  await expect(panel.getByRole('tab', { name: '会后整改（超期 1）' })).toHaveAttribute('aria-selected', 'true');
  const overdueRow = panel.locator('.lf-overdue');
  await expect(overdueRow).toHaveCount(1);
  await expect(overdueRow).toContainText('已超期');
  await settled(page);
  await shot(page, 'life-rectification-overdue', { fullPage: true });

  const seq = (await overdueRow.locator('td').first().innerText()).trim();
  await overdueRow.getByRole('button', { name: `更新整改事项${seq}` }).click();
  const dialog = page.getByRole('dialog', { name: `整改事项 ${seq}` });
  // the status is a row of buttons (radios drawn as buttons): click the label
  await dialog.locator('label').filter({ hasText: '已完成销号' }).click();
  await expect(dialog.getByRole('radio', { name: '已完成销号' })).toBeChecked();
  await dialog.getByLabel('完成情况').fill('会后3个工作日内整理记录并归档的制度已落实，经支委会检查销号');
  const closedOn = dialog.getByLabel('销号日期');
  await closedOn.fill(AS_OF);
  await closedOn.press('Enter');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  // nothing overdue any more: every item is closed, and the ledger says so
  await expect(panel.locator('.lf-overdue')).toHaveCount(0);
  await expect(panel.getByRole('tab', { name: '会后整改' })).toBeVisible();
  await expect(panel.getByText('整改已全部销号或说明')).toBeVisible();
  await expect(panel.getByRole('row').filter({ hasText: `${AS_OF} 销号` })).toHaveCount(1);
  await shot(page, 'life-rectification-closed', { fullPage: true });

  // the 体检 of last year: LIFE-7 is met
  await mainMenu(page).getByRole('menuitem', { name: '本支部体检' }).click();
  await expect(page.getByRole('heading', { name: `${RESEARCH_BRANCH} 标准化体检` })).toBeVisible();
  await pickYear(page, LAST);
  await expect(page.getByText(`（${LAST}年）`)).toBeVisible();
  await page.getByRole('group', { name: '按状态筛选' }).getByRole('button', { name: /^符合\s*\d+/ }).click();
  const finding = page.locator('.check-finding').filter({ hasText: '每年召开组织生活会并整改落实' });
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('符合');
  await expect(finding).not.toContainText('不符合');
  await expect(finding).toContainText('已全部完成');
  await finding.scrollIntoViewIfNeeded();
  await shot(page, 'life-check-life7');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('a member sees the 个人自评 to do in 我的, writes it, and sees it done', async ({ page }) => {
    await login(page, 'dangyuan');
    await page.getByRole('button', { name: '打开菜单' }).click();
    await mainMenu(page).getByRole('menuitem', { name: '我的' }).click();
    await expect(page.getByRole('heading', { name: '我的' })).toBeVisible();
    const todo = page.getByRole('list', { name: '我的待完成事项' }).getByRole('listitem').filter({ hasText: `${YEAR} 年度民主评议党员：个人自评` });
    await expect(todo).toBeVisible();
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, 'life-me-todo', { fullPage: true });

    await todo.getByRole('button', { name: '去填写' }).click();
    await expect(page.getByRole('heading', { name: '民主评议党员' })).toBeVisible();
    const mine = page.locator('.ant-card').filter({ hasText: '我的个人自评' });
    await expect(mine).toContainText('尚未填写');
    await mine.getByRole('button', { name: '填写个人自评' }).click();
    const dialog = page.getByRole('dialog', { name: '填写个人自评' });
    const text = '对照党员标准，本人能够认真学习党的创新理论，完成本职工作。不足是调研不够深入，今后加强学习、改进作风。';
    await dialog.getByRole('textbox').fill(text);
    await dialog.getByRole('button', { name: '提交' }).click();
    await expect(dialog).toBeHidden();
    await expect(mine).toContainText(text);
    await expect(mine).toContainText('本人填写');
    await expect(mine.getByRole('button', { name: '修改个人自评' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, 'life-appraisal-own', { fullPage: true });

    // back in 我的: nothing left to do for it, and it shows as done
    await page.getByRole('button', { name: '打开菜单' }).click();
    await mainMenu(page).getByRole('menuitem', { name: '我的' }).click();
    await expect(page.getByText(`${YEAR} 年度民主评议党员：个人自评`)).toBeVisible();
    await expect(page.getByRole('list', { name: '我的待完成事项' }).getByText(`${YEAR} 年度民主评议党员：个人自评`)).toHaveCount(0);
    await expect(page.getByLabel('已完成事项').getByText(`${YEAR} 年度民主评议党员：个人自评`)).toBeVisible();
    await shot(page, 'life-me-done', { fullPage: true });
  });
});

test('a report submitted by the secretary is marked received by the 机关党委, and the secretary sees it', async ({ page, browser }) => {
  await login(page, 'shuji');
  await openFromMenu(page, '工作报告');
  const card = page.locator('.ant-card').filter({ has: page.getByText('向机关党委报告工作', { exact: true }) });
  await expect(card).toContainText(`${YEAR}年尚未撰写`);
  await card.getByRole('button', { name: '撰写报告' }).click();
  const dialog = page.getByRole('dialog', { name: `${YEAR}年向机关党委报告工作` });
  await expect(dialog.getByLabel('标题')).toHaveValue(`${FIRST_BRANCH}${YEAR}年度工作情况报告`);
  await dialog.getByLabel(/报告正文/).fill(`${YEAR}年，支部落实标准化建设要求，按期召开支部党员大会、支委会和党小组会……`);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('草稿');
  await expect(card).toContainText('尚未报送');

  await card.getByRole('button', { name: '报送机关党委' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '报送' }).click();
  await expect(card).toContainText('已报送');
  await expect(card).toContainText(`报送于 ${AS_OF}`);
  await expect(card.getByRole('button', { name: '报送机关党委' })).toHaveCount(0);

  // the 机关党委, in a browser of its own, finds it among the reports waiting and marks it received
  const admin = await browser.newContext();
  try {
    const adminPage = await admin.newPage();
    await login(adminPage, 'admin');
    await openFromMenu(adminPage, '工作报告收件');
    await expect(adminPage.getByRole('radio', { name: /待处理 [1-9]/ })).toBeChecked();
    const item = adminPage.getByRole('list', { name: '报告列表' }).getByRole('listitem').filter({ hasText: FIRST_BRANCH });
    await expect(item).toContainText('已报送');
    await settled(adminPage);
    await shot(adminPage, 'life-report-inbox');
    await item.getByRole('button', { name: '收到' }).click();
    await expect(adminPage.getByText(new RegExp(`^已确认收到：\\S*${FIRST_BRANCH}$`))).toBeVisible();
    // nothing waiting any more: the inbox shows all the year's reports
    await expect(adminPage.getByRole('radio', { name: /^全部/ })).toBeChecked();
    const received = adminPage.getByRole('list', { name: '报告列表' }).getByRole('listitem').filter({ hasText: FIRST_BRANCH });
    await expect(received).toContainText('机关党委已收到');
    await expect(received).toContainText(`收到于 ${AS_OF}`);
  } finally {
    await admin.close();
  }

  // the secretary sees it received
  await page.reload();
  await expect(card).toContainText('机关党委已收到');
  await expect(card).toContainText(`收到于 ${AS_OF}`);
  await shot(page, 'life-report-received');
});
