package dev.crosscheck.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A stored claim with its anchor. The value and qualifiers are JSON; {@code searchText} holds the
 * folded quote and value so that text search ignores script and width.
 */
@Entity
@Table(name = "claim")
public class ClaimEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String subject;

    public String property;

    @Column(name = "value_json")
    public String valueJson;

    public String unit;

    @Column(name = "qualifiers_json")
    public String qualifiersJson;

    @Column(name = "source_id")
    public String sourceId;

    public String quote;

    @Column(name = "exact_text")
    public String exact;

    @Column(name = "prefix_text")
    public String prefix;

    @Column(name = "suffix_text")
    public String suffix;

    @Column(name = "start_cp")
    public int start;

    @Column(name = "end_cp")
    public int end;

    public String note;

    @Column(name = "search_text")
    public String searchText;

    /** Rises with every change; the claim's ETag. Checked under a row lock, so no update is lost. */
    public long version;

    public boolean retracted;

    @Column(name = "retraction_reason")
    public String retractionReason;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** Dataset revision of the claim's last change. */
    @Column(name = "dataset_revision")
    public long datasetRevision;
}
