package com.promote.app.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.promote.engine.errors.PromoteException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** bcrypt (cost 12), so a stolen table does not give the passwords away. */
public final class PasswordHasher {
    public static final int MIN_LENGTH = 12;
    private static final int COST = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw PromoteException.invalid("password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            // bcrypt reads only 72 bytes; refusing beats silently ignoring the rest.
            throw PromoteException.invalid("password must be at most 72 bytes");
        }
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    /** A password no hash could have been made from (over 72 bytes) simply does not match. */
    public boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            BCrypt.verifyer().verify(new char[0], hash); // the same time as any other wrong password
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    public static String randomPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
