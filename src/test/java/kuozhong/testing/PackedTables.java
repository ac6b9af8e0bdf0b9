package kuozhong.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import kuozhong.db.SqlFiles;
import kuozhong.ingest.PackedRuns;
import kuozhong.ingest.Source;
import kuozhong.ingest.validate.Field;

/** The records of a packed load table ({@link PackedRuns}), as the one-row-a-record table held them. */
public final class PackedTables {
    private PackedTables() {
    }

    /** Every record, in record order: record_no, id_no and the source's other fields, by column name. */
    public static List<Map<String, Object>> records(Jdbi jdbi, Source source, String table) {
        List<Field> fields = source.fields();
        List<Map<String, Object>> records = new ArrayList<>();
        jdbi.useHandle(h -> h.createQuery("SELECT record_no, id_no, packed FROM " + SqlFiles.checkedTable(table)
                + " ORDER BY record_no").map((rs, ctx) -> {
                    String idNo = rs.getString(2);
                    PackedRuns.of(source).unpack(rs.getLong(1), rs.getBytes(3), (recordNo, values) -> {
                        Map<String, Object> r = new LinkedHashMap<>();
                        r.put("record_no", recordNo);
                        r.put("id_no", idNo);
                        for (int i = 0; i < values.length; i++) {
                            r.put(fields.get(i + 1).name(), values[i]);
                        }
                        records.add(r);
                    });
                    return idNo;
                }).list());
        return records;
    }
}
