package org.grantsplatform.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A list the service answers oldest first, read newest first page by page. */
class PageTest {

    /** Items 1 (oldest) to {@code total} (newest), served in pages of {@code size}; the pages asked are recorded. */
    private static Page<Integer> newestFirst(int total, int page, int size, List<Integer> asked) {
        List<Integer> all = IntStream.rangeClosed(1, total).boxed().toList();
        return Page.newestFirst(page, size, p -> {
            asked.add(p);
            int from = Math.min(p * size, total);
            return new Page<>(all.subList(from, Math.min(from + size, total)), p, size, total);
        });
    }

    @Test
    void eachPageHoldsTheNewestItemsNotYetShown() {
        List<Integer> asked = new ArrayList<>();
        assertThat(newestFirst(45, 0, 20, asked).items()).containsExactlyElementsOf(
                IntStream.iterate(45, i -> i - 1).limit(20).boxed().toList());
        assertThat(asked).containsExactly(0, 1, 2);
        assertThat(newestFirst(45, 1, 20, new ArrayList<>()).items()).startsWith(25, 24).endsWith(6).hasSize(20);
        Page<Integer> last = newestFirst(45, 2, 20, new ArrayList<>());
        assertThat(last.items()).containsExactly(5, 4, 3, 2, 1);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.total()).isEqualTo(45);
    }

    @Test
    void aShortListTakesOneQuestionAndAPageBeyondTheEndIsEmpty() {
        List<Integer> asked = new ArrayList<>();
        assertThat(newestFirst(3, 0, 20, asked).items()).containsExactly(3, 2, 1);
        assertThat(asked).containsExactly(0);
        assertThat(newestFirst(3, 4, 20, new ArrayList<>()).items()).isEmpty();
        assertThat(newestFirst(0, 0, 20, new ArrayList<>()).items()).isEmpty();
    }
}
