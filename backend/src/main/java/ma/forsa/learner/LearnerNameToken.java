package ma.forsa.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import ma.forsa.common.security.Scope;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;

/**
 * A word of a learner's names, read for searching. The rows are written through
 * {@code Learner.nameTokens}; this read-only view lets a search start from the words of the caller's directorates
 * (the scope's filter applies here too) instead of joining every learner.
 */
@Entity
@Immutable
@Table(name = "learner_name_token")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@IdClass(LearnerNameToken.Key.class)
public class LearnerNameToken {

    @Id
    @Column(name = "learner_id")
    public Long learnerId;

    @Id
    public String token;

    @Column(name = "directorate_code")
    public String directorateCode;

    public record Key(Long learnerId, String token) implements Serializable {}
}
