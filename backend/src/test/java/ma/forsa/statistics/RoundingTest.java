package ma.forsa.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @ParameterizedTest
    @CsvSource({"187,5,185", "88,5,90", "7,5,5", "8,5,10", "5,5,5", "0,5,0", "12,5,10", "13,5,15", "187,1,187"})
    void countsAreRoundedToTheNearestMultiple(long count, int base, long published) {
        assertEquals(published, StatisticsService.round(count, base));
    }
}
