package city.clearway.violation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PhotoRepository implements PanacheRepositoryBase<Photo, UUID> {

    public List<Photo> forViolation(UUID violationId) {
        return list("violationId", Sort.ascending("uploadedAt", "sha256"), violationId);
    }

    public Optional<Photo> forViolation(UUID violationId, String sha256) {
        return find("violationId = ?1 and sha256 = ?2", violationId, sha256).firstResultOptional();
    }

    Optional<byte[]> content(UUID photoId) {
        return Optional.ofNullable(getEntityManager().find(PhotoContent.class, photoId)).map(PhotoContent::content);
    }

    void persistContent(PhotoContent content) {
        getEntityManager().persist(content);
    }
}
