-- library_user_survey: the data rules of `qdsl validate-data` as SQL (spark), written by `qdsl compile --target sql`.
-- Run this file on an empty database, load each data file with its statement below, then query the view
-- `findings` (the last statement of this file selects it, in the order validate-data reports).
-- Every cell is loaded as text, so that a faulty file loads and its faults are found.
-- Load the data files (one statement per level):
--   INSERT INTO `library_user_survey` SELECT monotonically_increasing_id(), * FROM csv.`library-user-survey.csv` -- with the reader's header option on (spark.read.option('header', True))
-- Not checked in SQL: the header (QD6001, QD6002: the load statement refuses an unknown column and leaves a missing one empty) and the file's syntax (QD6013).

SET spark.sql.analyzer.maxIterations = 10000;
SET spark.sql.optimizer.excludedRules = org.apache.spark.sql.catalyst.optimizer.CollapseProject;
CREATE TABLE `library_user_survey` (
  `_row` BIGINT,
  `record_id` STRING,
  `library` STRING,
  `frequency` STRING,
  `last_visit` STRING,
  `days_since_visit` STRING,
  `visit_hours` STRING,
  `visit_minutes` STRING,
  `services_1` STRING,
  `services_2` STRING,
  `services_3` STRING,
  `services_4` STRING,
  `services_5` STRING,
  `services_6` STRING,
  `services_7` STRING,
  `services_8` STRING,
  `event_name` STRING,
  `renovation_feedback` STRING,
  `non_visit_reasons_1` STRING,
  `non_visit_reasons_2` STRING,
  `non_visit_reasons_3` STRING,
  `non_visit_reasons_4` STRING,
  `non_visit_reasons_5` STRING,
  `non_visit_reasons_6` STRING,
  `non_visit_reasons_7` STRING,
  `loans_print` STRING,
  `loans_digital` STRING,
  `loans_total` STRING,
  `satisfaction_opening_hours` STRING,
  `satisfaction_collection` STRING,
  `satisfaction_staff_service` STRING,
  `satisfaction_premises` STRING,
  `satisfaction_events` STRING,
  `satisfaction_online_services` STRING,
  `preferred_hours` STRING,
  `recommend` STRING,
  `improvement` STRING,
  `best_thing` STRING,
  `home_region` STRING,
  `home_municipality` STRING,
  `postcode` STRING,
  `capital_region` STRING,
  `suggestions` STRING
) USING parquet;
-- The date of today() and of the paradata a record lacks (validate-data's --today): update it to check as of another day.
CREATE TABLE qdsl_today USING parquet AS SELECT CURRENT_DATE AS today;

-- Each level's data with types, for analysis (a cell that is not a value of its type is NULL there and a finding below).
-- Key of library_user_survey: record_id (unique once QD6010 finds nothing).
CREATE VIEW `library_user_survey__typed` AS SELECT
  `record_id` AS `record_id`,
  try_cast(`library` AS BIGINT) AS `library`,
  try_cast(`frequency` AS BIGINT) AS `frequency`,
  CASE WHEN (`last_visit` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') THEN try_cast(`last_visit` AS DATE) END AS `last_visit`,
  try_cast(`days_since_visit` AS BIGINT) AS `days_since_visit`,
  try_cast(`visit_hours` AS DOUBLE) AS `visit_hours`,
  try_cast(`visit_minutes` AS BIGINT) AS `visit_minutes`,
  try_cast(`services_1` AS BIGINT) AS `services_1`,
  try_cast(`services_2` AS BIGINT) AS `services_2`,
  try_cast(`services_3` AS BIGINT) AS `services_3`,
  try_cast(`services_4` AS BIGINT) AS `services_4`,
  try_cast(`services_5` AS BIGINT) AS `services_5`,
  try_cast(`services_6` AS BIGINT) AS `services_6`,
  try_cast(`services_7` AS BIGINT) AS `services_7`,
  try_cast(`services_8` AS BIGINT) AS `services_8`,
  `event_name` AS `event_name`,
  `renovation_feedback` AS `renovation_feedback`,
  try_cast(`non_visit_reasons_1` AS BIGINT) AS `non_visit_reasons_1`,
  try_cast(`non_visit_reasons_2` AS BIGINT) AS `non_visit_reasons_2`,
  try_cast(`non_visit_reasons_3` AS BIGINT) AS `non_visit_reasons_3`,
  try_cast(`non_visit_reasons_4` AS BIGINT) AS `non_visit_reasons_4`,
  try_cast(`non_visit_reasons_5` AS BIGINT) AS `non_visit_reasons_5`,
  try_cast(`non_visit_reasons_6` AS BIGINT) AS `non_visit_reasons_6`,
  try_cast(`non_visit_reasons_7` AS BIGINT) AS `non_visit_reasons_7`,
  try_cast(`loans_print` AS BIGINT) AS `loans_print`,
  try_cast(`loans_digital` AS BIGINT) AS `loans_digital`,
  try_cast(`loans_total` AS BIGINT) AS `loans_total`,
  try_cast(`satisfaction_opening_hours` AS BIGINT) AS `satisfaction_opening_hours`,
  try_cast(`satisfaction_collection` AS BIGINT) AS `satisfaction_collection`,
  try_cast(`satisfaction_staff_service` AS BIGINT) AS `satisfaction_staff_service`,
  try_cast(`satisfaction_premises` AS BIGINT) AS `satisfaction_premises`,
  try_cast(`satisfaction_events` AS BIGINT) AS `satisfaction_events`,
  try_cast(`satisfaction_online_services` AS BIGINT) AS `satisfaction_online_services`,
  `preferred_hours` AS `preferred_hours`,
  try_cast(`recommend` AS BIGINT) AS `recommend`,
  `improvement` AS `improvement`,
  `best_thing` AS `best_thing`,
  try_cast(`home_region` AS BIGINT) AS `home_region`,
  try_cast(`home_municipality` AS BIGINT) AS `home_municipality`,
  `postcode` AS `postcode`,
  try_cast(`capital_region` AS BIGINT) AS `capital_region`,
  `suggestions` AS `suggestions`
FROM `library_user_survey`;

CREATE VIEW qdsl_findings AS
WITH
l0_raw AS (
  SELECT `_row`,
    ROW_NUMBER() OVER (ORDER BY `_row`) + 1 AS `_line`,
    COALESCE(CAST(`record_id` AS STRING), '') AS `c0`,
    COALESCE(CAST(`library` AS STRING), '') AS `c1`,
    COALESCE(CAST(`frequency` AS STRING), '') AS `c2`,
    COALESCE(CAST(`last_visit` AS STRING), '') AS `c3`,
    COALESCE(CAST(`days_since_visit` AS STRING), '') AS `c4`,
    COALESCE(CAST(`visit_hours` AS STRING), '') AS `c5`,
    COALESCE(CAST(`visit_minutes` AS STRING), '') AS `c6`,
    COALESCE(CAST(`services_1` AS STRING), '') AS `c7`,
    COALESCE(CAST(`services_2` AS STRING), '') AS `c8`,
    COALESCE(CAST(`services_3` AS STRING), '') AS `c9`,
    COALESCE(CAST(`services_4` AS STRING), '') AS `c10`,
    COALESCE(CAST(`services_5` AS STRING), '') AS `c11`,
    COALESCE(CAST(`services_6` AS STRING), '') AS `c12`,
    COALESCE(CAST(`services_7` AS STRING), '') AS `c13`,
    COALESCE(CAST(`services_8` AS STRING), '') AS `c14`,
    COALESCE(CAST(`event_name` AS STRING), '') AS `c15`,
    COALESCE(CAST(`renovation_feedback` AS STRING), '') AS `c16`,
    COALESCE(CAST(`non_visit_reasons_1` AS STRING), '') AS `c17`,
    COALESCE(CAST(`non_visit_reasons_2` AS STRING), '') AS `c18`,
    COALESCE(CAST(`non_visit_reasons_3` AS STRING), '') AS `c19`,
    COALESCE(CAST(`non_visit_reasons_4` AS STRING), '') AS `c20`,
    COALESCE(CAST(`non_visit_reasons_5` AS STRING), '') AS `c21`,
    COALESCE(CAST(`non_visit_reasons_6` AS STRING), '') AS `c22`,
    COALESCE(CAST(`non_visit_reasons_7` AS STRING), '') AS `c23`,
    COALESCE(CAST(`loans_print` AS STRING), '') AS `c24`,
    COALESCE(CAST(`loans_digital` AS STRING), '') AS `c25`,
    COALESCE(CAST(`loans_total` AS STRING), '') AS `c26`,
    COALESCE(CAST(`satisfaction_opening_hours` AS STRING), '') AS `c27`,
    COALESCE(CAST(`satisfaction_collection` AS STRING), '') AS `c28`,
    COALESCE(CAST(`satisfaction_staff_service` AS STRING), '') AS `c29`,
    COALESCE(CAST(`satisfaction_premises` AS STRING), '') AS `c30`,
    COALESCE(CAST(`satisfaction_events` AS STRING), '') AS `c31`,
    COALESCE(CAST(`satisfaction_online_services` AS STRING), '') AS `c32`,
    COALESCE(CAST(`preferred_hours` AS STRING), '') AS `c33`,
    COALESCE(CAST(`recommend` AS STRING), '') AS `c34`,
    COALESCE(CAST(`improvement` AS STRING), '') AS `c35`,
    COALESCE(CAST(`best_thing` AS STRING), '') AS `c36`,
    COALESCE(CAST(`home_region` AS STRING), '') AS `c37`,
    COALESCE(CAST(`home_municipality` AS STRING), '') AS `c38`,
    COALESCE(CAST(`postcode` AS STRING), '') AS `c39`,
    COALESCE(CAST(`capital_region` AS STRING), '') AS `c40`,
    COALESCE(CAST(`suggestions` AS STRING), '') AS `c41`,
    (SELECT today FROM qdsl_today) AS `_today`
  FROM `library_user_survey`),
l0_keys AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY `c0`, TRUE ORDER BY `_row`) AS `_seen`,
    FALSE AS `_orphan`, TRUE AS `_keysok`
  FROM l0_raw r),
