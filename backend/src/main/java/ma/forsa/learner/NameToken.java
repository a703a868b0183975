package ma.forsa.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * The search words of a learner's names (NameKey.tokens), each with the learner's directorate: what the entity
     * keeps and what the bulk writers (import, demo data) insert.
     */
    public static Set<NameToken> of(String directorateCode, String... names) {
        Set<NameToken> tokens = new TreeSet<>();
        for (String word : NameKey.tokens(names)) {
            tokens.add(new NameToken(word, directorateCode));
        }
        return tokens;
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
