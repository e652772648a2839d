package aura.adapters.in.web;

import io.micronaut.serde.annotation.Serdeable;

/** The body of a refused TDA request: what is wrong, and the request field it concerns (null if none). */
@Serdeable
record TdaErrorView(String error, String field) {
}
