package org.grantsplatform.systemtests.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Builds a folder of {@code deploy/k8s} with kubectl's built-in kustomize, as {@code kubectl apply -k} would,
 * and reads the objects it prints. Each build is run once per test run; its output stays in
 * {@code target/kustomize/} to be read when a rule fails.
 */
final class Kustomize {

    static final Path K8S = Path.of(System.getProperty("platform.repo", "..")).toAbsolutePath().normalize()
            .resolve("deploy/k8s");
    private static final String KUBECTL = System.getProperty("kubectl", "kubectl");
    private static final Path OUTPUT = Path.of("target", "kustomize");
    private static final long TIMEOUT_SECONDS = 60;
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, List<JsonNode>> BUILDS = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The objects of one build, {@code dir} relative to {@code deploy/k8s} ("base", "overlays/prod"). */
    static List<JsonNode> build(String dir) {
        return BUILDS.computeIfAbsent(dir, Kustomize::run);
    }

    private static List<JsonNode> run(String dir) {
        String name = dir.replace('/', '-');
        Path out = OUTPUT.resolve(name + ".yaml");
        Path err = OUTPUT.resolve(name + ".err");
        try {
            Files.createDirectories(OUTPUT);
            Process process = start(new ProcessBuilder(KUBECTL, "kustomize", K8S.resolve(dir).toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + Files.readString(err));
            }
            try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(out.toFile())) {
                // kustomize separates objects with "---"; an empty document is none
                return documents.readAll().stream().filter(JsonNode::isObject).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while building " + dir, e);
        }
    }

    /** A missing kubectl fails the test (never skips it), saying what to install. */
    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + KUBECTL + " (" + e.getMessage() + "). The Kubernetes manifests are"
                    + " built with kubectl's built-in kustomize v5: install kubectl 1.27 or newer (the Debian package"
                    + " kubectl from the Kubernetes or Google Cloud apt repository, or the binary from the Kubernetes"
                    + " release) on the PATH, or name it with -Dkubectl=/path/to/kubectl", e);
        }
    }
}
