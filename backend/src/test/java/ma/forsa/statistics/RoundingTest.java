package ma.forsa.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    private static final long K = Publication.KEY_SPACE;

    private static final Publication ACADEMY = new Publication(5, 5);

    @ParameterizedTest
    @CsvSource({"187,0", "3,1", "0,0"})
    void directorateStaffGetTheCountAsItIs(long count, long key) {
        assertEquals(count, Publication.EXACT.count(new Tally(count, key)));
        assertEquals(count, Publication.EXACT.rounded(new Tally(count, key)));
        assertEquals(0, Publication.EXACT.hidden(0));
    }

    @ParameterizedTest
    // the key's low 6 bits: as many ones, less 3, is the noise (0b000000: -3, 0b000111: 0, 0b001111: +1, all: +3)
    @CsvSource({
        "187,0,185",
        "187,7,185",
        "187,15,190",
        "187,63,190",
        "88,0,85",
        "88,1,85",
        "88,7,90",
        "5,0,5",
        "6,63,10",
        "10,0,5",
        "10,63,15",
        "12,56,10"
    })
    void theGroupsKeyDrawsTheNoiseBeforeRoundingToTheNearestMultiple(long count, long key, long published) {
        assertEquals(published, ACADEMY.rounded(new Tally(count, key)));
        assertEquals(published, ACADEMY.count(new Tally(count, key)));
    }

    @org.junit.jupiter.api.Test
    void aShownGroupIsNeverPublishedUnderTheMinimumNorASmallOneAtAll() {
        assertEquals(5, ACADEMY.rounded(new Tally(5, 0))); // 5 - 3 = 2 would round to 0
        assertEquals(null, ACADEMY.count(new Tally(4, 63)));
        assertEquals(null, ACADEMY.count(new Tally(1, 0)));
        assertEquals(null, ACADEMY.count(new Tally(0, 0)), "none is published like a few: the reader cannot tell");
        assertEquals(null, ACADEMY.hidden(3), "how many groups were left out is not said");
    }

    @org.junit.jupiter.api.Test
    void aGroupsKeyIsItsKeysSumModuloTheKeySpaceEvenWhenCorrectionsMadeItNegative() {
        for (long key = 0; key < 64; key++) {
            long published = ACADEMY.rounded(new Tally(187, key));
            assertEquals(published, ACADEMY.rounded(new Tally(187, key + 3 * K)));
            assertEquals(published, ACADEMY.rounded(new Tally(187, key - 2 * K)));
        }
    }

    @org.junit.jupiter.api.Test
    void overEveryKeyAFigureIsWithinFiveOfItsCountAndWithinHalfAChildOnAverage() {
        for (long count = 5; count < 40; count++) {
            double sum = 0;
            for (long key = 0; key < 64; key++) {
                long published = ACADEMY.rounded(new Tally(count, key));
                assertEquals(0, published % 5, count + " published as " + published);
                org.junit.jupiter.api.Assertions.assertTrue(
                        Math.abs(published - count) <= 5, count + " published as " + published);
                sum += published;
            }
            org.junit.jupiter.api.Assertions.assertTrue(
                    count < 10 || Math.abs(sum / 64 - count) < 0.5, "the mean of " + count + "'s figures: " + sum / 64);
        }
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
