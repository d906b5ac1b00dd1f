-- Catalogue: delta-check thresholds of each analysis version (helper "deltahistory").
-- NULL in all three columns = no delta check. A rule has at least one threshold, each positive,
-- and a window of at least one day (CatalogueValidator refuses anything else before storage).
-- Like every field of an analysis, a change of the rule is a new analysis version.
ALTER TABLE catalogue_analyses ADD COLUMN delta_absolute REAL;
ALTER TABLE catalogue_analyses ADD COLUMN delta_relative REAL;
ALTER TABLE catalogue_analyses ADD COLUMN delta_window_days INTEGER;
