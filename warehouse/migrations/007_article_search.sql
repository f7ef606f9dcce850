-- The case-folded text of every article, kept at load time for the named query event_comparison:
-- it matched lower(text) against its pattern, lower-casing every stored text on every call
-- (0.8 s at 100,000 articles on an idle machine, 2-3 s on a busy one).

CREATE TABLE article_search (
    article_id BIGINT NOT NULL,
    folded     VARCHAR NOT NULL
);
COMMENT ON TABLE article_search IS 'The title and text of every article in lower case, one row per article, replaced whenever the article''s extraction rows are (load_batch); what event_comparison searches with contains()';
COMMENT ON COLUMN article_search.article_id IS 'Article (articles.article_id)';
COMMENT ON COLUMN article_search.folded IS 'lower(title || newline || text) of the article';

INSERT INTO article_search
SELECT article_id, lower(coalesce(title, '') || chr(10) || coalesce(text, '')) FROM articles;
