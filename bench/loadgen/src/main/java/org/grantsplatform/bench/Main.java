package org.grantsplatform.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's load generator; bench/run calls it once per step:
 *
 * <pre>
 *   http --measure=write,submit,read,lag   open-loop ladders through the APIs, and the event lag
 *   seed                                   synthetic events straight to the benchmark's own topics
 *   ingest | portfolio | rebuild           on the benchmark's own reporting-service
 *   report                                 latest.json, the chart and the README table from the parts
 * </pre>
 *
 * Options are {@code --name=value} (or the environment variable {@code BENCH_NAME}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: Main http|seed|ingest|portfolio|rebuild|report [--name=value...]");
            System.exit(2);
        }
        Args args = new Args(argv, 1);
        int status = 0;
        try {
            switch (argv[0]) {
                case "http" -> {
                    try (Api api = new Api(args)) {
                        new HttpBench(args, api).run(Arrays.asList(args.get("measure", "write,submit,read,lag").split(",")));
                    }
                }
                case "seed" -> new ReadModelBench(args).seed();
                case "fixture" -> new Fixture(args).load();
                case "cleanup" -> new ReadModelBench(args).cleanup();
                case "profile-summary" -> ProfileSummary.write(java.nio.file.Path.of(args.get("dir", "bench/results/profile")));
                case "ingest" -> {
                    try (Api api = new Api(args)) {
                        new ReadModelBench(args).ingest(api);
                    }
                }
                case "portfolio" -> {
                    try (Api api = new Api(args)) {
                        new ReadModelBench(args).portfolio(api);
                    }
                }
                case "lag" -> {
                    try (Api api = new Api(args)) {
                        new ReadModelBench(args).lag(api);
                    }
                }
                case "rebuild" -> {
                    try (Api api = new Api(args)) {
                        new ReadModelBench(args).rebuild(api);
                    }
                }
                case "report" -> new Report(args).write();
                case "get" -> {
                    // a plain open-loop GET without a token: the baseline's load
                    try (Api api = new Api(args)) {
                        String url = Api.local(args.require("url"));
                        OpenLoop.Result r = OpenLoop.run("get", args.number("rate", 200), args.number("warmup-s", 3),
                                args.number("measure-s", 10), api.timeoutMs, 4_000,
                                i -> api.get(url, null).compose(x -> x.statusCode() == 200 ? io.vertx.core.Future.succeededFuture(x)
                                        : io.vertx.core.Future.failedFuture(new OpenLoop.StatusException(x.statusCode(), x.bodyAsString()))));
                        System.out.println("  " + r.line());
                    }
                }
                default -> {
                    System.err.println("unknown command " + argv[0] + "; one of " + List.of("http", "seed", "ingest",
                            "portfolio", "rebuild", "report"));
                    status = 2;
                }
            }
        } catch (Exception e) {
            System.err.println("loadgen " + argv[0] + ": " + e.getMessage());
            e.printStackTrace(System.err);
            status = 1;
        }
        System.exit(status);
    }
}
