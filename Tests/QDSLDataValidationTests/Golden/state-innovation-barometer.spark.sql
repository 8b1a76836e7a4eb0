-- state_innovation_barometer: the data rules of `qdsl validate-data` as SQL (spark), written by `qdsl compile --target sql`.
-- Run this file on an empty database, load each data file with its statement below, then query the view
-- `findings` (the last statement of this file selects it, in the order validate-data reports).
-- Every cell is loaded as text, so that a faulty file loads and its faults are found.
-- Load the data files (one statement per level):
--   INSERT INTO `state_innovation_barometer` SELECT monotonically_increasing_id(), * FROM csv.`state-innovation-barometer.csv` -- with the reader's header option on (spark.read.option('header', True))
-- Not checked in SQL: the header (QD6001, QD6002: the load statement refuses an unknown column and leaves a missing one empty) and the file's syntax (QD6013).

SET spark.sql.analyzer.maxIterations = 10000;
SET spark.sql.optimizer.excludedRules = org.apache.spark.sql.catalyst.optimizer.CollapseProject;
CREATE TABLE `state_innovation_barometer` (
  `_row` BIGINT,
  `record_id` STRING,
  `org_name` STRING,
  `org_type` STRING,
  `org_type_other` STRING,
  `staff` STRING,
  `branch` STRING,
  `role` STRING,
  `role_other` STRING,
  `activity` STRING,
  `adopted` STRING,
  `kinds_1` STRING,
  `kinds_2` STRING,
  `kinds_3` STRING,
  `kinds_4` STRING,
  `kinds_5` STRING,
  `kinds_m1` STRING,
  `novelty` STRING,
  `motives_1` STRING,
  `motives_2` STRING,
  `motives_3` STRING,
  `motives_4` STRING,
  `motives_5` STRING,
  `motives_6` STRING,
  `motives_7` STRING,
  `motives_8` STRING,
  `motives_m1` STRING,
  `outcomes_1` STRING,
  `outcomes_2` STRING,
  `outcomes_3` STRING,
  `outcomes_4` STRING,
  `outcomes_5` STRING,
  `outcomes_6` STRING,
  `outcomes_m2` STRING,
  `adoption_plans` STRING,
  `partners_1` STRING,
  `partners_2` STRING,
  `partners_3` STRING,
  `partners_4` STRING,
  `partners_5` STRING,
  `partners_6` STRING,
  `partners_7` STRING,
  `partners_8` STRING,
  `partners_97` STRING,
  `cross_branch_projects` STRING,
  `support_1` STRING,
  `support_2` STRING,
  `support_3` STRING,
  `support_4` STRING,
  `support_5` STRING,
  `support_6` STRING,
  `support_7` STRING,
  `support_8` STRING,
  `support_97` STRING,
  `support_m1` STRING,
  `participants` STRING,
  `culture_experiments` STRING,
  `culture_risk_taking` STRING,
  `culture_management` STRING,
  `culture_across_agencies` STRING,
  `strategies_1` STRING,
  `strategies_2` STRING,
  `strategies_3` STRING,
  `strategies_4` STRING,
  `strategies_5` STRING,
  `strategies_6` STRING,
  `strategies_97` STRING,
  `strategies_m1` STRING,
  `strategy_year` STRING,
  `strategy_planned` STRING,
  `barriers_1` STRING,
  `barriers_2` STRING,
  `barriers_3` STRING,
  `barriers_4` STRING,
  `barriers_5` STRING,
  `barriers_6` STRING,
  `barriers_7` STRING,
  `barriers_8` STRING,
  `barriers_9` STRING,
  `barriers_10` STRING,
  `barriers_97` STRING,
  `barriers_m1` STRING,
  `comment` STRING
) USING parquet;
-- The date of today() and of the paradata a record lacks (validate-data's --today): update it to check as of another day.
CREATE TABLE qdsl_today USING parquet AS SELECT CURRENT_DATE AS today;

-- Each level's data with types, for analysis (a cell that is not a value of its type is NULL there and a finding below).
-- Key of state_innovation_barometer: record_id (unique once QD6010 finds nothing).
CREATE VIEW `state_innovation_barometer__typed` AS SELECT
  `record_id` AS `record_id`,
  `org_name` AS `org_name`,
  try_cast(`org_type` AS BIGINT) AS `org_type`,
  `org_type_other` AS `org_type_other`,
  try_cast(`staff` AS BIGINT) AS `staff`,
  try_cast(`branch` AS BIGINT) AS `branch`,
  try_cast(`role` AS BIGINT) AS `role`,
  `role_other` AS `role_other`,
  try_cast(`activity` AS BIGINT) AS `activity`,
  try_cast(`adopted` AS BIGINT) AS `adopted`,
  try_cast(`kinds_1` AS BIGINT) AS `kinds_1`,
  try_cast(`kinds_2` AS BIGINT) AS `kinds_2`,
  try_cast(`kinds_3` AS BIGINT) AS `kinds_3`,
  try_cast(`kinds_4` AS BIGINT) AS `kinds_4`,
  try_cast(`kinds_5` AS BIGINT) AS `kinds_5`,
  try_cast(`kinds_m1` AS BIGINT) AS `kinds_m1`,
  try_cast(`novelty` AS BIGINT) AS `novelty`,
  try_cast(`motives_1` AS BIGINT) AS `motives_1`,
  try_cast(`motives_2` AS BIGINT) AS `motives_2`,
  try_cast(`motives_3` AS BIGINT) AS `motives_3`,
  try_cast(`motives_4` AS BIGINT) AS `motives_4`,
  try_cast(`motives_5` AS BIGINT) AS `motives_5`,
  try_cast(`motives_6` AS BIGINT) AS `motives_6`,
  try_cast(`motives_7` AS BIGINT) AS `motives_7`,
  try_cast(`motives_8` AS BIGINT) AS `motives_8`,
  try_cast(`motives_m1` AS BIGINT) AS `motives_m1`,
  try_cast(`outcomes_1` AS BIGINT) AS `outcomes_1`,
  try_cast(`outcomes_2` AS BIGINT) AS `outcomes_2`,
  try_cast(`outcomes_3` AS BIGINT) AS `outcomes_3`,
  try_cast(`outcomes_4` AS BIGINT) AS `outcomes_4`,
  try_cast(`outcomes_5` AS BIGINT) AS `outcomes_5`,
  try_cast(`outcomes_6` AS BIGINT) AS `outcomes_6`,
  try_cast(`outcomes_m2` AS BIGINT) AS `outcomes_m2`,
  try_cast(`adoption_plans` AS BIGINT) AS `adoption_plans`,
  try_cast(`partners_1` AS BIGINT) AS `partners_1`,
  try_cast(`partners_2` AS BIGINT) AS `partners_2`,
  try_cast(`partners_3` AS BIGINT) AS `partners_3`,
  try_cast(`partners_4` AS BIGINT) AS `partners_4`,
  try_cast(`partners_5` AS BIGINT) AS `partners_5`,
  try_cast(`partners_6` AS BIGINT) AS `partners_6`,
  try_cast(`partners_7` AS BIGINT) AS `partners_7`,
  try_cast(`partners_8` AS BIGINT) AS `partners_8`,
  try_cast(`partners_97` AS BIGINT) AS `partners_97`,
  try_cast(`cross_branch_projects` AS BIGINT) AS `cross_branch_projects`,
  try_cast(`support_1` AS BIGINT) AS `support_1`,
  try_cast(`support_2` AS BIGINT) AS `support_2`,
  try_cast(`support_3` AS BIGINT) AS `support_3`,
  try_cast(`support_4` AS BIGINT) AS `support_4`,
  try_cast(`support_5` AS BIGINT) AS `support_5`,
  try_cast(`support_6` AS BIGINT) AS `support_6`,
  try_cast(`support_7` AS BIGINT) AS `support_7`,
  try_cast(`support_8` AS BIGINT) AS `support_8`,
  try_cast(`support_97` AS BIGINT) AS `support_97`,
  try_cast(`support_m1` AS BIGINT) AS `support_m1`,
  try_cast(`participants` AS BIGINT) AS `participants`,
  try_cast(`culture_experiments` AS BIGINT) AS `culture_experiments`,
  try_cast(`culture_risk_taking` AS BIGINT) AS `culture_risk_taking`,
  try_cast(`culture_management` AS BIGINT) AS `culture_management`,
  try_cast(`culture_across_agencies` AS BIGINT) AS `culture_across_agencies`,
  try_cast(`strategies_1` AS BIGINT) AS `strategies_1`,
  try_cast(`strategies_2` AS BIGINT) AS `strategies_2`,
  try_cast(`strategies_3` AS BIGINT) AS `strategies_3`,
  try_cast(`strategies_4` AS BIGINT) AS `strategies_4`,
  try_cast(`strategies_5` AS BIGINT) AS `strategies_5`,
  try_cast(`strategies_6` AS BIGINT) AS `strategies_6`,
  try_cast(`strategies_97` AS BIGINT) AS `strategies_97`,
  try_cast(`strategies_m1` AS BIGINT) AS `strategies_m1`,
  try_cast(`strategy_year` AS BIGINT) AS `strategy_year`,
  try_cast(`strategy_planned` AS BIGINT) AS `strategy_planned`,
  try_cast(`barriers_1` AS BIGINT) AS `barriers_1`,
  try_cast(`barriers_2` AS BIGINT) AS `barriers_2`,
  try_cast(`barriers_3` AS BIGINT) AS `barriers_3`,
  try_cast(`barriers_4` AS BIGINT) AS `barriers_4`,
  try_cast(`barriers_5` AS BIGINT) AS `barriers_5`,
  try_cast(`barriers_6` AS BIGINT) AS `barriers_6`,
  try_cast(`barriers_7` AS BIGINT) AS `barriers_7`,
  try_cast(`barriers_8` AS BIGINT) AS `barriers_8`,
  try_cast(`barriers_9` AS BIGINT) AS `barriers_9`,
  try_cast(`barriers_10` AS BIGINT) AS `barriers_10`,
  try_cast(`barriers_97` AS BIGINT) AS `barriers_97`,
  try_cast(`barriers_m1` AS BIGINT) AS `barriers_m1`,
  `comment` AS `comment`
FROM `state_innovation_barometer`;

CREATE VIEW qdsl_findings AS
WITH
l0_raw AS (
  SELECT `_row`,
    ROW_NUMBER() OVER (ORDER BY `_row`) + 1 AS `_line`,
    COALESCE(CAST(`record_id` AS STRING), '') AS `c0`,
    COALESCE(CAST(`org_name` AS STRING), '') AS `c1`,
    COALESCE(CAST(`org_type` AS STRING), '') AS `c2`,
    COALESCE(CAST(`org_type_other` AS STRING), '') AS `c3`,
    COALESCE(CAST(`staff` AS STRING), '') AS `c4`,
    COALESCE(CAST(`branch` AS STRING), '') AS `c5`,
    COALESCE(CAST(`role` AS STRING), '') AS `c6`,
    COALESCE(CAST(`role_other` AS STRING), '') AS `c7`,
    COALESCE(CAST(`activity` AS STRING), '') AS `c8`,
    COALESCE(CAST(`adopted` AS STRING), '') AS `c9`,
    COALESCE(CAST(`kinds_1` AS STRING), '') AS `c10`,
    COALESCE(CAST(`kinds_2` AS STRING), '') AS `c11`,
    COALESCE(CAST(`kinds_3` AS STRING), '') AS `c12`,
    COALESCE(CAST(`kinds_4` AS STRING), '') AS `c13`,
    COALESCE(CAST(`kinds_5` AS STRING), '') AS `c14`,
    COALESCE(CAST(`kinds_m1` AS STRING), '') AS `c15`,
    COALESCE(CAST(`novelty` AS STRING), '') AS `c16`,
    COALESCE(CAST(`motives_1` AS STRING), '') AS `c17`,
    COALESCE(CAST(`motives_2` AS STRING), '') AS `c18`,
    COALESCE(CAST(`motives_3` AS STRING), '') AS `c19`,
    COALESCE(CAST(`motives_4` AS STRING), '') AS `c20`,
    COALESCE(CAST(`motives_5` AS STRING), '') AS `c21`,
    COALESCE(CAST(`motives_6` AS STRING), '') AS `c22`,
    COALESCE(CAST(`motives_7` AS STRING), '') AS `c23`,
    COALESCE(CAST(`motives_8` AS STRING), '') AS `c24`,
    COALESCE(CAST(`motives_m1` AS STRING), '') AS `c25`,
    COALESCE(CAST(`outcomes_1` AS STRING), '') AS `c26`,
    COALESCE(CAST(`outcomes_2` AS STRING), '') AS `c27`,
    COALESCE(CAST(`outcomes_3` AS STRING), '') AS `c28`,
    COALESCE(CAST(`outcomes_4` AS STRING), '') AS `c29`,
    COALESCE(CAST(`outcomes_5` AS STRING), '') AS `c30`,
    COALESCE(CAST(`outcomes_6` AS STRING), '') AS `c31`,
    COALESCE(CAST(`outcomes_m2` AS STRING), '') AS `c32`,
    COALESCE(CAST(`adoption_plans` AS STRING), '') AS `c33`,
    COALESCE(CAST(`partners_1` AS STRING), '') AS `c34`,
    COALESCE(CAST(`partners_2` AS STRING), '') AS `c35`,
    COALESCE(CAST(`partners_3` AS STRING), '') AS `c36`,
    COALESCE(CAST(`partners_4` AS STRING), '') AS `c37`,
    COALESCE(CAST(`partners_5` AS STRING), '') AS `c38`,
    COALESCE(CAST(`partners_6` AS STRING), '') AS `c39`,
    COALESCE(CAST(`partners_7` AS STRING), '') AS `c40`,
    COALESCE(CAST(`partners_8` AS STRING), '') AS `c41`,
    COALESCE(CAST(`partners_97` AS STRING), '') AS `c42`,
    COALESCE(CAST(`cross_branch_projects` AS STRING), '') AS `c43`,
    COALESCE(CAST(`support_1` AS STRING), '') AS `c44`,
    COALESCE(CAST(`support_2` AS STRING), '') AS `c45`,
    COALESCE(CAST(`support_3` AS STRING), '') AS `c46`,
    COALESCE(CAST(`support_4` AS STRING), '') AS `c47`,
    COALESCE(CAST(`support_5` AS STRING), '') AS `c48`,
    COALESCE(CAST(`support_6` AS STRING), '') AS `c49`,
    COALESCE(CAST(`support_7` AS STRING), '') AS `c50`,
    COALESCE(CAST(`support_8` AS STRING), '') AS `c51`,
    COALESCE(CAST(`support_97` AS STRING), '') AS `c52`,
    COALESCE(CAST(`support_m1` AS STRING), '') AS `c53`,
    COALESCE(CAST(`participants` AS STRING), '') AS `c54`,
    COALESCE(CAST(`culture_experiments` AS STRING), '') AS `c55`,
    COALESCE(CAST(`culture_risk_taking` AS STRING), '') AS `c56`,
    COALESCE(CAST(`culture_management` AS STRING), '') AS `c57`,
    COALESCE(CAST(`culture_across_agencies` AS STRING), '') AS `c58`,
    COALESCE(CAST(`strategies_1` AS STRING), '') AS `c59`,
    COALESCE(CAST(`strategies_2` AS STRING), '') AS `c60`,
    COALESCE(CAST(`strategies_3` AS STRING), '') AS `c61`,
    COALESCE(CAST(`strategies_4` AS STRING), '') AS `c62`,
    COALESCE(CAST(`strategies_5` AS STRING), '') AS `c63`,
    COALESCE(CAST(`strategies_6` AS STRING), '') AS `c64`,
    COALESCE(CAST(`strategies_97` AS STRING), '') AS `c65`,
    COALESCE(CAST(`strategies_m1` AS STRING), '') AS `c66`,
    COALESCE(CAST(`strategy_year` AS STRING), '') AS `c67`,
    COALESCE(CAST(`strategy_planned` AS STRING), '') AS `c68`,
    COALESCE(CAST(`barriers_1` AS STRING), '') AS `c69`,
    COALESCE(CAST(`barriers_2` AS STRING), '') AS `c70`,
    COALESCE(CAST(`barriers_3` AS STRING), '') AS `c71`,
    COALESCE(CAST(`barriers_4` AS STRING), '') AS `c72`,
    COALESCE(CAST(`barriers_5` AS STRING), '') AS `c73`,
    COALESCE(CAST(`barriers_6` AS STRING), '') AS `c74`,
    COALESCE(CAST(`barriers_7` AS STRING), '') AS `c75`,
    COALESCE(CAST(`barriers_8` AS STRING), '') AS `c76`,
    COALESCE(CAST(`barriers_9` AS STRING), '') AS `c77`,
    COALESCE(CAST(`barriers_10` AS STRING), '') AS `c78`,
    COALESCE(CAST(`barriers_97` AS STRING), '') AS `c79`,
    COALESCE(CAST(`barriers_m1` AS STRING), '') AS `c80`,
    COALESCE(CAST(`comment` AS STRING), '') AS `c81`,
    (SELECT today FROM qdsl_today) AS `_today`
  FROM `state_innovation_barometer`),
l0_keys AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY `c0`, TRUE ORDER BY `_row`) AS `_seen`,
    FALSE AS `_orphan`, TRUE AS `_keysok`
  FROM l0_raw r),
