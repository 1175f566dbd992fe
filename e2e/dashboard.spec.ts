import { expect, test } from '@playwright/test';
import { FIRST_BRANCH } from './support/demo';
import { login, mainMenu, settled, shot } from './support/session';

/**
 * Issue 7 §8 in the browser: the 工作看板. The organ admin reads the year's figures, clicks through a chart to the
 * records behind it and a branch's row to its own board, and opens the 大屏; a 书记's menu leads to their branch's board.
 */
test('the organ admin reads the 工作看板, clicks through to the records and a branch, and opens the 大屏', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, 'admin');
  await mainMenu(page).getByRole('menuitem', { name: '工作看板' }).click();
  await expect(page.getByRole('heading', { name: '工作看板', level: 4 })).toBeVisible();
  // the first visit runs the check at every month end of the year: give it time on a loaded machine
  await expect(page.getByText('当前标准覆盖率')).toBeVisible({ timeout: 60_000 });
  await settled(page);
  const branches = page.locator('.ant-card').filter({ hasText: '各支部情况' });
  await expect(branches.getByRole('row')).toHaveCount(11);
  await shot(page, 'dashboard-organ');

  // the clause with the most branches unmet opens the 体检 behind it (a chart's bars move with the data: the list
  // is the stable place to click through)
  await page.locator('.ant-card').filter({ hasText: '当前不符合最多的条款' }).locator('.ant-list-item').first().click();
  await expect(page).toHaveURL(/\/check$/);
  await page.goBack();

  // a branch's row opens its own board
  await expect(page.getByText('当前标准覆盖率')).toBeVisible({ timeout: 60_000 });
  await page.locator('.ant-card').filter({ hasText: '各支部情况' }).getByRole('row').filter({ hasText: FIRST_BRANCH }).click();
  await expect(page).toHaveURL(/\/branches\/[^/]+\/dashboard/);
  // the branch's board, not the organ's any more: no table of branches, its own figures
  await expect(page.getByText('各支部情况')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByText(FIRST_BRANCH).first()).toBeVisible();
  await expect(page.locator('.ant-statistic-title').filter({ hasText: '三会一课 已开/应开' })).toBeVisible({ timeout: 60_000 });

  // the 大屏: no menus, the organ's name as its title
  await page.goto('/dashboard');
  await page.getByRole('button', { name: '大屏模式' }).click();
  await expect(page).toHaveURL(/\/dashboard\/screen/);
  await expect(page.getByRole('heading', { name: /党建工作看板$/ })).toBeVisible({ timeout: 60_000 });
  await expect(mainMenu(page)).toHaveCount(0);
  await expect(page.getByText('当前标准覆盖率')).toBeVisible({ timeout: 60_000 });
  await shot(page, 'dashboard-screen');
});

test('a 书记 opens 工作看板 from the menu and reads their own branch’s board', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, 'shuji');
  await mainMenu(page).getByRole('menuitem', { name: '工作看板' }).click();
  await expect(page).toHaveURL(/\/branches\/[^/]+\/dashboard/);
  await expect(page.getByText('当前标准覆盖率')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(FIRST_BRANCH).first()).toBeVisible();
  // the organ's board is not theirs
  await page.goto('/dashboard/screen');
  await expect(page.getByText('大屏模式展示全机关的看板，仅机关党委和考核人员可以打开。')).toBeVisible();
});
