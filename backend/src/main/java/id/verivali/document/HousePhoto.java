package id.verivali.document;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.exif.GpsDirectory;
import id.verivali.common.web.InvalidFieldException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The photo of a house's front, as a phone takes it: JPEG or PNG, at most 10 MB. Only the picture and the place it
 * was taken are kept. The picture is turned upright by its EXIF orientation and re-encoded at most 1,600 px a side,
 * which leaves every metadata block behind (camera, owner, time, serial numbers); the location is read from the EXIF
 * GPS block first and kept as coordinates beside it. A thumbnail of 320 px serves the lists.
 */
@Component
public class HousePhoto {

    /** The form field a field visit's photo comes in, named by its refusals. */
    public static final String FIELD = "photo";

    /** Enough for a house front on any screen, and some 300 KB where a phone's original is 3 to 5 MB. */
    private static final int LONGEST_SIDE = 1600;

    private static final int THUMBNAIL_SIDE = 320;

    /** A phone camera's picture is under 50 megapixels: more is a decompression bomb, not a photo. */
    private static final long MAX_PIXELS = 50_000_000L;

    private final DocumentStore documents;

    public HousePhoto(DocumentStore documents) {
        this.documents = documents;
    }

    /** The photo and its thumbnail as stored, with the SHA-256 of the stored photo and where it was taken. */
    public record Stored(
            long photoDocumentId, String sha256, long thumbnailDocumentId, BigDecimal latitude, BigDecimal longitude) {}

    /** Refuses (400 naming the field) anything that is not a JPEG or PNG picture within the limits, storing nothing. */
    public Prepared prepare(MultipartFile file) {
        return prepare(FIELD, file);
    }

    /** {@link #prepare(MultipartFile)} for a photo that came in another form field, which refusals then name. */
    public Prepared prepare(String field, MultipartFile file) {
        if (file.isEmpty()) {
            throw new InvalidFieldException(field, "document.empty");
        }
        if (file.getSize() > DocumentStore.MAX_BYTES) {
            throw new InvalidFieldException(field, "document.tooLarge");
        }
        byte[] original;
        try (InputStream in = file.getInputStream()) {
            original = in.readNBytes((int) DocumentStore.MAX_BYTES + 1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (original.length > DocumentStore.MAX_BYTES) {
            throw new InvalidFieldException(field, "document.tooLarge");
        }
        String format = formatOf(field, original);
        var size = dimensions(field, original);
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new InvalidFieldException(field, "photo.tooManyPixels");
        }
        double scale = Math.min(1.0, (double) LONGEST_SIDE / Math.max(size[0], size[1]));
        byte[] photo = encode(field, original, format, builder -> builder.scale(scale));
        byte[] thumbnail = encode(field, original, format, builder -> builder.size(THUMBNAIL_SIDE, THUMBNAIL_SIDE));
        var place = location(original);
        return new Prepared(
                field,
                filename(file, format),
                photo,
                thumbnail,
                place.map(p -> p[0]).orElse(null),
                place.map(p -> p[1]).orElse(null));
    }

    /** A photo made ready to store: nothing is stored until the visit it belongs to is. */
    public record Prepared(
            String field, String filename, byte[] photo, byte[] thumbnail, BigDecimal latitude, BigDecimal longitude) {}

    public Stored store(Prepared prepared, String uploadedBy) {
        var photo = documents.store(prepared.field(), prepared.filename(), prepared.photo(), uploadedBy);
        var thumbnail =
                documents.store(prepared.field(), "thumbnail-" + prepared.filename(), prepared.thumbnail(), uploadedBy);
        return new Stored(photo.id(), photo.sha256(), thumbnail.id(), prepared.latitude(), prepared.longitude());
    }

    /** JPEG or PNG by the first bytes, never by the name or the declared type. */
    private static String formatOf(String field, byte[] content) {
        if (content.length > 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return "jpg";
        }
        if (content.length > 8
                && (content[0] & 0xFF) == 0x89
                && content[1] == 'P'
                && content[2] == 'N'
                && content[3] == 'G') {
            return "png";
        }
        throw new InvalidFieldException(field, "photo.notImage");
    }

    /** Width and height from the header, before anything is decoded. */
    private static int[] dimensions(String field, byte[] content) {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidFieldException(field, "photo.notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException unreadable) {
            throw new InvalidFieldException(field, "photo.notImage");
        }
    }

    private interface Sizing {
        Thumbnails.Builder<? extends InputStream> apply(Thumbnails.Builder<? extends InputStream> builder);
    }

    private static byte[] encode(String field, byte[] original, String format, Sizing sizing) {
        var out = new ByteArrayOutputStream();
        try {
            sizing.apply(Thumbnails.of(new ByteArrayInputStream(original)))
                    .outputFormat(format)
                    .outputQuality(0.85)
                    .toOutputStream(out);
        } catch (IOException | RuntimeException undecodable) {
            // A header that promised a picture the decoder then could not read.
            throw new InvalidFieldException(field, "photo.notImage");
        }
        return out.toByteArray();
    }

    /** Latitude and longitude from the EXIF GPS block, to six decimals (about 10 cm); empty without one. */
    private static Optional<BigDecimal[]> location(byte[] original) {
        try {
            var gps = ImageMetadataReader.readMetadata(new ByteArrayInputStream(original))
                    .getFirstDirectoryOfType(GpsDirectory.class);
            var place = gps == null ? null : gps.getGeoLocation();
            if (place == null || place.isZero()) {
                return Optional.empty();
            }
            return Optional.of(new BigDecimal[] {
                BigDecimal.valueOf(place.getLatitude()).setScale(6, RoundingMode.HALF_UP),
                BigDecimal.valueOf(place.getLongitude()).setScale(6, RoundingMode.HALF_UP)
            });
        } catch (ImageProcessingException | IOException unreadableMetadata) {
            // The picture itself decoded: a photo with broken metadata simply has no location.
            return Optional.empty();
        }
    }

    private static String filename(MultipartFile file, String format) {
        String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String base = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (base.isBlank()) {
            base = "rumah";
        }
        return (base.length() > 100 ? base.substring(0, 100) : base) + "." + format;
    }
}
