package ma.forsa.common.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** 201 Created with the new resource's Location and its representation. */
public final class Created {

    private Created() {}

    public static Response at(UriInfo uri, long id, Object body) {
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(body)
                .build();
    }
}
