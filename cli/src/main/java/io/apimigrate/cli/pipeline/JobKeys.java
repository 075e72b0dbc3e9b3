package io.apimigrate.cli.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The record keys of one job: every snippet id is sent as {@code <job>/<id>}, so the job's results can be told
 * apart from other jobs' on shared topics (results carry the key as their snippet id).
 */
public final class JobKeys {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);

    private final String job;
    private final String prefix;

    public JobKeys(final String job) {
        if (job.isBlank() || job.contains("/")) {
            throw new IllegalArgumentException("job id must be non-blank and contain no '/', got '" + job + "'");
        }
        this.job = job;
        this.prefix = job + "/";
    }

    /** A fresh job id: {@code job-<UTC time>-<8 random hex digits>}. */
    public static String newJobId() {
        return "job-" + STAMP.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String job() {
        return job;
    }

    /** The key of a snippet id. */
    public String key(final String id) {
        return prefix + id;
    }

    /** Whether a key belongs to this job. */
    public boolean owns(final String key) {
        return key != null && key.startsWith(prefix);
    }

    /** The snippet id of one of this job's keys. */
    public String id(final String key) {
        if (!owns(key)) {
            throw new IllegalArgumentException("key '" + key + "' is not of job " + job);
        }
        return key.substring(prefix.length());
    }
}
