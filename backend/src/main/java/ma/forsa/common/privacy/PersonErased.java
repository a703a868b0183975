package ma.forsa.common.privacy;

import java.util.List;

/**
 * Fired, inside the erasing transaction, just before a person's data is erased, with what identified them (their
 * names): whatever keeps a copy of it elsewhere (an idempotency answer) forgets it too.
 */
public record PersonErased(List<String> identifying) {}
