-- question: Which names are seen as officials in more than one regency: one official who moved, or namesakes?
-- params:   $province       PROVINCE = NULL  only regencies of this province (code, name or 'Jatim'); all when absent
--           $min_regencies  INTEGER = 2      in at least this many regencies
-- columns:  official VARCHAR, regencies BIGINT, places VARCHAR, person_ids VARCHAR[], articles BIGINT,
--           first_date DATE, last_date DATE, url VARCHAR

-- A person never spans regencies (table persons), so the same name in two regencies is two persons: this
-- lists them side by side, with the roles each held, for a reader to judge. 'Udi' as kepala desa in 21
-- regencies is a false official; a Pj Bupati moved to another regency is one person.
WITH people AS (
    SELECT o.*, split_part(o.person_id, ':', 2) AS name_slug
    FROM officials o
    WHERE o.place_level = 'regency'
      AND ($province IS NULL OR split_part(o.place_code, '.', 1) = $province)
),
latest AS (
    SELECT person_id, arg_max(url, last_date) AS url FROM person_roles GROUP BY person_id
)
SELECT
    arg_max(p.official, length(p.official)) AS official,
    count(*) AS regencies,
    string_agg(p.place || ': ' || array_to_string(p.roles, ', '), '; ' ORDER BY p.place_code) AS places,
    list(p.person_id ORDER BY p.place_code) AS person_ids,
    sum(p.articles)::BIGINT AS articles,
    min(p.first_date) AS first_date,
    max(p.last_date) AS last_date,
    arg_max(l.url, p.last_date) AS url
FROM people p
JOIN latest l ON l.person_id = p.person_id
GROUP BY p.name_slug
HAVING count(*) >= $min_regencies
ORDER BY regencies DESC, articles DESC, official;
