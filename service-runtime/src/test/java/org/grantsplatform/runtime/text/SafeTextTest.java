package org.grantsplatform.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void shouldFindEveryForbiddenCharacterAndNoAllowedOne() {
        for (char c = 0; c < 0x20; c++) {
            boolean allowed = c == '\t' || c == '\n' || c == '\r';
            assertThat(SafeText.forbiddenAt("ab" + c)).as("U+%04X", (int) c).isEqualTo(allowed ? -1 : 2);
        }
        assertThat(SafeText.forbiddenAt("a\uFFFE")).isEqualTo(1);
        assertThat(SafeText.forbiddenAt("a\uFFFF")).isEqualTo(1);
        assertThat(SafeText.forbiddenAt("a\uD800")).isEqualTo(1);
        assertThat(SafeText.forbiddenAt("a\uD800b")).isEqualTo(1);
        assertThat(SafeText.forbiddenAt("a\uDC00\uD800")).isEqualTo(1);
        assertThat(SafeText.forbiddenAt("\uD83D\uDE00 \u007F \u0085 \uFFFD \uE000 Ünïcødé مرحبا")).isEqualTo(-1);
        assertThat(SafeText.forbiddenAt(null)).isEqualTo(-1);
    }

    @Test
    void shouldStripOnlyTheForbiddenCharacters() {
        assertThat(SafeText.strip("A\u0000s\u0001s\u001Fo\uFFFEc\uFFFFi\uD800a\uDFFFtion \uD83D\uDE00\t\r\n"))
                .isEqualTo("Association \uD83D\uDE00\t\r\n");
        assertThat(SafeText.strip("\uDE00\uD83D")).isEmpty();
        String clean = "clean";
        assertThat(SafeText.strip(clean)).isSameAs(clean);
        assertThat(SafeText.strip(null)).isNull();
    }

    @Test
    void shouldNameTheFirstForbiddenCharacterInARefusal() {
        assertThat(SafeText.refusal("ok\u0001\u0002")).startsWith("contains U+0001;");
        assertThat(SafeText.refusal("\uD800")).startsWith("contains U+D800;");
    }
}
