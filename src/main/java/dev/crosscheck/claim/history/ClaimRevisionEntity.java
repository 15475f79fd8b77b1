package dev.crosscheck.claim.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * One revision of a claim. Rows are only ever inserted: no API updates or deletes them.
 *
 * <p>Identified by claim and revision number, which the writer knows: the table's surrogate id is
 * filled by the database and never read, so Hibernate need not fetch a generated key after each
 * insert and can send an import's thousands of inserts in JDBC batches.
 */
@Entity
@Table(name = "claim_revision")
@IdClass(ClaimRevisionEntity.Key.class)
public class ClaimRevisionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public String claimId;

    @Id
    public int revision;

    @Column(name = "dataset_revision")
    public long datasetRevision;

    public String action;

    public String actor;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public String comment;

    /** JSON array of the field names that changed. */
    public String changes;

    /** JSON of the claim as it was after this revision. */
    public String snapshot;

    /** The identity of a revision row. */
    public record Key(String claimId, int revision) implements java.io.Serializable {
    }
}
