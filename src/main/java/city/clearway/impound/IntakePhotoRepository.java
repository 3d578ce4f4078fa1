package city.clearway.impound;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IntakePhotoRepository implements PanacheRepositoryBase<IntakePhoto, UUID> {

    public List<IntakePhoto> forImpound(UUID impoundId) {
        return list("impoundId", Sort.ascending("uploadedAt", "sha256"), impoundId);
    }

    public Optional<IntakePhoto> forImpound(UUID impoundId, String sha256) {
        return find("impoundId = ?1 and sha256 = ?2", impoundId, sha256).firstResultOptional();
    }

    Optional<byte[]> content(UUID photoId) {
        return Optional.ofNullable(getEntityManager().find(IntakePhotoContent.class, photoId)).map(IntakePhotoContent::content);
    }

    void persistContent(IntakePhotoContent content) {
        getEntityManager().persist(content);
    }
}
