/**
 * exceljs's Workbook class by its own module: the package's entry also loads the streaming reader
 * and writer and the CSV and zip-reading libraries (about 600 KB in a bundle) that the exports
 * never use. It is the class the entry exports as `ExcelJS.Workbook`.
 */
declare module 'exceljs/lib/doc/workbook' {
  import type { Workbook } from 'exceljs'
  const WorkbookClass: typeof Workbook
  export default WorkbookClass
}