l0_s1 AS (
  SELECT *,
    CASE WHEN `c1` = '' THEN NULL WHEN NOT ((`c1` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c1` AS BIGINT) IN (1, 2, 3, 4) THEN try_cast(`c1` AS BIGINT) END AS `_a1`,
    CASE WHEN `c2` = '' THEN NULL WHEN NOT ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c2` AS BIGINT) IN (1, 2, 3, 4, 5) THEN try_cast(`c2` AS BIGINT) END AS `_a2`,
    CASE WHEN `c3` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN ((`c3` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(`c3`, 1, 4) <> '0000' AND try_cast(`c3` AS DATE) IS NOT NULL) THEN try_cast(`c3` AS DATE) END AS `_a3`,
    CASE WHEN `c5` = '' THEN NULL WHEN NOT ((`c5` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c5` AS DOUBLE) IS NOT NULL AND try_cast(`c5` AS DOUBLE) >= 0.25 AND try_cast(`c5` AS DOUBLE) <= 12 THEN try_cast(`c5` AS DOUBLE) END AS `_a5`,
    CASE WHEN `c15` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c15`) <= 200 THEN `c15` END AS `_a15`,
    CASE WHEN `c16` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c16`) <= 500 THEN `c16` END AS `_a16`,
    CASE WHEN `c24` = '' THEN NULL WHEN NOT ((`c24` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c24` AS DOUBLE) = floor(try_cast(`c24` AS DOUBLE)) AND abs(try_cast(`c24` AS DOUBLE)) < 9.2e18 AND try_cast(`c24` AS DOUBLE) >= 0 AND try_cast(`c24` AS DOUBLE) <= 200 THEN try_cast(`c24` AS DOUBLE) END AS `_a24`,
    CASE WHEN `c25` = '' THEN NULL WHEN NOT ((`c25` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c25` AS DOUBLE) = floor(try_cast(`c25` AS DOUBLE)) AND abs(try_cast(`c25` AS DOUBLE)) < 9.2e18 AND try_cast(`c25` AS DOUBLE) >= 0 AND try_cast(`c25` AS DOUBLE) <= 200 THEN try_cast(`c25` AS DOUBLE) END AS `_a25`,
    CASE WHEN `c27` = '' THEN NULL WHEN NOT ((`c27` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c27` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c27` AS BIGINT) END AS `_a27`,
    CASE WHEN `c28` = '' THEN NULL WHEN NOT ((`c28` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c28` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c28` AS BIGINT) END AS `_a28`,
    CASE WHEN `c29` = '' THEN NULL WHEN NOT ((`c29` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c29` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c29` AS BIGINT) END AS `_a29`,
    CASE WHEN `c30` = '' THEN NULL WHEN NOT ((`c30` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c30` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c30` AS BIGINT) END AS `_a30`,
    CASE WHEN `c31` = '' THEN NULL WHEN NOT ((`c31` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c31` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c31` AS BIGINT) END AS `_a31`,
    CASE WHEN `c32` = '' THEN NULL WHEN NOT ((`c32` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c32` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c32` AS BIGINT) END AS `_a32`,
    CASE WHEN `c33` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c33`) <= 300 THEN `c33` END AS `_a33`,
    CASE WHEN `c34` = '' THEN NULL WHEN NOT ((`c34` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c34` AS DOUBLE) = floor(try_cast(`c34` AS DOUBLE)) AND abs(try_cast(`c34` AS DOUBLE)) < 9.2e18 AND try_cast(`c34` AS DOUBLE) >= 0 AND try_cast(`c34` AS DOUBLE) <= 10 THEN try_cast(`c34` AS DOUBLE) END AS `_a34`,
    CASE WHEN `c35` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c35`) <= 1000 THEN `c35` END AS `_a35`,
    CASE WHEN `c36` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c36`) <= 1000 THEN `c36` END AS `_a36`,
    CASE WHEN `c37` = '' THEN NULL WHEN NOT ((`c37` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c37` AS BIGINT) IN (1, 2, 3, 4) THEN try_cast(`c37` AS BIGINT) END AS `_a37`,
    CASE WHEN `c38` = '' THEN NULL WHEN NOT ((`c38` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c38` AS BIGINT) IN (1, 2, 3, 4, 5, 6, 7) THEN try_cast(`c38` AS BIGINT) END AS `_a38`,
    CASE WHEN `c39` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c39`) <= 5 THEN `c39` END AS `_a39`,
    CASE WHEN `c41` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c41`) <= 1000 THEN `c41` END AS `_a41`,
    ((CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c7` = '1' THEN 1 ELSE 0 END + CASE WHEN `c8` = '1' THEN 1 ELSE 0 END + CASE WHEN `c9` = '1' THEN 1 ELSE 0 END + CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END) > 0) AS `_g7`,
    CASE WHEN ((CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c7` = '1' THEN 1 ELSE 0 END + CASE WHEN `c8` = '1' THEN 1 ELSE 0 END + CASE WHEN `c9` = '1' THEN 1 ELSE 0 END + CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END) > 0) AND NOT FALSE THEN CAST((CASE WHEN `c7` = '1' THEN 1 ELSE 0 END + CASE WHEN `c8` = '1' THEN 1 ELSE 0 END + CASE WHEN `c9` = '1' THEN 1 ELSE 0 END + CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n7`,
    ((CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END) > 0) AS `_g17`,
    CASE WHEN ((CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END) > 0) AND NOT FALSE THEN CAST((CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n17`
  FROM l0_keys),
l0_m AS (
  SELECT *, `_row` AS `_rec`, `_seen` = 1 AS `_first` FROM l0_s1),
l0_s2 AS (
  SELECT *,
    TRUE AS `_rl0_1`
  FROM l0_m),
l0_s3 AS (
  SELECT *,
    CASE WHEN `_rl0_1` THEN `_a1` END AS `_xl0_2`,
    TRUE AS `_rl0_3`
  FROM l0_s2),
l0_s4 AS (
  SELECT *,
    CASE WHEN `_rl0_3` THEN `_a2` END AS `_xl0_4`
  FROM l0_s3),
l0_s5 AS (
  SELECT *,
    COALESCE((COALESCE(COALESCE((`_xl0_2`) <> (CAST(4 AS BIGINT)), FALSE), FALSE) AND COALESCE((COALESCE((`_xl0_4`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl0_4`) = (CAST(2 AS BIGINT)), FALSE) OR COALESCE((`_xl0_4`) = (CAST(3 AS BIGINT)), FALSE)), FALSE)), FALSE) AS `_bl0_5`
  FROM l0_s4),
