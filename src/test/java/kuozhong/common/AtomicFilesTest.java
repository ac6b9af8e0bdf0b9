package kuozhong.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aPartialFileLeftByAKilledWriterOfTheSameTargetIsRemovedOthersAreLeft() throws IOException {
        Path leftOver = Files.writeString(dir.resolve(".bank-list.xlsx.0b5e3c1a-dead.part"), "half a workbook");
        Path otherTarget = Files.writeString(dir.resolve(".list-summary.xlsx.0b5e3c1a-dead.part"), "not ours");
        Path unrelated = Files.writeString(dir.resolve("bank-list.xlsx.part"), "not a kz part file");

        AtomicFiles.write(dir.resolve("bank-list.xlsx"), true, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(dir.resolve("bank-list.xlsx")).hasContent("new");
        assertThat(leftOver).doesNotExist();
        assertThat(otherTarget).exists();
        assertThat(unrelated).exists();
    }

    @Test
    void aTextFileIsWrittenInUtf8IntoAFolderMadeForIt() throws IOException {
        Path target = dir.resolve("out/list/2025-06-15/target-list.csv");

        AtomicFiles.writeText(target, w -> w.write("household_no,township_name\nH1,濛洲街道\n"));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("household_no,township_name\nH1,濛洲街道\n");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedWriteKeepsThePreviousFileAndLeavesNoPartialFile() throws IOException {
        Path target = Files.writeString(dir.resolve("subsidy-2025.xlsx"), "previous");

        assertThatThrownBy(() -> AtomicFiles.write(target, false, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(java.nio.file.FileSystemException.class) // naming the file it was writing
                .hasMessage(target + ": disk full").hasRootCauseMessage("disk full");

        assertThat(target).hasContent("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
