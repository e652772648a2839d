package aura.adapters.out.jwt;

import aura.application.auth.port.SigningKeys;
import aura.domain.auth.SigningKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Singleton;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mesh's ES256 key ring as Micronaut Security sees it: the newest key signs, every stored key verifies, chosen
 * by the token's {@code kid}. Only ES256 is accepted, so {@code alg: none} and HMAC tricks fail. The ring reloads
 * from the database every minute, and at once (at most every few seconds) when a token names an unknown key.
 * Verified tokens are remembered for a few minutes so a repeated token costs no second ECDSA verification.
 */
@Singleton
public class KeyRingSignature implements SignatureGeneratorConfiguration {
    private static final Duration RELOAD_EVERY = Duration.ofMinutes(1);
    private static final Duration UNKNOWN_KID_RELOAD = Duration.ofSeconds(5);

    private record Ring(Map<String, ECDSAVerifier> verifiers, String signingKid, ECDSASigner signer, long loadedAt) {
    }

    private final SigningKeys keys;
    private final Cache<String, Boolean> verified = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterWrite(Duration.ofMinutes(5)).build();
    private volatile Ring ring;

    public KeyRingSignature(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the ES256 JWS algorithm is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.ES256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm()) || header.getKeyID() == null) return false;
        String token = jwt.getParsedString();
        if (token != null && verified.getIfPresent(token) != null) return true;
        ECDSAVerifier verifier = ring(false).verifiers().get(header.getKeyID());
        if (verifier == null && ring.loadedAt() + UNKNOWN_KID_RELOAD.toMillis() < System.currentTimeMillis()) {
            verifier = ring(true).verifiers().get(header.getKeyID());
        }
        if (verifier == null || !jwt.verify(verifier)) return false;
        if (token != null) verified.put(token, Boolean.TRUE);
        return true;
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        Ring current = ring(false);
        if (current.signer() == null) current = ring(true);
        if (current.signer() == null) throw new JOSEException("no signing key in the database yet");
        var header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(current.signingKid()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(current.signer());
        return jwt;
    }

    private Ring ring(boolean forceReload) {
        Ring current = ring;
        if (!forceReload && current != null && current.loadedAt() + RELOAD_EVERY.toMillis() > System.currentTimeMillis()) {
            return current;
        }
        synchronized (this) {
            ring = load(keys.all());
            return ring;
        }
    }

    private static Ring load(List<SigningKey> all) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            Map<String, ECDSAVerifier> verifiers = new HashMap<>();
            for (SigningKey key : all) {
                var publicKey = (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(key.publicKey()));
                verifiers.put(key.kid(), new ECDSAVerifier(publicKey));
            }
            if (all.isEmpty()) return new Ring(Map.copyOf(verifiers), null, null, System.currentTimeMillis());
            SigningKey newest = all.get(all.size() - 1);
            var privateKey = (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(newest.privateKey()));
            return new Ring(Map.copyOf(verifiers), newest.kid(), new ECDSASigner(privateKey), System.currentTimeMillis());
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("a stored signing key cannot be read: " + e.getMessage(), e);
        }
    }
}