l0_s6 AS (
  SELECT *,
    TRUE AND `_bl0_5` AS `_rl0_6`
  FROM l0_s5),
l0_s7 AS (
  SELECT *,
    CASE WHEN `_rl0_6` THEN `_a3` END AS `_xl0_7`
  FROM l0_s6),
l0_s8 AS (
  SELECT *,
    (`_rl0_6` AND `_xl0_7` IS NOT NULL AND NOT COALESCE(COALESCE((`_xl0_7`) <= (`_today`), FALSE), FALSE)) AS `_cl0_8`,
    (`_rl0_6` AND `_xl0_7` IS NOT NULL AND NOT COALESCE(COALESCE((CAST(datediff(`_today`, `_xl0_7`) AS DOUBLE)) <= (CAST(366 AS DOUBLE)), FALSE), FALSE)) AS `_cl0_9`,
    CASE WHEN TRUE AND `_bl0_5` THEN CAST(datediff(`_today`, `_xl0_7`) AS DOUBLE) END AS `_xl0_10`,
    TRUE AND `_bl0_5` AS `_rl0_11`
  FROM l0_s7),
l0_s9 AS (
  SELECT *,
    CASE WHEN `_rl0_11` THEN `_a5` END AS `_xl0_12`
  FROM l0_s8),
