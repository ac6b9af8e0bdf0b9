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

    /**
     * Every record, in record order: record_no and the source's fields in the source's order, by column name
     * (the group field, id_no or loan_no, from its column).
     */
    public static List<Map<String, Object>> records(Jdbi jdbi, Source source, String table) {
        PackedRuns layout = PackedRuns.of(source);
        String group = layout.groupField();
        List<Field> packed = layout.packedFields();
        List<Map<String, Object>> records = new ArrayList<>();
        jdbi.useHandle(h -> h.createQuery("SELECT record_no, " + group + ", packed FROM "
                + SqlFiles.checkedTable(table) + " ORDER BY record_no").map((rs, ctx) -> {
                    String groupValue = rs.getString(2);
                    layout.unpack(rs.getLong(1), rs.getBytes(3), (recordNo, values) -> {
                        Map<String, Object> byName = new LinkedHashMap<>();
                        byName.put(group, groupValue);
                        for (int i = 0; i < values.length; i++) {
                            byName.put(packed.get(i).name(), values[i]);
                        }
                        Map<String, Object> r = new LinkedHashMap<>();
                        r.put("record_no", recordNo);
                        for (Field f : source.fields()) {
                            r.put(f.name(), byName.get(f.name()));
                        }
                        records.add(r);
                    });
                    return groupValue;
                }).list());
        return records;
    }
}
