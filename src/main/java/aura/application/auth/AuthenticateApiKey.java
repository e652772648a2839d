package aura.application.auth;

import aura.application.auth.port.ApiKeys;
import aura.application.auth.port.ReadLately;
import aura.application.auth.port.UserAccounts;
import aura.domain.auth.ApiKey;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The caller a presented API key stands for; empty for anything that is not a live key of an enabled user.
 * Checked on every request that carries a key, so {@link ApiKeys#find} is expected to be cheap. {@link
 * Reading#MEMORY_ONLY} answers from what the node read within the last second ({@link ReadLately}) and never
 * waits for the database: empty then also means "not known here", and the caller asks again with {@link
 * Reading#DATABASE}.
 */
@Singleton
public record AuthenticateApiKey(ApiKeys keys, UserAccounts users, ReadLately lately) {
    private static final int ID_LENGTH = 32;

    /** Where the key and its owner's account may come from. */
    public enum Reading { MEMORY_ONLY, DATABASE }

    public Optional<Caller> authenticate(String presented, Reading reading) {
        if (presented == null || !presented.startsWith(ApiKey.PREFIX)) return Optional.empty();
        String rest = presented.substring(ApiKey.PREFIX.length());
        if (rest.indexOf('_') != ID_LENGTH) return Optional.empty();
        String id = rest.substring(0, ID_LENGTH);
        byte[] hash = SessionFactory.hash(rest.substring(ID_LENGTH + 1)).getBytes(StandardCharsets.US_ASCII);
        boolean memory = reading == Reading.MEMORY_ONLY;
        return (memory ? lately.apiKey(id) : keys.find(id)).filter(k -> !k.revoked())
                .filter(k -> MessageDigest.isEqual(k.hash().getBytes(StandardCharsets.US_ASCII), hash))
                .flatMap(k -> (memory ? lately.account(k.userId()) : users.recentById(k.userId()))
                        .filter(u -> !u.disabled())
                        .map(u -> new Caller(u.id(), u.username(), u.admin(), Caller.API_KEY + k.id())));
    }
}
