package city.clearway.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    public List<ApiKey> oldestFirst() {
        return listAll(Sort.by("createdAt").and("id"));
    }

    public Optional<ApiKey> withHash(String keyHash) {
        return find("keyHash", keyHash).firstResultOptional();
    }

    public Optional<ApiKey> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
