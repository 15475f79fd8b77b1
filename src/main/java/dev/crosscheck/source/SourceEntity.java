package dev.crosscheck.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored source document. List-valued metadata is kept as JSON text. */
@Entity
@Table(name = "source")
public class SourceEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "file_name")
    public String fileName;

    public String title;

    /** JSON array. */
    public String authors;

    public String publisher;

    public java.time.LocalDate published;

    public String language;

    /** JSON array. */
    public String scripts;

    public String url;

    /** JSON array. */
    public String notes;

    public String body;

    public String sha256;

    @Column(name = "length_cp")
    public int lengthCp;

    @Column(name = "created_at")
    public java.time.OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
