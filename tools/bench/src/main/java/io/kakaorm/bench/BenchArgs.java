package io.kakaorm.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Command-line options shared by the workloads.
 *
 * @param workload  what to run (see {@link BenchMain})
 * @param pgUrl     PostgreSQL URL, or {@code null} to skip PostgreSQL
 * @param mysqlUrl  MariaDB/MySQL URL, or {@code null} to skip it
 * @param sqliteUrl the ORM's SQLite URL
 * @param warmup    warm-up rounds per side
 * @param rounds    measured rounds per side
 * @param inFlight  requests outstanding during a load run (PK lookups)
 * @param contexts  event-loop contexts issuing requests
 * @param poolSize  connections per pool (the same for the ORM and the raw client)
 * @param ops       operations per round; 0 means the workload's default
 * @param quick     a short run that only checks the harness wires up
 * @param jvm       the java executable for JMH forks, or {@code null} for the running one
 * @param hydrateInFlight requests in flight for the hydration and list workloads
 * @param diagnose  add diagnostic sides (e.g. the ORM's raw {@code fetch}) to locate a gap
 * @param runs      how many times to run the workload (each with its own table and warm-up)
 */
public record BenchArgs(
        String workload,
        String pgUrl,
        String mysqlUrl,
        String sqliteUrl,
        int warmup,
        int rounds,
        int inFlight,
        int contexts,
        int poolSize,
        int ops,
        boolean quick,
        String jvm,
        int hydrateInFlight,
        boolean diagnose,
        int runs) {

    /** The usage text. */
    public static final String USAGE = """
            usage: java -jar kakaorm-bench.jar <workload> [options]
              workloads: calibrate | pk | hydrate | sqlite | accessors | lambda | list20 | relational | bulk | listener | all
              --pg URL          PostgreSQL (default postgresql://postgres@127.0.0.1:5432/test; "none" skips)
              --mysql URL       MariaDB/MySQL (default mysql://root@127.0.0.1:3306/test; "none" skips)
              --sqlite URL      the ORM's SQLite URL (default sqlite::memory:)
              --warmup N        warm-up rounds per side (default 10: C2 is still compiling after 2)
              --rounds N        measured rounds per side, alternating (default 7)
              --inflight N      requests in flight for the PK lookup load run (default 64)
              --contexts N      event-loop contexts issuing requests (default 2)
              --hinflight N     requests in flight for hydrate and list20 (default 4)
              --diagnose        add diagnostic sides that split a gap into its parts
              --runs N          run the workload N times (own table and warm-up each), then print each
                                comparison over all runs: the median of every run's round pairs (default 1)
              --pool N          connections per pool, ORM and raw alike (default 8)
              --ops N           operations per round (default: per workload)
              --jvm PATH        java executable for the JMH forks (e.g. a newer JDK)
              --quick           tiny run: checks the wiring, figures meaningless
            """;

    /** Parses {@code args}; throws {@link IllegalArgumentException} with the usage on a bad option. */
    public static BenchArgs parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException(USAGE);
        }
        String workload = args[0];
        String pg = "postgresql://postgres@127.0.0.1:5432/test";
        String my = "mysql://root@127.0.0.1:3306/test";
        String lite = "sqlite::memory:";
        int warmup = 10, rounds = 7, inFlight = 64, contexts = 2, pool = 8, ops = 0;
        boolean quick = false;
        String jvm = null;
        int hInFlight = 4;
        boolean diagnose = false;
        int runs = 1;
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--quick")) {
                quick = true;
                continue;
            }
            if (a.equals("--diagnose")) {
                diagnose = true;
                continue;
            }
            if (i + 1 >= rest.size()) {
                throw new IllegalArgumentException("missing value after " + a + "\n" + USAGE);
            }
            String v = rest.get(++i);
            switch (a) {
                case "--pg" -> pg = v;
                case "--mysql" -> my = v;
                case "--sqlite" -> lite = v;
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--rounds" -> rounds = Integer.parseInt(v);
                case "--inflight" -> inFlight = Integer.parseInt(v);
                case "--contexts" -> contexts = Integer.parseInt(v);
                case "--pool" -> pool = Integer.parseInt(v);
                case "--ops" -> ops = Integer.parseInt(v);
                case "--jvm" -> jvm = v;
                case "--hinflight" -> hInFlight = Integer.parseInt(v);
                case "--runs" -> runs = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if (quick) {
            warmup = 0;
            rounds = 1;
        }
        return new BenchArgs(
                workload,
                none(pg),
                none(my),
                lite,
                warmup,
                rounds,
                inFlight,
                contexts,
                pool,
                ops,
                quick,
                jvm,
                hInFlight,
                diagnose,
                Math.max(1, runs));
    }

    /** {@code ops} if given, else {@code normal}, or a token count for a quick run. */
    public int opsOr(int normal) {
        return quick ? Math.max(1, Math.min(normal, 20)) : ops > 0 ? ops : normal;
    }

    private static String none(String url) {
        return url == null || url.equals("none") || url.isBlank() ? null : url;
    }
}
