package aura_broken.application.z;

/** Breaks: a port (an adapter implements it) outside the port package. */
public interface PortBesideTheUseCases {
    void save(String thing);
}
