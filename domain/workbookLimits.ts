/**
 * How large a workbook an import reads. SN's Statistik.xlsx (130,000 values) inflates to 5.3 MB;
 * the inflate limits are three times the largest real download. A workbook at the limits (14 MB
 * of sheet XML) is read with a peak of about 160 MB and imported with about 300 MB.
 */
export const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 20 * 1024 * 1024;
export const MAX_ENTRIES = 2000;

/**
 * At most this many cells (rows × columns, counting the empty cells left of a row's last one) in
 * all of a workbook's sheets together. SN's Statistik.xlsx has about 180,000 (6,400 rows × 28
 * columns); the bound is ten times that, and stops a small file of rows with one cell far to the
 * right from becoming billions of empty cells.
 */
export const MAX_WORKBOOK_CELLS = 2_000_000;
