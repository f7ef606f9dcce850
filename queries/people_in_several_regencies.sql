-- question: Which people are seen in more than one regency: a governor or minister across regencies, one name
--           as officials of several regencies (one official who moved, or namesakes)?
-- params:   $province       PROVINCE = NULL  only regencies of this province (code, name or 'Jatim'); all when absent
--           $min_regencies  INTEGER = 2      in at least this many regencies
-- columns:  official VARCHAR, kind VARCHAR, regencies BIGINT, places VARCHAR, person_ids VARCHAR[], articles BIGINT,
--           first_date DATE, last_date DATE, url VARCHAR

-- Two kinds of row. 'one person, provincial or national office': a person of the table persons placed at
-- province or national level by the office, and the regencies of the events naming them. 'one name,
-- officials of several regencies': a person never spans regencies, so the same name in two regencies is two
-- persons, listed side by side with the roles each held there, for a reader to judge ('Udi' as kepala desa
-- in 21 regencies is a false official; a Pj Bupati moved to another regency is one man). Two persons share a
-- name when one form of it (persons.variants) is used in both places, ignoring case, dots and commas.
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
members AS (
    -- one row per person of each list: an equality join below, not a list test of every pair
    SELECT official, person_ids, unnest(person_ids) AS person_id FROM named
),
latest AS (
    SELECT person_id, arg_max(url, (last_date, url)) AS url FROM person_roles GROUP BY person_id
),
namesakes AS (
    SELECT
        n.official,
        'one name, officials of several regencies' AS kind,
        count(DISTINCT p.place_code) AS regencies,
        string_agg(p.place || ': ' || array_to_string(p.roles, ', ') || ' (' || p.official || ')', '; '
                   ORDER BY p.place_code) AS places,
        n.person_ids,
        sum(p.articles)::BIGINT AS articles,
        min(p.first_date) AS first_date,
        max(p.last_date) AS last_date,
        arg_max(l.url, (p.last_date, l.url)) AS url
    FROM members n
    JOIN people p ON p.person_id = n.person_id
    JOIN latest l ON l.person_id = p.person_id
    GROUP BY n.official, n.person_ids
),
seen AS (
    -- the regencies of the events naming a provincial or national person
    SELECT DISTINCT m.person_id, unnest(e.regency_codes) AS regency_code
    FROM person_mentions m
    JOIN events e ON e.article_id = m.article_id AND lower(e.official) = lower(m.name)
    WHERE m.place_level <> 'regency'
),
travellers AS (
    SELECT
        o.official,
        'one person, ' || CASE o.place_level WHEN 'national' THEN 'national' ELSE 'provincial' END || ' office' AS kind,
        count(*) AS regencies,
        o.place || ': ' || array_to_string(o.roles, ', ') || '; seen in '
            || string_agg(r.name || ' (' || r.code || ')', ', ' ORDER BY r.code) AS places,
        [o.person_id] AS person_ids,
        o.articles,
        o.first_date,
        o.last_date,
        l.url
    FROM seen s
    JOIN officials o ON o.person_id = s.person_id
    JOIN regions r ON r.code = s.regency_code
    JOIN latest l ON l.person_id = s.person_id
    WHERE $province IS NULL OR r.parent_code = $province
    GROUP BY o.person_id, o.official, o.place_level, o.place, o.roles, o.articles, o.first_date, o.last_date, l.url
    HAVING count(*) >= $min_regencies
)
SELECT * FROM travellers
UNION ALL
SELECT * FROM namesakes
ORDER BY regencies DESC, articles DESC, official, kind, person_ids;
