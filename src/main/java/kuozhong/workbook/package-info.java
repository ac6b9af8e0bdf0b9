/**
 * The Excel workbooks that finance staff, the audit and the bank open.
 *
 * <ul>
 * <li>{@link kuozhong.workbook.ListSummaryWorkbook#write} — {@code list-summary.xlsx} from a
 * {@link kuozhong.workbook.ListSummaryData};</li>
 * <li>{@link kuozhong.workbook.BankListWorkbook#write} — {@code bank-list.xlsx}, agile-encrypted,
 * mode 0600, streamed, from {@link kuozhong.workbook.BankListRow}s;</li>
 * <li>{@link kuozhong.workbook.SubsidyWorkbook#write} — {@code subsidy-<year>.xlsx} from a
 * {@link kuozhong.workbook.SubsidyWorkbookData}.</li>
 * </ul>
 *
 * The input records are this package's own: the list and settlement domains map their results onto
 * them. The writers compute nothing but sums for totals and take every figure as given. Every file is
 * written under a temporary name next to the target and renamed onto it when complete.
 *
 * <p>Personal data: list-summary and subsidy workbooks mask every identity column
 * ({@link kuozhong.common.Mask#idNo}) and, as a safety net, any 18-character identity-shaped run in
 * free text. The bank list holds full names and identity numbers; it never touches the disk in plain
 * form (see {@link kuozhong.workbook.BankListWorkbook} and {@code EncryptedTempWorkbook}). Residual
 * risks: the plain rows pass through the heap (a heap dump would hold some); a crashed run may leave
 * encrypted, unreadable temporary files under POI's temp directory ({@code java.io.tmpdir/poifiles})
 * and a {@code .bank-list.xlsx.*.part} file (encrypted, 0600) next to the target, until the next write of
 * the bank list removes it; the password is
 * turned into a {@code String} for POI's encryptor and cannot be wiped.
 */
package kuozhong.workbook;
