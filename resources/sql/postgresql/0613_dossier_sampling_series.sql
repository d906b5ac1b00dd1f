-- Auto-validation cross-checks the dossiers of one collection series (sampled by the same person
-- within minutes) for swapped tubes (issue 15, SeriesCrossCheck): each evaluation looks up the
-- dossiers sampled around its own, by sampled_at. Index only: existing rows are kept.
CREATE INDEX dossiers_sampled_at ON dossiers (sampled_at);
