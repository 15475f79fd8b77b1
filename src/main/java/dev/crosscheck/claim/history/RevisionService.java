package dev.crosscheck.claim.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.shared.failure.DomainException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the revision history of claims. History is only appended to, by ClaimWriteService. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RevisionService {

    private final ObjectMapper json;

    public RevisionService(ObjectMapper json) {
        this.json = json;
    }

    public List<ClaimRevision> history(String claimId) {
        return ClaimRevisionEntity.<ClaimRevisionEntity>list("claimId", Sort.by("revision"), claimId).stream().map(this::toRevision).toList();
    }

    public ClaimRevision revision(String claimId, int revision) {
        return ClaimRevisionEntity.<ClaimRevisionEntity>find("claimId = ?1 and revision = ?2", claimId, revision).firstResultOptional()
                .map(this::toRevision)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                        "claim '" + claimId + "' has no revision " + revision, null));
    }

    private ClaimRevision toRevision(ClaimRevisionEntity e) {
        try {
            List<String> changes = json.readValue(e.changes, new TypeReference<List<String>>() {
            });
            Map<String, Object> snapshot = json.readValue(e.snapshot, new TypeReference<Map<String, Object>>() {
            });
            return new ClaimRevision(e.claimId, e.revision, e.datasetRevision, ClaimRevision.Action.valueOf(e.action.toUpperCase(Locale.ROOT)),
                    e.actor, e.recordedAt, e.comment, changes, snapshot);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("corrupt revision " + e.revision + " of claim " + e.claimId, ex);
        }
    }
}
