-- question: How many articles did each outlet publish per week, about how many regencies?
-- params:   $outlet  OUTLET = NULL  only this outlet (key or name); all when absent
--           $from    DATE = NULL    first article date to include
--           $to      DATE = NULL    last article date to include
-- columns:  outlet VARCHAR, outlet_name VARCHAR, week DATE, articles BIGINT, regencies BIGINT, url VARCHAR
SELECT
    outlet,
    any_value(outlet_name) AS outlet_name,
    date_trunc('week', article_date)::DATE AS week,
    count(*) AS articles,
    len(list_distinct(flatten(list(regency_codes))))::BIGINT AS regencies,
    arg_max(url, (article_date, url)) AS url
FROM article_facts
WHERE ($outlet IS NULL OR outlet = $outlet)
  AND ($from::DATE IS NULL OR article_date >= $from::DATE)
  AND ($to::DATE IS NULL OR article_date <= $to::DATE)
GROUP BY outlet, date_trunc('week', article_date)::DATE
ORDER BY outlet, week;
