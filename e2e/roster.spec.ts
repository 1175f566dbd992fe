import { expect, test, type Page } from '@playwright/test';
import { nameSearchKeys } from '@zhibu/domain';
import { FIRST_BRANCH, ROSTER_PERSON } from './support/demo';
import { login, openFromMenu, settled, shot } from './support/session';

// The search key the roster matches on, worked out as the app does (孟梦瑶 → mmy).
const initials = nameSearchKeys(ROSTER_PERSON.name).initials;

/** Opens 党员花名册 from the menu and searches it. */
async function searchRoster(page: Page, q: string) {
  await openFromMenu(page, '党员花名册');
  await page.getByLabel('搜索党员').fill(q);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${q}`));
}

/** Searches the roster for the person by initials and opens their page from the result. */
async function openPersonByInitials(page: Page) {
  await searchRoster(page, initials);
  await expect(page.getByText(/^截至 \S+，共 1 人$/)).toBeVisible();
  await page.getByRole('link', { name: ROSTER_PERSON.name }).click();
  await expect(page).toHaveURL(/\/persons\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: ROSTER_PERSON.name })).toBeVisible();
  await expect(page.getByText('基本信息')).toBeVisible();
}

/** The ID number as shown on the person's page (with the 已隐藏 tag, when there is one). */
const idNumberOnPage = (page: Page) => page.getByText(/^330[0-9*]{11}[0-9X]{4}/);

test('the secretary finds a member by pinyin initials and sees the full ID number', async ({ page }) => {
  expect(initials).toBe('mmy');
  await login(page, 'shuji');
  await searchRoster(page, initials);
  await expect(page.getByText(/^截至 \S+，共 1 人$/)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: ROSTER_PERSON.name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(FIRST_BRANCH);
  await expect(row).toContainText(ROSTER_PERSON.idNumber);
  await shot(page, 'roster-shuji-search');

  await page.getByRole('link', { name: ROSTER_PERSON.name }).click();
  await expect(page.getByRole('heading', { name: ROSTER_PERSON.name })).toBeVisible();
  const id = idNumberOnPage(page);
  await expect(id).toHaveText(ROSTER_PERSON.idNumber);
  const shown = (await id.innerText()).trim();
  expect(shown).toHaveLength(18);
  expect(shown).not.toContain('*');
  await expect(page.getByText('已隐藏')).toHaveCount(0);
  await settled(page);
  await shot(page, 'roster-shuji-person', { fullPage: true });
});

test('another 支委 (宣传委员) finds the same member but sees the ID number masked', async ({ page }) => {
  await login(page, 'xuanchuan');
  await openPersonByInitials(page);
  const id = idNumberOnPage(page);
  await expect(id).toContainText('*');
  await expect(id).toContainText('已隐藏');
  // the first three and the last four are kept
  await expect(id).toContainText(`${ROSTER_PERSON.idNumber.slice(0, 3)}***********${ROSTER_PERSON.idNumber.slice(-4)}`);
  await expect(page.getByText(ROSTER_PERSON.idNumber)).toHaveCount(0);
  await shot(page, 'roster-xuanchuan-person', { fullPage: true });

  // the full number is not a way round the mask: searching by it finds nobody
  await searchRoster(page, ROSTER_PERSON.idNumber);
  await expect(page.getByText(/^截至 \S+，共 0 人$/)).toBeVisible();
  await expect(page.getByText('没有符合条件的人员')).toBeVisible();
});

test('the secretary of another branch does not find the member, nor open their page', async ({ browser }) => {
  // the person's page address, as the own branch's secretary sees it
  const own = await browser.newContext();
  const ownPage = await own.newPage();
  await login(ownPage, 'shuji');
  await openPersonByInitials(ownPage);
  const personUrl = ownPage.url();
  await own.close();

  const other = await browser.newContext();
  const page = await other.newPage();
  await login(page, 'shuji2');
  await searchRoster(page, initials);
  await expect(page.getByText(/^截至 \S+，共 0 人$/)).toBeVisible();
  await expect(page.getByText('没有符合条件的人员')).toBeVisible();
  await expect(page.getByRole('link', { name: ROSTER_PERSON.name })).toHaveCount(0);
  await shot(page, 'roster-shuji2-not-found');

  await page.goto(personUrl);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByText(ROSTER_PERSON.name)).toHaveCount(0);
  await expect(page.getByText(ROSTER_PERSON.idNumber.slice(-4))).toHaveCount(0);
  await shot(page, 'roster-shuji2-person-refused');
  await other.close();
});
