package kuozhong.status;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code kz status --json}: the facts as one JSON document (shape: {@link StatusFacts}, README). */
public final class StatusJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StatusJson() {
    }

    public static String render(StatusFacts facts) {
        return MAPPER.writeValueAsString(facts);
    }
}
