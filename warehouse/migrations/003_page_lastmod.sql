-- Keep the sitemap/feed lastmod of each page, so the next crawl can skip URLs whose lastmod has not moved.

ALTER TABLE pages ADD COLUMN lastmod VARCHAR;
COMMENT ON COLUMN pages.lastmod IS 'lastmod the sitemap or feed gave for the URL when it was fetched, as written; NULL when none';
