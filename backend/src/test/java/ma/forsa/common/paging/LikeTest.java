package ma.forsa.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsInUserTextAreEscaped() {
        assertEquals("%50!%!_off!!%", Like.contains(" 50%_off! "));
        assertEquals("%جمعية%", Like.contains("جمعية"));
    }
}
