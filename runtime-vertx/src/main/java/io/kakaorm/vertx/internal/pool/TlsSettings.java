package io.kakaorm.vertx.internal.pool;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.TlsMode;
import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.PemTrustOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The Vert.x TLS options for a {@link TlsMode}: trust-all for {@code require}, the CA file for the verify modes. */
public final class TlsSettings {
    private TlsSettings() {}

    /** The client TLS options, or {@code null} when TLS is off. */
    public static ClientSSLOptions of(ConnectOptions o) {
        TlsMode mode = o.tls();
        if (mode == TlsMode.DISABLE) {
            return null;
        }
        ClientSSLOptions ssl = new ClientSSLOptions();
        if (mode == TlsMode.REQUIRE) {
            return ssl.setTrustAll(true).setHostnameVerificationAlgorithm("");
        }
        if (o.sslRootCert() == null) {
            throw new IllegalArgumentException(
                    "sslmode=" + mode.name().toLowerCase(Locale.ROOT).replace('_', '-')
                            + " needs sslrootcert (the CA certificate file that signed the server's) in " + o);
        }
        if (!Files.isReadable(Path.of(o.sslRootCert()))) {
            throw new IllegalArgumentException("sslrootcert " + o.sslRootCert() + " is not a readable file in " + o);
        }
        ssl.setTrustOptions(new PemTrustOptions().addCertPath(o.sslRootCert()));
        return ssl.setHostnameVerificationAlgorithm(mode == TlsMode.VERIFY_FULL ? "HTTPS" : "");
    }
}
