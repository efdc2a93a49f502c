package io.kakaorm.vertx.internal.connect;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ReadReplicas;
import io.kakaorm.vertx.internal.replica.ReplicaUrls;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Parses and formats connection URLs; every error message masks the password. */
public final class ConnectUrl {
    private static final String KNOWN = "maxSize, connectTimeout, idleTimeout, busyTimeout, statementTimeout, "
            + "maxWaitQueueSize, ssl, sslmode, sslrootcert, passwordEnv, search_path, replicas, readYourWrites, replicaRetry";
    private static final Set<String> PARAMS = Set.of(KNOWN.split(", "));

    private ConnectUrl() {}

    /** Parses {@code url}; see {@link ConnectOptions} for the forms. */
    public static ConnectOptions parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Connection URL is empty");
        }
        String masked = mask(url);
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : url.substring(q + 1);
        int colon = base.indexOf(':');
        String scheme = colon < 0 ? base : base.substring(0, colon);
        BackendProvider provider = colon < 0 ? null : Backends.forScheme(scheme);
        ConnectOptions o;
        if (provider != null && provider.embedded()) { // a file: scheme:./x.db
            o = provider.fileOptions(base.substring(colon + 1), masked);
        } else if (provider != null && base.startsWith("://", colon)) {
            o = server(provider, base.substring(colon + 3), masked);
        } else {
            throw new IllegalArgumentException("Unknown database URL scheme '" + scheme + "' in " + masked + "; use "
                    + String.join(", ", Backends.urlForms()));
        }
        return params(o, query, masked);
    }

    private static ConnectOptions server(BackendProvider provider, String rest, String masked) {
        int defaultPort = provider.defaultPort();
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String cred = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int c = cred.indexOf(':');
            user = decode(c < 0 ? cred : cred.substring(0, c));
            password = c < 0 ? null : decode(cred.substring(c + 1));
        }
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? null : decode(rest.substring(slash + 1));
        if (hostPort.isEmpty()) {
            throw new IllegalArgumentException("Database URL " + masked + " has no host");
        }
        if (database == null || database.isEmpty()) {
            throw new IllegalArgumentException("Database URL " + masked + " has no database name (…/<database>)");
        }
        String host = hostPort;
        int port = defaultPort;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            String p = hostPort.substring(colon + 1);
            try {
                port = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Port '" + p + "' in " + masked + " is not a number");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Port " + port + " in " + masked + " is out of range");
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("Database URL " + masked + " has no host");
        }
        return ConnectOptions.server(ConnectOptions.Kind.of(provider.name()), host, port, database, user, password);
    }

    private static ConnectOptions params(ConnectOptions o, String query, String masked) {
        if (query.isEmpty()) {
            return o;
        }
        String replicas = null; // applied last, so that the replicas copy every other setting of the primary
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!PARAMS.contains(name)) {
                throw new IllegalArgumentException(
                        "Unknown parameter '" + name + "' in " + masked + "; known: " + KNOWN);
            }
            try {
                o = switch (name) {
                    case "maxSize" -> o.withMaxSize(Integer.parseInt(value));
                    case "connectTimeout" -> o.withConnectTimeout(Long.parseLong(value));
                    case "idleTimeout" -> o.withIdleTimeout(Long.parseLong(value));
                    case "busyTimeout" -> o.withBusyTimeout(Long.parseLong(value));
                    case "ssl" -> o.withSsl(bool(value));
                    case "sslmode" -> o.withTls(tlsMode(value));
                    case "sslrootcert" -> o.withSslRootCert(value);
                    case "statementTimeout" -> o.withStatementTimeout(Long.parseLong(value));
                    case "maxWaitQueueSize" -> o.withMaxWaitQueueSize(Integer.parseInt(value));
                    case "passwordEnv" -> o.withPasswordFromEnv(value);
                    case "readYourWrites" -> o.withReadYourWrites(Duration.ofMillis(Long.parseLong(value)));
                    case "replicaRetry" ->
                        o.withReadReplicas(o.readReplicas().withRetryAfter(Duration.ofMillis(Long.parseLong(value))));
                    case "replicas" -> {
                        replicas = value;
                        yield o;
                    }
                    default -> o.withProperty(name, value);
                };
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Bad value '" + value + "' for parameter '" + name + "' in " + masked + ": " + e.getMessage(),
                        e);
            }
        }
        if (replicas != null) {
            try {
                o = o.withReadReplicas(o.readReplicas().withReplicas(ReplicaUrls.hostPorts(o, replicas)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Bad value '" + replicas + "' for parameter 'replicas' in " + masked + ": " + e.getMessage(),
                        e);
            }
        }
        return o;
    }

    private static ConnectOptions.TlsMode tlsMode(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "disable", "disabled" -> ConnectOptions.TlsMode.DISABLE;
            case "require", "required" -> ConnectOptions.TlsMode.REQUIRE;
            case "verify-ca", "verify_ca" -> ConnectOptions.TlsMode.VERIFY_CA;
            case "verify-full", "verify_identity" -> ConnectOptions.TlsMode.VERIFY_FULL;
            default -> throw new IllegalArgumentException("expected disable, require, verify-ca or verify-full");
        };
    }

    private static boolean bool(String v) {
        if (v.equals("true") || v.isEmpty()) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException("expected true or false");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL with the password (between {@code user:} and {@code @}) replaced by {@code ***}. */
    public static String mask(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int start = scheme + 3;
        int at = url.lastIndexOf('@');
        int q = url.indexOf('?');
        if (at < start || (q >= 0 && at > q)) {
            return url;
        }
        int colon = url.indexOf(':', start);
        if (colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, colon + 1) + "***" + url.substring(at);
    }

    /** {@code o} as a URL; the password as {@code ***} when {@code maskPassword}. */
    public static String format(ConnectOptions o, boolean maskPassword) {
        StringBuilder sb = new StringBuilder();
        BackendProvider provider = Backends.forKind(o.kind());
        boolean embedded = provider.embedded();
        if (embedded) {
            sb.append(provider.fileUrl(o));
        } else {
            sb.append(provider.urlSchemes().get(0)).append("://");
            if (o.user() != null) {
                sb.append(enc(o.user()));
                if (o.password() != null) {
                    sb.append(':').append(maskPassword ? "***" : enc(o.password()));
                }
                sb.append('@');
            }
            sb.append(o.host().contains(":") ? "[" + o.host() + "]" : o.host())
                    .append(':')
                    .append(o.port())
                    .append('/')
                    .append(enc(o.database()));
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("maxSize", String.valueOf(o.maxSize()));
        p.put("connectTimeout", String.valueOf(o.connectTimeout()));
        if (o.idleTimeout() > 0) {
            p.put("idleTimeout", String.valueOf(o.idleTimeout()));
        }
        if (embedded) {
            p.put("busyTimeout", String.valueOf(o.busyTimeout()));
        }
        if (o.ssl()) {
            p.put("sslmode", o.tls().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (o.sslRootCert() != null) {
            p.put("sslrootcert", o.sslRootCert());
        }
        if (o.statementTimeout() > 0) {
            p.put("statementTimeout", String.valueOf(o.statementTimeout()));
        }
        if (o.maxWaitQueueSize() >= 0) {
            p.put("maxWaitQueueSize", String.valueOf(o.maxWaitQueueSize()));
        }
        if (!o.readReplicas().isEmpty()) {
            p.put("replicas", ReplicaUrls.format(o.readReplicas()));
            if (!o.readReplicas().readYourWrites().isZero()) {
                p.put(
                        "readYourWrites",
                        String.valueOf(o.readReplicas().readYourWrites().toMillis()));
            }
            if (!o.readReplicas().retryAfter().equals(ReadReplicas.DEFAULT_RETRY_AFTER)) {
                p.put(
                        "replicaRetry",
                        String.valueOf(o.readReplicas().retryAfter().toMillis()));
            }
        }
        p.putAll(o.properties());
        String sep = "?";
        for (Map.Entry<String, String> e : p.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(enc(e.getValue()));
            sep = "&";
        }
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
