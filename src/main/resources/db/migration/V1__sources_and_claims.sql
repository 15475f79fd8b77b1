-- Sources and claims. ${clob} is CLOB on H2 and TEXT on PostgreSQL.
CREATE TABLE source (
    id          VARCHAR(64)   PRIMARY KEY,
    file_name   VARCHAR(255),
    title       VARCHAR(1000) NOT NULL,
    authors     ${clob}       NOT NULL,
    publisher   VARCHAR(500),
    language    VARCHAR(32)   NOT NULL,
    scripts     VARCHAR(255)  NOT NULL,
    url         VARCHAR(2000),
    notes       ${clob}       NOT NULL,
    body        ${clob}       NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    length_cp   INTEGER       NOT NULL
);

CREATE TABLE claim (
    id              VARCHAR(128)  PRIMARY KEY,
    subject         VARCHAR(128)  NOT NULL,
    property        VARCHAR(128)  NOT NULL,
    value_json      ${clob}       NOT NULL,
    unit            VARCHAR(64),
    qualifiers_json ${clob}       NOT NULL,
    source_id       VARCHAR(64)   NOT NULL REFERENCES source (id),
    quote           ${clob}       NOT NULL,
    exact_text      ${clob}       NOT NULL,
    prefix_text     ${clob}       NOT NULL,
    suffix_text     ${clob}       NOT NULL,
    start_cp        INTEGER       NOT NULL,
    end_cp          INTEGER       NOT NULL,
    note            ${clob},
    search_text     ${clob}       NOT NULL
);

CREATE INDEX claim_subject_idx ON claim (subject);
CREATE INDEX claim_property_idx ON claim (property);
CREATE INDEX claim_source_idx ON claim (source_id);
