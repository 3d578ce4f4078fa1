package city.clearway.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/**
 * What every kept photo records (an evidence photo of a violation, a photo of a car as it entered the lot): who sent
 * it and when, and the SHA-256, size and type of its bytes, which are kept apart ({@link StoredPhotoBytes}) so that
 * listing photos never loads them. Each kind adds what it belongs to and has a table of its own.
 */
@MappedSuperclass
public abstract class StoredPhoto {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected StoredPhoto() {
    }

    protected StoredPhoto(String sha256, long size, String contentType, Instant uploadedAt, String uploadedBy) {
        this.id = UUID.randomUUID();
        this.sha256 = sha256;
        this.size = size;
        this.contentType = contentType;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public UUID getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getContentType() {
        return contentType;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
