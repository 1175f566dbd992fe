import { expect, test } from '@playwright/test';
import { login, openFromMenu, settled, shot } from './support/session';

/**
 * Issue 7 in the browser: the secretary uploads a paper into the 信息台账 and binds the category in one click; a
 * member finds a published case in the 典型经验库. The upload is a paper of its own title, so that the order of the
 * specs does not matter.
 */

/** A one-page PDF, as a scanner would give it (plain PDF 1.4 with one empty page). */
function onePagePdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

test('the secretary uploads a paper into 创先争优档案 and binds it: the category shows its bound PDF and catalogs', async ({ page }) => {
  await login(page, 'shuji');
  await openFromMenu(page, '信息台账');
  await settled(page);
  const card = page.locator('.ant-card').filter({ hasText: '创先争优档案' });
  await card.getByRole('button', { name: '上传材料' }).click();
  const dialog = page.getByRole('dialog', { name: '上传到创先争优档案' });
  await dialog.getByLabel('材料类别').click();
  await page.locator('.ant-select-item-option:visible').filter({ hasText: '评选表彰材料' }).click();
  await dialog.getByLabel('题名').fill('优秀共产党员推荐材料');
  await dialog.locator('input[type=file]').setInputFiles({ name: '推荐材料.pdf', mimeType: 'application/pdf', buffer: onePagePdf() });
  await dialog.getByRole('button', { name: '上传' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByRole('link', { name: '优秀共产党员推荐材料' })).toBeVisible();

  await card.getByRole('button', { name: '合订' }).click();
  await expect(card.getByText(/^已合订 \d{4}-\d{2}-\d{2}$/)).toBeVisible({ timeout: 30_000 });
  const pdf = card.getByRole('link', { name: '合订本 PDF' });
  await expect(pdf).toBeVisible();
  await expect(card.getByRole('link', { name: '目录 Word' })).toBeVisible();
  const res = await page.request.get((await pdf.getAttribute('href'))!);
  expect(res.status()).toBe(200);
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await shot(page, 'ledger-bound', { fullPage: true });
});

test('a member searches the 典型经验库 and opens a published case', async ({ page }) => {
  await login(page, 'dangyuan');
  await openFromMenu(page, '典型经验库');
  await page.getByPlaceholder('搜索标题、摘要、正文、标签').fill('微课堂');
  await page.getByPlaceholder('搜索标题、摘要、正文、标签').press('Enter');
  const card = page.getByText('党小组“微课堂”：让学习常态化');
  await expect(card).toBeVisible();
  await expect(page.getByText('把主题党日办在项目一线')).toHaveCount(0);
  await card.click();
  await expect(page.getByRole('dialog').getByText('各党小组每周利用10分钟开展“微课堂”', { exact: false })).toBeVisible();
  await shot(page, 'cases-search');
});
