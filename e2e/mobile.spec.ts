import { expect, test, type Page } from '@playwright/test';
import { DANGYUAN } from './support/demo';
import { login, mainMenu, settled, shot } from './support/session';

test.use({ viewport: { width: 375, height: 812 } });

/** The page does not scroll sideways on a 375 px phone. */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
}

test('on a phone the secretary sees the roster as cards and opens the menu from the menu button', async ({ page }) => {
  await login(page, 'shuji');
  await expect(page.getByRole('heading', { name: '组织架构' })).toBeVisible();
  // no side bar on a phone: the menu hides in a drawer
  await expect(mainMenu(page)).toBeHidden();
  await expectNoSidewaysScroll(page);
  await shot(page, 'mobile-shuji-org');

  await page.getByRole('button', { name: '打开菜单' }).click();
  await expect(mainMenu(page)).toBeVisible();
  await shot(page, 'mobile-shuji-menu');
  await mainMenu(page).getByRole('menuitem', { name: '党员花名册' }).click();
  await expect(mainMenu(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: '党员花名册' })).toBeVisible();

  const cards = page.getByRole('list', { name: '党员列表' });
  await expect(cards).toBeVisible();
  const firstCard = cards.getByRole('listitem').first();
  await expect(firstCard).toBeVisible();
  await expect(firstCard).toContainText('办公厅第一党支部');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText(/^共 \d+ 人$/)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shot(page, 'mobile-shuji-roster', { fullPage: true });

  // a card opens the person's page, still without sideways scrolling
  const name = (await firstCard.getByRole('link').innerText()).split(/\s/)[0]!;
  await firstCard.getByRole('link').click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('基本信息')).toBeVisible();
  await settled(page);
  await expectNoSidewaysScroll(page);
  await shot(page, 'mobile-shuji-person', { fullPage: true });
});

test('on a phone a member opens 我的 from the menu and sees their own record', async ({ page }) => {
  await login(page, 'dangyuan');
  await page.getByRole('button', { name: '打开菜单' }).click();
  const mine = mainMenu(page).getByRole('menuitem', { name: '我的' });
  await expect(mine).toBeVisible();
  await expect(mainMenu(page).getByRole('menuitem', { name: '党员花名册' })).toHaveCount(0);
  await mine.click();
  await expect(mainMenu(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: '我的' })).toBeVisible();
  await expect(page.getByText('账号：dangyuan')).toBeVisible();
  await expect(page.getByText(DANGYUAN.name, { exact: true }).first()).toBeVisible();
  // one's own ID number is shown in full
  await expect(page.getByText(DANGYUAN.idNumber, { exact: true })).toBeVisible();
  await expect(page.getByText('已隐藏')).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await shot(page, 'mobile-dangyuan-me', { fullPage: true });
});
