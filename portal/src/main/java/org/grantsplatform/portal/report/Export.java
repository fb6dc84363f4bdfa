package org.grantsplatform.portal.report;

import java.util.Arrays;
import java.util.Optional;

/** reporting-service's open-data exports, downloaded through the portal under the same file names. */
public enum Export {
    CSV("grants.csv"),
    THREE_SIXTY_GIVING("360giving.json"),
    IATI("iati-activities.xml");

    private final String file;

    Export(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    static Optional<Export> named(String file) {
        return Arrays.stream(values()).filter(e -> e.file.equals(file)).findFirst();
    }
}
