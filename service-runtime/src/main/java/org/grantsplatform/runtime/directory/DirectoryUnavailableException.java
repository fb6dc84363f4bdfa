package org.grantsplatform.runtime.directory;

import org.grantsplatform.runtime.problem.ProblemException;

/** The directory did not answer (or refused the service account): a 503 with Retry-After, unless a caller falls back. */
public class DirectoryUnavailableException extends ProblemException {

    private static final int RETRY_AFTER_SECONDS = 5;

    public DirectoryUnavailableException() {
        super(503, "Service Unavailable", "the user directory is not available; try again", null, RETRY_AFTER_SECONDS);
    }
}
