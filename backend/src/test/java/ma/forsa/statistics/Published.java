package ma.forsa.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;

/** What the academy is published of a group of learners, worked out by the tests from their record keys. */
@ApplicationScoped
public class Published {

    @Inject
    RecordKeys keys;

    /** The group's figure for readers of rounded counts: null under 5, else perturbed and rounded. */
    @Transactional
    public Long forTheAcademy(Collection<Long> learners) {
        return forTheAcademy("L", learners);
    }

    /** The same, of learners ("L") or identified children ("C"). */
    @Transactional
    public Long forTheAcademy(String kind, Collection<Long> ids) {
        return new Publication(5, 5).count(keys.of(kind, ids));
    }
}
