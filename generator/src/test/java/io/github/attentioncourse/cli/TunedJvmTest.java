package io.github.attentioncourse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TunedJvmTest {

    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final List<String> AUTHORS = List.of("-Duser.timezone=Asia/Tokyo", "-XX:TieredStopAtLevel=4",
            "-jar", "generator.jar", "build", "--source", "course");

    @Test
    void onlyTheShortCommandsAreWorthASecondJvm() {
        assertTrue(TunedJvm.worthIt(new String[] {"build"}));
        assertTrue(TunedJvm.worthIt(new String[] {"check", "--source", "course"}));
        assertFalse(TunedJvm.worthIt(new String[] {"serve"}), "serve runs long and must stop when it is stopped");
        assertFalse(TunedJvm.worthIt(new String[] {"new", "lesson", "--module", "1", "--title", "T"}));
        assertFalse(TunedJvm.worthIt(new String[] {"bake"}), "bad usage is reported in place");
        assertFalse(TunedJvm.worthIt(new String[] {"--help"}));
        assertTrue(TunedJvm.worthIt(new String[] {"train", "course"}), "training suffers G1 on two cores");
    }

    @Test
    void theTunedJvmNeverStartsAnother() {
        assertFalse(TunedJvm.worthIt(new String[] {"build"}, Map.of(TunedJvm.TUNED, "1")));
        assertTrue(TunedJvm.worthIt(new String[] {"build"}, Map.of()));
    }

    @Test
    void onlyHotSpotIsGivenHotSpotsOptions() {
        assertTrue(TunedJvm.hotSpot("OpenJDK 64-Bit Server VM"));
        assertTrue(TunedJvm.hotSpot("Java HotSpot(TM) 64-Bit Server VM"));
        assertFalse(TunedJvm.hotSpot("Eclipse OpenJ9 VM"));
        assertFalse(TunedJvm.hotSpot(null));
    }

    private static final List<String> NO_OPTIONS = List.of();

    @Test
    void theAuthorsOptionsComeAfterOursSoTheirsWin() {
        List<String> command = TunedJvm.command(JAVA, Optional.empty(), NO_OPTIONS, AUTHORS);
        assertEquals(JAVA.toString(), command.get(0));
        assertEquals(AUTHORS, command.subList(command.size() - AUTHORS.size(), command.size()));
        assertTrue(command.indexOf("-XX:TieredStopAtLevel=1") < command.indexOf("-XX:TieredStopAtLevel=4"));
    }

    @Test
    void trainingKeepsTheOptimisingCompilerButTakesTheSerialCollector() {
        List<String> command = TunedJvm.command(JAVA, Optional.empty(), NO_OPTIONS, AUTHORS, false);
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"), command.toString());
        assertTrue(command.contains("-XX:+UseSerialGC"), command.toString());
    }

    @Test
    void aCollectorTheAuthorChoseReplacesOurs() {
        assertTrue(TunedJvm.command(JAVA, Optional.empty(), NO_OPTIONS, AUTHORS).contains("-XX:+UseSerialGC"));
        // HotSpot refuses to start with two collectors, wherever the second one came from.
        for (String theirs : List.of("-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseZGC")) {
            List<String> command = TunedJvm.command(JAVA, Optional.empty(), List.of("-Xmx2g", theirs), AUTHORS);
            assertFalse(command.contains("-XX:+UseSerialGC"), command.toString());
        }
    }

    @Test
    void theClassArchiveIsNamedOnlyWhenItIsThere() {
        assertFalse(String.join(" ", TunedJvm.command(JAVA, Optional.empty(), NO_OPTIONS, AUTHORS)).contains("SharedArchiveFile"));
        List<String> command = TunedJvm.command(JAVA, Optional.of(Path.of("/app/generator.jsa")), NO_OPTIONS, AUTHORS);
        assertTrue(command.contains("-XX:SharedArchiveFile=/app/generator.jsa"), command.toString());
    }
}
