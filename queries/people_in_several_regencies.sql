-- question: Which names are seen as officials in more than one regency: one official who moved, or namesakes?
-- params:   $province       PROVINCE = NULL  only regencies of this province (code, name or 'Jatim'); all when absent
--           $min_regencies  INTEGER = 2      in at least this many regencies
-- columns:  official VARCHAR, regencies BIGINT, places VARCHAR, person_ids VARCHAR[], articles BIGINT,
--           first_date DATE, last_date DATE, url VARCHAR

-- A person never spans regencies (table persons), so the same name in two regencies is two persons: this
-- lists them side by side, with the roles each held there, for a reader to judge ('Udi' as kepala desa in
-- 21 regencies is a false official; a Pj Bupati moved to another regency is one man). Two persons share a
-- name when one form of the name (persons.variants) is used in both places, ignoring case, dots and commas.
WITH people AS (
    SELECT o.*
    FROM officials o
    WHERE o.place_level = 'regency'
      AND ($province IS NULL OR split_part(o.place_code, '.', 1) = $province)
),
forms AS (
    SELECT trim(regexp_replace(lower(regexp_replace(v.form, '[.,]', ' ', 'g')), '\s+', ' ', 'g')) AS name_key,
           v.form, p.person_id, p.place_code
    FROM people p, (SELECT unnest(p.variants) AS form) v
),
shared AS (
    SELECT name_key, arg_max(form, length(form)) AS form,
           list(DISTINCT person_id ORDER BY person_id) AS person_ids
    FROM forms
    GROUP BY name_key
    HAVING count(DISTINCT place_code) >= $min_regencies
),
named AS (
    -- persons sharing several forms are listed once, under the longest form they share
    SELECT person_ids, arg_max(form, length(form)) AS official FROM shared GROUP BY person_ids
),
latest AS (
    SELECT person_id, arg_max(url, last_date) AS url FROM person_roles GROUP BY person_id
)
SELECT
    n.official,
    count(DISTINCT p.place_code) AS regencies,
    string_agg(p.place || ': ' || array_to_string(p.roles, ', ') || ' (' || p.official || ')', '; '
               ORDER BY p.place_code) AS places,
    n.person_ids,
    sum(p.articles)::BIGINT AS articles,
    min(p.first_date) AS first_date,
    max(p.last_date) AS last_date,
    arg_max(l.url, p.last_date) AS url
FROM named n
JOIN people p ON list_contains(n.person_ids, p.person_id)
JOIN latest l ON l.person_id = p.person_id
GROUP BY n.official, n.person_ids
ORDER BY regencies DESC, articles DESC, n.official;