l0_s10 AS (
  SELECT *,
    CASE WHEN TRUE AND `_bl0_5` THEN (sign(((`_xl0_12`) * (CAST(60 AS DOUBLE)))) * floor(abs(((`_xl0_12`) * (CAST(60 AS DOUBLE)))) + 0.5)) END AS `_xl0_13`,
    (TRUE AND `_bl0_5` AND (TRUE OR TRUE OR TRUE OR TRUE OR TRUE OR (COALESCE(COALESCE((`_xl0_2`) = (CAST(1 AS BIGINT)), FALSE), FALSE)) OR TRUE OR TRUE)) AS `_rl0_14`
  FROM l0_s9),
l0_s11 AS (
  SELECT *,
    CASE WHEN `_rl0_14` THEN CASE WHEN `_n7` IS NOT NULL THEN CAST(NULLIF(CASE WHEN (`c7` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c8` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c9` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c10` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c11` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c12` = '1' AND (COALESCE(COALESCE((`_xl0_2`) = (CAST(1 AS BIGINT)), FALSE), FALSE))) THEN 1 ELSE 0 END + CASE WHEN (`c13` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c14` = '1' AND TRUE) THEN 1 ELSE 0 END, 0) AS DOUBLE) END END AS `_xl0_15`
  FROM l0_s10),
l0_s12 AS (
  SELECT *,
    COALESCE((`_xl0_15` IS NOT NULL AND (`c11` = '1' AND TRUE)), FALSE) AS `_bl0_16`
  FROM l0_s11),
l0_s13 AS (
  SELECT *,
    TRUE AND `_bl0_5` AND `_bl0_16` AS `_rl0_17`
  FROM l0_s12),
