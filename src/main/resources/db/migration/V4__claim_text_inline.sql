-- A claim's text columns are read on every list and lookup. As H2 CLOBs each value is a separate
-- large object (a lookup per column per row, and a temporary reference per read); as character
-- strings they are stored in the row. ${text} is CHARACTER VARYING on H2 and TEXT on PostgreSQL
-- (where TEXT was the type already). Source bodies and revision snapshots, read rarely, stay.
ALTER TABLE claim ALTER COLUMN value_json SET DATA TYPE ${text};
ALTER TABLE claim ALTER COLUMN qualifiers_json SET DATA TYPE ${text};
ALTER TABLE claim ALTER COLUMN quote SET DATA TYPE ${text};
ALTER TABLE claim ALTER COLUMN exact_text SET DATA TYPE ${text};
ALTER TABLE claim ALTER COLUMN prefix_text SET DATA TYPE ${text};
ALTER TABLE claim ALTER COLUMN suffix_text SET DATA TYPE ${text};
ALTER TABLE claim ALTER COLUMN note SET DATA TYPE ${text};
ALTER TABLE claim ALTER COLUMN search_text SET DATA TYPE ${text};
ALTER TABLE claim ALTER COLUMN retraction_reason SET DATA TYPE ${text};
