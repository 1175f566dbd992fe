import { expect, test, type Page } from '@playwright/test';
import { closeIssued, openAccountsForBranch, openBranchAccountsAsAdmin, resetPasswordAsAdmin } from './support/accounts';
import { SPARE_FOR_FIRST_LOGIN, SPARE_FOR_WEAK_PASSWORD } from './support/demo';
import { login, shot } from './support/session';

/** Logs in with a one-time password and checks that the app insists on a new one. */
async function loginForcedToChange(page: Page, username: string, password: string) {
  await login(page, username, password);
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByText('首次登录或密码已被重置，须先修改密码才能继续使用。')).toBeVisible();
  // the rest of the app stays closed until the password is changed
  await page.goto('/me');
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByText('首次登录或密码已被重置，须先修改密码才能继续使用。')).toBeVisible();
}

async function fillChange(page: Page, current: string, next: string) {
  await page.getByLabel('当前密码', { exact: true }).fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('确认新密码', { exact: true }).fill(next);
  await page.getByRole('button', { name: '修改密码' }).click();
}

/** The rule's message under the new-password field, tied to the field for screen readers too. */
async function expectRuleMessage(page: Page, message: string | RegExp) {
  const field = page.getByLabel('新密码', { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
  await expect(page.getByText(message).first()).toBeVisible();
}

test('the organ admin opens accounts for a branch and is shown the one-time passwords once', async ({ page }) => {
  await openBranchAccountsAsAdmin(page);
  const spare = page.getByRole('button', { name: `重置${SPARE_FOR_FIRST_LOGIN}的密码` });
  // in a whole run this test comes first; run after the password tests, it finds the accounts already open
  const alreadyOpen = (await spare.count()) > 0;
  const issued = await openAccountsForBranch(page);
  await expect(issued.getByText(/^已有账号的 \d+ 人未重复开通。$/)).toBeVisible();
  if (alreadyOpen) {
    await expect(issued.getByText('没有新开通的账号')).toBeVisible();
  } else {
    const cells = issued.getByRole('row').filter({ hasText: SPARE_FOR_FIRST_LOGIN }).getByRole('cell');
    await expect(cells.nth(1)).toHaveText('wangjiawei');
    await expect(cells.nth(2)).toHaveText(/^\S{8,}$/);
  }
  await shot(page, 'accounts-bulk-issued');
  await closeIssued(page, issued);
  await expect(page.getByRole('row').filter({ hasText: SPARE_FOR_FIRST_LOGIN })).toBeVisible();
  await expect(spare).toBeVisible();
});

test('a member given a one-time password must change it, then logs in with the new one', async ({ browser }) => {
  const issued = await resetPasswordAsAdmin(browser, SPARE_FOR_FIRST_LOGIN, 'first-password-reset');

  const context = await browser.newContext();
  const page = await context.newPage();
  await loginForcedToChange(page, issued.username, issued.password);
  await shot(page, 'first-password-forced');

  const newPassword = 'Hongqi#2026';
  await fillChange(page, issued.password, newPassword);
  await expect(page.getByText('密码已修改')).toBeVisible();
  // a plain member lands on 我的, showing their own record
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { name: '我的' })).toBeVisible();
  await expect(page.getByText(`账号：${issued.username}`)).toBeVisible();
  await expect(page.getByRole('button', { name: `用户菜单：${SPARE_FOR_FIRST_LOGIN}` })).toBeVisible();
  await shot(page, 'first-password-landed');

  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/login/);

  // the one-time password no longer works; the new one does, with no further change asked for
  await page.getByLabel('用户名').fill(issued.username);
  await page.getByLabel('密码', { exact: true }).fill(issued.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '用户名或密码错误' })).toBeVisible();
  await login(page, issued.username, newPassword);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText('首次登录或密码已被重置')).toHaveCount(0);
  await context.close();
});

test('a weak new password is refused with the password rule', async ({ browser }) => {
  const issued = await resetPasswordAsAdmin(browser, SPARE_FOR_WEAK_PASSWORD);

  const context = await browser.newContext();
  const page = await context.newPage();
  await loginForcedToChange(page, issued.username, issued.password);
  await expect(page.getByText('新密码至少 8 位，并包含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名。')).toBeVisible();

  // only lower-case letters and digits: two kinds of the four
  await fillChange(page, issued.password, 'hongqi2026');
  await expectRuleMessage(page, '密码须包含大写字母、小写字母、数字、符号中的至少三类');
  await shot(page, 'first-password-weak');

  // too short
  await fillChange(page, issued.password, 'Hq#1');
  await expectRuleMessage(page, '密码至少 8 位');

  // the username inside the password
  await fillChange(page, issued.password, `${issued.username}#A1`);
  await expectRuleMessage(page, '密码不能包含用户名');

  // nothing was changed: the one-time password still has to be replaced
  await expect(page).toHaveURL(/\/change-password$/);
  await page.reload();
  await expect(page.getByText('首次登录或密码已被重置，须先修改密码才能继续使用。')).toBeVisible();
  await context.close();
});
