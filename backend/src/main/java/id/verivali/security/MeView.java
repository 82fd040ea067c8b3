package id.verivali.security;

import id.verivali.region.RegionLevel;
import io.swagger.v3.oas.annotations.media.Schema;

/** Who is signed in: the header of every screen. */
public record MeView(
        String username,
        String fullName,
        Role role,
        String regionCode,
        String regionName,
        @Schema(implementation = RegionLevel.class) String regionLevel) {}
