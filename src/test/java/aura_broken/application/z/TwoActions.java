package aura_broken.application.z;

/** Breaks: a use case with two public actions. It requires a property no node sets, so it never becomes a bean. */
@io.micronaut.context.annotation.Requires(property = "aura.architecture-fixture", value = "never")
@jakarta.inject.Singleton
public class TwoActions {
    public void first() {
    }

    public void second() {
    }
}
