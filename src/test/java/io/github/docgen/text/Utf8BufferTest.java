package io.github.docgen.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The HTML output is encoded as it is written, in pieces: its bytes must be exactly those of
 * {@code String.getBytes(UTF_8)} of the whole text, wherever the pieces split it (a surrogate
 * pair across two writes, lone surrogates anywhere, a high surrogate at the very end).
 */
class Utf8BufferTest {

    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u007F'),
                Arbitraries.chars().range('\u0080', '\u07FF'),
                Arbitraries.chars().range('\u0800', '\uFFFF'),
                Arbitraries.chars().range('\uD800', '\uDFFF'),
                Arbitraries.of('\uD83D', '\uDE00', '中', '\u3000'));
        return chars.list().ofMaxSize(12).map(l -> {
            StringBuilder s = new StringBuilder();
            l.forEach(s::append);
            return s.toString();
        }).list().ofMaxSize(8);
    }

    @Property(tries = 2000)
    void bytesAreThoseOfTheWholeText(@ForAll("pieces") List<String> pieces, @ForAll boolean asArrays) {
        Utf8Buffer buffer = new Utf8Buffer(0);
        for (String piece : pieces) {
            if (asArrays) {
                char[] padded = ("<<" + piece + ">>").toCharArray();
                buffer.write(padded, 2, piece.length());
            } else {
                buffer.write("<<" + piece + ">>", 2, piece.length());
            }
        }
        buffer.finish();
        byte[] expected = String.join("", pieces).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, Arrays.copyOf(buffer.bytes(), buffer.length()));
    }

    /** Long writes are encoded in pieces as the buffer grows (a String through an 8K array): pairs split there too. */
    @Property(tries = 200)
    void longWritesToo(@ForAll("pieces") List<String> pieces, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 3000) int times,
            @ForAll boolean asArray) {
        String all = String.join("", pieces).repeat(times);
        Utf8Buffer buffer = new Utf8Buffer(0);
        if (asArray) {
            buffer.write(all.toCharArray(), 0, all.length());
        } else {
            buffer.write(all, 0, all.length());
        }
        buffer.finish();
        assertArrayEquals(all.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(buffer.bytes(), buffer.length()));
    }

    @Property(tries = 300)
    void singleCharactersToo(@ForAll("pieces") List<String> pieces) {
        Utf8Buffer buffer = new Utf8Buffer(0);
        String all = String.join("", pieces);
        all.chars().forEach(buffer::write);
        buffer.finish();
        assertArrayEquals(all.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(buffer.bytes(), buffer.length()));
    }
}