l0_s14 AS (
  SELECT *,
    CASE WHEN `_rl0_17` THEN `_a15` END AS `_xl0_18`,
    COALESCE((COALESCE(COALESCE((`_xl0_2`) = (CAST(1 AS BIGINT)), FALSE), FALSE) AND COALESCE(COALESCE((`_xl0_7`) >= (CASE WHEN ((CAST('2024-01-08' AS STRING) RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(CAST('2024-01-08' AS STRING), 1, 4) <> '0000' AND try_cast(CAST('2024-01-08' AS STRING) AS DATE) IS NOT NULL) THEN try_cast(CAST('2024-01-08' AS STRING) AS DATE) END), FALSE), FALSE)), FALSE) AS `_bl0_19`
  FROM l0_s13),
l0_s15 AS (
  SELECT *,
    TRUE AND `_bl0_5` AND `_bl0_19` AS `_rl0_20`
  FROM l0_s14),
l0_s16 AS (
  SELECT *,
    CASE WHEN `_rl0_20` THEN `_a16` END AS `_xl0_21`,
    COALESCE((COALESCE((`_xl0_4`) = (CAST(4 AS BIGINT)), FALSE) OR COALESCE((`_xl0_4`) = (CAST(5 AS BIGINT)), FALSE)), FALSE) AS `_bl0_22`
  FROM l0_s15),
l0_s17 AS (
  SELECT *,
    TRUE AND NOT `_bl0_5` AND `_bl0_22` AS `_rl0_23`
  FROM l0_s16),
l0_s18 AS (
  SELECT *,
    CASE WHEN `_rl0_23` THEN `_n17` END AS `_xl0_24`,
    TRUE AS `_rl0_25`
  FROM l0_s17),
l0_s19 AS (
  SELECT *,
    CASE WHEN `_rl0_25` THEN `_a24` END AS `_xl0_26`,
    TRUE AS `_rl0_27`
  FROM l0_s18),
l0_s20 AS (
  SELECT *,
    CASE WHEN `_rl0_27` THEN `_a25` END AS `_xl0_28`
  FROM l0_s19),
l0_s21 AS (
  SELECT *,
    CASE WHEN TRUE THEN ((COALESCE(`_xl0_26`, CAST(0 AS DOUBLE))) + (COALESCE(`_xl0_28`, CAST(0 AS DOUBLE)))) END AS `_xl0_29`,
    TRUE AS `_rl0_30`
  FROM l0_s20),
l0_s22 AS (
  SELECT *,
    CASE WHEN `_rl0_30` THEN `_a27` END AS `_xl0_31`,
    CASE WHEN `_rl0_30` THEN `_a28` END AS `_xl0_32`,
    CASE WHEN `_rl0_30` THEN `_a29` END AS `_xl0_33`,
    CASE WHEN `_rl0_30` THEN `_a30` END AS `_xl0_34`,
    CASE WHEN `_rl0_30` THEN `_a31` END AS `_xl0_35`,
    CASE WHEN `_rl0_30` THEN `_a32` END AS `_xl0_36`
  FROM l0_s21),
l0_s23 AS (
  SELECT *,
    COALESCE((COALESCE((`_xl0_31`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl0_31`) = (CAST(2 AS BIGINT)), FALSE)), FALSE) AS `_bl0_37`
  FROM l0_s22),
l0_s24 AS (
  SELECT *,
    TRUE AND `_bl0_37` AS `_rl0_38`
  FROM l0_s23),
l0_s25 AS (
  SELECT *,
    CASE WHEN `_rl0_38` THEN `_a33` END AS `_xl0_39`,
    TRUE AS `_rl0_40`
  FROM l0_s24),
l0_s26 AS (
  SELECT *,
    CASE WHEN `_rl0_40` THEN `_a34` END AS `_xl0_41`
  FROM l0_s25),
l0_s27 AS (
  SELECT *,
    COALESCE((COALESCE((`_xl0_41`) = (CAST(0 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(1 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(2 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(3 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(4 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(5 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(6 AS DOUBLE)), FALSE)), FALSE) AS `_bl0_42`
  FROM l0_s26),
l0_s28 AS (
  SELECT *,
    TRUE AND `_bl0_42` AS `_rl0_43`
  FROM l0_s27),
l0_s29 AS (
  SELECT *,
    CASE WHEN `_rl0_43` THEN `_a35` END AS `_xl0_44`,
    COALESCE((COALESCE((`_xl0_41`) = (CAST(9 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(10 AS DOUBLE)), FALSE)), FALSE) AS `_bl0_45`
  FROM l0_s28),
l0_s30 AS (
  SELECT *,
    TRUE AND NOT `_bl0_42` AND `_bl0_45` AS `_rl0_46`
  FROM l0_s29),
l0_s31 AS (
  SELECT *,
    CASE WHEN `_rl0_46` THEN `_a36` END AS `_xl0_47`,
    TRUE AS `_rl0_48`
  FROM l0_s30),
l0_s32 AS (
  SELECT *,
    CASE WHEN `_rl0_48` THEN `_a37` END AS `_xl0_49`
  FROM l0_s31),
l0_s33 AS (
  SELECT *,
    COALESCE((COALESCE((`_xl0_49`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl0_49`) = (CAST(2 AS BIGINT)), FALSE) OR COALESCE((`_xl0_49`) = (CAST(3 AS BIGINT)), FALSE)), FALSE) AS `_bl0_50`
  FROM l0_s32),
l0_s34 AS (
  SELECT *,
    (TRUE AND `_bl0_50` AND ((COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(2 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(2 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(3 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(3 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)))) AS `_rl0_51`
  FROM l0_s33),
l0_s35 AS (
  SELECT *,
    CASE WHEN `_rl0_51` THEN CASE WHEN (CASE `_a38` WHEN 1 THEN (COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 2 THEN (COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 3 THEN (COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 4 THEN (COALESCE(COALESCE((CAST(2 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 5 THEN (COALESCE(COALESCE((CAST(2 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 6 THEN (COALESCE(COALESCE((CAST(3 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 7 THEN (COALESCE(COALESCE((CAST(3 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) ELSE FALSE END) THEN `_a38` END END AS `_xl0_52`,
    TRUE AS `_rl0_53`
  FROM l0_s34),
l0_s36 AS (
  SELECT *,
    CASE WHEN `_rl0_53` THEN `_a39` END AS `_xl0_54`
  FROM l0_s35),
l0_s37 AS (
  SELECT *,
    (`_rl0_53` AND `_xl0_54` IS NOT NULL AND NOT COALESCE(COALESCE((`_xl0_54` RLIKE '^([0-9]{5})$'), FALSE), FALSE)) AS `_cl0_55`,
    CASE WHEN TRUE THEN COALESCE((`_xl0_54` RLIKE '^(0[0-2][0-9]{3})$'), FALSE) END AS `_xl0_56`,
    TRUE AS `_rl0_57`
  FROM l0_s36),
l0_s38 AS (
  SELECT *,
    CASE WHEN `_rl0_57` THEN `_a41` END AS `_xl0_58`
  FROM l0_s37)
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('record_id' AS STRING) AS `variable`, CAST('QD6010' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c0` AS STRING) AS `value`, CAST('this record id is used by an earlier row' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 10000 AS `_order`
FROM l0_s1 WHERE `_seen` > 1
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('library' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c1` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20001 AS `_order`
FROM l0_s1 WHERE `c1` <> '' AND NOT ((`c1` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('library' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c1` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20001 AS `_order`
FROM l0_s1 WHERE `c1` <> '' AND ((`c1` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c1` AS BIGINT) IN (1, 2, 3, 4), FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('frequency' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c2` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20002 AS `_order`
FROM l0_s1 WHERE `c2` <> '' AND NOT ((`c2` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('frequency' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c2` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20002 AS `_order`
FROM l0_s1 WHERE `c2` <> '' AND ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c2` AS BIGINT) IN (1, 2, 3, 4, 5), FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('last_visit' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c3` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20003 AS `_order`
FROM l0_s1 WHERE `c3` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('last_visit' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c3` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20003 AS `_order`
FROM l0_s1 WHERE `c3` <> '' AND (TRUE) AND NOT COALESCE(((`c3` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(`c3`, 1, 4) <> '0000' AND try_cast(`c3` AS DATE) IS NOT NULL), FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('days_since_visit' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c4` AS STRING) AS `value`, CAST('not a value of this calculate''s type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20004 AS `_order`
FROM l0_s1 WHERE `c4` <> '' AND NOT ((`c4` RLIKE '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('visit_hours' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c5` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20005 AS `_order`
FROM l0_s1 WHERE `c5` <> '' AND NOT ((`c5` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('visit_hours' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c5` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20005 AS `_order`
FROM l0_s1 WHERE `c5` <> '' AND ((`c5` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c5` AS DOUBLE) IS NOT NULL AND try_cast(`c5` AS DOUBLE) >= 0.25 AND try_cast(`c5` AS DOUBLE) <= 12, FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('visit_minutes' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c6` AS STRING) AS `value`, CAST('not a value of this calculate''s type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20006 AS `_order`
FROM l0_s1 WHERE `c6` <> '' AND NOT ((`c6` RLIKE '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c7` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20007 AS `_order`
FROM l0_s1 WHERE `c7` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c8` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20008 AS `_order`
FROM l0_s1 WHERE `c8` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c9` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20009 AS `_order`
FROM l0_s1 WHERE `c9` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c10` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20010 AS `_order`
FROM l0_s1 WHERE `c10` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c11` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20011 AS `_order`
FROM l0_s1 WHERE `c11` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c12` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20012 AS `_order`
FROM l0_s1 WHERE `c12` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c13` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20013 AS `_order`
FROM l0_s1 WHERE `c13` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services_8' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c14` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20014 AS `_order`
FROM l0_s1 WHERE `c14` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('event_name' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c15` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20015 AS `_order`
FROM l0_s1 WHERE `c15` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('event_name' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c15` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20015 AS `_order`
FROM l0_s1 WHERE `c15` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c15`) <= 200, FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('renovation_feedback' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c16` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20016 AS `_order`
FROM l0_s1 WHERE `c16` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('renovation_feedback' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c16` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20016 AS `_order`
FROM l0_s1 WHERE `c16` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c16`) <= 500, FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('non_visit_reasons_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c17` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20017 AS `_order`
FROM l0_s1 WHERE `c17` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('non_visit_reasons_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c18` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20018 AS `_order`
FROM l0_s1 WHERE `c18` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('non_visit_reasons_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c19` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20019 AS `_order`
FROM l0_s1 WHERE `c19` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('non_visit_reasons_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c20` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20020 AS `_order`
FROM l0_s1 WHERE `c20` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('non_visit_reasons_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c21` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20021 AS `_order`
FROM l0_s1 WHERE `c21` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('non_visit_reasons_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c22` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20022 AS `_order`
FROM l0_s1 WHERE `c22` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('non_visit_reasons_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c23` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20023 AS `_order`
FROM l0_s1 WHERE `c23` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('loans_print' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c24` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20024 AS `_order`
FROM l0_s1 WHERE `c24` <> '' AND NOT ((`c24` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('loans_print' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c24` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20024 AS `_order`
FROM l0_s1 WHERE `c24` <> '' AND ((`c24` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c24` AS DOUBLE) = floor(try_cast(`c24` AS DOUBLE)) AND abs(try_cast(`c24` AS DOUBLE)) < 9.2e18 AND try_cast(`c24` AS DOUBLE) >= 0 AND try_cast(`c24` AS DOUBLE) <= 200, FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('loans_digital' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c25` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20025 AS `_order`
FROM l0_s1 WHERE `c25` <> '' AND NOT ((`c25` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('loans_digital' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c25` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20025 AS `_order`
FROM l0_s1 WHERE `c25` <> '' AND ((`c25` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c25` AS DOUBLE) = floor(try_cast(`c25` AS DOUBLE)) AND abs(try_cast(`c25` AS DOUBLE)) < 9.2e18 AND try_cast(`c25` AS DOUBLE) >= 0 AND try_cast(`c25` AS DOUBLE) <= 200, FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('loans_total' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c26` AS STRING) AS `value`, CAST('not a value of this calculate''s type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20026 AS `_order`
FROM l0_s1 WHERE `c26` <> '' AND NOT ((`c26` RLIKE '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_opening_hours' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c27` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20027 AS `_order`
FROM l0_s1 WHERE `c27` <> '' AND NOT ((`c27` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_opening_hours' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c27` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20027 AS `_order`
FROM l0_s1 WHERE `c27` <> '' AND ((`c27` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c27` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_collection' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c28` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20028 AS `_order`
FROM l0_s1 WHERE `c28` <> '' AND NOT ((`c28` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_collection' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c28` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20028 AS `_order`
FROM l0_s1 WHERE `c28` <> '' AND ((`c28` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c28` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_staff_service' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c29` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20029 AS `_order`
FROM l0_s1 WHERE `c29` <> '' AND NOT ((`c29` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_staff_service' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c29` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20029 AS `_order`
FROM l0_s1 WHERE `c29` <> '' AND ((`c29` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c29` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_premises' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c30` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20030 AS `_order`
FROM l0_s1 WHERE `c30` <> '' AND NOT ((`c30` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_premises' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c30` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20030 AS `_order`
FROM l0_s1 WHERE `c30` <> '' AND ((`c30` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c30` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_events' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c31` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20031 AS `_order`
FROM l0_s1 WHERE `c31` <> '' AND NOT ((`c31` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_events' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c31` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20031 AS `_order`
FROM l0_s1 WHERE `c31` <> '' AND ((`c31` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c31` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_online_services' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c32` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20032 AS `_order`
FROM l0_s1 WHERE `c32` <> '' AND NOT ((`c32` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_online_services' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c32` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20032 AS `_order`
FROM l0_s1 WHERE `c32` <> '' AND ((`c32` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c32` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('preferred_hours' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c33` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20033 AS `_order`
FROM l0_s1 WHERE `c33` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('preferred_hours' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c33` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20033 AS `_order`
FROM l0_s1 WHERE `c33` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c33`) <= 300, FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('recommend' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c34` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20034 AS `_order`
FROM l0_s1 WHERE `c34` <> '' AND NOT ((`c34` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('recommend' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c34` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20034 AS `_order`
FROM l0_s1 WHERE `c34` <> '' AND ((`c34` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c34` AS DOUBLE) = floor(try_cast(`c34` AS DOUBLE)) AND abs(try_cast(`c34` AS DOUBLE)) < 9.2e18 AND try_cast(`c34` AS DOUBLE) >= 0 AND try_cast(`c34` AS DOUBLE) <= 10, FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('improvement' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c35` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20035 AS `_order`
FROM l0_s1 WHERE `c35` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('improvement' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c35` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20035 AS `_order`
FROM l0_s1 WHERE `c35` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c35`) <= 1000, FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('best_thing' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c36` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20036 AS `_order`
FROM l0_s1 WHERE `c36` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('best_thing' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c36` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20036 AS `_order`
FROM l0_s1 WHERE `c36` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c36`) <= 1000, FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('home_region' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c37` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20037 AS `_order`
FROM l0_s1 WHERE `c37` <> '' AND NOT ((`c37` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('home_region' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c37` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20037 AS `_order`
FROM l0_s1 WHERE `c37` <> '' AND ((`c37` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c37` AS BIGINT) IN (1, 2, 3, 4), FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('home_municipality' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c38` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20038 AS `_order`
FROM l0_s1 WHERE `c38` <> '' AND NOT ((`c38` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('home_municipality' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c38` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20038 AS `_order`
FROM l0_s1 WHERE `c38` <> '' AND ((`c38` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c38` AS BIGINT) IN (1, 2, 3, 4, 5, 6, 7), FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('postcode' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c39` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20039 AS `_order`
FROM l0_s1 WHERE `c39` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('postcode' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c39` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20039 AS `_order`
FROM l0_s1 WHERE `c39` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c39`) <= 5, FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('capital_region' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c40` AS STRING) AS `value`, CAST('not a value of this calculate''s type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20040 AS `_order`
FROM l0_s1 WHERE `c40` <> '' AND NOT (`c40` IN ('0', '1'))
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('suggestions' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c41` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20041 AS `_order`
FROM l0_s1 WHERE `c41` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('suggestions' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c41` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20041 AS `_order`
FROM l0_s1 WHERE `c41` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c41`) <= 1000, FALSE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30007 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) < 8
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c7` = '1' THEN '1' END, CASE WHEN `c8` = '1' THEN '2' END, CASE WHEN `c9` = '1' THEN '3' END, CASE WHEN `c10` = '1' THEN '4' END, CASE WHEN `c11` = '1' THEN '5' END, CASE WHEN `c12` = '1' THEN '6' END, CASE WHEN `c13` = '1' THEN '7' END, CASE WHEN `c14` = '1' THEN '8' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30007 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c7` = '1' THEN 1 ELSE 0 END + CASE WHEN `c8` = '1' THEN 1 ELSE 0 END + CASE WHEN `c9` = '1' THEN 1 ELSE 0 END + CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END) > 0) AND FALSE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('non_visit_reasons' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30017 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END) < 7
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('non_visit_reasons' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c17` = '1' THEN '1' END, CASE WHEN `c18` = '1' THEN '2' END, CASE WHEN `c19` = '1' THEN '3' END, CASE WHEN `c20` = '1' THEN '4' END, CASE WHEN `c21` = '1' THEN '5' END, CASE WHEN `c22` = '1' THEN '6' END, CASE WHEN `c23` = '1' THEN '7' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30017 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END) > 0) AND FALSE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('best_thing' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c36` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40000 AS `_order`
FROM l0_s38 WHERE `_a36` IS NOT NULL AND NOT (`_rl0_46` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('event_name' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c15` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40001 AS `_order`
FROM l0_s38 WHERE `_a15` IS NOT NULL AND NOT (`_rl0_17` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('frequency' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c2` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40002 AS `_order`
FROM l0_s38 WHERE `_a2` IS NOT NULL AND NOT (`_rl0_3` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('home_municipality' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c38` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40003 AS `_order`
FROM l0_s38 WHERE `_a38` IS NOT NULL AND NOT (`_rl0_51` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('home_region' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c37` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40004 AS `_order`
FROM l0_s38 WHERE `_a37` IS NOT NULL AND NOT (`_rl0_48` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('improvement' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c35` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40005 AS `_order`
FROM l0_s38 WHERE `_a35` IS NOT NULL AND NOT (`_rl0_43` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('last_visit' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c3` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40006 AS `_order`
FROM l0_s38 WHERE `_a3` IS NOT NULL AND NOT (`_rl0_6` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('library' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c1` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40007 AS `_order`
FROM l0_s38 WHERE `_a1` IS NOT NULL AND NOT (`_rl0_1` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('loans_digital' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c25` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40008 AS `_order`
FROM l0_s38 WHERE `_a25` IS NOT NULL AND NOT (`_rl0_27` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('loans_print' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c24` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40009 AS `_order`
FROM l0_s38 WHERE `_a24` IS NOT NULL AND NOT (`_rl0_25` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('non_visit_reasons' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c17` = '1' THEN '1' END, CASE WHEN `c18` = '1' THEN '2' END, CASE WHEN `c19` = '1' THEN '3' END, CASE WHEN `c20` = '1' THEN '4' END, CASE WHEN `c21` = '1' THEN '5' END, CASE WHEN `c22` = '1' THEN '6' END, CASE WHEN `c23` = '1' THEN '7' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40010 AS `_order`
FROM l0_s38 WHERE `_g17` AND NOT (`_rl0_23` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('postcode' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c39` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40011 AS `_order`
FROM l0_s38 WHERE `_a39` IS NOT NULL AND NOT (`_rl0_53` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('preferred_hours' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c33` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40012 AS `_order`
FROM l0_s38 WHERE `_a33` IS NOT NULL AND NOT (`_rl0_38` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('recommend' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c34` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40013 AS `_order`
FROM l0_s38 WHERE `_a34` IS NOT NULL AND NOT (`_rl0_40` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('renovation_feedback' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c16` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40014 AS `_order`
FROM l0_s38 WHERE `_a16` IS NOT NULL AND NOT (`_rl0_20` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_collection' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c28` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40015 AS `_order`
FROM l0_s38 WHERE `_a28` IS NOT NULL AND NOT (`_rl0_30` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_events' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c31` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40016 AS `_order`
FROM l0_s38 WHERE `_a31` IS NOT NULL AND NOT (`_rl0_30` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_online_services' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c32` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40017 AS `_order`
FROM l0_s38 WHERE `_a32` IS NOT NULL AND NOT (`_rl0_30` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_opening_hours' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c27` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40018 AS `_order`
FROM l0_s38 WHERE `_a27` IS NOT NULL AND NOT (`_rl0_30` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_premises' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c30` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40019 AS `_order`
FROM l0_s38 WHERE `_a30` IS NOT NULL AND NOT (`_rl0_30` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_staff_service' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c29` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40020 AS `_order`
FROM l0_s38 WHERE `_a29` IS NOT NULL AND NOT (`_rl0_30` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c7` = '1' THEN '1' END, CASE WHEN `c8` = '1' THEN '2' END, CASE WHEN `c9` = '1' THEN '3' END, CASE WHEN `c10` = '1' THEN '4' END, CASE WHEN `c11` = '1' THEN '5' END, CASE WHEN `c12` = '1' THEN '6' END, CASE WHEN `c13` = '1' THEN '7' END, CASE WHEN `c14` = '1' THEN '8' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40021 AS `_order`
FROM l0_s38 WHERE `_g7` AND NOT (`_rl0_14` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('suggestions' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c41` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40022 AS `_order`
FROM l0_s38 WHERE `_a41` IS NOT NULL AND NOT (`_rl0_57` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('visit_hours' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c5` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40023 AS `_order`
FROM l0_s38 WHERE `_a5` IS NOT NULL AND NOT (`_rl0_11` AND TRUE)
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('library' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50001 AS `_order`
FROM l0_s38 WHERE `_rl0_1` AND `_xl0_2` IS NULL AND NOT (`c1` <> '' AND `_a1` IS NULL) AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('frequency' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50002 AS `_order`
FROM l0_s38 WHERE `_rl0_3` AND `_xl0_4` IS NULL AND NOT (`c2` <> '' AND `_a2` IS NULL) AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('last_visit' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50003 AS `_order`
FROM l0_s38 WHERE `_rl0_6` AND `_xl0_7` IS NULL AND NOT (`c3` <> '' AND `_a3` IS NULL) AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('services' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50004 AS `_order`
FROM l0_s38 WHERE `_rl0_14` AND `_xl0_15` IS NULL AND NOT ((`c7` NOT IN ('', '0', '1') OR `c8` NOT IN ('', '0', '1') OR `c9` NOT IN ('', '0', '1') OR `c10` NOT IN ('', '0', '1') OR `c11` NOT IN ('', '0', '1') OR `c12` NOT IN ('', '0', '1') OR `c13` NOT IN ('', '0', '1') OR `c14` NOT IN ('', '0', '1')) OR ((CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) < 8) OR (((CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c7` = '1' THEN 1 ELSE 0 END + CASE WHEN `c8` = '1' THEN 1 ELSE 0 END + CASE WHEN `c9` = '1' THEN 1 ELSE 0 END + CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END) > 0) AND FALSE)) AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_opening_hours' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50005 AS `_order`
FROM l0_s38 WHERE `_rl0_30` AND `_xl0_31` IS NULL AND NOT (`c27` <> '' AND `_a27` IS NULL) AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_collection' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50006 AS `_order`
FROM l0_s38 WHERE `_rl0_30` AND `_xl0_32` IS NULL AND NOT (`c28` <> '' AND `_a28` IS NULL) AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_staff_service' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50007 AS `_order`
FROM l0_s38 WHERE `_rl0_30` AND `_xl0_33` IS NULL AND NOT (`c29` <> '' AND `_a29` IS NULL) AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_premises' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50008 AS `_order`
FROM l0_s38 WHERE `_rl0_30` AND `_xl0_34` IS NULL AND NOT (`c30` <> '' AND `_a30` IS NULL) AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_events' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50009 AS `_order`
FROM l0_s38 WHERE `_rl0_30` AND `_xl0_35` IS NULL AND NOT (`c31` <> '' AND `_a31` IS NULL) AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('satisfaction_online_services' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50010 AS `_order`
FROM l0_s38 WHERE `_rl0_30` AND `_xl0_36` IS NULL AND NOT (`c32` <> '' AND `_a32` IS NULL) AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('recommend' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50011 AS `_order`
FROM l0_s38 WHERE `_rl0_40` AND `_xl0_41` IS NULL AND NOT (`c34` <> '' AND `_a34` IS NULL) AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('last_visit' AS STRING) AS `variable`, CAST('QD6007' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c3` AS STRING) AS `value`, CAST('fails its check last_visit <= today()' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 60001 AS `_order`
FROM l0_s38 WHERE `_cl0_8` AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('last_visit' AS STRING) AS `variable`, CAST('QD6007' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c3` AS STRING) AS `value`, CAST('fails its check today() - last_visit <= 366' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 60002 AS `_order`
FROM l0_s38 WHERE `_cl0_9` AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('postcode' AS STRING) AS `variable`, CAST('QD6007' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c39` AS STRING) AS `value`, CAST('fails its check matches(postcode, "\\\\d{{5}}")' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 60003 AS `_order`
FROM l0_s38 WHERE `_cl0_55` AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('days_since_visit' AS STRING) AS `variable`, CAST('QD6009' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c4` AS STRING) AS `value`, CAST('the instrument computes another value from the answers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 70004 AS `_order`
FROM l0_s38 WHERE (`c4` = '' OR (`c4` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_10` = floor(`_xl0_10`) AND abs(`_xl0_10`) < 1e15 THEN CAST(CAST(`_xl0_10` AS BIGINT) AS STRING) ELSE CAST(`_xl0_10` AS STRING) END, '') <> `c4` AND TRUE AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('visit_minutes' AS STRING) AS `variable`, CAST('QD6009' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c6` AS STRING) AS `value`, CAST('the instrument computes another value from the answers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 70006 AS `_order`
FROM l0_s38 WHERE (`c6` = '' OR (`c6` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_13` = floor(`_xl0_13`) AND abs(`_xl0_13`) < 1e15 THEN CAST(CAST(`_xl0_13` AS BIGINT) AS STRING) ELSE CAST(`_xl0_13` AS STRING) END, '') <> `c6` AND TRUE AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('loans_total' AS STRING) AS `variable`, CAST('QD6009' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c26` AS STRING) AS `value`, CAST('the instrument computes another value from the answers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 70026 AS `_order`
FROM l0_s38 WHERE (`c26` = '' OR (`c26` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_29` = floor(`_xl0_29`) AND abs(`_xl0_29`) < 1e15 THEN CAST(CAST(`_xl0_29` AS BIGINT) AS STRING) ELSE CAST(`_xl0_29` AS STRING) END, '') <> `c26` AND TRUE AND TRUE
UNION ALL
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('capital_region' AS STRING) AS `variable`, CAST('QD6009' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c40` AS STRING) AS `value`, CAST('the instrument computes another value from the answers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 70040 AS `_order`
FROM l0_s38 WHERE (`c40` = '' OR `c40` IN ('0', '1')) AND COALESCE(CASE WHEN `_xl0_56` THEN '1' ELSE '0' END, '') <> `c40` AND TRUE AND TRUE;

-- The findings, in validate-data's order: by level, by row, then within a row duplicate key, cells, routing, checks, calculates.
CREATE VIEW findings AS SELECT `file`, `line`, `level`, `record_id`, `iteration`, `variable`, `rule`, `severity`, `value`, `message`, `cause` FROM qdsl_findings ORDER BY `_level`, `_row`, `_order`;

SELECT * FROM findings;
