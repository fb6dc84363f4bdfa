package org.grantsplatform.runtime.text;

/**
 * The characters a text may hold so that it can go into an XML 1.0 document and to any JSON consumer: everything
 * but the C0 controls other than tab, line feed and carriage return, the non-characters U+FFFE and U+FFFF, and
 * surrogates that are not part of a pair. One such character in one association's name would make every open-data
 * export that carries it unreadable, so requests refuse them and the writers drop them.
 */
public final class SafeText {

    /** What a refusal says about the characters, after naming the one it found. */
    public static final String RULE = "control characters other than tab, line feed and carriage return, "
            + "U+FFFE, U+FFFF and unpaired surrogates are not allowed";

    private SafeText() {
    }

    /** The index of the first character a text may not hold, or -1 when there is none (or no text). */
    public static int forbiddenAt(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            int width = allowedWidth(text, i);
            if (width == 0) {
                return i;
            }
            i += width - 1;
        }
        return -1;
    }

    /** The text without the characters it may not hold; null stays null. */
    public static String strip(String text) {
        int first = forbiddenAt(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            int width = allowedWidth(text, i);
            if (width > 0) {
                kept.append(text, i, i + width);
                i += width - 1;
            }
        }
        return kept.toString();
    }

    /** Why a text is refused, naming its first forbidden character (as U+XXXX, since it cannot be shown). */
    public static String refusal(String text) {
        return "contains U+%04X; %s".formatted((int) text.charAt(forbiddenAt(text)), RULE);
    }

    /** How many chars the character at {@code i} takes (2 for a surrogate pair), or 0 when it is not allowed. */
    private static int allowedWidth(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r' ? 1 : 0;
        }
        if (c == '\uFFFE' || c == '\uFFFF' || Character.isLowSurrogate(c)) {
            return 0;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 0;
        }
        return 1;
    }
}
