package ma.forsa.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource({
        "فاطمة الزهراء, فاطمه الزهراء",
        "أمينة, امينة",
        "إيمان, ايمان",
        "آمنة, امنه",
        "مصطفى, مصطفي",
        "مُحَمَّد, محمد",
        "محـــمد, محمد",
        "عائشة, عايشه",
        "مؤمن, مومن",
        "'  يوسف   بن  علي ', يوسف بن علي",
        "Aïcha El Ouafi, aicha el-ouafi",
        "FATIMA-ZAHRA, Fatima Zahra",
        "Hélène Bénard, helene benard",
    })
    void spellingVariantsShareAKey(String one, String other) {
        assertEquals(NameKey.of(one), NameKey.of(other));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(NameKey.of("محمد"), NameKey.of("أحمد"));
        assertNotEquals(NameKey.of("Amina"), NameKey.of("Amine"));
    }

    @Test
    void partsAreJoinedAndBlankIsNull() {
        assertEquals(NameKey.of("فاطمة الزهراء"), NameKey.of("فاطمة", "الزهراء"));
        assertNull(NameKey.of(" ", null));
    }
}
