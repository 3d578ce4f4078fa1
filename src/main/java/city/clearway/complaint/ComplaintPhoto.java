package city.clearway.complaint;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** A photo a reporter sent with a report ({@code photo1..N}); for inspectors, never published. */
@Entity
@Immutable
@Table(name = "complaint_photo")
public class ComplaintPhoto {

    @Id
    private UUID id;

    @Column(name = "report_id", nullable = false)
    private UUID reportId;

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    /** Loaded only when the bytes are asked for. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    protected ComplaintPhoto() {
    }

    ComplaintPhoto(UUID id, UUID reportId, UUID complaintId, String sha256, String contentType, byte[] content) {
        this.id = id;
        this.reportId = reportId;
        this.complaintId = complaintId;
        this.sha256 = sha256;
        this.size = content.length;
        this.contentType = contentType;
        this.content = content;
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

    public byte[] getContent() {
        return content;
    }
}
