package org.grantsplatform.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Rising arrival rates until the p99 passes the objective: each step is an open-loop run (warm-up,
 * then measurement) at a rate {@code factor} times the previous one. A step that misses is tried
 * once more after a pause (another engineer's build can spoil one step on a shared machine); a
 * second miss ends the climb, and one step between the last rate held and the one missed narrows
 * the answer. When the first rate already misses, the rate is halved until one holds (three times
 * at most). Then a run at half the highest rate held gives the latency a person sees with room
 * to spare. Bounded by a step count and a time budget.
 */
final class Ladder {

    record Outcome(String name, double sloMs, List<OpenLoop.Result> steps, double maxHeldRps, OpenLoop.Result atHalf,
            com.fasterxml.jackson.databind.node.ObjectNode cpuPerOperationAtHalf) {
    }

    record Settings(double startRate, double factor, double maxRate, double warmupS, double measureS, int maxSteps,
            double budgetS, double sloMs, long timeoutMs, int maxOutstanding) {

        static Settings from(Args args, String prefix) {
            return new Settings(args.number(prefix + "start-rate", 10), args.number("factor", 1.5),
                    args.number(prefix + "max-rate", 3000), args.number("warmup-s", 3), args.number("measure-s", 8),
                    args.integer("max-steps", 14), args.number(prefix + "budget-s", 150), args.number("slo-ms", 100),
                    args.integer("timeout-ms", 10_000), args.integer("max-outstanding", 4_000));
        }
    }

    private Ladder() {
    }

    static Outcome climb(String name, Settings s, OpenLoop.Operation op) {
        long started = System.nanoTime();
        List<OpenLoop.Result> steps = new ArrayList<>();
        double rate = s.startRate();
        double held = 0;
        double missed = 0;
        boolean retried = false;
        while (steps.size() < s.maxSteps() && rate <= s.maxRate() && within(started, s.budgetS(), s)) {
            OpenLoop.Result r = step(name, rate, s, op);
            steps.add(r);
            if (r.held(s.sloMs())) {
                held = rate;
                retried = false;
                rate = rate * s.factor();
            } else if (!retried) {
                retried = true;
                pause(3_000);
            } else {
                missed = rate;
                break;
            }
        }
        // the first rate already too much: halve it (at most three times, down to 1/s) to find one that holds
        double down = s.startRate();
        for (int i = 0; i < 3 && held == 0 && down > 1 && steps.size() < s.maxSteps() && within(started, s.budgetS(), s); i++) {
            down = Math.max(1, down / 2);
            pause(2_000);
            OpenLoop.Result r = step(name, down, s, op);
            steps.add(r);
            if (r.held(s.sloMs())) {
                held = down;
                missed = down * 2;
            }
        }
        if (missed > 0 && held > 0 && steps.size() < s.maxSteps() && within(started, s.budgetS(), s)) {
            double between = Math.sqrt(held * missed);
            pause(2_000);
            OpenLoop.Result r = step(name, between, s, op);
            steps.add(r);
            if (r.held(s.sloMs())) {
                held = between;
            }
        }
        OpenLoop.Result half = null;
        double halfRate = held > 0 ? held / 2 : s.startRate() / 2;
        pause(2_000);
        // CPU per operation over the whole half-rate run (warm-up included, as every operation of it counts)
        CpuMeter.Snapshot before = CpuMeter.snapshot();
        half = OpenLoop.run(name + "@half", halfRate, s.warmupS(), Math.max(s.measureS(), 10), s.timeoutMs(),
                s.maxOutstanding(), op);
        CpuMeter.Snapshot after = CpuMeter.snapshot();
        long operations = (long) Math.ceil(halfRate * (s.warmupS() + Math.max(s.measureS(), 10)));
        var cpu = CpuMeter.perOperation(before, after, operations);
        System.out.println("  " + half.line());
        System.out.println("  CPU per operation (ms): " + cpu);
        return new Outcome(name, s.sloMs(), steps, held, half, cpu);
    }

    private static OpenLoop.Result step(String name, double rate, Settings s, OpenLoop.Operation op) {
        OpenLoop.Result r = OpenLoop.run(name, rate, s.warmupS(), s.measureS(), s.timeoutMs(), s.maxOutstanding(), op);
        System.out.println("  " + r.line() + (r.held(s.sloMs()) ? "  held" : "  MISSED"));
        pause(1_000);
        return r;
    }

    /** Whether one more step (and the half-rate run) still fits in the budget. */
    private static boolean within(long started, double budgetS, Settings s) {
        double elapsed = (System.nanoTime() - started) / 1e9;
        return elapsed + 2 * (s.warmupS() + s.measureS() + 2) <= budgetS;
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
