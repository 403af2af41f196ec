package io.github.docgen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClosestNamesTest {
    private static final List<String> KEYS = List.of("title", "agency", "applications", "received", "results", "total", "issues");

    @Test
    void typosOfOneOrTwoLettersFindTheKey() {
        assertEquals(List.of("title"), ClosestNames.to("titel", KEYS));      // two letters swapped
        assertEquals(List.of("received"), ClosestNames.to("recieved", KEYS));
        assertEquals(List.of("issues"), ClosestNames.to("isues", KEYS));     // one missing
        assertEquals(List.of("total"), ClosestNames.to("totl", KEYS));
        assertEquals(List.of("title"), ClosestNames.to("totle", KEYS));
        assertEquals(List.of("agency"), ClosestNames.to("Agency", KEYS));    // another case
    }

    @Test
    void nothingFarOffIsSuggested() {
        assertEquals(List.of(), ClosestNames.to("year", KEYS));
        assertEquals(List.of(), ClosestNames.to("x", KEYS));
        assertEquals("", ClosestNames.hint("year", KEYS));
        assertEquals(" (did you mean \"game\", \"name\" or \"same\"?)", ClosestNames.hint("ame", List.of("same", "name", "game", "frame")));
    }
}
