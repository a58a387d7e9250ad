-- An analyst's confirmed link says so in its own column, rather than by the figures it is stored
-- with (pattern 0, probability 1, weight 999), which no scored link can reach: a link with no
-- comparable feature weighs only the prior, far below any threshold.
ALTER TABLE entity_link ADD COLUMN confirmed_by_analyst boolean NOT NULL DEFAULT false;

UPDATE entity_link SET confirmed_by_analyst = true WHERE pattern = 0 AND probability = 1;
