package ma.forsa.learner;

/** Fired, inside the erasing transaction, when a learner's personal data is erased: what found them erases too. */
public record LearnerErased(long learnerId, String by, String reason) {}
