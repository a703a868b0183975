package ma.forsa.programme;

/** The programmes a directorate runs with its partner associations. */
public enum Programme {
    /** التربية غير النظامية – الفرصة الثانية الأساس; placement by age band. */
    NFE_BASIC(true),
    /** مدرسة الفرصة الثانية – الجيل الجديد; placement by age band. */
    E2C_NG(true),
    /** المواكبة التربوية of pupils still in formal school who are at risk of dropping out. */
    AT_RISK_SUPPORT(false),
    /** الحملات التحسيسية. */
    AWARENESS(false);

    /** Whether learners are placed in it by age band. */
    public final boolean ageBanded;

    Programme(boolean ageBanded) {
        this.ageBanded = ageBanded;
    }
}
