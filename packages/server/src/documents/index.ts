/**
 * The document toolkit every module uses (contracts §6): PDF with the embedded CJK font (pdfmake), merging and
 * bound volumes (pdf-lib), Word (docx) and Excel (exceljs). Forms follow shared/forms.md.
 */
export { renderPdf } from './pdf.js';
export type { Block, DocSpec, TableColumn } from './spec.js';
export { catalog, heading, keyValue, pageBreak, paragraph, signatures, table } from './spec.js';
export { EMPTY_MARK, cellText, chineseDate, type CellValue } from './text.js';
export { firstPageNumbers, mergePdfs, pageCounts } from './merge.js';
export { imageToPdfPage } from './image.js';
export { stampPageNumbers } from './stamp.js';
export { bindVolume, type BoundVolume, type VolumeInput, type VolumeItem } from './binding.js';
export type { OfficeColumn, OfficeTable } from './officeTable.js';
export { writeDocxTable } from './docx.js';
export { createXlsxStream, writeXlsxTable, type XlsxStream } from './xlsx.js';
export { rosterPdf, rosterSpec, rosterCells, ROSTER_HEADERS, type RosterInput, type RosterRow } from './roster.js';
export { CATALOG_COLUMNS, catalogFiles, catalogRows, type CatalogEntry, type CatalogInput } from './catalog.js';
