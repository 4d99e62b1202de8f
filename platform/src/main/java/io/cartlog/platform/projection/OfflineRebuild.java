package io.cartlog.platform.projection;

import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/**
 * The command-line rebuild ({@code cartlog.jar rebuild <name>|all}): replays read models in place,
 * one after the other, drawing a progress bar, while nothing else serves them.
 */
@Component
public class OfflineRebuild {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int UNKNOWN = 2;
    public static final int NOT_REBUILDABLE = 3;

    private static final int BAR_WIDTH = 30;
    private static final long REFRESH_MILLIS = 200;

    private final Projections projections;
    private final ProjectionRebuilds rebuilds;

    OfflineRebuild(Projections projections, ProjectionRebuilds rebuilds) {
        this.projections = projections;
        this.rebuilds = rebuilds;
    }

    /** Rebuilds {@code name} (or every read model for {@code all}) and answers the exit status. */
    public int run(String name, PrintStream out, PrintStream err) throws InterruptedException {
        List<String> names = "all".equals(name)
                ? projections.names().stream().filter(projections::rebuildable).toList() : List.of(name);
        for (String each : names) {
            if (projections.processor(each).isEmpty()) {
                err.println("No projection '" + each + "'. Read models: " + readModels());
                return UNKNOWN;
            }
            if (!projections.rebuildable(each)) {
                err.println("'" + each + "' is not a read model (it has side effects or is a saga) and is never replayed."
                        + " Read models: " + readModels());
                return NOT_REBUILDABLE;
            }
            Rebuild rebuild = rebuilds.start(each, true);
            while (rebuild.running()) {
                out.print("\r" + bar(each, rebuild.view()));
                out.flush();
                Thread.sleep(REFRESH_MILLIS);
            }
            out.println("\r" + bar(each, rebuild.view()));
            if (rebuild.failed()) {
                err.println("Rebuilding '" + each + "' failed: " + rebuild.view().error());
                return FAILED;
            }
        }
        return OK;
    }

    static String bar(String name, Rebuild.View view) {
        int filled = (int) Math.round(view.progress() * BAR_WIDTH);
        return String.format("%-24s [%s%s] %3d%%  %d/%d  %.0f events/s", name, "#".repeat(filled),
                "-".repeat(BAR_WIDTH - filled), Math.round(view.progress() * 100), view.position(), view.target(),
                view.eventsPerSecond());
    }

    private String readModels() {
        return String.join(", ", projections.names().stream().filter(projections::rebuildable).toList());
    }
}
