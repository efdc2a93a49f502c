package io.kakaorm.vertx.internal.replica;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.ConnectOptions.Kind;
import io.kakaorm.vertx.ReadReplicas;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Checks, parses and formats the read replicas of {@link ConnectOptions}. */
public final class ReplicaUrls {
    private ReplicaUrls() {}

    /**
     * Refuses replicas of another kind than the primary (a file database's replicas are refused by
     * {@link ConnectOptions} itself).
     *
     * @throws IllegalArgumentException saying why
     */
    public static void check(Kind kind, ReadReplicas r) {
        for (ConnectOptions o : r.replicas()) {
            if (!o.kind().equals(kind)) {
                throw new IllegalArgumentException("The read replica " + o + " is " + o.kind() + ", the primary " + kind
                        + ": a replica must be a server of the primary's kind");
            }
        }
    }

    /** Each URL parsed as a replica of {@code primary} (a full URL: user, password and settings of its own). */
    public static List<ConnectOptions> parse(ConnectOptions primary, List<String> urls) {
        List<ConnectOptions> out = new ArrayList<>();
        for (String url : urls) {
            out.add(ConnectOptions.parse(url));
        }
        check(primary.kind(), new ReadReplicas(out, null, null));
        return out;
    }

    /**
     * {@code host:port,host:port} (the URL parameter {@code replicas}) as copies of {@code primary} on those
     * servers; a missing port is the primary's, an IPv6 host is written in brackets.
     */
    public static List<ConnectOptions> hostPorts(ConnectOptions primary, String list) {
        List<ConnectOptions> out = new ArrayList<>();
        for (String item : list.split(",")) {
            String hp = item.trim();
            if (hp.isEmpty()) {
                continue;
            }
            String host = hp;
            int port = primary.port();
            int colon = hp.lastIndexOf(':');
            if (colon >= 0 && !hp.endsWith("]")) {
                host = hp.substring(0, colon);
                try {
                    port = Integer.parseInt(hp.substring(colon + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("the port of replica '" + hp + "' is not a number");
                }
                if (port < 1 || port > 65535) {
                    throw new IllegalArgumentException("the port of replica '" + hp + "' is out of range");
                }
            }
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            if (host.isEmpty()) {
                throw new IllegalArgumentException("replica '" + hp + "' has no host");
            }
            out.add(primary.withServer(host, port));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("expected host:port,host:port");
        }
        check(primary.kind(), new ReadReplicas(out, null, null));
        return out;
    }

    /** The replicas as {@code host:port,host:port} (for printing; credentials are never shown). */
    public static String format(ReadReplicas r) {
        return r.replicas().stream()
                .map(o -> (o.host().contains(":") ? "[" + o.host() + "]" : o.host()) + ":" + o.port())
                .collect(Collectors.joining(","));
    }
}
