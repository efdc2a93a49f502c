package io.kakaorm.vertx.internal.connect;

import io.kakaorm.DatabaseException;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.ConnectOptions.TlsMode;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/**
 * Says what a refused login may have to do with TLS, where the server's own words do not: MariaDB refuses a
 * {@code REQUIRE SSL} user without TLS with the same "Access denied" as a wrong password, and answers a TLS
 * request it cannot serve with a bare "Bad handshake".
 */
final class TlsHints {
    private TlsHints() {}

    /** The hint to append to the connect error {@code message} ({@code t}'s), or {@code ""}. */
    static String hint(ConnectOptions o, Throwable t, String message) {
        if (o.kind() != Kind.MYSQL) {
            return "";
        }
        int code = code(t);
        if (code == 1045 && o.tls() == TlsMode.DISABLE) {
            return " (TLS was off, sslmode=disable: a user created with REQUIRE SSL is refused like this too;"
                    + " if so, connect with sslmode=require, verify-ca or verify-full)";
        }
        if (o.tls() != TlsMode.DISABLE && (code == 1043 || message.contains("Bad handshake"))) {
            return " (sslmode=" + o.tls().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + " asks for TLS and the server does not offer it: enable TLS on the server, or use sslmode=disable)";
        }
        return "";
    }

    /** Whether the client refused the server's certificate (an untrusted CA or a host it does not name). */
    static boolean certificateRefused(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CertificateException || c instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }

    private static int code(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            // checkstyle:allow-fqn
            if (c instanceof io.vertx.sqlclient.DatabaseException d) { // same simple name as KakaORM's
                return d.getErrorCode();
            }
            if (c instanceof DatabaseException d) {
                return d.vendorCode();
            }
        }
        return 0;
    }
}
