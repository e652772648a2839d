package aura.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Network namespaces the test makes for itself (Debian's iproute2, as root): one "switch" namespace holding a
 * bridge, and one namespace per host, joined to the bridge by a veth pair, with its own address on it. Nothing is
 * added to the machine's own namespace, so the test's traffic cannot leave the bridge. {@link #close()} kills
 * every process left in them and removes them, also when the test failed; a JVM shutdown hook does the same if
 * the test is killed half-way.
 */
public final class NetworkNamespaces implements AutoCloseable {
    private final String prefix;
    private final String id = UUID.randomUUID().toString().substring(0, 6);
    private final String bridge;
    private final Map<String, String> hosts = new LinkedHashMap<>();
    private final List<Path> leftovers = new ArrayList<>();
    private final Thread hook = new Thread(this::removeAll);

    /** A switch of its own; fails loudly (never skips) when namespaces cannot be made here. */
    public NetworkNamespaces() {
        this("aura");
    }

    /**
     * The same, every namespace and interface named {@code prefix} (at most 6 characters, so interface names stay
     * within 15) and a random part, so a person can tell whose leftovers they are.
     */
    public NetworkNamespaces(String prefix) {
        if (prefix.length() > 6) throw new IllegalArgumentException("prefix '" + prefix + "' is over 6 characters");
        this.prefix = prefix;
        this.bridge = prefix + "-" + id + "-sw";
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            run("ip", "netns", "add", bridge);
        } catch (AssertionError e) {
            throw new AssertionError("cannot make network namespaces (the network tests need root and iproute2; "
                    + "scripts/test.sh installs it): " + e.getMessage(), e);
        }
        run("ip", "-n", bridge, "link", "add", "br0", "type", "bridge");
        run("ip", "-n", bridge, "link", "set", "br0", "up");
    }

    /** A new host on the bridge with {@code address} (CIDR) on its {@code eth0}; returns its namespace's name. */
    public String host(String name, String cidr) {
        String namespace = prefix + "-" + id + "-" + name;
        run("ip", "netns", "add", namespace);
        hosts.put(name, namespace);
        String port = "v" + id + hosts.size();
        run("ip", "link", "add", port, "netns", bridge, "type", "veth", "peer", "name", "eth0", "netns", namespace);
        run("ip", "-n", bridge, "link", "set", port, "master", "br0");
        run("ip", "-n", bridge, "link", "set", port, "up");
        run("ip", "-n", namespace, "link", "set", "lo", "up");
        run("ip", "-n", namespace, "address", "add", cidr, "dev", "eth0");
        run("ip", "-n", namespace, "link", "set", "eth0", "up");
        return namespace;
    }

    /** A name for an interface, unique on this machine (at most 15 characters). */
    public String interfaceName(String suffix) {
        String name = prefix + id + suffix;
        if (name.length() > 15) throw new IllegalArgumentException("interface name " + name + " is over 15 characters");
        return name;
    }

    /**
     * Brings the wg-quick configuration {@code config} up in {@code namespace} as the interface {@code device}
     * (a name unique on this machine: the control sockets of all namespaces share /var/run/wireguard) with
     * Debian's userspace wireguard-go and {@code wg setconf} of {@code wg-quick strip}; its socket goes at the end.
     */
    public void wireguard(String namespace, String device, Path config) throws IOException {
        removeAtEnd(Path.of("/var/run/wireguard", device + ".sock"));
        // No WireGuard module in this kernel: the userspace implementation, which insists on being asked twice.
        exec(namespace, "WG_I_PREFER_BUGGY_USERSPACE_TO_POLISHED_KMOD=1 wireguard-go " + device);
        exec(namespace, "wg setconf " + device + " <(wg-quick strip " + config + ")");
        String address = Files.readAllLines(config).stream().filter(l -> l.startsWith("Address = ")).findFirst()
                .orElseThrow().substring("Address = ".length());
        exec(namespace, "ip address add " + address + " dev " + device + " && ip link set " + device + " up");
    }

    /** A file to delete at the end, such as a control socket outside the namespaces. */
    public void removeAtEnd(Path file) {
        leftovers.add(file);
    }

    /** Runs {@code command} inside {@code namespace} through bash and returns what it printed; fails on a non-zero exit. */
    public String exec(String namespace, String bash) {
        return run("ip", "netns", "exec", namespace, "bash", "-c", bash);
    }

    /** Starts a long-running command inside {@code namespace}; {@link #close()} ends it with the namespace. */
    public Process start(String namespace, Path log, List<String> command, Map<String, String> env) throws IOException {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    public static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + ": did not finish in 30 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + ": exit " + process.exitValue() + ": " + out.trim());
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(String.join(" ", command) + ": interrupted", e);
        }
    }

    @Override
    public void close() {
        removeAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing is left to remove
        }
    }

    private synchronized void removeAll() {
        List<String> namespaces = new ArrayList<>(hosts.values());
        namespaces.add(bridge);
        for (String namespace : namespaces) {
            quietly("bash", "-c", "for p in $(ip netns pids " + namespace + " 2>/dev/null); do kill -9 $p; done");
        }
        for (String namespace : namespaces) quietly("ip", "netns", "delete", namespace);
        for (Path file : leftovers) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                System.err.println("cannot remove " + file + ": " + e.getMessage());
            }
        }
        hosts.clear();
        leftovers.clear();
    }

    private static void quietly(String... command) {
        try {
            run(command);
        } catch (AssertionError alreadyGone) {
            // removed before, or never made: either way it is not there now
        }
    }
}
