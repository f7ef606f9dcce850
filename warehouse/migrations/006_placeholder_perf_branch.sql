-- Placeholder on the perf branch only: number 006 belongs to another branch's migration (005 persons,
-- 006 run outcomes). When merging, delete this file and keep that branch's 006 (007_article_search.sql follows).
SELECT 1;
