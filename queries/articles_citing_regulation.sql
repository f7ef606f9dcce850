-- question: Which articles cite a given regulation, where, and in what words?
-- params:   $regulation  REGULATION   label like 'UU 10/2016' ('Undang-Undang Nomor 10 Tahun 2016' works too)
--           $from        DATE = NULL  first article date to include
--           $to          DATE = NULL  last article date to include
-- columns:  article_date DATE, outlet VARCHAR, title VARCHAR, regencies VARCHAR, label VARCHAR,
--           article_ref VARCHAR, sentence VARCHAR, url VARCHAR
SELECT
    c.article_date,
    c.outlet,
    c.title,
    array_to_string(f.regency_names, '; ') AS regencies,
    c.label,
    c.article_ref,
    c.sentence,
    c.url
FROM regulation_citations c
JOIN article_facts f ON f.article_id = c.article_id
WHERE c.label = $regulation
  AND ($from::DATE IS NULL OR c.article_date >= $from::DATE)
  AND ($to::DATE IS NULL OR c.article_date <= $to::DATE)
ORDER BY c.article_date, c.url;
