package ma.forsa.importing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepository<ImportJob> {}
