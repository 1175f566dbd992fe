import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { Block, KeyValueBlock, SignaturesBlock, TableBlock } from './spec.js';
import { cellText } from './text.js';

/** Thin ruled grid with tight padding: printed registers need every millimetre of width for their columns. */
const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#333333',
  vLineColor: () => '#333333',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
  fillColor: (rowIndex) => (rowIndex === 0 ? '#eeeeee' : null),
};

/** Signature blanks are drawn as fullwidth low lines: they print as one unbroken rule and stay in the text layer. */
const SIGN_BLANK = '＿'.repeat(8);

function tableContent(block: TableBlock, fontSize: number): Content {
  const header: TableCell[] = block.columns.map((c) => ({ text: c.header, style: 'tableHeader' }));
  const body: TableCell[][] = block.rows.map((row) =>
    block.columns.map((col, i) => ({
      text: cellText(row[i], block.emptyMark),
      alignment: col.align ?? 'left',
    })),
  );
  return {
    table: {
      // The header row repeats on every page; a row is never split across two pages.
      headerRows: 1,
      dontBreakRows: true,
      widths: block.columns.map((c) => c.width ?? '*'),
      body: [header, ...body],
    },
    layout: GRID,
    fontSize: block.fontSize ?? fontSize,
    margin: [0, 4, 0, 8],
  };
}

function keyValueContent(block: KeyValueBlock): Content {
  const perRow = Math.max(1, block.perRow ?? 2);
  const rows: TableCell[][] = [];
  for (let i = 0; i < block.pairs.length; i += perRow) {
    const row: TableCell[] = [];
    for (let j = 0; j < perRow; j++) {
      const pair = block.pairs[i + j];
      row.push(
        pair ? { text: `${pair[0]}：`, bold: true, noWrap: true } : '',
        pair ? { text: cellText(pair[1]) } : '',
      );
    }
    rows.push(row);
  }
  return {
    table: { widths: Array.from({ length: perRow }, () => ['auto', '*'] as const).flat(), body: rows },
    layout: 'noBorders',
    margin: [0, 2, 0, 6],
  };
}

function signaturesContent(block: SignaturesBlock): Content {
  return {
    columns: block.labels.map((label) => ({ text: `${label}：${SIGN_BLANK}`, width: '*' })),
    columnGap: 12,
    margin: [0, 18, 0, 6],
  };
}

/** One block of a DocSpec as pdfmake content. */
export function blockContent(block: Block, fontSize: number): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, style: `h${block.level}`, tocItem: block.inCatalog };
    case 'paragraph':
      return { text: block.text, alignment: block.align ?? 'justify', margin: [0, 0, 0, 6] };
    case 'table':
      return tableContent(block, fontSize);
    case 'keyValue':
      return keyValueContent(block);
    case 'signatures':
      return signaturesContent(block);
    case 'catalog':
      return {
        toc: {
          title: { text: block.title, style: 'catalogTitle' },
          textMargin: [0, 2, 0, 2],
        },
      };
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}
