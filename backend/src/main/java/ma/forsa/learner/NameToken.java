package ma.forsa.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A word of a learner's names with the learner's directorate: a search by name walks the words of one directorate
 * (index on directorate, word, learner), not the country's.
 */
@Embeddable
public class NameToken implements Comparable<NameToken> {

    @Column(name = "token")
    public String token;

    @Column(name = "directorate_code")
    public String directorateCode;

    protected NameToken() {}

    public NameToken(String token, String directorateCode) {
        this.token = token;
        this.directorateCode = directorateCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameToken t
                && Objects.equals(token, t.token)
                && Objects.equals(directorateCode, t.directorateCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(token, directorateCode);
    }

    @Override
    public int compareTo(NameToken other) {
        return token.compareTo(other.token);
    }
}
