package io.khabar.ingest.service;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * {@link ArticleIdentity#contentHash} of a text read straight from the bytes of the JSON string literal it arrived in,
 * without decoding it. It takes the common case only and answers {@code null}, "take the String path", for anything
 * else: a character that NFC could change (not "yes" in ICU's NFC quick check, or a second combining mark in a row),
 * a character outside the Basic Multilingual Plane, a text that is only white space, bytes that are not well-formed
 * UTF-8 or JSON. In the common case it gives the same hash as the String path, which {@code JsonTextHashTest} checks
 * on random texts, escaped and not.
 * <p>
 * Written by hand because no library hashes a normalised text from its escaped UTF-8: Jackson would decode the
 * string and the String path encode it again, a third of a batch item's CPU. ICU4J gives the normalisation data.
 */
final class JsonTextHash {

    /** A text's literal: where its closing quote is, its length in UTF-16 units and its content hash. */
    record Scanned(int end, int chars, String contentHash) {
    }

    /** A combining mark NFC leaves alone, unless another follows it (canonical order). */
    private static final byte MARK = 1;
    /** A character NFC may change. */
    private static final byte UNSAFE = 2;
    /** White space, folded. */
    private static final byte SPACE = 4;
    /** What each character of the Basic Multilingual Plane is; 0 for most. */
    private static final byte[] FLAGS = flags();

    private JsonTextHash() {
    }

    /**
     * The flags, or {@code null} (every text then takes the String path) when the running JDK knows a character ICU4J
     * does not: its normaliser, on a newer Unicode, could then treat as a combining mark what ICU calls unassigned.
     */
    private static byte[] flags() {
        if (!icuKnowsWhatTheJdkKnows()) {
            return null;
        }
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        byte[] flags = new byte[0x10000];
        for (int cp = 0; cp < flags.length; cp++) {
            if (UCharacter.getIntPropertyValue(cp, UProperty.NFC_QUICK_CHECK) != 1) { // 1: yes
                flags[cp] |= UNSAFE;
            } else if (nfc.getCombiningClass(cp) != 0) {
                flags[cp] |= MARK;
            }
            if (ArticleIdentity.isSpace((char) cp)) {
                flags[cp] |= SPACE;
            }
        }
        return flags;
    }

    /** Whether every character of the Basic Multilingual Plane the JDK has assigned is assigned in ICU4J too. */
    static boolean icuKnowsWhatTheJdkKnows() {
        for (int cp = 0; cp < 0x10000; cp++) {
            if (Character.getType(cp) != Character.UNASSIGNED && UCharacter.getType(cp) == UCharacterCategory.UNASSIGNED) {
                return false;
            }
        }
        return true;
    }

    /**
     * Scans the literal that starts after the opening quote at {@code start}, up to its closing quote before
     * {@code limit}; {@code null} if this is not the common case.
     */
    static Scanned scan(byte[] json, int start, int limit) {
        if (FLAGS == null) {
            return null;
        }
        byte[] out = ArticleIdentity.foldBuffer(limit - start); // folding and unescaping never lengthen it
        int n = 0;
        int chars = 0;
        boolean space = false;
        boolean mark = false;
        int i = start;
        while (i < limit) {
            int b = json[i];
            // the three common cases first, in as few steps as can be: printable ASCII, a space, and a letter of
            // two bytes (Persian, Arabic, Cyrillic) that NFC leaves alone
            if (b > ' ' && b != '"' && b != '\\') {
                if (space) {
                    out[n++] = ' ';
                    space = false;
                }
                out[n++] = (byte) b;
                mark = false;
                chars++;
                i++;
                continue;
            }
            if (b == ' ') {
                space = n > 0;
                mark = false;
                chars++;
                i++;
                continue;
            }
            if (b < (byte) 0xE0 && b >= (byte) 0xC2 && i + 1 < limit) {
                int b1 = json[i + 1];
                if (FLAGS[(b & 0x1F) << 6 | b1 & 0x3F] == 0 && (b1 & 0xC0) == 0x80) {
                    if (space) {
                        out[n++] = ' ';
                        space = false;
                    }
                    out[n++] = (byte) b;
                    out[n++] = (byte) b1;
                    mark = false;
                    chars++;
                    i += 2;
                    continue;
                }
            }
            int cp;
            int length;
            if (b == '"') {
                return n == 0 ? null : new Scanned(i, chars, ArticleIdentity.hashOfFolded(out, n));
            } else if (b == '\\') {
                cp = unescape(json, i, limit);
                if (cp < 0) {
                    return null;
                }
                length = cp < 0x10000 ? 2 : 6;
                cp &= 0xFFFF;
            } else if ((b & 0xE0) == 0xC0) { // two bytes, as a Persian, Arabic or Cyrillic letter
                if (i + 1 >= limit || b < (byte) 0xC2 || (json[i + 1] & 0xC0) != 0x80) {
                    return null;
                }
                cp = (b & 0x1F) << 6 | json[i + 1] & 0x3F;
                length = 2;
            } else if ((b & 0xF0) == 0xE0) {
                if (i + 2 >= limit || (json[i + 1] & 0xC0) != 0x80 || (json[i + 2] & 0xC0) != 0x80) {
                    return null;
                }
                cp = (b & 0x0F) << 12 | (json[i + 1] & 0x3F) << 6 | json[i + 2] & 0x3F;
                if (cp < 0x800 || Character.isSurrogate((char) cp)) {
                    return null;
                }
                length = 3;
            } else { // a raw control character (JSON forbids them), four bytes (outside the BMP, rare in news) or not UTF-8
                return null;
            }
            chars++;
            int flags = FLAGS[cp];
            if ((flags & SPACE) != 0) {
                space = n > 0;
                mark = false;
            } else {
                if ((flags & UNSAFE) != 0 || (flags & MARK) != 0 && mark) {
                    return null;
                }
                mark = flags != 0;
                if (space) {
                    out[n++] = ' ';
                    space = false;
                }
                if (b == '\\') {
                    n = utf8(cp, out, n);
                } else {
                    out[n++] = (byte) b;
                    out[n++] = json[i + 1];
                    if (length == 3) {
                        out[n++] = json[i + 2];
                    }
                }
            }
            i += length;
        }
        return null;
    }

    /**
     * The character of the escape at {@code i}: for a two-character escape as it is, for a {@code \\u} escape with
     * 0x10000 added (six characters); -1 for a surrogate, a bad escape or one cut short.
     */
    private static int unescape(byte[] json, int i, int limit) {
        if (i + 1 >= limit) {
            return -1;
        }
        return switch (json[i + 1]) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'f' -> '\f';
            case 'b' -> '\b';
            case '"', '\\', '/' -> json[i + 1];
            case 'u' -> { // as Python's json.dumps writes every non-ASCII character
                int value = i + 5 < limit ? hex(json, i + 2) : -1;
                yield value < 0 || Character.isSurrogate((char) value) ? -1 : 0x10000 + value;
            }
            default -> -1;
        };
    }

    /** The four hexadecimal digits at {@code at} as a number, or -1. */
    private static int hex(byte[] json, int at) {
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(json[i], 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    private static int utf8(int cp, byte[] out, int n) {
        if (cp < 0x80) {
            out[n++] = (byte) cp;
        } else if (cp < 0x800) {
            out[n++] = (byte) (0xC0 | cp >> 6);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[n++] = (byte) (0xE0 | cp >> 12);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        }
        return n;
    }
}
