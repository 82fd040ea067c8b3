package id.verivali.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Region codes from the region list the build packs (regions/data/*.csv), as the application loads them. */
final class RegionCatalogue {

    private RegionCatalogue() {}

    /** The codes in one of the list's files (districts.csv, villages.csv, ...) that begin with the prefix, sorted. */
    static List<String> codes(String file, String prefix) {
        var in = Objects.requireNonNull(
                RegionCatalogue.class.getResourceAsStream("/regions/data/" + file), "regions/data/" + file);
        try (var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .skip(1) // header
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .filter(code -> code.startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
