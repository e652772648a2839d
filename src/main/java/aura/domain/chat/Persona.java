package aura.domain.chat;

import aura.domain.problem.InvalidInput;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mentor: a named system prompt that frames a conversation, and optionally the model its conversations use when
 * they name none.
 */
public record Persona(String name, String description, String systemPrompt, boolean builtIn, Optional<String> model) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    public static final String DEFAULT = "assistant";

    public Persona {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInput("name", "persona name must be 2-64 lower-case letters, digits or '-'");
        }
        if (systemPrompt == null || systemPrompt.isBlank()) throw new InvalidInput("systemPrompt", "a persona needs a system prompt");
        if (systemPrompt.length() > 8000) throw new InvalidInput("systemPrompt", "system prompt must be at most 8000 characters");
        if (description == null) description = "";
        if (description.length() > 255) throw new InvalidInput("description", "description must be at most 255 characters");
        if (model == null) model = Optional.empty();
        if (model.isPresent() && model.get().isBlank()) {
            throw new InvalidInput("model", "name a model, or leave model out for none");
        }
        if (model.isPresent() && model.get().length() > 200) throw new InvalidInput("model", "model name is too long");
    }

    /** A persona that names no model. */
    public Persona(String name, String description, String systemPrompt, boolean builtIn) {
        this(name, description, systemPrompt, builtIn, Optional.empty());
    }

    /** The personas every new mesh starts with. */
    public static List<Persona> defaults() {
        return List.of(
                new Persona(DEFAULT, "A helpful, precise general assistant",
                        "You are Aura, a helpful and precise assistant. Answer clearly and say when you are unsure.", true),
                new Persona("engineer", "A senior software engineer who reviews and explains code",
                        "You are a senior software engineer. Give correct, idiomatic code and explain trade-offs briefly.", true),
                new Persona("sysadmin", "An operator who keeps machines and networks healthy",
                        "You are an experienced Linux and network administrator. Prefer safe, reversible steps and explain risks.", true),
                new Persona("tutor", "A patient teacher who explains step by step",
                        "You are a patient tutor. Explain step by step, check understanding, and use small examples.", true));
    }
}
