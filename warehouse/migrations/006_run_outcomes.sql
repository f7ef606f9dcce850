-- A run's outcome is its truth: each outlet of a run gets its own counts and outcome (completed, partial,
-- failed), so "last success" counts only successes; a run records which launcher started it and, for the
-- shared (Redis) route, its job name and the crawler processes still at work.

ALTER TABLE crawl_runs ADD COLUMN launcher VARCHAR;
ALTER TABLE crawl_runs ADD COLUMN job VARCHAR;
ALTER TABLE crawl_runs ADD COLUMN crawlers VARCHAR[];
ALTER TABLE crawl_runs ADD COLUMN outcome_detail VARCHAR;
COMMENT ON COLUMN crawl_runs.status IS 'running; completed; partial (an outlet failed, or more than the partial share of an outlet''s pages failed); failed (nothing could be fetched or stored); interrupted (a running run whose process is gone)';
COMMENT ON COLUMN crawl_runs.launcher IS 'What started the run: pilkada crawl, scrapy crawl, scrapyd or redis (pilkada crawl --redis, finished by pilkada load)';
COMMENT ON COLUMN crawl_runs.job IS 'Job name: the --job of a shared Redis crawl, the Scrapyd job id; NULL otherwise';
COMMENT ON COLUMN crawl_runs.crawlers IS 'Shared Redis crawl: crawler processes (host:pid) still fetching; pilkada load finishes the run once none is left';
COMMENT ON COLUMN crawl_runs.outcome_detail IS 'One line saying why the run is partial or failed (which outlets, what share failed)';

CREATE TABLE crawl_run_outlets (
    run_id         BIGINT NOT NULL,
    outlet         VARCHAR NOT NULL,
    pages_fetched  BIGINT NOT NULL DEFAULT 0,
    skipped        BIGINT NOT NULL DEFAULT 0,
    fetch_failures BIGINT NOT NULL DEFAULT 0,
    failed         BIGINT,
    articles_new   BIGINT,
    articles_updated BIGINT,
    outcome        VARCHAR,
    PRIMARY KEY (run_id, outlet)
);
COMMENT ON TABLE crawl_run_outlets IS 'One row per outlet of a crawl run: what the crawler fetched, what failed, and the outlet''s outcome in that run';
COMMENT ON COLUMN crawl_run_outlets.run_id IS 'Crawl run (crawl_runs.run_id)';
COMMENT ON COLUMN crawl_run_outlets.outlet IS 'Outlet key';
COMMENT ON COLUMN crawl_run_outlets.pages_fetched IS 'Article pages fetched with a usable response, as the crawler counted them (unchanged ones included)';
COMMENT ON COLUMN crawl_run_outlets.skipped IS 'Articles not stored again: not fetched (sitemap lastmod, HTTP 304) or outside --since/--until';
COMMENT ON COLUMN crawl_run_outlets.fetch_failures IS 'URLs the crawler could not fetch (failures recorded while fetching)';
COMMENT ON COLUMN crawl_run_outlets.failed IS 'Rows in failures for this run and outlet: fetching and cleaning failures; NULL until the run ends';
COMMENT ON COLUMN crawl_run_outlets.articles_new IS 'Articles of this outlet stored for the first time by the run; NULL until the run ends';
COMMENT ON COLUMN crawl_run_outlets.articles_updated IS 'Articles of this outlet whose content the run changed; NULL until the run ends';
COMMENT ON COLUMN crawl_run_outlets.outcome IS 'completed; partial (more than the partial share of its pages failed); failed (nothing fetched or stored); NULL until the run ends';

COMMENT ON COLUMN skipped_pages.reason IS 'not_modified (HTTP 304) or unchanged_lastmod (sitemap lastmod not newer): not fetched again; before_since / after_until: fetched, published outside --since / --until';
