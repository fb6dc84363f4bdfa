package org.grantsplatform.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle says everything in every language: a key one language has and another lacks fails here. */
class MessageBundlesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Set<String> LANGUAGES = Language.SUPPORTED.stream().map(l -> l.getLanguage())
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void everyBundleHasEveryKeyInEveryLanguage() throws IOException {
        Map<String, Map<String, Set<String>>> keysByBundle = new TreeMap<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                String name = file.getFileName().toString().replace(".properties", "");
                int cut = name.lastIndexOf('_');
                keysByBundle.computeIfAbsent(name.substring(0, cut), b -> new TreeMap<>())
                        .put(name.substring(cut + 1), keys(file));
            }
        }
        assertThat(keysByBundle).containsKey("msg");
        keysByBundle.forEach((bundle, byLanguage) -> {
            assertThat(byLanguage.keySet()).as("languages of bundle %s", bundle).isEqualTo(LANGUAGES);
            Set<String> all = byLanguage.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
            byLanguage.forEach((language, keys) -> assertThat(keys).as("keys of %s_%s", bundle, language)
                    .containsExactlyInAnyOrderElementsOf(all));
        });
    }

    @Test
    void noTranslationIsLeftEmpty() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties texts = load(file);
                texts.forEach((key, text) -> assertThat(text.toString()).as("%s in %s", key, file.getFileName()).isNotBlank());
            }
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        return load(file).stringPropertyNames();
    }

    private static Properties load(Path file) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
