/**
 * Annual interest-subsidy settlement (settlement.md): pure domain code, no Spring, no JDBC, no I/O
 * except {@link kuozhong.settlement.SettlementCsvWriter}.
 *
 * <p>What the job calls, in order:
 * <ol>
 *   <li>{@link kuozhong.settlement.SettlementCalculator#settle(int, java.util.List, java.util.Map,
 *       kuozhong.settlement.ListMembership, kuozhong.policy.PolicySet)} (or, streaming, one
 *       {@code new SettlementCalculator(year, membership, policy).settle(loan, txns)} per loan into
 *       {@code newAccumulation()}) → {@link kuozhong.settlement.SettlementResult};</li>
 *   <li>{@link kuozhong.settlement.ReconciliationChecks#of} with the ledger files' digests;</li>
 *   <li>{@link kuozhong.settlement.TargetProgress#of} with the household-saving totals of earlier years;</li>
 *   <li>{@link kuozhong.settlement.SettlementCsvWriter#writeAll} into {@code out/settlement/<year>/}.</li>
 * </ol>
 * Eligibility rules live in {@code kuozhong.settlement.eligibility}, one small class per code.
 */
package kuozhong.settlement;
