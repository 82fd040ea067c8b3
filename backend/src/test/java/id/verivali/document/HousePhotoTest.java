package id.verivali.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.support.Photos;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class HousePhotoTest {

    private final HousePhoto photos = new HousePhoto(null);

    @Test
    void keeps_the_location_and_drops_every_other_exif_field() throws Exception {
        var upload = Photos.jpeg(2400, 1800, -0.052611, 109.342503);
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload))
                        .getFirstDirectoryOfType(ExifIFD0Directory.class)
                        .getString(ExifIFD0Directory.TAG_MAKE))
                .isEqualTo("Xiaomi");

        var prepared = photos.prepare(file("rumah depan.jpg", upload));

        assertThat(prepared.latitude()).isEqualByComparingTo(new BigDecimal("-0.052611"));
        assertThat(prepared.longitude()).isEqualByComparingTo(new BigDecimal("109.342503"));
        for (byte[] stored : new byte[][] {prepared.photo(), prepared.thumbnail()}) {
            var metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
            assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class))
                    .isNull();
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        }
        var photo = ImageIO.read(new ByteArrayInputStream(prepared.photo()));
        assertThat(photo.getWidth()).isEqualTo(1600);
        assertThat(photo.getHeight()).isEqualTo(1200);
        var thumbnail = ImageIO.read(new ByteArrayInputStream(prepared.thumbnail()));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(320);
        assertThat(prepared.filename()).isEqualTo("rumah_depan.jpg");
    }

    @Test
    void a_photo_without_location_has_none_and_a_small_one_keeps_its_size() throws Exception {
        var prepared = photos.prepare(file("kecil.jpg", Photos.jpeg(640, 480, null, null)));

        assertThat(prepared.latitude()).isNull();
        assertThat(prepared.longitude()).isNull();
        assertThat(ImageIO.read(new ByteArrayInputStream(prepared.photo())).getWidth())
                .isEqualTo(640);
    }

    @Test
    void a_png_stays_a_png() throws Exception {
        var prepared = photos.prepare(file("rumah.png", Photos.png(300, 200)));

        assertThat(prepared.photo()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(prepared.filename()).isEqualTo("rumah.png");
    }

    @Test
    void anything_but_a_picture_is_refused_naming_the_photo() {
        for (byte[] content : new byte[][] {
            "bukan foto".getBytes(),
            "%PDF-1.7 berita acara".getBytes(),
            // A JPEG's first bytes and nothing a decoder can read after them.
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01, 0x02, 0x03, 0x04}
        }) {
            assertThatThrownBy(() -> photos.prepare(file("rumah.jpg", content)))
                    .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                        assertThat(refused.field()).isEqualTo("photo");
                        assertThat(refused.messageCode()).isEqualTo("photo.notImage");
                    });
        }
        assertThatThrownBy(() -> photos.prepare(file("kosong.jpg", new byte[0])))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        refused -> assertThat(refused.messageCode()).isEqualTo("document.empty"));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("photo", name, "image/jpeg", content);
    }
}
