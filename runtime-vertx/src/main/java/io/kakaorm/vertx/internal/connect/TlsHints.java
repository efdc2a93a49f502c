package io.kakaorm.vertx.internal.connect;

import io.kakaorm.DatabaseException;
import io.kakaorm.vertx.ConnectOptions;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Says what a refused login may have to do with TLS, where the server's own words do not: the database's
 * {@code ServerErrors.tlsHint} reads its vendor code; a refused certificate is every database's.
 */
final class TlsHints {
    private TlsHints() {}

    /** The hint to append to the connect error {@code message} ({@code t}'s), or {@code ""}. */
    static String hint(ConnectOptions o, Throwable t, String message) {
        return Backends.forKind(o.kind()).errors().tlsHint(o, code(t), message);
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
