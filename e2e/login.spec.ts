import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, login, mainMenu, shot } from './support/session';

test('a wrong password is refused with a Chinese message and the user stays on the login page', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByText('机关党支部标准化建设平台')).toBeVisible();
  await page.getByLabel('用户名').fill('assessor');
  await page.getByLabel('密码', { exact: true }).fill('Wrong@2026');
  await page.getByRole('button', { name: '登录' }).click();
  const error = page.getByRole('alert').filter({ hasText: '用户名或密码错误' });
  await expect(error).toBeVisible();
  // the user is told how many tries are left before the lock
  await expect(error).toContainText(/再错 \d 次将锁定/);
  await expect(page).toHaveURL(/\/login/);
  await shot(page, 'login-wrong-password');

  // an unknown user gets the same message (nothing tells which usernames exist)
  await page.getByLabel('用户名').fill('nobody-here');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /^用户名或密码错误$/ })).toBeVisible();

  // the right password still works afterwards
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('用户名').fill('assessor');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/org$/);
});

test('an empty form asks for the username and password', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expect(page.getByText('请输入密码')).toBeVisible();
});

test('a demo secretary logs in and sees the organization tree', async ({ page }) => {
  await login(page, 'shuji');
  await expect(page).toHaveURL(/\/org$/);
  await expect(page.getByRole('heading', { name: '组织架构' })).toBeVisible();
  await expect(page.getByText('办公厅第一党支部', { exact: true })).toBeVisible();
  await expect(page.getByText('演示数据：当前机关为演示机关')).toBeVisible();
  await expect(page.getByRole('button', { name: '用户菜单：张建平' })).toBeVisible();
  await expect(mainMenu(page).getByRole('menuitem', { name: '党员花名册' })).toBeVisible();
  await shot(page, 'login-shuji-org');
});

test('logging out returns to the login page, and a protected page asks to log in again', async ({ page }) => {
  await login(page, 'zuzhi');
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/roster');
  await expect(page).toHaveURL(/\/login\?next=%2Froster/);
  // after logging in the user is brought back to the page they wanted
  await page.getByLabel('用户名').fill('zuzhi');
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/roster$/);
  await expect(page.getByRole('heading', { name: '党员花名册' })).toBeVisible();
});
