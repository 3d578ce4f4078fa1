package city.clearway.impound;

import city.clearway.common.StoredPhotoBytes;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.UUID;

/** The bytes of an intake photo. */
@Entity
@Immutable
@Table(name = "impound_photo_content")
class IntakePhotoContent extends StoredPhotoBytes {

    protected IntakePhotoContent() {
    }

    IntakePhotoContent(UUID photoId, byte[] content) {
        super(photoId, content);
    }
}
