package aura.adapters.in.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, written into the jar by Maven. */
public final class AuraVersion implements CommandLine.IVersionProvider {
    public static String current() {
        try (InputStream in = AuraVersion.class.getResourceAsStream("/aura/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"aura-node " + current()};
    }
}
