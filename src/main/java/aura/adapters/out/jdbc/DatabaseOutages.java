package aura.adapters.out.jdbc;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The adapter's calls answer {@code Unavailable} (503 with Retry-After) while the database cannot be reached or
 * is switching primaries, instead of failing as a bug: see {@link DatabaseOutageInterceptor}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Around
@Type(DatabaseOutageInterceptor.class)
@interface DatabaseOutages {
}
