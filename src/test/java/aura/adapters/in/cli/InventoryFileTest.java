package aura.adapters.in.cli;

import aura.domain.node.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InventoryFileTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("inv.yml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void theExampleInventoryIsValidAndHasTheSeedsFiveNodes() {
        var inventory = InventoryFile.read(Path.of("node-inventory.yml"));
        assertThat(inventory.mesh().name()).isEqualTo("aurora");
        assertThat(inventory.mesh().postgresPasswordEnv()).contains("AURA_DB_PASSWORD");
        assertThat(inventory.nodes()).extracting(n -> n.name())
                .containsExactly("aurora", "star", "vengeance", "runpod-tx", "robbiebook1");
        assertThat(inventory.node("runpod-tx").orElseThrow().gpus()).hasSize(2);
        assertThat(inventory.node("robbiebook1").orElseThrow().role()).isEqualTo(Role.LAPTOP);
    }

    @Test
    void anUnknownRoleIsReportedWithFileAndLine() throws IOException {
        Path file = write("nodes:\n  - name: a\n    role: lead\n    address: 127.0.0.1\n  - name: b\n    role: boss\n    address: 127.0.0.1\n");
        assertThatThrownBy(() -> InventoryFile.read(file))
                .hasMessage(file + ":5: unknown role 'boss' (expected lead, compute or laptop)");
    }

    @Test
    void yamlThatDoesNotParseNamesTheLine() throws IOException {
        Path file = write("mesh:\n  name: x\nnodes:\n  - name: [unclosed\n");
        assertThatThrownBy(() -> InventoryFile.read(file)).hasMessageStartingWith(file + ":5: not valid YAML");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nope.yml");
        assertThatThrownBy(() -> InventoryFile.read(file)).hasMessage(file + ": file not found");
    }

    @Test
    void aTypoInAKeyIsRefusedRatherThanIgnored() throws IOException {
        Path file = write("nodes:\n  - name: a\n    role: lead\n    adress: 127.0.0.1\n");
        assertThatThrownBy(() -> InventoryFile.read(file)).hasMessageStartingWith(file + ":4: unknown key 'adress' in a node");
    }

    @Test
    void aPortThatIsNotANumberIsNamed() throws IOException {
        Path file = write("nodes:\n  - name: a\n    role: lead\n    address: 127.0.0.1\n    port: http\n");
        assertThatThrownBy(() -> InventoryFile.read(file)).hasMessage(file + ":5: port 'http' is not a number");
    }

    @Test
    void aNodeListedTwiceIsRefused() throws IOException {
        Path file = write("nodes:\n  - {name: a, role: lead, address: 127.0.0.1}\n  - {name: a, role: laptop, address: 127.0.0.1}\n");
        assertThatThrownBy(() -> InventoryFile.read(file)).hasMessageContaining("node 'a' is listed twice");
    }

    @Test
    void aBackendSaysHowItContinuesAnAnswerOrLeavesItToDetection() throws IOException {
        Path file = write("""
                nodes:
                  - {name: a, role: compute, address: 127.0.0.1, backend: {kind: openai, url: "http://127.0.0.1:8000", continuation: vllm}}
                  - {name: b, role: compute, address: 127.0.0.1, backend: {kind: openai, url: "http://127.0.0.1:8001"}}
                """);
        var inventory = InventoryFile.read(file);
        assertThat(inventory.node("a").orElseThrow().backend().orElseThrow().continuation())
                .contains(aura.domain.mesh.BackendSettings.Continuation.VLLM);
        assertThat(inventory.node("b").orElseThrow().backend().orElseThrow().continuation()).isEmpty();
    }

    @Test
    void anUnknownContinuationOrVllmOnOllamaIsRefusedWithTheLine() throws IOException {
        Path unknown = write("nodes:\n  - name: a\n    role: compute\n    address: 127.0.0.1\n"
                + "    backend: {kind: openai, url: \"http://h:1\", continuation: guess}\n");
        assertThatThrownBy(() -> InventoryFile.read(unknown)).hasMessageContaining(":5:")
                .hasMessageContaining("continuation 'guess' is unknown (expected prefill, vllm or restart)");
        Path vllmOnOllama = write("nodes:\n  - name: a\n    role: compute\n    address: 127.0.0.1\n"
                + "    backend: {kind: ollama, url: \"http://h:1\", continuation: vllm}\n");
        assertThatThrownBy(() -> InventoryFile.read(vllmOnOllama)).hasMessageContaining("vllm needs kind openai");
    }
}
