-- Placeholder on the crawl-truth branch only: number 005 belongs to another branch's migration.
-- When merging, delete this file and keep that branch's 005 (006_run_outcomes.sql follows it).
SELECT 1;
