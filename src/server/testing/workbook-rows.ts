import ExcelJS from "exceljs";

/** Reads an Excel download for a test. */
export async function loadWorkbook(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

/** Rows of a sheet as arrays from column A (ExcelJS rows are 1-based with an empty slot 0). */
export const rowsOf = (sheet: ExcelJS.Worksheet): unknown[][] => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));

/** The cell `column` places right of the first cell that reads `label` in column A. */
export const cellRightOf = (sheet: ExcelJS.Worksheet, label: string, column = 1): unknown => rowsOf(sheet).find((row) => row[0] === label)?.[column];
