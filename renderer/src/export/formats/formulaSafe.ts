// Spreadsheet formula injection: a cell that starts with =, +, -, @, a tab or a carriage return is
// run as a formula by Excel and LibreOffice. Such cells get a leading apostrophe, which spreadsheets
// show as text. (papaparse's own escapeFormulae pattern misses cells that also contain a line break.)
export const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
