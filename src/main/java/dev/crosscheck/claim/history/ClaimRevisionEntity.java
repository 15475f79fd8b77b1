package dev.crosscheck.claim.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One revision of a claim. Rows are only ever inserted: no API updates or deletes them. */
@Entity
@Table(name = "claim_revision")
public class ClaimRevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public String claimId;

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
}
