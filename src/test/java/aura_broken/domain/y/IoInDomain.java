package aura_broken.domain.y;

/** Breaks: the domain reads files and opens sockets. */
public class IoInDomain {
    java.nio.file.Path file;
    java.net.Socket socket;
    java.io.FileInputStream input;
}
