package org.grantsplatform.portal.programmanager;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The program manager's bundle for unit tests: each text is its key and arguments, {@code assign_refused_owner(Rita)}. */
public final class ProgramManagerWords {

    private ProgramManagerWords() {
    }

    public static ProgramManagerMessages keys() {
        return (ProgramManagerMessages) Proxy.newProxyInstance(ProgramManagerMessages.class.getClassLoader(),
                new Class<?>[] { ProgramManagerMessages.class }, (proxy, method, args) -> args == null
                        ? method.getName()
                        : method.getName() + "(" + Arrays.stream(args).map(String::valueOf)
                                .collect(Collectors.joining(", ")) + ")");
    }
}
