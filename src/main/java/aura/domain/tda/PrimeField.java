package aura.domain.tda;

import aura.domain.problem.InvalidInput;

/**
 * Arithmetic in the field {@code Z/p} used as homology coefficients.
 *
 * <p>Invariant: {@code modulus} is a prime below {@code 2^31}.
 */
public record PrimeField(int modulus) {

    public PrimeField {
        if (!isPrime(modulus)) {
            throw new InvalidInput("modulus", "coefficient modulus must be a prime number but was " + modulus);
        }
    }

    /** True when {@code n} is prime (trial division; moduli are small in practice). */
    public static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        for (long k = 3; k * k <= n; k += 2) {
            if (n % k == 0) {
                return false;
            }
        }
        return true;
    }

    /** Canonical representative in {@code [0, p)} of {@code a} (any sign). */
    public int normalize(long a) {
        long r = a % modulus;
        return (int) (r < 0 ? r + modulus : r);
    }

    /** {@code a * b mod p} for canonical {@code a, b}. */
    public int multiply(int a, int b) {
        return (int) ((long) a * b % modulus);
    }

    /** {@code -a mod p} for canonical {@code a}. */
    public int negate(int a) {
        return a == 0 ? 0 : modulus - a;
    }

    /** Multiplicative inverse of a canonical non-zero {@code a} (extended Euclid). */
    public int inverse(int a) {
        if (a == 0) {
            throw new ArithmeticException("zero has no inverse");
        }
        long r0 = modulus;
        long r1 = a;
        long t0 = 0;
        long t1 = 1;
        while (r1 != 0) {
            long q = r0 / r1;
            long r = r0 - q * r1;
            r0 = r1;
            r1 = r;
            long t = t0 - q * t1;
            t0 = t1;
            t1 = t;
        }
        return normalize(t0);
    }
}
