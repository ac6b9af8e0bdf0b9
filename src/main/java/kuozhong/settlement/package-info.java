/**
 * Annual interest-subsidy settlement (settlement.md): pure domain code, no Spring, no JDBC, no I/O
 * except {@link kuozhong.settlement.SettlementCsvWriter}; the job's orchestration is
 * {@link kuozhong.settlement.SettlementService}, persistence {@code jdbc.SettlementStore}.
 *
 * <p>What the job calls, in order:
 * <ol>
 *   <li>{@code SettlementService.verifyLedgerFiles}: the ledger files on disk against the manifest and the
 *       loaded bytes ({@code MANIFEST_MISMATCH});</li>
 *   <li>{@link kuozhong.settlement.SettlementService#calculate} (pure): {@link kuozhong.settlement.SettlementCalculator}
 *       → {@link kuozhong.settlement.SettlementResult}, {@link kuozhong.settlement.ReconciliationChecks},
 *       {@link kuozhong.settlement.TargetProgress};</li>
 *   <li>{@code publishOrSetAside}: store and publish (every check passed), or write the run's files under
 *       {@code failed/};</li>
 *   <li>{@code writeOutputs}: the files of the published settlement into {@code out/settlement/<year>/}.</li>
 * </ol>
 * {@link kuozhong.settlement.SettlementCalculator#settle(int, kuozhong.policy.PolicySet, Loan, java.util.List,
 * ListVersionRef, MemberOf)} settles one loan whose membership is known: {@code kz list simulate} uses it with the
 * membership a settlement stored. Eligibility rules live in {@code kuozhong.settlement.eligibility}, one small
 * class per code.
 */
package kuozhong.settlement;
