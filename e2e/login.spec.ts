import { expect, test } from '@playwright/test';

test('a demo secretary logs in and sees the organization tree', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('shuji');
  await page.getByLabel('密码').fill('Zhibu@2026');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto('/org');
  await expect(page.getByText('办公厅第一党支部').first()).toBeVisible();
});
