package aura_broken.application.y;

/** Breaks: a controller outside adapters.in, and a mapped entity outside adapters.out. */
@io.micronaut.http.annotation.Controller("/architecture-fixture")
@io.micronaut.data.annotation.MappedEntity("architecture_fixture")
public class ControllerInTheCore {
    @io.micronaut.data.annotation.Id
    String id;
}
