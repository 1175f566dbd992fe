import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { FIRST_BRANCH } from './demo';
import { login, openFromMenu, shot } from './session';

export interface OneTimePassword {
  username: string;
  password: string;
}

/** As the organ admin: 账号管理, narrowed to 办公厅第一党支部 (whose demo accounts then show). */
export async function openBranchAccountsAsAdmin(page: Page): Promise<void> {
  await login(page, 'admin');
  await openFromMenu(page, '账号管理');
  await expect(page.getByText('全机关账号')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'admin', exact: true })).toBeVisible();
  const branch = page.getByRole('combobox', { name: '选择党支部' });
  await branch.click();
  await branch.fill(FIRST_BRANCH);
  // the branch list loads on its own: wait for the option before choosing it
  await expect(page.getByRole('option', { name: FIRST_BRANCH, exact: true })).toHaveCount(1);
  await branch.press('Enter');
  // narrowed to the branch: its bulk button shows, and the admin's own account (in no branch) is gone
  await expect(page.getByRole('button', { name: '为本支部党员批量开通账号' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'admin', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '重置张宏伟的密码' })).toBeVisible();
}

/**
 * 为本支部党员批量开通账号, confirmed; returns the modal listing the new accounts (still open). The branch's
 * members without an account get one, with a one-time password.
 */
export async function openAccountsForBranch(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '为本支部党员批量开通账号' }).click();
  const confirm = page.getByRole('dialog', { name: `为${FIRST_BRANCH}党员批量开通账号？` });
  await expect(confirm).toContainText('已有账号的人员不受影响');
  const issued = page.getByRole('dialog', { name: new RegExp(`^${FIRST_BRANCH}：新开通 \\d+ 个账号$`) });
  // a click that lands while the confirm is still zooming in can be lost on a loaded machine: click again while the
  // confirm stays open (a click on its button while the request runs is ignored: the button is loading)
  await expect(async () => {
    if (await confirm.isVisible()) await confirm.getByRole('button', { name: '开通' }).click({ timeout: 2_000 });
    await expect(issued.getByText('初始密码只显示这一次')).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  return issued;
}

/** 完成, then 已记录，关闭 in the confirm that follows: the one-time passwords are gone for good. */
export async function closeIssued(page: Page, issued: Locator): Promise<void> {
  await issued.getByRole('button', { name: '完成' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '确认已记录或打印？' });
  await expect(confirm).toContainText('关闭后将无法再次查看这些初始密码');
  await confirm.getByRole('button', { name: '已记录，关闭' }).click();
  await expect(issued).toBeHidden();
}

/**
 * As the organ admin, in a browser context of its own: resets the password of a member of 办公厅第一党支部 on
 * 账号管理 and reads the one-time password from the modal. Opens the branch's accounts first if this person has
 * none yet, so that it does not matter which test runs first.
 */
export async function resetPasswordAsAdmin(browser: Browser, personName: string, shotName?: string): Promise<OneTimePassword> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await openBranchAccountsAsAdmin(page);
    const resetButton = page.getByRole('button', { name: `重置${personName}的密码` });
    if ((await resetButton.count()) === 0) await closeIssued(page, await openAccountsForBranch(page));

    await resetButton.click();
    const confirm = page.getByRole('dialog', { name: `重置 ${personName} 的密码？` });
    await expect(confirm).toContainText('本人下次登录须修改密码');
    await confirm.getByRole('button', { name: '重置' }).click();

    const issued = page.getByRole('dialog', { name: `已重置密码：${personName}` });
    await expect(issued.getByText('初始密码只显示这一次')).toBeVisible();
    const cells = issued.getByRole('row').filter({ hasText: personName }).getByRole('cell');
    await expect(cells).toHaveCount(3);
    const username = (await cells.nth(1).innerText()).trim();
    const password = (await cells.nth(2).innerText()).trim();
    expect(username).toMatch(/^[a-z0-9]{3,}$/);
    expect(password.length).toBeGreaterThanOrEqual(8);
    if (shotName) await shot(page, shotName);
    await closeIssued(page, issued);
    // the list now tells that this person has yet to replace the one-time password
    await expect(page.getByRole('row').filter({ hasText: personName }).getByText('待修改初始密码')).toBeVisible();
    return { username, password };
  } finally {
    await context.close();
  }
}
