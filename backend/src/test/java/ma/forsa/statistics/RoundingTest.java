package ma.forsa.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @ParameterizedTest
    @CsvSource({"187,5,185", "88,5,90", "7,5,5", "8,5,10", "5,5,5", "0,5,0", "12,5,10", "13,5,15", "187,1,187"})
    void countsAreRoundedToTheNearestMultiple(long count, int base, long published) {
        assertEquals(published, Publication.round(count, base));
    }

    @ParameterizedTest
    @CsvSource({"187,88,112.5", "6,4,50.0", "4,6,-33.3", "5,5,0.0", "1,3,-66.7"})
    void theChangeOnTheYearBeforeIsInPercentToOneDecimal(long now, long before, double percent) {
        assertEquals(percent, Publication.changePercent(now, before));
    }

    @org.junit.jupiter.api.Test
    void noChangeIsGivenWithoutAYearBeforeToCompareWith() {
        assertEquals(null, Publication.changePercent(5L, 0L));
        assertEquals(null, Publication.changePercent(5L, null));
        assertEquals(null, Publication.changePercent(null, 5L));
    }

    @ParameterizedTest
    @CsvSource({"3,8,37.5", "7,12,58.3", "5,5,100.0", "0,4,0.0"})
    void aRateIsInPercentToOneDecimal(long part, long whole, double percent) {
        assertEquals(percent, Publication.ratePercent(part, whole));
    }

    @org.junit.jupiter.api.Test
    void noRateIsGivenOfNothingOrOfAnUnpublishedCount() {
        assertEquals(null, Publication.ratePercent(3L, 0L));
        assertEquals(null, Publication.ratePercent(null, 5L));
        assertEquals(null, Publication.ratePercent(5L, null));
    }
}
