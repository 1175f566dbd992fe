import ExcelJS from 'exceljs';
import { DUES_CATEGORY_HINT, PERSON_CATEGORY_LABELS, ROSTER_COLUMNS, ROSTER_FIELDS } from '@zhibu/domain';

/** The roster template: the contract's headers, the ID column as text (so Excel keeps all 18 digits), and a help sheet. */
export async function rosterTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.columns = ROSTER_FIELDS.map((f) => ({
    header: ROSTER_COLUMNS[f].header,
    key: f,
    width: f === 'idNumber' ? 22 : f === 'branch' ? 26 : 12,
    style: f === 'idNumber' || f === 'phone' ? { numFmt: '@' } : {},
  }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ROSTER_FIELDS.forEach((f, i) => {
    if (ROSTER_COLUMNS[f].required) ws.getRow(1).getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE7BA' } };
  });
  const categories = Object.values(PERSON_CATEGORY_LABELS).join(',');
  for (let r = 2; r <= 2000; r++) {
    ws.getCell(r, ROSTER_FIELDS.indexOf('category') + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${categories}"`] };
    ws.getCell(r, ROSTER_FIELDS.indexOf('gender') + 1).dataValidation = { type: 'list', allowBlank: true, formulae: ['"男,女"'] };
  }
  const help = wb.addWorksheet('填写说明');
  help.columns = [{ width: 16 }, { width: 80 }];
  help.addRows([
    ['列', '说明'],
    ['姓名', '必填，与身份证一致'],
    ['公民身份号码', '必填，18 位；请保持「文本」格式，否则 Excel 会丢失末几位'],
    ['人员类别', `必填：${Object.values(PERSON_CATEGORY_LABELS).join('、')}`],
    ['所在党支部', '必填，支部全称或简称；系统中没有的支部须确认后才会新建'],
    ['出生日期、入党日期、转正日期', '可填 2019-07-01、2019/7/1、2019年7月1日 或 Excel 日期；出生日期、性别可不填，由身份证号码推出'],
    ['民族、学历', '可填名称，也可填全国党员管理信息系统的代码（如民族 01 = 汉族，学历 21 = 大学本科毕业）'],
    ['党费类别、交纳基数（元）', `可不填。填写后，导入时同时登记该党员自导入生效年份1月起的党费类别和交纳基数（已有则更新）。党费类别${DUES_CATEGORY_HINT}，不填为在职；交纳基数填金额（元，最多两位小数），农民党员填每月交纳金额，学生等按规定定额交纳的可不填`],
    ['其他', '同一人以公民身份号码识别：重复导入同一文件不会产生重复人员；有任何一行出错则整份文件都不导入'],
  ]);
  help.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
