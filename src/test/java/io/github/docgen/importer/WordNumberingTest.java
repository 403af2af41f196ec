package io.github.docgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordNumberingTest {
    @ParameterizedTest
    @CsvSource({"1,chineseCounting,一", "10,chineseCounting,十", "11,chineseCountingThousand,十一", "20,chineseCounting,二十",
            "99,chineseCounting,九十九", "3,decimal,3", "12,decimalFullWidth,１２", "2,lowerLetter,b", "4,upperRoman,IV",
            "10,ideographDigital,一〇"})
    void countersAreWrittenInTheListsFormat(int n, String format, String expected) {
        assertEquals(expected, WordNumbering.format(n, format));
    }
}
