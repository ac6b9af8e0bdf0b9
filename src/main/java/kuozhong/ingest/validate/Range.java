package kuozhong.ingest.validate;

/** Range constraints on numbers (extracts.md: "amount > 0", "amount ≥ 0", "0 < share ≤ 1"). */
public enum Range {
    ANY, POSITIVE, NON_NEGATIVE, SHARE
}
