import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { RESEARCH_BRANCH } from './support/demo';
import { login, openFromMenu, shot } from './support/session';

/** GB 11643-1999 check character (ISO 7064 MOD 11-2) of the first 17 digits. */
function withCheckChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

// Two new people (an area code the demo organ does not use, so the numbers are not in its roster).
const NEW_PEOPLE = [
  { name: '闻人若溪', idNumber: withCheckChar('11010119880315052'), category: '正式党员', joinedOn: '2012-07-01' },
  { name: '闻人若川', idNumber: withCheckChar('11010119900820053'), category: '预备党员', joinedOn: '2026-06-30' },
];
const BAD_ID = { name: '闻人若水', idNumber: '110101199201010000', category: '正式党员', joinedOn: '' };

type Row = { name: string; idNumber: string; category: string; joinedOn: string };

/** A roster file as an admin would fill the template: header row, then one row per person. */
async function rosterXlsx(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党员花名册');
  ws.addRow(['姓名', '公民身份号码', '人员类别', '入党日期', '所在党支部']);
  for (const r of rows) ws.addRow([r.name, r.idNumber, r.category, r.joinedOn, RESEARCH_BRANCH]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function chooseFile(page: Page, name: string, rows: Row[]) {
  const buffer = await rosterXlsx(rows);
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

test('the organ admin imports a roster file: problems first block the import, the corrected file goes in', async ({ page }) => {
  expect(BAD_ID.idNumber).not.toBe(withCheckChar(BAD_ID.idNumber.slice(0, 17)));
  await login(page, 'admin');
  await openFromMenu(page, '花名册导入');

  // a file with a wrong check digit: the problem is listed by row and column, and nothing can be imported
  await chooseFile(page, '花名册-有误.xlsx', [...NEW_PEOPLE, BAD_ID]);
  await expect(page.getByText('共 3 行：新增 2 人')).toBeVisible({ timeout: 20_000 });
  // row 4 of the sheet (row 1 is the header)
  const problem = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '4', exact: true }) });
  await expect(problem).toContainText('公民身份号码');
  await expect(problem).toContainText('校验位');
  await expect(page.getByText('文件中有 1 处问题，修正后重新上传（整份文件不会导入任何一行）')).toBeVisible();
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: '下载问题清单' })).toBeVisible();
  await shot(page, 'roster-import-problems', { fullPage: true });

  // the corrected file (the bad row taken out): checked clean, then imported
  await chooseFile(page, '花名册-已修正.xlsx', NEW_PEOPLE);
  await expect(page.getByText('共 2 行：新增 2 人、变更 0 人、调整支部 0 人、无变化 0 人')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/文件中有 \d+ 处问题/)).toHaveCount(0);
  const importButton = page.getByRole('button', { name: '导入', exact: true });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByText('导入完成')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('共 2 行：新增 2 人')).toBeVisible();
  await shot(page, 'roster-import-done', { fullPage: true });

  // the new person is in the roster, in 研究室党支部
  await page.getByRole('button', { name: '查看花名册' }).click();
  await expect(page.getByRole('heading', { name: '党员花名册', level: 4 })).toBeVisible();
  await page.getByLabel('搜索党员').fill(NEW_PEOPLE[0]!.name);
  const row = page.getByRole('row').filter({ hasText: NEW_PEOPLE[0]!.name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(RESEARCH_BRANCH);
  await expect(row).toContainText(NEW_PEOPLE[0]!.idNumber);
});
