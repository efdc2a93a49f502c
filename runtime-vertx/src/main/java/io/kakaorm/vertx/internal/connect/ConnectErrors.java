package io.kakaorm.vertx.internal.connect;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.internal.exec.Errors;
import io.netty.handler.codec.DecoderException;
import java.util.Locale;

/** Says in words why a connection failed, never {@code "null"}, never the password. */
final class ConnectErrors {
    private ConnectErrors() {}

    static String describe(ConnectOptions o, Throwable t) {
        String m = firstMessage(t);
        String server = Backends.forKind(o.kind()).product();
        if (m == null || m.equals("Connection closed") || t instanceof DecoderException) {
            m = "the server at " + o.host() + ":" + o.port() + " did not answer as " + server
                    + " (it closed the connection or sent something else; is it the right port?)"
                    + (m == null ? " [" + t.getClass().getSimpleName() + "]" : "");
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != t && root.getMessage() != null && !m.contains(root.getMessage())) {
            m = m + ": " + root.getMessage(); // e.g. why the TLS handshake failed
        }
        if ((m.contains("SSL handshake failed") || TlsHints.certificateRefused(t))
                && o.tls() != ConnectOptions.TlsMode.REQUIRE) {
            m = m + " (sslmode=" + o.tls().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + ": the server's certificate is not signed by the CA in sslrootcert"
                    + (o.tls() == ConnectOptions.TlsMode.VERIFY_FULL ? ", or does not name the host " + o.host() : "")
                    + ")";
        }
        if (m.startsWith("{errorMessage=")) { // vertx-mysql-client's map: say the server's own message
            m = Errors.serverMessage(m, null);
        }
        m = m + TlsHints.hint(o, t, m);
        if (o.password() != null && !o.password().isEmpty()) {
            m = m.replace(o.password(), "***");
        }
        return m;
    }

    /** The first non-blank message along the cause chain, or {@code null}. */
    private static String firstMessage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage();
            if (m != null && !m.isBlank() && !m.equals("null")) {
                return m;
            }
        }
        return null;
    }
}
