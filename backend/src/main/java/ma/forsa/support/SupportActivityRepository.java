package ma.forsa.support;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SupportActivityRepository implements PanacheRepository<SupportActivity> {}
