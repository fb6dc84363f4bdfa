package org.grantsplatform.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} options, with the environment variable {@code BENCH_NAME} as a fallback. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + a);
            }
            int eq = a.indexOf('=');
            values.put(a.substring(2, eq), a.substring(eq + 1));
        }
    }

    String get(String name, String fallback) {
        String v = values.get(name);
        if (v == null) {
            v = System.getenv("BENCH_" + name.toUpperCase().replace('-', '_'));
        }
        return v == null || v.isBlank() ? fallback : v;
    }

    String require(String name) {
        String v = get(name, null);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    int integer(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }

    double number(String name, double fallback) {
        return Double.parseDouble(get(name, Double.toString(fallback)));
    }
}
