package ma.forsa.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * A word of a learner's names, read for searching. The rows are written through
 * {@code Learner.nameTokens}; this read-only view lets a search start from the token index
 * instead of joining every learner.
 */
@Entity
@Immutable
@Table(name = "learner_name_token")
@IdClass(LearnerNameToken.Key.class)
public class LearnerNameToken {

    @Id
    @Column(name = "learner_id")
    public Long learnerId;

    @Id
    public String token;

    public record Key(Long learnerId, String token) implements Serializable {}
}
