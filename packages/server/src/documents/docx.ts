import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { DEFAULT_WIDTH, type OfficeColumn, type OfficeTable } from './officeTable.js';
import { cellText } from './text.js';

/** A4 in twips (1/20 pt) and the page margins we use: 2 cm portrait, 1.5 cm landscape for wide registers. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { portrait: 1134, landscape: 850 };
/** Word's default cell padding, left plus right, in twips. */
const CELL_PADDING = 216;

/**
 * Word does not embed fonts: name the ones every Chinese Windows and WPS has (宋体 for text, 黑体 for the title),
 * with Times New Roman for Latin letters and digits, as official forms are usually set.
 */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Column widths in twips: sized from their character widths, then scaled together to fill the text width. */
function columnTwips(columns: OfficeColumn[], fontSize: number, textWidth: number): number[] {
  const wanted = columns.map((c) => (c.width ?? DEFAULT_WIDTH) * fontSize * 20 + CELL_PADDING);
  const total = wanted.reduce((a, b) => a + b, 0);
  return wanted.map((w) => Math.floor((w * textWidth) / total));
}

function cell(text: string, width: number, opts: { bold?: boolean; align?: OfficeColumn['align']; shaded?: boolean }) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: opts.shaded ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
    children: [
      new Paragraph({
        alignment: ALIGN[opts.align ?? 'left'],
        children: [new TextRun({ text, bold: opts.bold })],
      }),
    ],
  });
}

/**
 * A Word document holding one titled table: A4, the header row repeated on every page, rows kept whole, and
 * "第 N 页 / 共 M 页" in the footer. Blank cells print "—" unless `emptyMark` says otherwise.
 */
export async function writeDocxTable(input: OfficeTable): Promise<Buffer> {
  const orientation = input.orientation ?? 'portrait';
  const fontSize = input.fontSize ?? 10.5;
  const margin = MARGIN[orientation];
  const textWidth = (orientation === 'landscape' ? A4.height : A4.width) - 2 * margin;
  const widths = columnTwips(input.columns, fontSize, textWidth);

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: input.columns.map((c, i) => cell(c.header, widths[i] ?? 0, { bold: true, align: 'center', shaded: true })),
  });
  const rows = input.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: input.columns.map((c, i) =>
          cell(cellText(row[i], input.emptyMark), widths[i] ?? 0, { align: c.align }),
        ),
      }),
  );

  const heading: Paragraph[] = [];
  if (input.title) {
    heading.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 120 },
        children: [new TextRun({ text: input.title, bold: true, size: 32, font: TITLE_FONT })],
      }),
    );
  }
  if (input.subtitle) {
    heading.push(
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [new TextRun(input.subtitle)] }),
    );
  }

  const doc = new Document({
    creator: '支部标准化',
    title: input.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: Math.round(fontSize * 2) } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 / 共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
              }),
            ],
          }),
        },
        children: [
          ...heading,
          new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
