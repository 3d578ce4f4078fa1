package city.clearway.impound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** The bytes of an intake photo, in a table of their own so that listing photos never loads them. */
@Entity
@Immutable
@Table(name = "impound_photo_content")
class IntakePhotoContent {

    @Id
    @Column(name = "photo_id")
    private UUID photoId;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    protected IntakePhotoContent() {
    }

    IntakePhotoContent(UUID photoId, byte[] content) {
        this.photoId = photoId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
