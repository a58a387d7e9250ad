-- The typology catalogue's version each alert was raised under, as typologies.yaml promises: a
-- detector's version names its logic, the catalogue's names the typology definitions (default
-- thresholds, bands, wording) in force.
-- Alerts stored before this migration keep NULL until detection raises them again.

ALTER TABLE alert ADD COLUMN catalogue_version text CHECK (catalogue_version ~ '^\d+\.\d+\.\d+$');
