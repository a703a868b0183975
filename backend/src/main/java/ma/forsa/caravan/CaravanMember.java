package ma.forsa.caravan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person of a caravan's team: of the directorate (no association) or of a partner association. */
@Entity
@Table(name = "caravan_member")
public class CaravanMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "association_id")
    public Long associationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false)
    public TeamRole role;

    public String phone;
}
