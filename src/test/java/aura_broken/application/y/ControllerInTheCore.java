package aura_broken.application.y;

/** Breaks: a controller outside adapters.in, and a mapped entity outside adapters.out. */
// A running node never sets this property, so the fixture never becomes a bean (its definition is compiled).
@io.micronaut.context.annotation.Requires(property = "aura.architecture-fixture", value = "never")
@io.micronaut.http.annotation.Controller("/architecture-fixture")
@io.micronaut.data.annotation.MappedEntity("architecture_fixture")
public class ControllerInTheCore {
    @io.micronaut.data.annotation.Id
    String id;
}
