package aura_broken.application.z.port;

/** Breaks: a class that is not a port in the port package. */
public class UseCaseInThePortPackage {
}