l0_s1 AS (
  SELECT *,
    CASE WHEN `c1` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN TRUE THEN `c1` END AS `_a1`,
    CASE WHEN `c2` = '' THEN NULL WHEN NOT ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c2` AS BIGINT) IN (1, 2, 3, 4, 5, 6) THEN try_cast(`c2` AS BIGINT) END AS `_a2`,
    CASE WHEN `c3` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN TRUE THEN `c3` END AS `_a3`,
    CASE WHEN `c4` = '' THEN NULL WHEN NOT ((`c4` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c4` AS DOUBLE) = floor(try_cast(`c4` AS DOUBLE)) AND abs(try_cast(`c4` AS DOUBLE)) < 9.2e18 AND try_cast(`c4` AS DOUBLE) >= 1 AND try_cast(`c4` AS DOUBLE) <= 200000 THEN try_cast(`c4` AS DOUBLE) END AS `_a4`,
    CASE WHEN `c5` = '' THEN NULL WHEN NOT ((`c5` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c5` AS BIGINT) IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) THEN try_cast(`c5` AS BIGINT) END AS `_a5`,
    CASE WHEN `c6` = '' THEN NULL WHEN NOT ((`c6` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c6` AS BIGINT) IN (1, 2, 3, 4) THEN try_cast(`c6` AS BIGINT) END AS `_a6`,
    CASE WHEN `c7` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN TRUE THEN `c7` END AS `_a7`,
    CASE WHEN `c8` = '' THEN NULL WHEN NOT ((`c8` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c8` AS BIGINT) IN (1, 2, 3) THEN try_cast(`c8` AS BIGINT) END AS `_a8`,
    CASE WHEN `c9` = '' THEN NULL WHEN NOT ((`c9` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c9` AS BIGINT) IN (1, 2, -1) THEN try_cast(`c9` AS BIGINT) END AS `_a9`,
    CASE WHEN `c16` = '' THEN NULL WHEN NOT ((`c16` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c16` AS BIGINT) IN (1, 2, 3, -1) THEN try_cast(`c16` AS BIGINT) END AS `_a16`,
    CASE WHEN `c33` = '' THEN NULL WHEN NOT ((`c33` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c33` AS BIGINT) IN (1, 2, -1) THEN try_cast(`c33` AS BIGINT) END AS `_a33`,
    CASE WHEN `c43` = '' THEN NULL WHEN NOT ((`c43` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c43` AS DOUBLE) = floor(try_cast(`c43` AS DOUBLE)) AND abs(try_cast(`c43` AS DOUBLE)) < 9.2e18 AND try_cast(`c43` AS DOUBLE) >= 1 AND try_cast(`c43` AS DOUBLE) <= 500 THEN try_cast(`c43` AS DOUBLE) END AS `_a43`,
    CASE WHEN `c54` = '' THEN NULL WHEN NOT ((`c54` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c54` AS DOUBLE) = floor(try_cast(`c54` AS DOUBLE)) AND abs(try_cast(`c54` AS DOUBLE)) < 9.2e18 AND try_cast(`c54` AS DOUBLE) >= 0 AND try_cast(`c54` AS DOUBLE) <= 200000 THEN try_cast(`c54` AS DOUBLE) END AS `_a54`,
    CASE WHEN `c55` = '' THEN NULL WHEN NOT ((`c55` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c55` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c55` AS BIGINT) END AS `_a55`,
    CASE WHEN `c56` = '' THEN NULL WHEN NOT ((`c56` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c56` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c56` AS BIGINT) END AS `_a56`,
    CASE WHEN `c57` = '' THEN NULL WHEN NOT ((`c57` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c57` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c57` AS BIGINT) END AS `_a57`,
    CASE WHEN `c58` = '' THEN NULL WHEN NOT ((`c58` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c58` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c58` AS BIGINT) END AS `_a58`,
    CASE WHEN `c67` = '' THEN NULL WHEN NOT ((`c67` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c67` AS DOUBLE) = floor(try_cast(`c67` AS DOUBLE)) AND abs(try_cast(`c67` AS DOUBLE)) < 9.2e18 AND try_cast(`c67` AS DOUBLE) >= 1990 AND try_cast(`c67` AS DOUBLE) <= 2022 THEN try_cast(`c67` AS DOUBLE) END AS `_a67`,
    CASE WHEN `c68` = '' THEN NULL WHEN NOT ((`c68` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c68` AS BIGINT) IN (1, 2, -1) THEN try_cast(`c68` AS BIGINT) END AS `_a68`,
    CASE WHEN `c81` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c81`) <= 2000 THEN `c81` END AS `_a81`,
    ((CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END) > 0) AS `_g10`,
    CASE WHEN ((CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END) > 1 AND (`c15` = '1')) THEN CAST((CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n10`,
    ((CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END + CASE WHEN `c25` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END) > 0) AS `_g17`,
    CASE WHEN ((CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END + CASE WHEN `c25` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END) > 1 AND (`c25` = '1')) THEN CAST((CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n17`,
    ((CASE WHEN `c26` = '' THEN 1 ELSE 0 END + CASE WHEN `c27` = '' THEN 1 ELSE 0 END + CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END + CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END + CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END) > 0) AS `_g26`,
    CASE WHEN ((CASE WHEN `c26` = '' THEN 1 ELSE 0 END + CASE WHEN `c27` = '' THEN 1 ELSE 0 END + CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END + CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END + CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END + CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END) > 1 AND (`c32` = '1')) THEN CAST((CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END + CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n26`,
    ((CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END + CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END + CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END) > 0) AS `_g34`,
    CASE WHEN ((CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END + CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END + CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END + CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END) > 1 AND (`c42` = '1')) THEN CAST((CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END + CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n34`,
    ((CASE WHEN `c44` = '' THEN 1 ELSE 0 END + CASE WHEN `c45` = '' THEN 1 ELSE 0 END + CASE WHEN `c46` = '' THEN 1 ELSE 0 END + CASE WHEN `c47` = '' THEN 1 ELSE 0 END + CASE WHEN `c48` = '' THEN 1 ELSE 0 END + CASE WHEN `c49` = '' THEN 1 ELSE 0 END + CASE WHEN `c50` = '' THEN 1 ELSE 0 END + CASE WHEN `c51` = '' THEN 1 ELSE 0 END + CASE WHEN `c52` = '' THEN 1 ELSE 0 END + CASE WHEN `c53` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c44` = '1' THEN 1 ELSE 0 END + CASE WHEN `c45` = '1' THEN 1 ELSE 0 END + CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END) > 0) AS `_g44`,
    CASE WHEN ((CASE WHEN `c44` = '' THEN 1 ELSE 0 END + CASE WHEN `c45` = '' THEN 1 ELSE 0 END + CASE WHEN `c46` = '' THEN 1 ELSE 0 END + CASE WHEN `c47` = '' THEN 1 ELSE 0 END + CASE WHEN `c48` = '' THEN 1 ELSE 0 END + CASE WHEN `c49` = '' THEN 1 ELSE 0 END + CASE WHEN `c50` = '' THEN 1 ELSE 0 END + CASE WHEN `c51` = '' THEN 1 ELSE 0 END + CASE WHEN `c52` = '' THEN 1 ELSE 0 END + CASE WHEN `c53` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c44` = '1' THEN 1 ELSE 0 END + CASE WHEN `c45` = '1' THEN 1 ELSE 0 END + CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c44` = '1' THEN 1 ELSE 0 END + CASE WHEN `c45` = '1' THEN 1 ELSE 0 END + CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END) > 1 AND (`c52` = '1' OR `c53` = '1')) THEN CAST((CASE WHEN `c44` = '1' THEN 1 ELSE 0 END + CASE WHEN `c45` = '1' THEN 1 ELSE 0 END + CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n44`,
    ((CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END + CASE WHEN `c65` = '' THEN 1 ELSE 0 END + CASE WHEN `c66` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END + CASE WHEN `c65` = '1' THEN 1 ELSE 0 END + CASE WHEN `c66` = '1' THEN 1 ELSE 0 END) > 0) AS `_g59`,
    CASE WHEN ((CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END + CASE WHEN `c65` = '' THEN 1 ELSE 0 END + CASE WHEN `c66` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END + CASE WHEN `c65` = '1' THEN 1 ELSE 0 END + CASE WHEN `c66` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END + CASE WHEN `c65` = '1' THEN 1 ELSE 0 END + CASE WHEN `c66` = '1' THEN 1 ELSE 0 END) > 1 AND (`c65` = '1' OR `c66` = '1')) THEN CAST((CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END + CASE WHEN `c65` = '1' THEN 1 ELSE 0 END + CASE WHEN `c66` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n59`,
    ((CASE WHEN `c69` = '' THEN 1 ELSE 0 END + CASE WHEN `c70` = '' THEN 1 ELSE 0 END + CASE WHEN `c71` = '' THEN 1 ELSE 0 END + CASE WHEN `c72` = '' THEN 1 ELSE 0 END + CASE WHEN `c73` = '' THEN 1 ELSE 0 END + CASE WHEN `c74` = '' THEN 1 ELSE 0 END + CASE WHEN `c75` = '' THEN 1 ELSE 0 END + CASE WHEN `c76` = '' THEN 1 ELSE 0 END + CASE WHEN `c77` = '' THEN 1 ELSE 0 END + CASE WHEN `c78` = '' THEN 1 ELSE 0 END + CASE WHEN `c79` = '' THEN 1 ELSE 0 END + CASE WHEN `c80` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c69` = '1' THEN 1 ELSE 0 END + CASE WHEN `c70` = '1' THEN 1 ELSE 0 END + CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) > 0) AS `_g69`,
    CASE WHEN ((CASE WHEN `c69` = '' THEN 1 ELSE 0 END + CASE WHEN `c70` = '' THEN 1 ELSE 0 END + CASE WHEN `c71` = '' THEN 1 ELSE 0 END + CASE WHEN `c72` = '' THEN 1 ELSE 0 END + CASE WHEN `c73` = '' THEN 1 ELSE 0 END + CASE WHEN `c74` = '' THEN 1 ELSE 0 END + CASE WHEN `c75` = '' THEN 1 ELSE 0 END + CASE WHEN `c76` = '' THEN 1 ELSE 0 END + CASE WHEN `c77` = '' THEN 1 ELSE 0 END + CASE WHEN `c78` = '' THEN 1 ELSE 0 END + CASE WHEN `c79` = '' THEN 1 ELSE 0 END + CASE WHEN `c80` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c69` = '1' THEN 1 ELSE 0 END + CASE WHEN `c70` = '1' THEN 1 ELSE 0 END + CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c69` = '1' THEN 1 ELSE 0 END + CASE WHEN `c70` = '1' THEN 1 ELSE 0 END + CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) > 1 AND (`c79` = '1' OR `c80` = '1')) THEN CAST((CASE WHEN `c69` = '1' THEN 1 ELSE 0 END + CASE WHEN `c70` = '1' THEN 1 ELSE 0 END + CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n69`
  FROM l0_keys),
l0_m AS (
  SELECT *, `_row` AS `_rec`, `_seen` = 1 AS `_first` FROM l0_s1),
l0_s2 AS (
  SELECT *,
    TRUE AS `_rl0_1`
  FROM l0_m),
l0_s3 AS (
  SELECT *,
    CASE WHEN `_rl0_1` THEN `_a2` END AS `_xl0_2`
  FROM l0_s2),
l0_s4 AS (
  SELECT *,
    COALESCE(COALESCE((`_xl0_2`) = (CAST(6 AS BIGINT)), FALSE), FALSE) AS `_bl0_3`
  FROM l0_s3),
l0_s5 AS (
  SELECT *,
    TRUE AND `_bl0_3` AS `_rl0_4`
  FROM l0_s4),
l0_s6 AS (
  SELECT *,
    CASE WHEN `_rl0_4` THEN `_a3` END AS `_xl0_5`,
    TRUE AS `_rl0_6`
  FROM l0_s5),
l0_s7 AS (
  SELECT *,
    CASE WHEN `_rl0_6` THEN `_a4` END AS `_xl0_7`
  FROM l0_s6),
l0_s8 AS (
  SELECT *,
    (`_rl0_6` AND `_xl0_7` IS NOT NULL AND NOT COALESCE(COALESCE((`_xl0_7`) <= (CAST(40000 AS DOUBLE)), FALSE), FALSE)) AS `_cl0_8`,
    TRUE AS `_rl0_9`
  FROM l0_s7),
l0_s9 AS (
  SELECT *,
    CASE WHEN `_rl0_9` THEN `_a5` END AS `_xl0_10`,
    TRUE AS `_rl0_11`
  FROM l0_s8),
l0_s10 AS (
  SELECT *,
    CASE WHEN `_rl0_11` THEN `_a6` END AS `_xl0_12`
  FROM l0_s9),
l0_s11 AS (
  SELECT *,
    COALESCE(COALESCE((`_xl0_12`) = (CAST(4 AS BIGINT)), FALSE), FALSE) AS `_bl0_13`
  FROM l0_s10),
l0_s12 AS (
  SELECT *,
    TRUE AND `_bl0_13` AS `_rl0_14`
  FROM l0_s11),
l0_s13 AS (
  SELECT *,
    CASE WHEN `_rl0_14` THEN `_a7` END AS `_xl0_15`,
    TRUE AS `_rl0_16`
  FROM l0_s12),
l0_s14 AS (
  SELECT *,
    CASE WHEN `_rl0_16` THEN `_a8` END AS `_xl0_17`
  FROM l0_s13),
l0_s15 AS (
  SELECT *,
    COALESCE(COALESCE((`_xl0_17`) = (CAST(3 AS BIGINT)), FALSE), FALSE) AS `_bl0_18`
  FROM l0_s14),
l0_s16 AS (
  SELECT *,
    TRUE AND `_bl0_18` AS `_el0_19`
  FROM l0_s15),
l0_s17 AS (
  SELECT *,
    (TRUE AND NOT `_el0_19`) AS `_rl0_20`
  FROM l0_s16),
l0_s18 AS (
  SELECT *,
    CASE WHEN `_rl0_20` THEN `_a9` END AS `_xl0_21`
  FROM l0_s17),
l0_s19 AS (
  SELECT *,
    COALESCE(COALESCE((`_xl0_21`) = (CAST(1 AS BIGINT)), FALSE), FALSE) AS `_bl0_22`
  FROM l0_s18),
l0_s20 AS (
  SELECT *,
    (TRUE AND `_bl0_22` AND NOT `_el0_19`) AS `_rl0_23`
  FROM l0_s19),
l0_s21 AS (
  SELECT *,
    CASE WHEN `_rl0_23` THEN `_n10` END AS `_xl0_24`,
    (TRUE AND `_bl0_22` AND NOT `_el0_19`) AS `_rl0_25`
  FROM l0_s20),
l0_s22 AS (
  SELECT *,
    CASE WHEN `_rl0_25` THEN `_a16` END AS `_xl0_26`,
    (TRUE AND `_bl0_22` AND NOT `_el0_19`) AS `_rl0_27`
  FROM l0_s21),
l0_s23 AS (
  SELECT *,
    CASE WHEN `_rl0_27` THEN `_n17` END AS `_xl0_28`,
    (TRUE AND `_bl0_22` AND NOT `_el0_19`) AS `_rl0_29`
  FROM l0_s22),
l0_s24 AS (
  SELECT *,
    CASE WHEN `_rl0_29` THEN `_n26` END AS `_xl0_30`,
    (TRUE AND NOT `_bl0_22` AND NOT `_el0_19`) AS `_rl0_31`
  FROM l0_s23),
l0_s25 AS (
  SELECT *,
    CASE WHEN `_rl0_31` THEN `_a33` END AS `_xl0_32`,
    (TRUE AND NOT `_el0_19`) AS `_rl0_33`
  FROM l0_s24),
l0_s26 AS (
  SELECT *,
    CASE WHEN `_rl0_33` THEN `_n34` END AS `_xl0_34`
  FROM l0_s25),
l0_s27 AS (
  SELECT *,
    COALESCE((`_xl0_34` IS NOT NULL AND (`c35` = '1')), FALSE) AS `_bl0_35`
  FROM l0_s26),
l0_s28 AS (
  SELECT *,
    (TRUE AND `_bl0_35` AND NOT `_el0_19`) AS `_rl0_36`
  FROM l0_s27),
l0_s29 AS (
  SELECT *,
    CASE WHEN `_rl0_36` THEN `_a43` END AS `_xl0_37`,
    (TRUE AND NOT `_el0_19`) AS `_rl0_38`
  FROM l0_s28),
l0_s30 AS (
  SELECT *,
    CASE WHEN `_rl0_38` THEN `_n44` END AS `_xl0_39`,
    (TRUE AND NOT `_el0_19`) AS `_rl0_40`
  FROM l0_s29),
l0_s31 AS (
  SELECT *,
    CASE WHEN `_rl0_40` THEN `_a54` END AS `_xl0_41`
  FROM l0_s30),
l0_s32 AS (
  SELECT *,
    (`_rl0_40` AND `_xl0_41` IS NOT NULL AND NOT COALESCE(COALESCE((`_xl0_41`) <= (`_xl0_7`), FALSE), FALSE)) AS `_cl0_42`,
    (TRUE AND NOT `_el0_19`) AS `_rl0_43`
  FROM l0_s31),
l0_s33 AS (
  SELECT *,
    CASE WHEN `_rl0_43` THEN `_a55` END AS `_xl0_44`,
    CASE WHEN `_rl0_43` THEN `_a56` END AS `_xl0_45`,
    CASE WHEN `_rl0_43` THEN `_a57` END AS `_xl0_46`,
    CASE WHEN `_rl0_43` THEN `_a58` END AS `_xl0_47`,
    (TRUE AND NOT `_el0_19`) AS `_rl0_48`
  FROM l0_s32),
l0_s34 AS (
  SELECT *,
    CASE WHEN `_rl0_48` THEN `_n59` END AS `_xl0_49`
  FROM l0_s33),
l0_s35 AS (
  SELECT *,
    COALESCE((`_xl0_49` IS NOT NULL AND (`c63` = '1')), FALSE) AS `_bl0_50`
  FROM l0_s34),
l0_s36 AS (
  SELECT *,
    (TRUE AND `_bl0_50` AND NOT `_el0_19`) AS `_rl0_51`
  FROM l0_s35),
l0_s37 AS (
  SELECT *,
    CASE WHEN `_rl0_51` THEN `_a67` END AS `_xl0_52`,
    (TRUE AND NOT `_bl0_50` AND NOT `_el0_19`) AS `_rl0_53`
  FROM l0_s36),
l0_s38 AS (
  SELECT *,
    CASE WHEN `_rl0_53` THEN `_a68` END AS `_xl0_54`,
    (TRUE AND NOT `_el0_19`) AS `_rl0_55`
  FROM l0_s37),
l0_s39 AS (
  SELECT *,
    CASE WHEN `_rl0_55` THEN `_n69` END AS `_xl0_56`,
    (TRUE AND NOT `_el0_19`) AS `_rl0_57`
  FROM l0_s38),
l0_s40 AS (
  SELECT *,
    CASE WHEN `_rl0_57` THEN `_a81` END AS `_xl0_58`,
    (`_el0_19` OR TRUE) AS `_el0_59`
  FROM l0_s39)
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('record_id' AS STRING) AS `variable`, CAST('QD6010' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c0` AS STRING) AS `value`, CAST('this record id is used by an earlier row' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 10000 AS `_order`
FROM l0_s1 WHERE `_seen` > 1
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_name' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c1` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20001 AS `_order`
FROM l0_s1 WHERE `c1` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_name' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c1` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20001 AS `_order`
FROM l0_s1 WHERE `c1` <> '' AND (TRUE) AND NOT COALESCE(TRUE, FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c2` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20002 AS `_order`
FROM l0_s1 WHERE `c2` <> '' AND NOT ((`c2` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c2` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20002 AS `_order`
FROM l0_s1 WHERE `c2` <> '' AND ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c2` AS BIGINT) IN (1, 2, 3, 4, 5, 6), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type_other' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c3` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20003 AS `_order`
FROM l0_s1 WHERE `c3` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type_other' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c3` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20003 AS `_order`
FROM l0_s1 WHERE `c3` <> '' AND (TRUE) AND NOT COALESCE(TRUE, FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('staff' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c4` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20004 AS `_order`
FROM l0_s1 WHERE `c4` <> '' AND NOT ((`c4` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('staff' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c4` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20004 AS `_order`
FROM l0_s1 WHERE `c4` <> '' AND ((`c4` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c4` AS DOUBLE) = floor(try_cast(`c4` AS DOUBLE)) AND abs(try_cast(`c4` AS DOUBLE)) < 9.2e18 AND try_cast(`c4` AS DOUBLE) >= 1 AND try_cast(`c4` AS DOUBLE) <= 200000, FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('branch' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c5` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20005 AS `_order`
FROM l0_s1 WHERE `c5` <> '' AND NOT ((`c5` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('branch' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c5` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20005 AS `_order`
FROM l0_s1 WHERE `c5` <> '' AND ((`c5` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c5` AS BIGINT) IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c6` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20006 AS `_order`
FROM l0_s1 WHERE `c6` <> '' AND NOT ((`c6` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c6` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20006 AS `_order`
FROM l0_s1 WHERE `c6` <> '' AND ((`c6` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c6` AS BIGINT) IN (1, 2, 3, 4), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role_other' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c7` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20007 AS `_order`
FROM l0_s1 WHERE `c7` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role_other' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c7` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20007 AS `_order`
FROM l0_s1 WHERE `c7` <> '' AND (TRUE) AND NOT COALESCE(TRUE, FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('activity' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c8` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20008 AS `_order`
FROM l0_s1 WHERE `c8` <> '' AND NOT ((`c8` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('activity' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c8` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20008 AS `_order`
FROM l0_s1 WHERE `c8` <> '' AND ((`c8` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c8` AS BIGINT) IN (1, 2, 3), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adopted' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c9` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20009 AS `_order`
FROM l0_s1 WHERE `c9` <> '' AND NOT ((`c9` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adopted' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c9` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20009 AS `_order`
FROM l0_s1 WHERE `c9` <> '' AND ((`c9` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c9` AS BIGINT) IN (1, 2, -1), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c10` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20010 AS `_order`
FROM l0_s1 WHERE `c10` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c11` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20011 AS `_order`
FROM l0_s1 WHERE `c11` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c12` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20012 AS `_order`
FROM l0_s1 WHERE `c12` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c13` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20013 AS `_order`
FROM l0_s1 WHERE `c13` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c14` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20014 AS `_order`
FROM l0_s1 WHERE `c14` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_m1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c15` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20015 AS `_order`
FROM l0_s1 WHERE `c15` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('novelty' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c16` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20016 AS `_order`
FROM l0_s1 WHERE `c16` <> '' AND NOT ((`c16` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('novelty' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c16` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20016 AS `_order`
FROM l0_s1 WHERE `c16` <> '' AND ((`c16` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c16` AS BIGINT) IN (1, 2, 3, -1), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c17` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20017 AS `_order`
FROM l0_s1 WHERE `c17` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c18` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20018 AS `_order`
FROM l0_s1 WHERE `c18` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c19` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20019 AS `_order`
FROM l0_s1 WHERE `c19` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c20` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20020 AS `_order`
FROM l0_s1 WHERE `c20` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c21` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20021 AS `_order`
FROM l0_s1 WHERE `c21` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c22` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20022 AS `_order`
FROM l0_s1 WHERE `c22` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c23` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20023 AS `_order`
FROM l0_s1 WHERE `c23` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_8' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c24` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20024 AS `_order`
FROM l0_s1 WHERE `c24` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_m1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c25` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20025 AS `_order`
FROM l0_s1 WHERE `c25` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c26` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20026 AS `_order`
FROM l0_s1 WHERE `c26` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c27` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20027 AS `_order`
FROM l0_s1 WHERE `c27` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c28` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20028 AS `_order`
FROM l0_s1 WHERE `c28` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c29` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20029 AS `_order`
FROM l0_s1 WHERE `c29` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c30` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20030 AS `_order`
FROM l0_s1 WHERE `c30` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c31` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20031 AS `_order`
FROM l0_s1 WHERE `c31` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_m2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c32` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20032 AS `_order`
FROM l0_s1 WHERE `c32` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adoption_plans' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c33` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20033 AS `_order`
FROM l0_s1 WHERE `c33` <> '' AND NOT ((`c33` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adoption_plans' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c33` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20033 AS `_order`
FROM l0_s1 WHERE `c33` <> '' AND ((`c33` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c33` AS BIGINT) IN (1, 2, -1), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c34` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20034 AS `_order`
FROM l0_s1 WHERE `c34` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c35` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20035 AS `_order`
FROM l0_s1 WHERE `c35` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c36` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20036 AS `_order`
FROM l0_s1 WHERE `c36` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c37` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20037 AS `_order`
FROM l0_s1 WHERE `c37` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c38` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20038 AS `_order`
FROM l0_s1 WHERE `c38` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c39` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20039 AS `_order`
FROM l0_s1 WHERE `c39` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c40` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20040 AS `_order`
FROM l0_s1 WHERE `c40` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_8' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c41` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20041 AS `_order`
FROM l0_s1 WHERE `c41` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_97' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c42` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20042 AS `_order`
FROM l0_s1 WHERE `c42` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('cross_branch_projects' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c43` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20043 AS `_order`
FROM l0_s1 WHERE `c43` <> '' AND NOT ((`c43` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('cross_branch_projects' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c43` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20043 AS `_order`
FROM l0_s1 WHERE `c43` <> '' AND ((`c43` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c43` AS DOUBLE) = floor(try_cast(`c43` AS DOUBLE)) AND abs(try_cast(`c43` AS DOUBLE)) < 9.2e18 AND try_cast(`c43` AS DOUBLE) >= 1 AND try_cast(`c43` AS DOUBLE) <= 500, FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c44` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20044 AS `_order`
FROM l0_s1 WHERE `c44` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c45` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20045 AS `_order`
FROM l0_s1 WHERE `c45` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c46` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20046 AS `_order`
FROM l0_s1 WHERE `c46` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c47` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20047 AS `_order`
FROM l0_s1 WHERE `c47` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c48` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20048 AS `_order`
FROM l0_s1 WHERE `c48` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c49` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20049 AS `_order`
FROM l0_s1 WHERE `c49` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c50` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20050 AS `_order`
FROM l0_s1 WHERE `c50` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_8' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c51` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20051 AS `_order`
FROM l0_s1 WHERE `c51` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_97' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c52` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20052 AS `_order`
FROM l0_s1 WHERE `c52` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_m1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c53` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20053 AS `_order`
FROM l0_s1 WHERE `c53` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('participants' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c54` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20054 AS `_order`
FROM l0_s1 WHERE `c54` <> '' AND NOT ((`c54` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('participants' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c54` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20054 AS `_order`
FROM l0_s1 WHERE `c54` <> '' AND ((`c54` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c54` AS DOUBLE) = floor(try_cast(`c54` AS DOUBLE)) AND abs(try_cast(`c54` AS DOUBLE)) < 9.2e18 AND try_cast(`c54` AS DOUBLE) >= 0 AND try_cast(`c54` AS DOUBLE) <= 200000, FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_experiments' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c55` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20055 AS `_order`
FROM l0_s1 WHERE `c55` <> '' AND NOT ((`c55` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_experiments' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c55` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20055 AS `_order`
FROM l0_s1 WHERE `c55` <> '' AND ((`c55` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c55` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_risk_taking' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c56` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20056 AS `_order`
FROM l0_s1 WHERE `c56` <> '' AND NOT ((`c56` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_risk_taking' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c56` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20056 AS `_order`
FROM l0_s1 WHERE `c56` <> '' AND ((`c56` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c56` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_management' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c57` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20057 AS `_order`
FROM l0_s1 WHERE `c57` <> '' AND NOT ((`c57` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_management' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c57` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20057 AS `_order`
FROM l0_s1 WHERE `c57` <> '' AND ((`c57` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c57` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_across_agencies' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c58` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20058 AS `_order`
FROM l0_s1 WHERE `c58` <> '' AND NOT ((`c58` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_across_agencies' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c58` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20058 AS `_order`
FROM l0_s1 WHERE `c58` <> '' AND ((`c58` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c58` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c59` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20059 AS `_order`
FROM l0_s1 WHERE `c59` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c60` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20060 AS `_order`
FROM l0_s1 WHERE `c60` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c61` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20061 AS `_order`
FROM l0_s1 WHERE `c61` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c62` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20062 AS `_order`
FROM l0_s1 WHERE `c62` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c63` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20063 AS `_order`
FROM l0_s1 WHERE `c63` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c64` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20064 AS `_order`
FROM l0_s1 WHERE `c64` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_97' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c65` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20065 AS `_order`
FROM l0_s1 WHERE `c65` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_m1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c66` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20066 AS `_order`
FROM l0_s1 WHERE `c66` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_year' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c67` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20067 AS `_order`
FROM l0_s1 WHERE `c67` <> '' AND NOT ((`c67` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_year' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c67` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20067 AS `_order`
FROM l0_s1 WHERE `c67` <> '' AND ((`c67` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c67` AS DOUBLE) = floor(try_cast(`c67` AS DOUBLE)) AND abs(try_cast(`c67` AS DOUBLE)) < 9.2e18 AND try_cast(`c67` AS DOUBLE) >= 1990 AND try_cast(`c67` AS DOUBLE) <= 2022, FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_planned' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c68` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20068 AS `_order`
FROM l0_s1 WHERE `c68` <> '' AND NOT ((`c68` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_planned' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c68` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20068 AS `_order`
FROM l0_s1 WHERE `c68` <> '' AND ((`c68` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c68` AS BIGINT) IN (1, 2, -1), FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c69` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20069 AS `_order`
FROM l0_s1 WHERE `c69` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c70` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20070 AS `_order`
FROM l0_s1 WHERE `c70` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c71` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20071 AS `_order`
FROM l0_s1 WHERE `c71` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c72` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20072 AS `_order`
FROM l0_s1 WHERE `c72` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c73` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20073 AS `_order`
FROM l0_s1 WHERE `c73` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c74` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20074 AS `_order`
FROM l0_s1 WHERE `c74` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c75` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20075 AS `_order`
FROM l0_s1 WHERE `c75` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_8' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c76` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20076 AS `_order`
FROM l0_s1 WHERE `c76` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_9' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c77` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20077 AS `_order`
FROM l0_s1 WHERE `c77` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_10' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c78` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20078 AS `_order`
FROM l0_s1 WHERE `c78` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_97' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c79` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20079 AS `_order`
FROM l0_s1 WHERE `c79` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_m1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c80` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20080 AS `_order`
FROM l0_s1 WHERE `c80` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('comment' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c81` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20081 AS `_order`
FROM l0_s1 WHERE `c81` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('comment' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c81` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20081 AS `_order`
FROM l0_s1 WHERE `c81` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c81`) <= 2000, FALSE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30010 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END) < 6
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c15` = '1' THEN '-1' END, CASE WHEN `c10` = '1' THEN '1' END, CASE WHEN `c11` = '1' THEN '2' END, CASE WHEN `c12` = '1' THEN '3' END, CASE WHEN `c13` = '1' THEN '4' END, CASE WHEN `c14` = '1' THEN '5' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30010 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END) > 1 AND (`c15` = '1'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30017 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END + CASE WHEN `c25` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END + CASE WHEN `c25` = '' THEN 1 ELSE 0 END) < 9
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c25` = '1' THEN '-1' END, CASE WHEN `c17` = '1' THEN '1' END, CASE WHEN `c18` = '1' THEN '2' END, CASE WHEN `c19` = '1' THEN '3' END, CASE WHEN `c20` = '1' THEN '4' END, CASE WHEN `c21` = '1' THEN '5' END, CASE WHEN `c22` = '1' THEN '6' END, CASE WHEN `c23` = '1' THEN '7' END, CASE WHEN `c24` = '1' THEN '8' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30017 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END + CASE WHEN `c25` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END) > 1 AND (`c25` = '1'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30026 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c26` = '' THEN 1 ELSE 0 END + CASE WHEN `c27` = '' THEN 1 ELSE 0 END + CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END + CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c26` = '' THEN 1 ELSE 0 END + CASE WHEN `c27` = '' THEN 1 ELSE 0 END + CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END + CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END) < 7
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c32` = '1' THEN '-2' END, CASE WHEN `c26` = '1' THEN '1' END, CASE WHEN `c27` = '1' THEN '2' END, CASE WHEN `c28` = '1' THEN '3' END, CASE WHEN `c29` = '1' THEN '4' END, CASE WHEN `c30` = '1' THEN '5' END, CASE WHEN `c31` = '1' THEN '6' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30026 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c26` = '' THEN 1 ELSE 0 END + CASE WHEN `c27` = '' THEN 1 ELSE 0 END + CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END + CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END + CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END + CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END) > 1 AND (`c32` = '1'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30034 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END + CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END + CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END) < 9
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c34` = '1' THEN '1' END, CASE WHEN `c35` = '1' THEN '2' END, CASE WHEN `c36` = '1' THEN '3' END, CASE WHEN `c37` = '1' THEN '4' END, CASE WHEN `c38` = '1' THEN '5' END, CASE WHEN `c39` = '1' THEN '6' END, CASE WHEN `c40` = '1' THEN '7' END, CASE WHEN `c41` = '1' THEN '8' END, CASE WHEN `c42` = '1' THEN '97' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30034 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END + CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END + CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END + CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END) > 1 AND (`c42` = '1'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30044 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c44` = '' THEN 1 ELSE 0 END + CASE WHEN `c45` = '' THEN 1 ELSE 0 END + CASE WHEN `c46` = '' THEN 1 ELSE 0 END + CASE WHEN `c47` = '' THEN 1 ELSE 0 END + CASE WHEN `c48` = '' THEN 1 ELSE 0 END + CASE WHEN `c49` = '' THEN 1 ELSE 0 END + CASE WHEN `c50` = '' THEN 1 ELSE 0 END + CASE WHEN `c51` = '' THEN 1 ELSE 0 END + CASE WHEN `c52` = '' THEN 1 ELSE 0 END + CASE WHEN `c53` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c44` = '' THEN 1 ELSE 0 END + CASE WHEN `c45` = '' THEN 1 ELSE 0 END + CASE WHEN `c46` = '' THEN 1 ELSE 0 END + CASE WHEN `c47` = '' THEN 1 ELSE 0 END + CASE WHEN `c48` = '' THEN 1 ELSE 0 END + CASE WHEN `c49` = '' THEN 1 ELSE 0 END + CASE WHEN `c50` = '' THEN 1 ELSE 0 END + CASE WHEN `c51` = '' THEN 1 ELSE 0 END + CASE WHEN `c52` = '' THEN 1 ELSE 0 END + CASE WHEN `c53` = '' THEN 1 ELSE 0 END) < 10
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c53` = '1' THEN '-1' END, CASE WHEN `c44` = '1' THEN '1' END, CASE WHEN `c45` = '1' THEN '2' END, CASE WHEN `c46` = '1' THEN '3' END, CASE WHEN `c47` = '1' THEN '4' END, CASE WHEN `c48` = '1' THEN '5' END, CASE WHEN `c49` = '1' THEN '6' END, CASE WHEN `c50` = '1' THEN '7' END, CASE WHEN `c51` = '1' THEN '8' END, CASE WHEN `c52` = '1' THEN '97' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30044 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c44` = '' THEN 1 ELSE 0 END + CASE WHEN `c45` = '' THEN 1 ELSE 0 END + CASE WHEN `c46` = '' THEN 1 ELSE 0 END + CASE WHEN `c47` = '' THEN 1 ELSE 0 END + CASE WHEN `c48` = '' THEN 1 ELSE 0 END + CASE WHEN `c49` = '' THEN 1 ELSE 0 END + CASE WHEN `c50` = '' THEN 1 ELSE 0 END + CASE WHEN `c51` = '' THEN 1 ELSE 0 END + CASE WHEN `c52` = '' THEN 1 ELSE 0 END + CASE WHEN `c53` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c44` = '1' THEN 1 ELSE 0 END + CASE WHEN `c45` = '1' THEN 1 ELSE 0 END + CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c44` = '1' THEN 1 ELSE 0 END + CASE WHEN `c45` = '1' THEN 1 ELSE 0 END + CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END) > 1 AND (`c52` = '1' OR `c53` = '1'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30059 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END + CASE WHEN `c65` = '' THEN 1 ELSE 0 END + CASE WHEN `c66` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END + CASE WHEN `c65` = '' THEN 1 ELSE 0 END + CASE WHEN `c66` = '' THEN 1 ELSE 0 END) < 8
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c66` = '1' THEN '-1' END, CASE WHEN `c59` = '1' THEN '1' END, CASE WHEN `c60` = '1' THEN '2' END, CASE WHEN `c61` = '1' THEN '3' END, CASE WHEN `c62` = '1' THEN '4' END, CASE WHEN `c63` = '1' THEN '5' END, CASE WHEN `c64` = '1' THEN '6' END, CASE WHEN `c65` = '1' THEN '97' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30059 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END + CASE WHEN `c65` = '' THEN 1 ELSE 0 END + CASE WHEN `c66` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END + CASE WHEN `c65` = '1' THEN 1 ELSE 0 END + CASE WHEN `c66` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END + CASE WHEN `c65` = '1' THEN 1 ELSE 0 END + CASE WHEN `c66` = '1' THEN 1 ELSE 0 END) > 1 AND (`c65` = '1' OR `c66` = '1'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30069 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c69` = '' THEN 1 ELSE 0 END + CASE WHEN `c70` = '' THEN 1 ELSE 0 END + CASE WHEN `c71` = '' THEN 1 ELSE 0 END + CASE WHEN `c72` = '' THEN 1 ELSE 0 END + CASE WHEN `c73` = '' THEN 1 ELSE 0 END + CASE WHEN `c74` = '' THEN 1 ELSE 0 END + CASE WHEN `c75` = '' THEN 1 ELSE 0 END + CASE WHEN `c76` = '' THEN 1 ELSE 0 END + CASE WHEN `c77` = '' THEN 1 ELSE 0 END + CASE WHEN `c78` = '' THEN 1 ELSE 0 END + CASE WHEN `c79` = '' THEN 1 ELSE 0 END + CASE WHEN `c80` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c69` = '' THEN 1 ELSE 0 END + CASE WHEN `c70` = '' THEN 1 ELSE 0 END + CASE WHEN `c71` = '' THEN 1 ELSE 0 END + CASE WHEN `c72` = '' THEN 1 ELSE 0 END + CASE WHEN `c73` = '' THEN 1 ELSE 0 END + CASE WHEN `c74` = '' THEN 1 ELSE 0 END + CASE WHEN `c75` = '' THEN 1 ELSE 0 END + CASE WHEN `c76` = '' THEN 1 ELSE 0 END + CASE WHEN `c77` = '' THEN 1 ELSE 0 END + CASE WHEN `c78` = '' THEN 1 ELSE 0 END + CASE WHEN `c79` = '' THEN 1 ELSE 0 END + CASE WHEN `c80` = '' THEN 1 ELSE 0 END) < 12
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c80` = '1' THEN '-1' END, CASE WHEN `c69` = '1' THEN '1' END, CASE WHEN `c70` = '1' THEN '2' END, CASE WHEN `c71` = '1' THEN '3' END, CASE WHEN `c72` = '1' THEN '4' END, CASE WHEN `c73` = '1' THEN '5' END, CASE WHEN `c74` = '1' THEN '6' END, CASE WHEN `c75` = '1' THEN '7' END, CASE WHEN `c76` = '1' THEN '8' END, CASE WHEN `c77` = '1' THEN '9' END, CASE WHEN `c78` = '1' THEN '10' END, CASE WHEN `c79` = '1' THEN '97' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30069 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c69` = '' THEN 1 ELSE 0 END + CASE WHEN `c70` = '' THEN 1 ELSE 0 END + CASE WHEN `c71` = '' THEN 1 ELSE 0 END + CASE WHEN `c72` = '' THEN 1 ELSE 0 END + CASE WHEN `c73` = '' THEN 1 ELSE 0 END + CASE WHEN `c74` = '' THEN 1 ELSE 0 END + CASE WHEN `c75` = '' THEN 1 ELSE 0 END + CASE WHEN `c76` = '' THEN 1 ELSE 0 END + CASE WHEN `c77` = '' THEN 1 ELSE 0 END + CASE WHEN `c78` = '' THEN 1 ELSE 0 END + CASE WHEN `c79` = '' THEN 1 ELSE 0 END + CASE WHEN `c80` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c69` = '1' THEN 1 ELSE 0 END + CASE WHEN `c70` = '1' THEN 1 ELSE 0 END + CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c69` = '1' THEN 1 ELSE 0 END + CASE WHEN `c70` = '1' THEN 1 ELSE 0 END + CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) > 1 AND (`c79` = '1' OR `c80` = '1'))
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('activity' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c8` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40000 AS `_order`
FROM l0_s40 WHERE `_a8` IS NOT NULL AND NOT (`_rl0_16` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adopted' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c9` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40001 AS `_order`
FROM l0_s40 WHERE `_a9` IS NOT NULL AND NOT (`_rl0_20` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adoption_plans' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c33` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40002 AS `_order`
FROM l0_s40 WHERE `_a33` IS NOT NULL AND NOT (`_rl0_31` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c80` = '1' THEN '-1' END, CASE WHEN `c69` = '1' THEN '1' END, CASE WHEN `c70` = '1' THEN '2' END, CASE WHEN `c71` = '1' THEN '3' END, CASE WHEN `c72` = '1' THEN '4' END, CASE WHEN `c73` = '1' THEN '5' END, CASE WHEN `c74` = '1' THEN '6' END, CASE WHEN `c75` = '1' THEN '7' END, CASE WHEN `c76` = '1' THEN '8' END, CASE WHEN `c77` = '1' THEN '9' END, CASE WHEN `c78` = '1' THEN '10' END, CASE WHEN `c79` = '1' THEN '97' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40003 AS `_order`
FROM l0_s40 WHERE `_g69` AND NOT (`_rl0_55` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('branch' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c5` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40004 AS `_order`
FROM l0_s40 WHERE `_a5` IS NOT NULL AND NOT (`_rl0_9` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('comment' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c81` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40005 AS `_order`
FROM l0_s40 WHERE `_a81` IS NOT NULL AND NOT (`_rl0_57` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('cross_branch_projects' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c43` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40006 AS `_order`
FROM l0_s40 WHERE `_a43` IS NOT NULL AND NOT (`_rl0_36` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_across_agencies' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c58` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40007 AS `_order`
FROM l0_s40 WHERE `_a58` IS NOT NULL AND NOT (`_rl0_43` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_experiments' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c55` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40008 AS `_order`
FROM l0_s40 WHERE `_a55` IS NOT NULL AND NOT (`_rl0_43` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_management' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c57` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40009 AS `_order`
FROM l0_s40 WHERE `_a57` IS NOT NULL AND NOT (`_rl0_43` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_risk_taking' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c56` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40010 AS `_order`
FROM l0_s40 WHERE `_a56` IS NOT NULL AND NOT (`_rl0_43` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c15` = '1' THEN '-1' END, CASE WHEN `c10` = '1' THEN '1' END, CASE WHEN `c11` = '1' THEN '2' END, CASE WHEN `c12` = '1' THEN '3' END, CASE WHEN `c13` = '1' THEN '4' END, CASE WHEN `c14` = '1' THEN '5' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40011 AS `_order`
FROM l0_s40 WHERE `_g10` AND NOT (`_rl0_23` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c25` = '1' THEN '-1' END, CASE WHEN `c17` = '1' THEN '1' END, CASE WHEN `c18` = '1' THEN '2' END, CASE WHEN `c19` = '1' THEN '3' END, CASE WHEN `c20` = '1' THEN '4' END, CASE WHEN `c21` = '1' THEN '5' END, CASE WHEN `c22` = '1' THEN '6' END, CASE WHEN `c23` = '1' THEN '7' END, CASE WHEN `c24` = '1' THEN '8' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40012 AS `_order`
FROM l0_s40 WHERE `_g17` AND NOT (`_rl0_27` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('novelty' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c16` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40013 AS `_order`
FROM l0_s40 WHERE `_a16` IS NOT NULL AND NOT (`_rl0_25` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c2` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40014 AS `_order`
FROM l0_s40 WHERE `_a2` IS NOT NULL AND NOT (`_rl0_1` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type_other' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c3` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40015 AS `_order`
FROM l0_s40 WHERE `_a3` IS NOT NULL AND NOT (`_rl0_4` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c32` = '1' THEN '-2' END, CASE WHEN `c26` = '1' THEN '1' END, CASE WHEN `c27` = '1' THEN '2' END, CASE WHEN `c28` = '1' THEN '3' END, CASE WHEN `c29` = '1' THEN '4' END, CASE WHEN `c30` = '1' THEN '5' END, CASE WHEN `c31` = '1' THEN '6' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40016 AS `_order`
FROM l0_s40 WHERE `_g26` AND NOT (`_rl0_29` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('participants' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c54` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40017 AS `_order`
FROM l0_s40 WHERE `_a54` IS NOT NULL AND NOT (`_rl0_40` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c34` = '1' THEN '1' END, CASE WHEN `c35` = '1' THEN '2' END, CASE WHEN `c36` = '1' THEN '3' END, CASE WHEN `c37` = '1' THEN '4' END, CASE WHEN `c38` = '1' THEN '5' END, CASE WHEN `c39` = '1' THEN '6' END, CASE WHEN `c40` = '1' THEN '7' END, CASE WHEN `c41` = '1' THEN '8' END, CASE WHEN `c42` = '1' THEN '97' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40018 AS `_order`
FROM l0_s40 WHERE `_g34` AND NOT (`_rl0_33` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c6` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40019 AS `_order`
FROM l0_s40 WHERE `_a6` IS NOT NULL AND NOT (`_rl0_11` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role_other' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c7` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40020 AS `_order`
FROM l0_s40 WHERE `_a7` IS NOT NULL AND NOT (`_rl0_14` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('staff' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c4` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40021 AS `_order`
FROM l0_s40 WHERE `_a4` IS NOT NULL AND NOT (`_rl0_6` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c66` = '1' THEN '-1' END, CASE WHEN `c59` = '1' THEN '1' END, CASE WHEN `c60` = '1' THEN '2' END, CASE WHEN `c61` = '1' THEN '3' END, CASE WHEN `c62` = '1' THEN '4' END, CASE WHEN `c63` = '1' THEN '5' END, CASE WHEN `c64` = '1' THEN '6' END, CASE WHEN `c65` = '1' THEN '97' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40022 AS `_order`
FROM l0_s40 WHERE `_g59` AND NOT (`_rl0_48` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_planned' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c68` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40023 AS `_order`
FROM l0_s40 WHERE `_a68` IS NOT NULL AND NOT (`_rl0_53` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_year' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c67` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40024 AS `_order`
FROM l0_s40 WHERE `_a67` IS NOT NULL AND NOT (`_rl0_51` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c53` = '1' THEN '-1' END, CASE WHEN `c44` = '1' THEN '1' END, CASE WHEN `c45` = '1' THEN '2' END, CASE WHEN `c46` = '1' THEN '3' END, CASE WHEN `c47` = '1' THEN '4' END, CASE WHEN `c48` = '1' THEN '5' END, CASE WHEN `c49` = '1' THEN '6' END, CASE WHEN `c50` = '1' THEN '7' END, CASE WHEN `c51` = '1' THEN '8' END, CASE WHEN `c52` = '1' THEN '97' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40025 AS `_order`
FROM l0_s40 WHERE `_g44` AND NOT (`_rl0_38` AND TRUE)
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50001 AS `_order`
FROM l0_s40 WHERE `_rl0_1` AND `_xl0_2` IS NULL AND NOT (`c2` <> '' AND `_a2` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type_other' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50002 AS `_order`
FROM l0_s40 WHERE `_rl0_4` AND `_xl0_5` IS NULL AND NOT (`c3` <> '' AND `_a3` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('staff' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50003 AS `_order`
FROM l0_s40 WHERE `_rl0_6` AND `_xl0_7` IS NULL AND NOT (`c4` <> '' AND `_a4` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('branch' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50004 AS `_order`
FROM l0_s40 WHERE `_rl0_9` AND `_xl0_10` IS NULL AND NOT (`c5` <> '' AND `_a5` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50005 AS `_order`
FROM l0_s40 WHERE `_rl0_11` AND `_xl0_12` IS NULL AND NOT (`c6` <> '' AND `_a6` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role_other' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50006 AS `_order`
FROM l0_s40 WHERE `_rl0_14` AND `_xl0_15` IS NULL AND NOT (`c7` <> '' AND `_a7` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('activity' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50007 AS `_order`
FROM l0_s40 WHERE `_rl0_16` AND `_xl0_17` IS NULL AND NOT (`c8` <> '' AND `_a8` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adopted' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50008 AS `_order`
FROM l0_s40 WHERE `_rl0_20` AND `_xl0_21` IS NULL AND NOT (`c9` <> '' AND `_a9` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50009 AS `_order`
FROM l0_s40 WHERE `_rl0_23` AND `_xl0_24` IS NULL AND NOT ((`c10` NOT IN ('', '0', '1') OR `c11` NOT IN ('', '0', '1') OR `c12` NOT IN ('', '0', '1') OR `c13` NOT IN ('', '0', '1') OR `c14` NOT IN ('', '0', '1') OR `c15` NOT IN ('', '0', '1')) OR ((CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END) < 6) OR (((CASE WHEN `c10` = '' THEN 1 ELSE 0 END + CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c10` = '1' THEN 1 ELSE 0 END + CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END) > 1 AND (`c15` = '1')))) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('novelty' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50010 AS `_order`
FROM l0_s40 WHERE `_rl0_25` AND `_xl0_26` IS NULL AND NOT (`c16` <> '' AND `_a16` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50011 AS `_order`
FROM l0_s40 WHERE `_rl0_33` AND `_xl0_34` IS NULL AND NOT ((`c34` NOT IN ('', '0', '1') OR `c35` NOT IN ('', '0', '1') OR `c36` NOT IN ('', '0', '1') OR `c37` NOT IN ('', '0', '1') OR `c38` NOT IN ('', '0', '1') OR `c39` NOT IN ('', '0', '1') OR `c40` NOT IN ('', '0', '1') OR `c41` NOT IN ('', '0', '1') OR `c42` NOT IN ('', '0', '1')) OR ((CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END + CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END + CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END) < 9) OR (((CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END + CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END + CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END + CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END) > 1 AND (`c42` = '1')))) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_experiments' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50012 AS `_order`
FROM l0_s40 WHERE `_rl0_43` AND `_xl0_44` IS NULL AND NOT (`c55` <> '' AND `_a55` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_risk_taking' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50013 AS `_order`
FROM l0_s40 WHERE `_rl0_43` AND `_xl0_45` IS NULL AND NOT (`c56` <> '' AND `_a56` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_management' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50014 AS `_order`
FROM l0_s40 WHERE `_rl0_43` AND `_xl0_46` IS NULL AND NOT (`c57` <> '' AND `_a57` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_across_agencies' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50015 AS `_order`
FROM l0_s40 WHERE `_rl0_43` AND `_xl0_47` IS NULL AND NOT (`c58` <> '' AND `_a58` IS NULL) AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('staff' AS STRING) AS `variable`, CAST('QD6008' AS STRING) AS `rule`, CAST('note' AS STRING) AS `severity`, CAST(`c4` AS STRING) AS `value`, CAST('fails its check staff <= 40000' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 60001 AS `_order`
FROM l0_s40 WHERE `_cl0_8` AND TRUE
UNION ALL
SELECT CAST('state_innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('participants' AS STRING) AS `variable`, CAST('QD6007' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c54` AS STRING) AS `value`, CAST('fails its check participants <= staff' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 60002 AS `_order`
FROM l0_s40 WHERE `_cl0_42` AND TRUE;

-- The findings, in validate-data's order: by level, by row, then within a row duplicate key, cells, routing, checks, calculates.
CREATE VIEW findings AS SELECT `file`, `line`, `level`, `record_id`, `iteration`, `variable`, `rule`, `severity`, `value`, `message`, `cause` FROM qdsl_findings ORDER BY `_level`, `_row`, `_order`;

SELECT * FROM findings;
