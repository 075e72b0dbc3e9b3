package io.apimigrate.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on standard error, redrawn at most ten times a second; silent when
 * standard error is not a terminal (unless {@code APIMIGRATE_PROGRESS=1}), so logs stay clean.
 */
public final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean enabled;
    private long lastDraw;
    private long done;

    public ProgressBar(final String label, final long total) {
        this.label = label;
        this.total = Math.max(1, total);
        this.out = System.err;
        this.enabled = System.console() != null || "1".equals(System.getenv("APIMIGRATE_PROGRESS"));
    }

    /** Sets the number of items done. */
    public synchronized void update(final long count) {
        done = count;
        final long now = System.nanoTime();
        if (enabled && (now - lastDraw > 100_000_000L || count >= total)) {
            lastDraw = now;
            draw();
        }
    }

    public synchronized void step() {
        update(done + 1);
    }

    private void draw() {
        final int filled = (int) (WIDTH * Math.min(done, total) / total);
        out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (enabled) {
            draw();
            out.println();
        }
    }
}
