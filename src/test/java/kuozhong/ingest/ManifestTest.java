package kuozhong.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.common.Language;
import kuozhong.common.Messages;

class ManifestTest {

    @AfterEach
    void english() {
        Messages.use(Language.EN);
    }

    @Test
    void anUnknownEncodingNamesTheRecordInTheOperatorsLanguageAndTheLogKeepsEnglish(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("MANIFEST.csv");
        Files.writeString(manifest, "file,rows,sha256,encoding\n"
                + "persons.csv,3,0000000000000000000000000000000000000000000000000000000000000000,UTF-8\n"
                + "loans.csv,2,0000000000000000000000000000000000000000000000000000000000000000,Big5\n");
        Messages.use(Language.ZH);
        assertThatThrownBy(() -> Manifest.read(manifest)).isInstanceOf(IngestException.class)
                .hasMessageContaining("cannot read the manifest (record 2: encoding 'Big5' is not UTF-8 or GB18030)")
                .satisfies(e -> assertThat(e.getLocalizedMessage())
                        .contains("无法读取清单文件（第 2 条记录：编码“Big5”不是 UTF-8 或 GB18030）"));
    }
}
