package city.clearway.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** The bytes of a {@link StoredPhoto}, in a table of their own beside the photo's. */
@MappedSuperclass
public abstract class StoredPhotoBytes {

    @Id
    @Column(name = "photo_id")
    private UUID photoId;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    protected StoredPhotoBytes() {
    }

    protected StoredPhotoBytes(UUID photoId, byte[] content) {
        this.photoId = photoId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
