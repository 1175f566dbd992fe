import { expect, type Page } from '@playwright/test';

/** Every demo account's password (README, `zhibu demo`). */
export const DEMO_PASSWORD = 'Zhibu@2026';

/** Where screenshots of key steps go, for a person to look at. */
export const SHOTS_DIR = '/tmp/e2e-shots';

/** Signs in through the login form and waits until the app has left the login page. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** The side menu (or, on a phone, the menu inside the drawer). */
export const mainMenu = (page: Page) => page.getByRole('navigation', { name: '主菜单' });

/** Opens a page from the side menu by its label. */
export async function openFromMenu(page: Page, label: string): Promise<void> {
  await mainMenu(page).getByRole('menuitem', { name: label }).click();
  await expect(page.getByRole('heading', { name: label, level: 4 })).toBeVisible();
}

/**
 * A screenshot of a key step, for a person to look at: what is in the window, or the whole page with `fullPage`
 * (not with a modal open: the fixed header, side bar and mask are then drawn where the window was).
 */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: opts.fullPage ?? false, animations: 'disabled' });
}

/** Waits until no part of the page still shows the loading spinner's 加载中…. */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByText('加载中…')).toHaveCount(0);
}
