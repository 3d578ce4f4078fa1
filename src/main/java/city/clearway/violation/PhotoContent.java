package city.clearway.violation;

import city.clearway.common.StoredPhotoBytes;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.UUID;

/** The bytes of an evidence photo. */
@Entity
@Immutable
@Table(name = "violation_photo_content")
class PhotoContent extends StoredPhotoBytes {

    protected PhotoContent() {
    }

    PhotoContent(UUID photoId, byte[] content) {
        super(photoId, content);
    }
}
