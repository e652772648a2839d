package aura.adapters.in.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WgRenderCommandTest {
    private static final String THREE_NODES = """
            wireguard: {network: 10.9.0.0/24, port: 51999}
            nodes:
              - name: aurora
                role: lead
                address: 10.9.0.1
                public: aurora.example
              - name: vengeance
                role: compute
                address: 10.9.0.10
                public: 203.0.113.10
              - name: laptop
                role: laptop
                address: 10.9.0.30
            """;

    @TempDir
    Path dir;

    private Path inventory(String yaml) throws IOException {
        Path file = dir.resolve("inventory.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private CommandLineRun render(String... more) throws IOException {
        return render(inventory(THREE_NODES), more);
    }

    private CommandLineRun render(Path inventory, String... more) {
        String[] args = Stream.concat(Stream.of("wg", "render", "--inventory", inventory.toString(),
                "--out", dir.resolve("wg").toString(), "--data-dir", dir.resolve("data").toString()), Stream.of(more))
                .toArray(String[]::new);
        return CommandLineRun.run(args);
    }

    private String config(String node) throws IOException {
        return Files.readString(dir.resolve("wg").resolve(node + ".conf"));
    }

    private static String value(String config, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + " = (.+)$").matcher(config);
        assertThat(m.find()).as(key + " in\n" + config).isTrue();
        return m.group(1);
    }

    @Test
    void everyNodeGetsItsConfigurationWithTheInventorysNetworkAndPort() throws IOException {
        CommandLineRun run = render();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + dir.resolve("wg/aurora.conf"), "wrote " + dir.resolve("wg/laptop.conf"));
        String aurora = config("aurora");
        assertThat(aurora).contains("Address = 10.9.0.1/24\nListenPort = 51999\n",
                "AllowedIPs = 10.9.0.10/32\nEndpoint = 203.0.113.10:51999\n", "AllowedIPs = 10.9.0.30/32\n");
        String laptop = config("laptop");
        assertThat(laptop).doesNotContain("ListenPort").contains("Endpoint = aurora.example:51999\nPersistentKeepalive = 25");
        // What aurora's peers know as its public key is the one of the private key in its own file.
        assertThat(laptop).contains("PublicKey = " + Files.readString(dir.resolve("wg/keys/aurora.pub")).trim());
    }

    @Test
    void configurationsAndKeysAreReadableByTheirOwnerOnly() throws IOException {
        render();
        try (Stream<Path> files = Files.walk(dir.resolve("wg"))) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                            .isEqualTo("rw-------");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("wg/keys")))).isEqualTo("rwx------");
    }

    @Test
    void renderingAgainKeepsTheKeys() throws IOException {
        render();
        String before = config("vengeance");
        assertThat(render().status()).isZero();
        assertThat(config("vengeance")).isEqualTo(before);
    }

    @Test
    void presharedKeysAreTheSameOnBothSidesOfEachPair() throws IOException {
        assertThat(render("--preshared-keys").status()).isZero();
        String aurora = config("aurora");
        String laptop = config("laptop");
        String auroraToLaptop = aurora.substring(aurora.indexOf("# laptop"));
        String laptopToAurora = laptop.substring(laptop.indexOf("# aurora"), laptop.indexOf("# vengeance"));
        assertThat(value(auroraToLaptop, "PresharedKey")).isEqualTo(value(laptopToAurora, "PresharedKey"));
        assertThat(value(auroraToLaptop, "PresharedKey")).isNotEqualTo(value(aurora.substring(aurora.indexOf("# vengeance")), "PresharedKey"));
    }

    @Test
    void aNodeRenderedOnItsOwnMachineKeepsItsPrivateKeyInItsDataDirectory() throws IOException {
        render();
        String keyBefore = Files.readString(dir.resolve("wg/keys/laptop.key")).trim();
        CommandLineRun own = render("--node", "laptop");
        assertThat(own.status()).as(own.err()).isZero();
        assertThat(own.out()).contains("wrote " + dir.resolve("wg/laptop.conf")).doesNotContain("aurora.conf");
        assertThat(Files.readString(dir.resolve("data/wireguard.key")).trim()).isEqualTo(keyBefore);
        assertThat(dir.resolve("wg/keys/laptop.key")).doesNotExist();
        assertThat(value(config("laptop"), "PrivateKey")).isEqualTo(keyBefore);
        // The others are still rendered with the laptop's public key; its own configuration is left to it.
        CommandLineRun all = render();
        assertThat(all.out()).contains("laptop keeps its own key: render its configuration on it with --node laptop");
        assertThat(config("aurora")).contains("PublicKey = " + Files.readString(dir.resolve("wg/keys/laptop.pub")).trim());
    }

    @Test
    void aFreshNodeRenderedOnItsOwnMachineMakesItsKeyThere() throws IOException {
        CommandLineRun own = render("--node", "aurora");
        assertThat(own.status()).as(own.err()).isZero();
        assertThat(dir.resolve("data/wireguard.key")).exists();
        assertThat(dir.resolve("wg/keys/aurora.key")).doesNotExist();
        assertThat(dir.resolve("wg/keys/laptop.key")).exists();
    }

    @Test
    void anUnknownNodeExits2() throws IOException {
        CommandLineRun run = render("--node", "nobody");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("render: node 'nobody' is not in the inventory\n");
    }

    @Test
    void aDuplicateVpnAddressExits2NamingItsLine() throws IOException {
        Path file = inventory(THREE_NODES.replace("address: 10.9.0.30", "address: 10.9.0.10"));
        CommandLineRun run = render(file);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("render: " + file + ":13: node 'laptop' has VPN address 10.9.0.10, already node 'vengeance''s\n");
        assertThat(dir.resolve("wg")).doesNotExist();
    }

    @Test
    void anAddressOutsideTheNetworkExits2NamingItsLine() throws IOException {
        Path file = inventory(THREE_NODES.replace("address: 10.9.0.10", "address: 10.0.0.10"));
        CommandLineRun run = render(file);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("render: " + file + ":9: node 'vengeance' has VPN address 10.0.0.10, outside");
    }

    @Test
    void aMeshWithoutAnyPublicAddressExits2NamingTheNodesLine() throws IOException {
        Path file = inventory(THREE_NODES.replace("    public: aurora.example\n", "").replace("    public: 203.0.113.10\n", ""));
        CommandLineRun run = render(file);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("render: " + file + ":3: no node has a public address");
    }

    @Test
    void aWireguardSectionWithAnUnknownKeyOrABadNetworkIsRefusedByInventoryCheckToo() throws IOException {
        Path typo = inventory(THREE_NODES.replace("port: 51999", "prot: 51999"));
        assertThat(CommandLineRun.run("inventory", "check", typo.toString()).err()).contains(typo + ":1: unknown key 'prot' in wireguard");
        Path bad = inventory(THREE_NODES.replace("10.9.0.0/24", "10.9.0.1/24"));
        CommandLineRun run = CommandLineRun.run("inventory", "check", bad.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ":1: '10.9.0.1/24' has host bits set: the network is 10.9.0.0/24");
    }
}
