package org.grantsplatform.systemtests.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kubernetes manifests ({@code deploy/k8s}) as kustomize builds them, held to {@link ManifestRules} without a
 * cluster and without the platform: the base and every overlay. Needs kubectl (its built-in kustomize); without it
 * the test fails and says what to install.
 */
class KubernetesManifestsTest {

    /** The overlay whose images must be releases. */
    private static final String PRODUCTION = "overlays/prod";

    /** The base and every folder of overlays/, so that a new overlay is checked without a change here. */
    static List<String> builds() throws IOException {
        try (Stream<Path> overlays = Files.list(Kustomize.K8S.resolve("overlays"))) {
            return Stream.concat(Stream.of("base"),
                    overlays.filter(Files::isDirectory).map(overlay -> "overlays/" + overlay.getFileName()).sorted()).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builds")
    void buildMeetsTheRules(String build) {
        List<String> problems = new ManifestRules(Kustomize.build(build), build.equals(PRODUCTION)).problems();
        failOn(build + " (kubectl kustomize deploy/k8s/" + build + ", output in target/kustomize/)", problems);
    }

    @Test
    void objectsMadeOutsideTheBuildAreDocumentedAndStillReferred() throws IOException {
        String readme = Files.readString(Kustomize.K8S.resolve("README.md"));
        Set<String> referred = new TreeSet<>();
        for (String build : builds()) {
            referred.addAll(new ManifestRules(Kustomize.build(build), build.equals(PRODUCTION)).referencedOutside());
        }
        List<String> problems = new ArrayList<>();
        ManifestRules.MADE_OUTSIDE.forEach((kind, names) -> names.forEach(name -> {
            if (!readme.contains(name)) {
                problems.add(kind + "/" + name + ": deploy/k8s/README.md does not say who makes it");
            }
            if (!referred.contains(kind + "/" + name)) {
                problems.add(kind + "/" + name + ": no build refers to it any more; drop it from MADE_OUTSIDE");
            }
        }));
        failOn("ManifestRules.MADE_OUTSIDE", problems);
    }

    private static void failOn(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(what + ": " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
        }
    }
}
