package org.msckg.server.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The admin password; user name "admin". Leading and trailing whitespace (spaces, tabs, line ends)
 * is trimmed from the password given at start and from every password sent, so a password file
 * written with a stray space or a Windows line end still matches what an operator types. Compared
 * in constant time.
 */
public final class AdminPassword {
    public static final String USER = "admin";
    public static final int MIN_LENGTH = 12;

    private final byte[] digest;

    public AdminPassword(String password) {
        if (password == null || password.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "MSCKG-ADM-002 the admin password needs at least %d characters".formatted(MIN_LENGTH));
        }
        this.digest = sha256(password.strip());
    }

    public boolean matches(String user, String password) {
        boolean userOk = MessageDigest.isEqual(sha256(USER), sha256(user == null ? "" : user));
        boolean passwordOk = MessageDigest.isEqual(digest, sha256(password == null ? "" : password.strip()));
        return userOk & passwordOk;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
