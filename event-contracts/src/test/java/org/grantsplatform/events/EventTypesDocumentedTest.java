package org.grantsplatform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The documented list of event types (docs/events.md) is exactly the list the code emits and reads. */
class EventTypesDocumentedTest {

    /** A table row of docs/events.md starts with the type in backticks. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+\\.[a-z.-]+\\.v\\d+)` \\|", Pattern.MULTILINE);

    @Test
    void everyTypeOfEventTypesIsInTheContractAndNoOther() throws IOException, IllegalAccessException {
        Set<String> inCode = new TreeSet<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                inCode.add((String) field.get(null));
            }
        }
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("../docs/events.md")));
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertEquals(inCode, documented, "docs/events.md's table against EventTypes");
    }
}
