-- question: Who held a role in a regency on a given date, as far as the articles show?
-- params:   $regency  REGENCY  regency code or name ('35.18', 'Nganjuk', 'Kota Malang')
--           $role     VARCHAR = 'Bupati'  the role, ignoring case and dots ('Wali Kota', 'Ketua KPU'); its Pj, Plt
--                                         and Plh forms count
--           $on       DATE = NULL         the date (YYYY-MM-DD); the latest article's date when absent
-- columns:  official VARCHAR, person_id VARCHAR, role VARCHAR, regency VARCHAR, first_date DATE, last_date DATE,
--           evidence VARCHAR, days_away INTEGER, articles BIGINT, url VARCHAR

-- Articles show a person in a role between the first and last article dates giving it (person_roles); a
-- person seen on both sides of the date comes first, then those seen nearest to it, before or after.
WITH wanted AS (
    SELECT trim(regexp_replace(lower(replace($role, '.', ' ')), '\s+', ' ', 'g')) AS role_key,
           coalesce($on::DATE, (SELECT max(article_date) FROM article_facts)) AS day
),
seen AS (
    SELECT r.*,
           w.day,
           CASE WHEN w.day BETWEEN r.first_date AND r.last_date THEN 0
                WHEN r.last_date < w.day THEN date_diff('day', r.last_date, w.day)
                ELSE date_diff('day', w.day, r.first_date) END AS days_away
    FROM person_roles r, wanted w
    WHERE r.place_code = $regency
      AND r.role_key IN (w.role_key, 'pj ' || w.role_key, 'plt ' || w.role_key, 'plh ' || w.role_key,
                         'penjabat ' || w.role_key)
)
SELECT
    s.official,
    s.person_id,
    s.role,
    g.name AS regency,
    s.first_date,
    s.last_date,
    CASE WHEN s.days_away = 0 THEN 'in the role: seen in it on or around the date'
         WHEN s.last_date < s.day THEN 'last seen in the role before the date'
         ELSE 'first seen in the role after the date' END AS evidence,
    s.days_away::INTEGER AS days_away,
    s.articles,
    s.url
FROM seen s
JOIN regions g ON g.code = $regency
ORDER BY s.days_away, s.articles DESC, s.official;
