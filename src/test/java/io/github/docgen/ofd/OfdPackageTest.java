package io.github.docgen.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Page boxes: A4 as the standard's 210 × 297 mm, other sizes as the PDF has them; numbers locale-free. */
class OfdPackageTest {
    @Test
    void aPdfA4PageIsExactlyA4() {
        assertEquals("0 0 210 297", OfdPackage.physicalBox(595.2756 * PageDrawingReader.MM_PER_POINT, 841.875 * PageDrawingReader.MM_PER_POINT));
    }

    @Test
    void anotherSizeKeepsItsOwnBox() {
        assertEquals("0 0 297 209.9", OfdPackage.physicalBox(297, 209.9));
        assertEquals("0 0 215.9 279.4", OfdPackage.physicalBox(612 * PageDrawingReader.MM_PER_POINT, 792 * PageDrawingReader.MM_PER_POINT));
    }

    @Test
    void numbersHaveAtMostThreeDecimalsAndADot() {
        assertEquals("1.235 0 -2 100", OfdNumbers.of(1.23456, 0.0001, -2.0, 100.0));
    }
}
