package id.verivali.supervision;

import id.verivali.common.web.NotFoundException;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import id.verivali.security.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads the supervision views, and of which region: supervisors under their region (the ministry's everywhere),
 * the district's head and operator in their district, the ministry's officers everywhere. Village and kecamatan
 * officials work through their inboxes instead.
 */
final class Readers {

    private static final Set<Role> READERS =
            Set.of(Role.SUPERVISOR, Role.DISTRICT_HEAD, Role.DISTRICT_OPERATOR, Role.MINISTRY_OFFICER);

    private Readers() {}

    /** 403 for anyone who reads no supervision view. */
    static void check(CurrentUser reader) {
        if (!READERS.contains(reader.role())) {
            throw new AccessDeniedException(reader.username() + " (" + reader.role() + ") reads no supervision view");
        }
    }

    /**
     * The region a reader asked for, or their own when they asked for none: empty for the whole country. 403 for
     * anyone else or a region outside theirs; 404 for a region code that does not exist.
     */
    static Optional<RegionView> regionFor(
            CurrentUser reader, RegionScope scope, String requested, RegionService regions) {
        check(reader);
        return scope.narrowedTo(requested)
                .regionCode()
                .map(code -> regions.find(code).orElseThrow(() -> new NotFoundException("region", code)));
    }
}
