-- question: Who holds which office in each regency, according to the news, and since when?
-- params:   $regency  REGENCY = NULL  only this regency (code or name); all when absent
--           $role     VARCHAR = NULL  only roles containing this text, ignoring case ('Bupati', 'KPU')
-- columns:  regency_code VARCHAR, regency VARCHAR, role VARCHAR, official VARCHAR, articles BIGINT,
--           first_date DATE, last_date DATE, url VARCHAR
SELECT
    regency_code,
    any_value(regency) AS regency,
    any_value(role) AS role,
    arg_max(official, length(official)) AS official,
    count(DISTINCT article_id) AS articles,
    min(article_date) AS first_date,
    max(article_date) AS last_date,
    arg_max(url, (article_date, url)) AS url
FROM official_mentions
WHERE ($regency IS NULL OR regency_code = $regency)
  AND ($role IS NULL OR contains(lower(role), lower($role)))
-- roles compare without case, dots and extra spaces ('Pj. Bupati' = 'Pj Bupati'), as the spec scores them
GROUP BY regency_code, regexp_replace(lower(replace(role, '.', ' ')), '\s+', ' ', 'g'), lower(official)
ORDER BY regency_code NULLS LAST, role, official;
