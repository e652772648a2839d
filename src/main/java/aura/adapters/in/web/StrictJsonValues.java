package aura.adapters.in.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Request bodies are read strictly: a string field takes only a JSON string (and never one with a NUL
 * character, which no stored text may hold), a boolean only true or false, a number only a JSON number (whole
 * where the field is whole). The framework would otherwise turn {@code "yes"} into a boolean and {@code "12"}
 * into a number, so a wrong type would pass as a value nobody sent.
 */
@Factory
class StrictJsonValues {

    @Singleton
    Deserializer<String> strings() {
        return new Strict<>("") {
            @Override
            String read(Argument<?> type, JsonNode node) throws IOException {
                if (!node.isString()) throw new WrongValue(type.getName(), "must be a string");
                String text = node.getStringValue();
                if (text.indexOf('\0') >= 0) {
                    throw new WrongValue(type.getName(), "must not contain a NUL character");
                }
                return text;
            }
        };
    }

    @Singleton
    Deserializer<Boolean> booleans() {
        return new Strict<>(false) {
            @Override
            Boolean read(Argument<?> type, JsonNode node) throws IOException {
                if (!node.isBoolean()) throw new WrongValue(type.getName(), "must be true or false ");
                return node.getBooleanValue();
            }
        };
    }

    @Singleton
    Deserializer<Integer> integers() {
        return new Strict<>(0) {
            @Override
            Integer read(Argument<?> type, JsonNode node) throws IOException {
                return (int) whole(type, node, Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
        };
    }

    @Singleton
    Deserializer<Long> longs() {
        return new Strict<>(0L) {
            @Override
            Long read(Argument<?> type, JsonNode node) throws IOException {
                return whole(type, node, Long.MIN_VALUE, Long.MAX_VALUE);
            }
        };
    }

    @Singleton
    Deserializer<Double> doubles() {
        return new Strict<>(0.0) {
            @Override
            Double read(Argument<?> type, JsonNode node) throws IOException {
                if (!node.isNumber()) throw new WrongValue(type.getName(), "must be a number");
                return node.getDoubleValue();
            }
        };
    }

    private static long whole(Argument<?> type, JsonNode node, long min, long max) throws IOException {
        if (!node.isNumber()) throw new WrongValue(type.getName(), "must be a whole number");
        double value = node.getDoubleValue();
        if (value != Math.rint(value) || value < min || value > max) {
            throw new WrongValue(type.getName(), "must be a whole number between " + min + " and " + max);
        }
        return node.getLongValue();
    }

    /** A body value of the wrong JSON type; {@code field} is the property it was meant for. */
    static final class WrongValue extends IOException {
        private final String field;

        WrongValue(String field, String problem) {
            super(field + " " + problem);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /** Reads one value as a tree node so its JSON type can be checked before it becomes a Java value. */
    private abstract static class Strict<T> implements Deserializer<T> {
        private final T absent;

        /** {@code absent}: what a primitive field holds when the body leaves it out. */
        Strict(T absent) {
            this.absent = absent;
        }

        abstract T read(Argument<?> type, JsonNode node) throws IOException;

        @Override
        public T getDefaultValue(DecoderContext context, Argument<? super T> type) {
            return type.isPrimitive() ? absent : null;
        }

        @Override
        public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
            return read(type, decoder.decodeNode());
        }

        @Override
        public T deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
            if (decoder.decodeNull()) return null;
            return deserialize(decoder, context, type);
        }
    }
}
