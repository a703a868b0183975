package ma.forsa.common.security;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** The sets of roles operations allow ({@code forsa.roles.*}), for code that asks "is the caller one of them?". */
@ConfigMapping(prefix = "forsa.roles")
public interface RoleSets {

    List<String> directorate();

    List<String> people();

    List<String> peopleAndSystems();

    List<String> statistics();

    List<String> everyone();

    List<String> sync();

    List<String> webhooks();
}
