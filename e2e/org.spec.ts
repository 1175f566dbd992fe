import { expect, test } from '@playwright/test';
import { ALL_BRANCHES } from './support/demo';
import { login, mainMenu, openFromMenu, shot } from './support/session';

test('the organ admin sees every branch in 组织架构, the retired cadres’ and the joint ones included', async ({ page }) => {
  await login(page, 'admin');
  await openFromMenu(page, '组织架构');
  const main = page.getByRole('main');
  await expect(main.getByText('XX市人大常委会机关', { exact: true })).toBeVisible();
  // the organ's party committee heads the tree (its own office staff also appear as a unit of a branch)
  await expect(main.locator('.organ-sub')).toHaveText('机关党委');
  for (const name of ALL_BRANCHES) await expect(page.getByText(name, { exact: true })).toBeVisible();
  await expect(page.getByText('离退休干部党支部', { exact: true })).toBeVisible();
  // joint branches carry their kind
  await expect(page.getByText('联合党支部', { exact: true })).toHaveCount(2);
  await expect(page.getByText('中共XX市人大常委会机关财政经济委员会、教育科学文化卫生委员会、城乡建设环境保护委员会联合党支部')).toBeVisible();
  // the organ's totals count all ten branches
  await expect(main.getByText(/^党支部\s*10\s*个$/)).toBeVisible();
  await expect(mainMenu(page).getByRole('menuitem', { name: '账号管理' })).toBeVisible();
  await expect(mainMenu(page).getByRole('menuitem', { name: '机关设置' })).toBeVisible();
  await shot(page, 'org-admin', { fullPage: true });
});

test('a plain member has no 账号管理 in the menu and cannot open it by address', async ({ page }) => {
  await login(page, 'dangyuan');
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { name: '我的' })).toBeVisible();
  const menu = mainMenu(page);
  await expect(menu.getByRole('menuitem', { name: '我的' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: '组织架构' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: '账号管理' })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: '机关设置' })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: '党员花名册' })).toHaveCount(0);
  await shot(page, 'org-dangyuan-menu');

  await page.goto('/accounts');
  await expect(page).not.toHaveURL(/\/accounts/);
  await expect(page.getByRole('heading', { name: '账号管理' })).toHaveCount(0);
});

test('a branch secretary sees only their own branch and has 账号管理 for it', async ({ page }) => {
  await login(page, 'shuji2');
  await expect(page.getByText('研究室党支部', { exact: true })).toBeVisible();
  await expect(page.getByText('办公厅第一党支部', { exact: true })).toHaveCount(0);
  await openFromMenu(page, '账号管理');
  await expect(page.getByText('本支部党员的账号')).toBeVisible();
  await expect(page.getByRole('button', { name: '重置黄博文的密码' })).toHaveCount(0);
  await expect(page.getByText('本人账号')).toBeVisible();
  await shot(page, 'org-shuji2-accounts');
});
