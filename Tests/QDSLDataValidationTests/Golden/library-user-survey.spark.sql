-- library_user_survey: the data rules of `qdsl validate-data` as SQL (spark), written by `qdsl compile --target sql`.
-- Run this file on an empty database, load each data file with its statement below, then query the view
-- `findings` (in the order validate-data reports; not selected here, as Spark plans a view
-- again at each query; run the two SETs below in the session that queries it).
-- Every cell is loaded as text, so that a faulty file loads and its faults are found.
-- Load the data files (one statement per level):
--   INSERT INTO `library_user_survey` SELECT monotonically_increasing_id(), * FROM csv.`library-user-survey.csv` -- with the reader's header option on (spark.read.option('header', True))
-- Not checked in SQL: the header (QD6001, QD6002: the load statement refuses an unknown column and leaves a missing one empty) and the file's syntax (QD6013).

-- Settings of the session (run them again in the session that queries `findings`): the analyzer's passes for the
-- long chain of steps, and no CollapseProject, which inlines every step's columns into the next.
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

-- The findings, in validate-data's order: by level, by row, then within a row duplicate key, cells, routing, checks, calculates.
-- A step read twice (by a repeat's iterations and back in its parent) has a column `_once_STEP`, rand(0), never read:
-- Spark then computes that step once, instead of copying every step before it into each of its readers.
CREATE VIEW findings AS
WITH
qdsl_findings AS (
SELECT CAST('library_user_survey' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, `_fs`.`variable` AS `variable`, `_fs`.`rule` AS `rule`, `_fs`.`severity` AS `severity`, `_fs`.`value` AS `value`, `_fs`.`message` AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, `_fs`.`ord` AS `_order`
FROM (
  SELECT *,
    CASE WHEN `_rl0_57` THEN `_a41` END AS `_xl0_58`
  FROM (
  SELECT *,
    (`_rl0_53` AND `_xl0_54` IS NOT NULL AND NOT COALESCE(COALESCE((`_xl0_54` RLIKE '^([0-9]{5})$'), FALSE), FALSE)) AS `_cl0_55`,
    CASE WHEN TRUE THEN COALESCE((`_xl0_54` RLIKE '^(0[0-2][0-9]{3})$'), FALSE) END AS `_xl0_56`,
    TRUE AS `_rl0_57`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_53` THEN `_a39` END AS `_xl0_54`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_51` THEN CASE WHEN (CASE `_a38` WHEN 1 THEN (COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 2 THEN (COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 3 THEN (COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 4 THEN (COALESCE(COALESCE((CAST(2 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 5 THEN (COALESCE(COALESCE((CAST(2 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 6 THEN (COALESCE(COALESCE((CAST(3 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) WHEN 7 THEN (COALESCE(COALESCE((CAST(3 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) ELSE FALSE END) THEN `_a38` END END AS `_xl0_52`,
    TRUE AS `_rl0_53`
  FROM (
  SELECT *,
    (TRUE AND `_bl0_50` AND ((COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(1 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(2 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(2 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(3 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)) OR (COALESCE(COALESCE((CAST(3 AS BIGINT)) = (`_xl0_49`), FALSE), FALSE)))) AS `_rl0_51`
  FROM (
  SELECT *,
    COALESCE((COALESCE((`_xl0_49`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl0_49`) = (CAST(2 AS BIGINT)), FALSE) OR COALESCE((`_xl0_49`) = (CAST(3 AS BIGINT)), FALSE)), FALSE) AS `_bl0_50`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_48` THEN `_a37` END AS `_xl0_49`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_46` THEN `_a36` END AS `_xl0_47`,
    TRUE AS `_rl0_48`
  FROM (
  SELECT *,
    TRUE AND NOT `_bl0_42` AND `_bl0_45` AS `_rl0_46`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_43` THEN `_a35` END AS `_xl0_44`,
    COALESCE((COALESCE((`_xl0_41`) = (CAST(9 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(10 AS DOUBLE)), FALSE)), FALSE) AS `_bl0_45`
  FROM (
  SELECT *,
    TRUE AND `_bl0_42` AS `_rl0_43`
  FROM (
  SELECT *,
    COALESCE((COALESCE((`_xl0_41`) = (CAST(0 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(1 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(2 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(3 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(4 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(5 AS DOUBLE)), FALSE) OR COALESCE((`_xl0_41`) = (CAST(6 AS DOUBLE)), FALSE)), FALSE) AS `_bl0_42`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_40` THEN `_a34` END AS `_xl0_41`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_38` THEN `_a33` END AS `_xl0_39`,
    TRUE AS `_rl0_40`
  FROM (
  SELECT *,
    TRUE AND `_bl0_37` AS `_rl0_38`
  FROM (
  SELECT *,
    COALESCE((COALESCE((`_xl0_31`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl0_31`) = (CAST(2 AS BIGINT)), FALSE)), FALSE) AS `_bl0_37`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_30` THEN `_a27` END AS `_xl0_31`,
    CASE WHEN `_rl0_30` THEN `_a28` END AS `_xl0_32`,
    CASE WHEN `_rl0_30` THEN `_a29` END AS `_xl0_33`,
    CASE WHEN `_rl0_30` THEN `_a30` END AS `_xl0_34`,
    CASE WHEN `_rl0_30` THEN `_a31` END AS `_xl0_35`,
    CASE WHEN `_rl0_30` THEN `_a32` END AS `_xl0_36`
  FROM (
  SELECT *,
    CASE WHEN TRUE THEN ((COALESCE(`_xl0_26`, CAST(0 AS DOUBLE))) + (COALESCE(`_xl0_28`, CAST(0 AS DOUBLE)))) END AS `_xl0_29`,
    TRUE AS `_rl0_30`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_27` THEN `_a25` END AS `_xl0_28`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_25` THEN `_a24` END AS `_xl0_26`,
    TRUE AS `_rl0_27`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_23` THEN `_n17` END AS `_xl0_24`,
    TRUE AS `_rl0_25`
  FROM (
  SELECT *,
    TRUE AND NOT `_bl0_5` AND `_bl0_22` AS `_rl0_23`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_20` THEN `_a16` END AS `_xl0_21`,
    COALESCE((COALESCE((`_xl0_4`) = (CAST(4 AS BIGINT)), FALSE) OR COALESCE((`_xl0_4`) = (CAST(5 AS BIGINT)), FALSE)), FALSE) AS `_bl0_22`
  FROM (
  SELECT *,
    TRUE AND `_bl0_5` AND `_bl0_19` AS `_rl0_20`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_17` THEN `_a15` END AS `_xl0_18`,
    COALESCE((COALESCE(COALESCE((`_xl0_2`) = (CAST(1 AS BIGINT)), FALSE), FALSE) AND COALESCE(COALESCE((`_xl0_7`) >= (CASE WHEN ((CAST('2024-01-08' AS STRING) RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(CAST('2024-01-08' AS STRING), 1, 4) <> '0000' AND try_cast(CAST('2024-01-08' AS STRING) AS DATE) IS NOT NULL) THEN try_cast(CAST('2024-01-08' AS STRING) AS DATE) END), FALSE), FALSE)), FALSE) AS `_bl0_19`
  FROM (
  SELECT *,
    TRUE AND `_bl0_5` AND `_bl0_16` AS `_rl0_17`
  FROM (
  SELECT *,
    COALESCE((`_xl0_15` IS NOT NULL AND (`c11` = '1' AND TRUE)), FALSE) AS `_bl0_16`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_14` THEN CASE WHEN `_n7` IS NOT NULL THEN CAST(NULLIF(CASE WHEN (`c7` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c8` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c9` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c10` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c11` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c12` = '1' AND (COALESCE(COALESCE((`_xl0_2`) = (CAST(1 AS BIGINT)), FALSE), FALSE))) THEN 1 ELSE 0 END + CASE WHEN (`c13` = '1' AND TRUE) THEN 1 ELSE 0 END + CASE WHEN (`c14` = '1' AND TRUE) THEN 1 ELSE 0 END, 0) AS DOUBLE) END END AS `_xl0_15`
  FROM (
  SELECT *,
    CASE WHEN TRUE AND `_bl0_5` THEN (sign(((`_xl0_12`) * (CAST(60 AS DOUBLE)))) * floor(abs(((`_xl0_12`) * (CAST(60 AS DOUBLE)))) + 0.5)) END AS `_xl0_13`,
    (TRUE AND `_bl0_5` AND (TRUE OR TRUE OR TRUE OR TRUE OR TRUE OR (COALESCE(COALESCE((`_xl0_2`) = (CAST(1 AS BIGINT)), FALSE), FALSE)) OR TRUE OR TRUE)) AS `_rl0_14`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_11` THEN `_a5` END AS `_xl0_12`
  FROM (
  SELECT *,
    (`_rl0_6` AND `_xl0_7` IS NOT NULL AND NOT COALESCE(COALESCE((`_xl0_7`) <= (`_today`), FALSE), FALSE)) AS `_cl0_8`,
    (`_rl0_6` AND `_xl0_7` IS NOT NULL AND NOT COALESCE(COALESCE((CAST(datediff(`_today`, `_xl0_7`) AS DOUBLE)) <= (CAST(366 AS DOUBLE)), FALSE), FALSE)) AS `_cl0_9`,
    CASE WHEN TRUE AND `_bl0_5` THEN CAST(datediff(`_today`, `_xl0_7`) AS DOUBLE) END AS `_xl0_10`,
    TRUE AND `_bl0_5` AS `_rl0_11`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_6` THEN `_a3` END AS `_xl0_7`
  FROM (
  SELECT *,
    TRUE AND `_bl0_5` AS `_rl0_6`
  FROM (
  SELECT *,
    COALESCE((COALESCE(COALESCE((`_xl0_2`) <> (CAST(4 AS BIGINT)), FALSE), FALSE) AND COALESCE((COALESCE((`_xl0_4`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl0_4`) = (CAST(2 AS BIGINT)), FALSE) OR COALESCE((`_xl0_4`) = (CAST(3 AS BIGINT)), FALSE)), FALSE)), FALSE) AS `_bl0_5`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_3` THEN `_a2` END AS `_xl0_4`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_1` THEN `_a1` END AS `_xl0_2`,
    TRUE AS `_rl0_3`
  FROM (
  SELECT *,
    TRUE AS `_rl0_1`
  FROM (
  SELECT *, `_row` AS `_rec`, `_seen` = 1 AS `_first` FROM (
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
  FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY `c0`, TRUE ORDER BY `_row`) AS `_seen`,
    FALSE AS `_orphan`, TRUE AS `_keysok`
  FROM (
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
  FROM `library_user_survey`) r) l0_keys) l0_s1) l0_m) l0_s2) l0_s3) l0_s4) l0_s5) l0_s6) l0_s7) l0_s8) l0_s9) l0_s10) l0_s11) l0_s12) l0_s13) l0_s14) l0_s15) l0_s16) l0_s17) l0_s18) l0_s19) l0_s20) l0_s21) l0_s22) l0_s23) l0_s24) l0_s25) l0_s26) l0_s27) l0_s28) l0_s29) l0_s30) l0_s31) l0_s32) l0_s33) l0_s34) l0_s35) l0_s36) l0_s37) l0_s38
LATERAL VIEW inline(filter(array(
  named_struct('hit', `_seen` > 1, 'variable', 'record_id', 'rule', 'QD6010', 'severity', 'error', 'value', CAST(`c0` AS STRING), 'message', 'this record id is used by an earlier row', 'ord', 10000),
  named_struct('hit', `c1` <> '' AND NOT ((`c1` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'library', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c1` AS STRING), 'message', 'not a value of this type', 'ord', 20001),
  named_struct('hit', `c1` <> '' AND ((`c1` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c1` AS BIGINT) IN (1, 2, 3, 4), FALSE), 'variable', 'library', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c1` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20001),
  named_struct('hit', `c2` <> '' AND NOT ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'frequency', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'not a value of this type', 'ord', 20002),
  named_struct('hit', `c2` <> '' AND ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c2` AS BIGINT) IN (1, 2, 3, 4, 5), FALSE), 'variable', 'frequency', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20002),
  named_struct('hit', `c3` <> '' AND NOT (TRUE), 'variable', 'last_visit', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not a value of this type', 'ord', 20003),
  named_struct('hit', `c3` <> '' AND (TRUE) AND NOT COALESCE(((`c3` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(`c3`, 1, 4) <> '0000' AND try_cast(`c3` AS DATE) IS NOT NULL), FALSE), 'variable', 'last_visit', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20003),
  named_struct('hit', `c4` <> '' AND NOT ((`c4` RLIKE '^(-*[0-9]+)$')), 'variable', 'days_since_visit', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20004),
  named_struct('hit', `c5` <> '' AND NOT ((`c5` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')), 'variable', 'visit_hours', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not a value of this type', 'ord', 20005),
  named_struct('hit', `c5` <> '' AND ((`c5` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c5` AS DOUBLE) IS NOT NULL AND try_cast(`c5` AS DOUBLE) >= 0.25 AND try_cast(`c5` AS DOUBLE) <= 12, FALSE), 'variable', 'visit_hours', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20005),
  named_struct('hit', `c6` <> '' AND NOT ((`c6` RLIKE '^(-*[0-9]+)$')), 'variable', 'visit_minutes', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c6` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20006),
  named_struct('hit', `c7` NOT IN ('', '0', '1'), 'variable', 'services_1', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c7` AS STRING), 'message', 'not a value of this column', 'ord', 20007),
  named_struct('hit', `c8` NOT IN ('', '0', '1'), 'variable', 'services_2', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c8` AS STRING), 'message', 'not a value of this column', 'ord', 20008),
  named_struct('hit', `c9` NOT IN ('', '0', '1'), 'variable', 'services_3', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c9` AS STRING), 'message', 'not a value of this column', 'ord', 20009),
  named_struct('hit', `c10` NOT IN ('', '0', '1'), 'variable', 'services_4', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c10` AS STRING), 'message', 'not a value of this column', 'ord', 20010),
  named_struct('hit', `c11` NOT IN ('', '0', '1'), 'variable', 'services_5', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c11` AS STRING), 'message', 'not a value of this column', 'ord', 20011),
  named_struct('hit', `c12` NOT IN ('', '0', '1'), 'variable', 'services_6', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c12` AS STRING), 'message', 'not a value of this column', 'ord', 20012),
  named_struct('hit', `c13` NOT IN ('', '0', '1'), 'variable', 'services_7', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c13` AS STRING), 'message', 'not a value of this column', 'ord', 20013),
  named_struct('hit', `c14` NOT IN ('', '0', '1'), 'variable', 'services_8', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c14` AS STRING), 'message', 'not a value of this column', 'ord', 20014),
  named_struct('hit', `c15` <> '' AND NOT (TRUE), 'variable', 'event_name', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c15` AS STRING), 'message', 'not a value of this type', 'ord', 20015),
  named_struct('hit', `c15` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c15`) <= 200, FALSE), 'variable', 'event_name', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c15` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20015),
  named_struct('hit', `c16` <> '' AND NOT (TRUE), 'variable', 'renovation_feedback', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c16` AS STRING), 'message', 'not a value of this type', 'ord', 20016),
  named_struct('hit', `c16` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c16`) <= 500, FALSE), 'variable', 'renovation_feedback', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c16` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20016),
  named_struct('hit', `c17` NOT IN ('', '0', '1'), 'variable', 'non_visit_reasons_1', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c17` AS STRING), 'message', 'not a value of this column', 'ord', 20017),
  named_struct('hit', `c18` NOT IN ('', '0', '1'), 'variable', 'non_visit_reasons_2', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c18` AS STRING), 'message', 'not a value of this column', 'ord', 20018),
  named_struct('hit', `c19` NOT IN ('', '0', '1'), 'variable', 'non_visit_reasons_3', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c19` AS STRING), 'message', 'not a value of this column', 'ord', 20019),
  named_struct('hit', `c20` NOT IN ('', '0', '1'), 'variable', 'non_visit_reasons_4', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c20` AS STRING), 'message', 'not a value of this column', 'ord', 20020),
  named_struct('hit', `c21` NOT IN ('', '0', '1'), 'variable', 'non_visit_reasons_5', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c21` AS STRING), 'message', 'not a value of this column', 'ord', 20021),
  named_struct('hit', `c22` NOT IN ('', '0', '1'), 'variable', 'non_visit_reasons_6', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c22` AS STRING), 'message', 'not a value of this column', 'ord', 20022),
  named_struct('hit', `c23` NOT IN ('', '0', '1'), 'variable', 'non_visit_reasons_7', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c23` AS STRING), 'message', 'not a value of this column', 'ord', 20023),
  named_struct('hit', `c24` <> '' AND NOT ((`c24` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')), 'variable', 'loans_print', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c24` AS STRING), 'message', 'not a value of this type', 'ord', 20024),
  named_struct('hit', `c24` <> '' AND ((`c24` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c24` AS DOUBLE) = floor(try_cast(`c24` AS DOUBLE)) AND abs(try_cast(`c24` AS DOUBLE)) < 9.2e18 AND try_cast(`c24` AS DOUBLE) >= 0 AND try_cast(`c24` AS DOUBLE) <= 200, FALSE), 'variable', 'loans_print', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c24` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20024),
  named_struct('hit', `c25` <> '' AND NOT ((`c25` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')), 'variable', 'loans_digital', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c25` AS STRING), 'message', 'not a value of this type', 'ord', 20025),
  named_struct('hit', `c25` <> '' AND ((`c25` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c25` AS DOUBLE) = floor(try_cast(`c25` AS DOUBLE)) AND abs(try_cast(`c25` AS DOUBLE)) < 9.2e18 AND try_cast(`c25` AS DOUBLE) >= 0 AND try_cast(`c25` AS DOUBLE) <= 200, FALSE), 'variable', 'loans_digital', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c25` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20025),
  named_struct('hit', `c26` <> '' AND NOT ((`c26` RLIKE '^(-*[0-9]+)$')), 'variable', 'loans_total', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c26` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20026),
  named_struct('hit', `c27` <> '' AND NOT ((`c27` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'satisfaction_opening_hours', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c27` AS STRING), 'message', 'not a value of this type', 'ord', 20027),
  named_struct('hit', `c27` <> '' AND ((`c27` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c27` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE), 'variable', 'satisfaction_opening_hours', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c27` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20027),
  named_struct('hit', `c28` <> '' AND NOT ((`c28` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'satisfaction_collection', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c28` AS STRING), 'message', 'not a value of this type', 'ord', 20028),
  named_struct('hit', `c28` <> '' AND ((`c28` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c28` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE), 'variable', 'satisfaction_collection', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c28` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20028),
  named_struct('hit', `c29` <> '' AND NOT ((`c29` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'satisfaction_staff_service', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c29` AS STRING), 'message', 'not a value of this type', 'ord', 20029),
  named_struct('hit', `c29` <> '' AND ((`c29` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c29` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE), 'variable', 'satisfaction_staff_service', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c29` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20029),
  named_struct('hit', `c30` <> '' AND NOT ((`c30` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'satisfaction_premises', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c30` AS STRING), 'message', 'not a value of this type', 'ord', 20030),
  named_struct('hit', `c30` <> '' AND ((`c30` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c30` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE), 'variable', 'satisfaction_premises', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c30` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20030),
  named_struct('hit', `c31` <> '' AND NOT ((`c31` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'satisfaction_events', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c31` AS STRING), 'message', 'not a value of this type', 'ord', 20031),
  named_struct('hit', `c31` <> '' AND ((`c31` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c31` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE), 'variable', 'satisfaction_events', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c31` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20031),
  named_struct('hit', `c32` <> '' AND NOT ((`c32` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'satisfaction_online_services', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c32` AS STRING), 'message', 'not a value of this type', 'ord', 20032),
  named_struct('hit', `c32` <> '' AND ((`c32` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c32` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE), 'variable', 'satisfaction_online_services', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c32` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20032),
  named_struct('hit', `c33` <> '' AND NOT (TRUE), 'variable', 'preferred_hours', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c33` AS STRING), 'message', 'not a value of this type', 'ord', 20033),
  named_struct('hit', `c33` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c33`) <= 300, FALSE), 'variable', 'preferred_hours', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c33` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20033),
  named_struct('hit', `c34` <> '' AND NOT ((`c34` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')), 'variable', 'recommend', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c34` AS STRING), 'message', 'not a value of this type', 'ord', 20034),
  named_struct('hit', `c34` <> '' AND ((`c34` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c34` AS DOUBLE) = floor(try_cast(`c34` AS DOUBLE)) AND abs(try_cast(`c34` AS DOUBLE)) < 9.2e18 AND try_cast(`c34` AS DOUBLE) >= 0 AND try_cast(`c34` AS DOUBLE) <= 10, FALSE), 'variable', 'recommend', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c34` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20034),
  named_struct('hit', `c35` <> '' AND NOT (TRUE), 'variable', 'improvement', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c35` AS STRING), 'message', 'not a value of this type', 'ord', 20035),
  named_struct('hit', `c35` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c35`) <= 1000, FALSE), 'variable', 'improvement', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c35` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20035),
  named_struct('hit', `c36` <> '' AND NOT (TRUE), 'variable', 'best_thing', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c36` AS STRING), 'message', 'not a value of this type', 'ord', 20036),
  named_struct('hit', `c36` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c36`) <= 1000, FALSE), 'variable', 'best_thing', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c36` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20036),
  named_struct('hit', `c37` <> '' AND NOT ((`c37` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'home_region', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c37` AS STRING), 'message', 'not a value of this type', 'ord', 20037),
  named_struct('hit', `c37` <> '' AND ((`c37` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c37` AS BIGINT) IN (1, 2, 3, 4), FALSE), 'variable', 'home_region', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c37` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20037),
  named_struct('hit', `c38` <> '' AND NOT ((`c38` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'home_municipality', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c38` AS STRING), 'message', 'not a value of this type', 'ord', 20038),
  named_struct('hit', `c38` <> '' AND ((`c38` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c38` AS BIGINT) IN (1, 2, 3, 4, 5, 6, 7), FALSE), 'variable', 'home_municipality', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c38` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20038),
  named_struct('hit', `c39` <> '' AND NOT (TRUE), 'variable', 'postcode', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c39` AS STRING), 'message', 'not a value of this type', 'ord', 20039),
  named_struct('hit', `c39` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c39`) <= 5, FALSE), 'variable', 'postcode', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c39` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20039),
  named_struct('hit', `c40` <> '' AND NOT (`c40` IN ('0', '1')), 'variable', 'capital_region', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c40` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20040),
  named_struct('hit', `c41` <> '' AND NOT (TRUE), 'variable', 'suggestions', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c41` AS STRING), 'message', 'not a value of this type', 'ord', 20041),
  named_struct('hit', `c41` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c41`) <= 1000, FALSE), 'variable', 'suggestions', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c41` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20041),
  named_struct('hit', (CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) < 8, 'variable', 'services', 'rule', 'QD6003', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'some of the question''s columns are empty', 'ord', 30007),
  named_struct('hit', ((CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c7` = '1' THEN 1 ELSE 0 END + CASE WHEN `c8` = '1' THEN 1 ELSE 0 END + CASE WHEN `c9` = '1' THEN 1 ELSE 0 END + CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END) > 0) AND FALSE, 'variable', 'services', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(concat_ws(' ', CASE WHEN `c7` = '1' THEN '1' END, CASE WHEN `c8` = '1' THEN '2' END, CASE WHEN `c9` = '1' THEN '3' END, CASE WHEN `c10` = '1' THEN '4' END, CASE WHEN `c11` = '1' THEN '5' END, CASE WHEN `c12` = '1' THEN '6' END, CASE WHEN `c13` = '1' THEN '7' END, CASE WHEN `c14` = '1' THEN '8' END) AS STRING), 'message', 'not an answer the question accepts: exclusiveWithOthers', 'ord', 30007),
  named_struct('hit', (CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END) < 7, 'variable', 'non_visit_reasons', 'rule', 'QD6003', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'some of the question''s columns are empty', 'ord', 30017),
  named_struct('hit', ((CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END) > 0) AND FALSE, 'variable', 'non_visit_reasons', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(concat_ws(' ', CASE WHEN `c17` = '1' THEN '1' END, CASE WHEN `c18` = '1' THEN '2' END, CASE WHEN `c19` = '1' THEN '3' END, CASE WHEN `c20` = '1' THEN '4' END, CASE WHEN `c21` = '1' THEN '5' END, CASE WHEN `c22` = '1' THEN '6' END, CASE WHEN `c23` = '1' THEN '7' END) AS STRING), 'message', 'not an answer the question accepts: exclusiveWithOthers', 'ord', 30017),
  named_struct('hit', `_a36` IS NOT NULL AND NOT (`_rl0_46` AND TRUE), 'variable', 'best_thing', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c36` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40000),
  named_struct('hit', `_a15` IS NOT NULL AND NOT (`_rl0_17` AND TRUE), 'variable', 'event_name', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c15` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40001),
  named_struct('hit', `_a2` IS NOT NULL AND NOT (`_rl0_3` AND TRUE), 'variable', 'frequency', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40002),
  named_struct('hit', `_a38` IS NOT NULL AND NOT (`_rl0_51` AND TRUE), 'variable', 'home_municipality', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c38` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40003),
  named_struct('hit', `_a37` IS NOT NULL AND NOT (`_rl0_48` AND TRUE), 'variable', 'home_region', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c37` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40004),
  named_struct('hit', `_a35` IS NOT NULL AND NOT (`_rl0_43` AND TRUE), 'variable', 'improvement', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c35` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40005),
  named_struct('hit', `_a3` IS NOT NULL AND NOT (`_rl0_6` AND TRUE), 'variable', 'last_visit', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40006),
  named_struct('hit', `_a1` IS NOT NULL AND NOT (`_rl0_1` AND TRUE), 'variable', 'library', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c1` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40007),
  named_struct('hit', `_a25` IS NOT NULL AND NOT (`_rl0_27` AND TRUE), 'variable', 'loans_digital', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c25` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40008),
  named_struct('hit', `_a24` IS NOT NULL AND NOT (`_rl0_25` AND TRUE), 'variable', 'loans_print', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c24` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40009),
  named_struct('hit', `_g17` AND NOT (`_rl0_23` AND TRUE), 'variable', 'non_visit_reasons', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(concat_ws(' ', CASE WHEN `c17` = '1' THEN '1' END, CASE WHEN `c18` = '1' THEN '2' END, CASE WHEN `c19` = '1' THEN '3' END, CASE WHEN `c20` = '1' THEN '4' END, CASE WHEN `c21` = '1' THEN '5' END, CASE WHEN `c22` = '1' THEN '6' END, CASE WHEN `c23` = '1' THEN '7' END) AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40010),
  named_struct('hit', `_a39` IS NOT NULL AND NOT (`_rl0_53` AND TRUE), 'variable', 'postcode', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c39` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40011),
  named_struct('hit', `_a33` IS NOT NULL AND NOT (`_rl0_38` AND TRUE), 'variable', 'preferred_hours', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c33` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40012),
  named_struct('hit', `_a34` IS NOT NULL AND NOT (`_rl0_40` AND TRUE), 'variable', 'recommend', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c34` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40013),
  named_struct('hit', `_a16` IS NOT NULL AND NOT (`_rl0_20` AND TRUE), 'variable', 'renovation_feedback', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c16` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40014),
  named_struct('hit', `_a28` IS NOT NULL AND NOT (`_rl0_30` AND TRUE), 'variable', 'satisfaction_collection', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c28` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40015),
  named_struct('hit', `_a31` IS NOT NULL AND NOT (`_rl0_30` AND TRUE), 'variable', 'satisfaction_events', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c31` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40016),
  named_struct('hit', `_a32` IS NOT NULL AND NOT (`_rl0_30` AND TRUE), 'variable', 'satisfaction_online_services', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c32` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40017),
  named_struct('hit', `_a27` IS NOT NULL AND NOT (`_rl0_30` AND TRUE), 'variable', 'satisfaction_opening_hours', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c27` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40018),
  named_struct('hit', `_a30` IS NOT NULL AND NOT (`_rl0_30` AND TRUE), 'variable', 'satisfaction_premises', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c30` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40019),
  named_struct('hit', `_a29` IS NOT NULL AND NOT (`_rl0_30` AND TRUE), 'variable', 'satisfaction_staff_service', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c29` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40020),
  named_struct('hit', `_g7` AND NOT (`_rl0_14` AND TRUE), 'variable', 'services', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(concat_ws(' ', CASE WHEN `c7` = '1' THEN '1' END, CASE WHEN `c8` = '1' THEN '2' END, CASE WHEN `c9` = '1' THEN '3' END, CASE WHEN `c10` = '1' THEN '4' END, CASE WHEN `c11` = '1' THEN '5' END, CASE WHEN `c12` = '1' THEN '6' END, CASE WHEN `c13` = '1' THEN '7' END, CASE WHEN `c14` = '1' THEN '8' END) AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40021),
  named_struct('hit', `_a41` IS NOT NULL AND NOT (`_rl0_57` AND TRUE), 'variable', 'suggestions', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c41` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40022),
  named_struct('hit', `_a5` IS NOT NULL AND NOT (`_rl0_11` AND TRUE), 'variable', 'visit_hours', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40023),
  named_struct('hit', `_rl0_1` AND `_xl0_2` IS NULL AND NOT (`c1` <> '' AND `_a1` IS NULL) AND TRUE, 'variable', 'library', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50001),
  named_struct('hit', `_rl0_3` AND `_xl0_4` IS NULL AND NOT (`c2` <> '' AND `_a2` IS NULL) AND TRUE, 'variable', 'frequency', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50002),
  named_struct('hit', `_rl0_6` AND `_xl0_7` IS NULL AND NOT (`c3` <> '' AND `_a3` IS NULL) AND TRUE, 'variable', 'last_visit', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50003),
  named_struct('hit', `_rl0_14` AND `_xl0_15` IS NULL AND NOT ((`c7` NOT IN ('', '0', '1') OR `c8` NOT IN ('', '0', '1') OR `c9` NOT IN ('', '0', '1') OR `c10` NOT IN ('', '0', '1') OR `c11` NOT IN ('', '0', '1') OR `c12` NOT IN ('', '0', '1') OR `c13` NOT IN ('', '0', '1') OR `c14` NOT IN ('', '0', '1')) OR ((CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) < 8) OR (((CASE WHEN `c7` = '' THEN 1 ELSE 0 END + CASE WHEN `c8` = '' THEN 1 ELSE 0 END + CASE WHEN `c9` = '' THEN 1 ELSE 0 END + CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c7` = '1' THEN 1 ELSE 0 END + CASE WHEN `c8` = '1' THEN 1 ELSE 0 END + CASE WHEN `c9` = '1' THEN 1 ELSE 0 END + CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END) > 0) AND FALSE)) AND TRUE, 'variable', 'services', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50004),
  named_struct('hit', `_rl0_30` AND `_xl0_31` IS NULL AND NOT (`c27` <> '' AND `_a27` IS NULL) AND TRUE, 'variable', 'satisfaction_opening_hours', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50005),
  named_struct('hit', `_rl0_30` AND `_xl0_32` IS NULL AND NOT (`c28` <> '' AND `_a28` IS NULL) AND TRUE, 'variable', 'satisfaction_collection', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50006),
  named_struct('hit', `_rl0_30` AND `_xl0_33` IS NULL AND NOT (`c29` <> '' AND `_a29` IS NULL) AND TRUE, 'variable', 'satisfaction_staff_service', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50007),
  named_struct('hit', `_rl0_30` AND `_xl0_34` IS NULL AND NOT (`c30` <> '' AND `_a30` IS NULL) AND TRUE, 'variable', 'satisfaction_premises', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50008),
  named_struct('hit', `_rl0_30` AND `_xl0_35` IS NULL AND NOT (`c31` <> '' AND `_a31` IS NULL) AND TRUE, 'variable', 'satisfaction_events', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50009),
  named_struct('hit', `_rl0_30` AND `_xl0_36` IS NULL AND NOT (`c32` <> '' AND `_a32` IS NULL) AND TRUE, 'variable', 'satisfaction_online_services', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50010),
  named_struct('hit', `_rl0_40` AND `_xl0_41` IS NULL AND NOT (`c34` <> '' AND `_a34` IS NULL) AND TRUE, 'variable', 'recommend', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50011),
  named_struct('hit', `_cl0_8` AND TRUE, 'variable', 'last_visit', 'rule', 'QD6007', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'fails its check last_visit <= today()', 'ord', 60001),
  named_struct('hit', `_cl0_9` AND TRUE, 'variable', 'last_visit', 'rule', 'QD6007', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'fails its check today() - last_visit <= 366', 'ord', 60002),
  named_struct('hit', `_cl0_55` AND TRUE, 'variable', 'postcode', 'rule', 'QD6007', 'severity', 'error', 'value', CAST(`c39` AS STRING), 'message', 'fails its check matches(postcode, "\\\\d{{5}}")', 'ord', 60003),
  named_struct('hit', (`c4` = '' OR (`c4` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_10` = floor(`_xl0_10`) AND abs(`_xl0_10`) < 1e15 THEN CAST(CAST(`_xl0_10` AS BIGINT) AS STRING) ELSE CAST(`_xl0_10` AS STRING) END, '') <> `c4` AND TRUE AND TRUE, 'variable', 'days_since_visit', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70004),
  named_struct('hit', (`c6` = '' OR (`c6` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_13` = floor(`_xl0_13`) AND abs(`_xl0_13`) < 1e15 THEN CAST(CAST(`_xl0_13` AS BIGINT) AS STRING) ELSE CAST(`_xl0_13` AS STRING) END, '') <> `c6` AND TRUE AND TRUE, 'variable', 'visit_minutes', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c6` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70006),
  named_struct('hit', (`c26` = '' OR (`c26` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_29` = floor(`_xl0_29`) AND abs(`_xl0_29`) < 1e15 THEN CAST(CAST(`_xl0_29` AS BIGINT) AS STRING) ELSE CAST(`_xl0_29` AS STRING) END, '') <> `c26` AND TRUE AND TRUE, 'variable', 'loans_total', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c26` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70026),
  named_struct('hit', (`c40` = '' OR `c40` IN ('0', '1')) AND COALESCE(CASE WHEN `_xl0_56` THEN '1' ELSE '0' END, '') <> `c40` AND TRUE AND TRUE, 'variable', 'capital_region', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c40` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70040)
), x -> x.hit)) `_fs`)
SELECT `file`, `line`, `level`, `record_id`, `iteration`, `variable`, `rule`, `severity`, `value`, `message`, `cause` FROM qdsl_findings ORDER BY `_level`, `_row`, `_order`;
