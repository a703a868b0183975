/**
 * Caller scoping. The filters are declared here once; each scoped entity maps them to its
 * own columns with {@code @Filter}.
 */
@FilterDef(
        name = Scope.DIRECTORATE_FILTER,
        applyToLoadByKey = true,
        parameters = @ParamDef(name = "directorates", type = String.class))
@FilterDef(
        name = Scope.ASSOCIATION_FILTER,
        applyToLoadByKey = true,
        parameters = @ParamDef(name = "association", type = Long.class))
package ma.forsa.common.security;

import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
