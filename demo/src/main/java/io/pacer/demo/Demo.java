package io.pacer.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;

import io.pacer.demo.data.DemoCalendar;
import io.pacer.demo.data.DemoCity;
import io.pacer.demo.data.DemoData;
import io.pacer.demo.load.ApiException;
import io.pacer.demo.load.DemoCheck;
import io.pacer.demo.load.DemoLoader;
import io.pacer.demo.load.LoaderConfig;
import io.pacer.demo.load.RestClient;

/**
 * {@code java -jar demo.jar load [options]}: generates the demo for today (Asia/Shanghai) and loads it through
 * the REST API. Exit codes: 0 loaded, 1 a service refused or never became ready, 2 bad usage.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        if (args.length == 0 || !args[0].equals("load")) {
            System.err.print(usage());
            System.exit(2);
        }
        LoaderConfig config;
        try {
            config = LoaderConfig.from(Arrays.copyOfRange(args, 1, args.length), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage());
            System.exit(2);
            return;
        }
        DemoData data = DemoData.generate(config.seed(), DemoCalendar.today());
        RestClient rest = new RestClient(Duration.ofMinutes(2), out);
        try {
            DemoLoader.LoadSummary summary = new DemoLoader(config, rest, out).load(data);
            out.printf("Demo loaded in %.1f s.%n", summary.millis() / 1000.0);
            if (config.verify()) {
                new DemoCheck(config, rest, out).run(data, Duration.ofSeconds(120));
            }
            out.println("  official token (OFFICIAL, district " + DemoCity.DISTRICT + ", shown once):");
            out.println("    " + summary.officialToken());
            out.println("  dashboard: " + config.aggregate() + "/  (sign in with the admin or the official token)");
        } catch (ApiException e) {
            System.err.println("demo: loading failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String usage() {
        return LoaderConfig.USAGE;
    }
}
