package aura.adapters.out.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code persona}. */
@MappedEntity("persona")
record PersonaRow(@Id String name, String description, String systemPrompt, boolean builtIn, @Nullable String model) {
}
