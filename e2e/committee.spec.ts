import { expect, test, type Locator, type Page } from '@playwright/test';
import { FIRST_BRANCH } from './support/demo';
import { login, openFromMenu, settled, shot } from './support/session';

/** The person behind the `shuji` account: 书记 of 办公厅第一党支部 in the demo's current term. */
const SHUJI_NAME = '张建平';
/** A demo branch with 7 正式党员 and a committee of 3 whose term runs to 2029 (an early election needs approval). */
const BUDGET_BRANCH = '预算工作委员会党支部';

/** Picks an option of an antd Select by its label, from the dropdown that is open now. */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().getByTitle(label, { exact: true }).click();
}

/** The page does not scroll sideways on a 375 px phone. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

test('the secretary opens the committee from 组织架构 and sees the term, its deadline and its 书记', async ({ page }) => {
  await login(page, 'shuji');
  await page.getByRole('link', { name: `${FIRST_BRANCH}支部委员会` }).click();
  await expect(page.getByRole('heading', { name: `${FIRST_BRANCH} · 支部委员会` })).toBeVisible();
  await settled(page);
  await expect(page.getByRole('status')).toContainText(/距届满还有\d+天|已超期\d+天|今日届满/);
  const first = page.getByRole('list', { name: '班子成员' }).getByRole('listitem').first();
  await expect(first).toContainText('书记');
  await expect(first).toContainText(SHUJI_NAME);
  await expect(first).toContainText('已批准');
  // the branch runs its elections; extensions and appointments are the 机关党委's
  await expect(page.getByRole('button', { name: '发起换届选举' })).toBeVisible();
  await expect(page.getByRole('button', { name: '延期换届' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '任命书记' })).toHaveCount(0);
  await shot(page, 'committee-shuji', { fullPage: true });

  await page.setViewportSize({ width: 375, height: 812 });
  await expect(first).toContainText(SHUJI_NAME);
  await expectNoSidewaysScroll(page);
  await shot(page, 'committee-shuji-mobile', { fullPage: true });
});

test('a plain member gets no 支部委员会 link on 组织架构', async ({ page }) => {
  await login(page, 'dangyuan');
  await openFromMenu(page, '组织架构');
  await expect(page.getByText(FIRST_BRANCH, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `${FIRST_BRANCH}支部委员会` })).toHaveCount(0);
});

test('the organ admin runs a 换届选举 through its four steps and approves it from 换届审批', async ({ page }) => {
  await login(page, 'admin');
  await openFromMenu(page, '组织架构');
  await page.getByRole('link', { name: `${BUDGET_BRANCH}支部委员会` }).click();
  await expect(page.getByRole('heading', { name: `${BUDGET_BRANCH} · 支部委员会` })).toBeVisible();
  await settled(page);

  // 1 候选人: 3 seats need at least 4 nominees (差额不少于20%)
  await page.getByRole('button', { name: '发起换届选举' }).click();
  const create = page.getByRole('dialog', { name: `发起换届选举：${BUDGET_BRANCH}` });
  await expect(create.getByText('应选3人，候选人至少4人（差额不少于20%），已选0人')).toBeVisible();
  await create.getByLabel('候选人').click();
  for (let i = 0; i < 4; i++) {
    if (i > 0) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
  await expect(create.getByText('应选3人，候选人至少4人（差额不少于20%），已选4人')).toBeVisible();
  await create.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(/\/elections\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { name: /预算工作委员会党支部 · 换届选举/ })).toBeVisible();

  // the term runs to 2029: the 机关党委 approves the early election first
  await expect(page.getByText('本届尚未届满，提前换届须经机关党委批准', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '保存选举结果' })).toBeDisabled();
  await page.getByRole('button', { name: '批准提前换届' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '批准' }).click();
  await expect(page.getByText(/提前换届已于 \d{4}-\d{2}-\d{2} 经机关党委批准/)).toBeVisible();

  // 2 选举结果: one absent of 7 leaves 6, more than four fifths; more than half of 6 (≥ 4 votes) is elected
  const voters = page.getByRole('list', { name: '到会情况' }).getByRole('listitem');
  await expect(voters).toHaveCount(7);
  await voters.first().getByText('缺席', { exact: true }).click();
  await expect(page.getByText('已超过应到会人数的五分之四（至少须到6人），选举有效')).toBeVisible();
  const tallies = page.getByRole('list', { name: '候选人得票' }).getByRole('spinbutton');
  await expect(tallies).toHaveCount(4);
  const names: string[] = [];
  for (const [i, votes] of [6, 5, 4, 1].entries()) {
    const input = tallies.nth(i);
    names.push((await input.getAttribute('aria-label'))!.replace('的得票数', ''));
    await input.fill(String(votes));
  }
  const ballot = page.getByRole('list', { name: '候选人得票' });
  await expect(ballot.getByText('当选', { exact: true })).toHaveCount(3);
  await expect(ballot.getByText('未当选', { exact: true })).toHaveCount(1);
  // posts: exactly one 书记
  await expect(page.getByText('请为每位当选人确定职务')).toBeVisible();
  const posts = page.getByRole('list', { name: '当选人职务' });
  await choose(page, posts.getByRole('combobox', { name: `${names[0]}的职务` }), '书记');
  await choose(page, posts.getByRole('combobox', { name: `${names[1]}的职务` }), '组织委员');
  await choose(page, posts.getByRole('combobox', { name: `${names[2]}的职务` }), '宣传委员');
  await shot(page, 'committee-election-result', { fullPage: true });
  await page.getByRole('button', { name: '保存选举结果' }).click();

  // 3 报批
  await expect(page.getByText('已选举，待报批').first()).toBeVisible();
  await page.getByRole('button', { name: '报机关党委审批' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '报批' }).click();
  await expect(page.getByText('已报机关党委审批').first()).toBeVisible();

  // 4 机关党委审批, from the list of elections awaiting approval
  await openFromMenu(page, '换届审批');
  const waiting = page.getByRole('list', { name: '待审批的选举' }).getByRole('link').filter({ hasText: BUDGET_BRANCH });
  await expect(waiting).toHaveCount(1);
  await shot(page, 'committee-approvals');
  await waiting.click();
  await page.getByLabel('批复文号').fill('X机党〔2026〕30号');
  await page.getByRole('button', { name: '批准选举结果' }).click();
  await expect(page.getByText('机关党委已批准选举结果')).toBeVisible();
  await page.getByRole('button', { name: '查看支部委员会' }).click();

  // the new term is in force, its 书记 approved; the old one went to the history
  await expect(page.getByRole('heading', { name: `${BUDGET_BRANCH} · 支部委员会` })).toBeVisible();
  const secretary = page.getByRole('list', { name: '班子成员' }).getByRole('listitem').first();
  await expect(secretary).toContainText('书记');
  await expect(secretary).toContainText(names[0]!);
  await expect(secretary).toContainText('X机党〔2026〕30号');
  await expect(page.getByText('历届班子')).toBeVisible();
  await shot(page, 'committee-after-election', { fullPage: true });
});
