-- The countries each audit entry concerns, so the trail is read through the reader's scope like
-- every other table: an entry is shown to readers whose scope includes any of them; an empty array
-- means it concerns no one country (regional readers only). The hash covers the column.
-- Entries written before this migration keep NULL: their hashes were computed without countries, so
-- any value given them now would go unverified; they are shown to regional readers only, and
-- verification fails if one of them is given countries later. Adding a nullable column rewrites
-- nothing and fires no row trigger, so the append-only triggers stay as they are.

ALTER TABLE audit_event ADD COLUMN countries text[];

