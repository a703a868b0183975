package ma.forsa.centre;

/** What an E2C_NG centre offers. */
public enum Strand {
    /** التأهيل التربوي: languages, life skills. */
    EDUCATIONAL_UPGRADING,
    /** Introduction to trades (electricity, IT, hairdressing…); the trades are listed on the centre. */
    TRADES_INTRODUCTION,
    /** Accompaniment toward a job, vocational training or formal school. */
    ACCOMPANIMENT
}
