-- innovation_barometer: the data rules of `qdsl validate-data` as SQL (spark), written by `qdsl compile --target sql`.
-- Run this file on an empty database, load each data file with its statement below, then query the view
-- `findings` (the last statement of this file selects it, in the order validate-data reports).
-- Every cell is loaded as text, so that a faulty file loads and its faults are found.
-- Load the data files (one statement per level):
--   INSERT INTO `innovation_barometer` SELECT monotonically_increasing_id(), * FROM csv.`innovation-barometer.csv` -- with the reader's header option on (spark.read.option('header', True))
-- Not checked in SQL: the header (QD6001, QD6002: the load statement refuses an unknown column and leaves a missing one empty) and the file's syntax (QD6013).

SET spark.sql.analyzer.maxIterations = 10000;
SET spark.sql.optimizer.excludedRules = org.apache.spark.sql.catalyst.optimizer.CollapseProject;
CREATE TABLE `innovation_barometer` (
  `_row` BIGINT,
  `record_id` STRING,
  `org_name` STRING,
  `org_type` STRING,
  `org_type_other` STRING,
  `staff` STRING,
  `inhabitants` STRING,
  `member_municipalities` STRING,
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
  `kind_count` STRING,
  `innovation_count` STRING,
  `system_description` STRING,
  `novelty` STRING,
  `origin` STRING,
  `motives_1` STRING,
  `motives_2` STRING,
  `motives_3` STRING,
  `motives_4` STRING,
  `motives_5` STRING,
  `motives_6` STRING,
  `motives_7` STRING,
  `motives_8` STRING,
  `motives_m1` STRING,
  `sharing_1` STRING,
  `sharing_2` STRING,
  `sharing_3` STRING,
  `sharing_4` STRING,
  `sharing_5` STRING,
  `sharing_6` STRING,
  `sharing_97` STRING,
  `outcomes_1` STRING,
  `outcomes_2` STRING,
  `outcomes_3` STRING,
  `outcomes_4` STRING,
  `outcomes_5` STRING,
  `outcomes_6` STRING,
  `outcomes_m2` STRING,
  `adoption_plans` STRING,
  `idea_sources_1` STRING,
  `idea_sources_2` STRING,
  `idea_sources_3` STRING,
  `idea_sources_4` STRING,
  `idea_sources_5` STRING,
  `idea_sources_6` STRING,
  `idea_sources_7` STRING,
  `idea_sources_8` STRING,
  `idea_sources_9` STRING,
  `idea_sources_10` STRING,
  `idea_sources_m1` STRING,
  `partners_1` STRING,
  `partners_2` STRING,
  `partners_3` STRING,
  `partners_4` STRING,
  `partners_5` STRING,
  `partners_6` STRING,
  `partners_7` STRING,
  `partners_97` STRING,
  `partner_count` STRING,
  `collaboration_phase_1` STRING,
  `collaboration_phase_2` STRING,
  `collaboration_phase_3` STRING,
  `collaboration_phase_4` STRING,
  `collaboration_phase_5` STRING,
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
  `culture_failures` STRING,
  `culture_working_time` STRING,
  `culture_clear_goals` STRING,
  `culture_management` STRING,
  `culture_user_involvement` STRING,
  `culture_agree_count` STRING,
  `strategies_1` STRING,
  `strategies_2` STRING,
  `strategies_3` STRING,
  `strategies_4` STRING,
  `strategies_5` STRING,
  `strategies_6` STRING,
  `strategies_7` STRING,
  `strategies_97` STRING,
  `strategies_m1` STRING,
  `strategy_year` STRING,
  `strategy_planned` STRING,
  `unit_status` STRING,
  `unit_fte` STRING,
  `unit_share` STRING,
  `unit_tasks_1` STRING,
  `unit_tasks_2` STRING,
  `unit_tasks_3` STRING,
  `unit_tasks_4` STRING,
  `unit_tasks_5` STRING,
  `unit_tasks_6` STRING,
  `unit_planned_year` STRING,
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
  `barrier_detail` STRING,
  `comment` STRING
) USING parquet;
-- The date of today() and of the paradata a record lacks (validate-data's --today): update it to check as of another day.
CREATE TABLE qdsl_today USING parquet AS SELECT CURRENT_DATE AS today;

-- Each level's data with types, for analysis (a cell that is not a value of its type is NULL there and a finding below).
-- Key of innovation_barometer: record_id (unique once QD6010 finds nothing).
CREATE VIEW `innovation_barometer__typed` AS SELECT
  `record_id` AS `record_id`,
  `org_name` AS `org_name`,
  try_cast(`org_type` AS BIGINT) AS `org_type`,
  `org_type_other` AS `org_type_other`,
  try_cast(`staff` AS BIGINT) AS `staff`,
  try_cast(`inhabitants` AS BIGINT) AS `inhabitants`,
  try_cast(`member_municipalities` AS BIGINT) AS `member_municipalities`,
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
  try_cast(`kind_count` AS BIGINT) AS `kind_count`,
  try_cast(`innovation_count` AS BIGINT) AS `innovation_count`,
  `system_description` AS `system_description`,
  try_cast(`novelty` AS BIGINT) AS `novelty`,
  try_cast(`origin` AS BIGINT) AS `origin`,
  try_cast(`motives_1` AS BIGINT) AS `motives_1`,
  try_cast(`motives_2` AS BIGINT) AS `motives_2`,
  try_cast(`motives_3` AS BIGINT) AS `motives_3`,
  try_cast(`motives_4` AS BIGINT) AS `motives_4`,
  try_cast(`motives_5` AS BIGINT) AS `motives_5`,
  try_cast(`motives_6` AS BIGINT) AS `motives_6`,
  try_cast(`motives_7` AS BIGINT) AS `motives_7`,
  try_cast(`motives_8` AS BIGINT) AS `motives_8`,
  try_cast(`motives_m1` AS BIGINT) AS `motives_m1`,
  try_cast(`sharing_1` AS BIGINT) AS `sharing_1`,
  try_cast(`sharing_2` AS BIGINT) AS `sharing_2`,
  try_cast(`sharing_3` AS BIGINT) AS `sharing_3`,
  try_cast(`sharing_4` AS BIGINT) AS `sharing_4`,
  try_cast(`sharing_5` AS BIGINT) AS `sharing_5`,
  try_cast(`sharing_6` AS BIGINT) AS `sharing_6`,
  try_cast(`sharing_97` AS BIGINT) AS `sharing_97`,
  try_cast(`outcomes_1` AS BIGINT) AS `outcomes_1`,
  try_cast(`outcomes_2` AS BIGINT) AS `outcomes_2`,
  try_cast(`outcomes_3` AS BIGINT) AS `outcomes_3`,
  try_cast(`outcomes_4` AS BIGINT) AS `outcomes_4`,
  try_cast(`outcomes_5` AS BIGINT) AS `outcomes_5`,
  try_cast(`outcomes_6` AS BIGINT) AS `outcomes_6`,
  try_cast(`outcomes_m2` AS BIGINT) AS `outcomes_m2`,
  try_cast(`adoption_plans` AS BIGINT) AS `adoption_plans`,
  try_cast(`idea_sources_1` AS BIGINT) AS `idea_sources_1`,
  try_cast(`idea_sources_2` AS BIGINT) AS `idea_sources_2`,
  try_cast(`idea_sources_3` AS BIGINT) AS `idea_sources_3`,
  try_cast(`idea_sources_4` AS BIGINT) AS `idea_sources_4`,
  try_cast(`idea_sources_5` AS BIGINT) AS `idea_sources_5`,
  try_cast(`idea_sources_6` AS BIGINT) AS `idea_sources_6`,
  try_cast(`idea_sources_7` AS BIGINT) AS `idea_sources_7`,
  try_cast(`idea_sources_8` AS BIGINT) AS `idea_sources_8`,
  try_cast(`idea_sources_9` AS BIGINT) AS `idea_sources_9`,
  try_cast(`idea_sources_10` AS BIGINT) AS `idea_sources_10`,
  try_cast(`idea_sources_m1` AS BIGINT) AS `idea_sources_m1`,
  try_cast(`partners_1` AS BIGINT) AS `partners_1`,
  try_cast(`partners_2` AS BIGINT) AS `partners_2`,
  try_cast(`partners_3` AS BIGINT) AS `partners_3`,
  try_cast(`partners_4` AS BIGINT) AS `partners_4`,
  try_cast(`partners_5` AS BIGINT) AS `partners_5`,
  try_cast(`partners_6` AS BIGINT) AS `partners_6`,
  try_cast(`partners_7` AS BIGINT) AS `partners_7`,
  try_cast(`partners_97` AS BIGINT) AS `partners_97`,
  try_cast(`partner_count` AS BIGINT) AS `partner_count`,
  try_cast(`collaboration_phase_1` AS BIGINT) AS `collaboration_phase_1`,
  try_cast(`collaboration_phase_2` AS BIGINT) AS `collaboration_phase_2`,
  try_cast(`collaboration_phase_3` AS BIGINT) AS `collaboration_phase_3`,
  try_cast(`collaboration_phase_4` AS BIGINT) AS `collaboration_phase_4`,
  try_cast(`collaboration_phase_5` AS BIGINT) AS `collaboration_phase_5`,
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
  try_cast(`culture_failures` AS BIGINT) AS `culture_failures`,
  try_cast(`culture_working_time` AS BIGINT) AS `culture_working_time`,
  try_cast(`culture_clear_goals` AS BIGINT) AS `culture_clear_goals`,
  try_cast(`culture_management` AS BIGINT) AS `culture_management`,
  try_cast(`culture_user_involvement` AS BIGINT) AS `culture_user_involvement`,
  try_cast(`culture_agree_count` AS BIGINT) AS `culture_agree_count`,
  try_cast(`strategies_1` AS BIGINT) AS `strategies_1`,
  try_cast(`strategies_2` AS BIGINT) AS `strategies_2`,
  try_cast(`strategies_3` AS BIGINT) AS `strategies_3`,
  try_cast(`strategies_4` AS BIGINT) AS `strategies_4`,
  try_cast(`strategies_5` AS BIGINT) AS `strategies_5`,
  try_cast(`strategies_6` AS BIGINT) AS `strategies_6`,
  try_cast(`strategies_7` AS BIGINT) AS `strategies_7`,
  try_cast(`strategies_97` AS BIGINT) AS `strategies_97`,
  try_cast(`strategies_m1` AS BIGINT) AS `strategies_m1`,
  try_cast(`strategy_year` AS BIGINT) AS `strategy_year`,
  try_cast(`strategy_planned` AS BIGINT) AS `strategy_planned`,
  try_cast(`unit_status` AS BIGINT) AS `unit_status`,
  try_cast(`unit_fte` AS DOUBLE) AS `unit_fte`,
  try_cast(`unit_share` AS DOUBLE) AS `unit_share`,
  try_cast(`unit_tasks_1` AS BIGINT) AS `unit_tasks_1`,
  try_cast(`unit_tasks_2` AS BIGINT) AS `unit_tasks_2`,
  try_cast(`unit_tasks_3` AS BIGINT) AS `unit_tasks_3`,
  try_cast(`unit_tasks_4` AS BIGINT) AS `unit_tasks_4`,
  try_cast(`unit_tasks_5` AS BIGINT) AS `unit_tasks_5`,
  try_cast(`unit_tasks_6` AS BIGINT) AS `unit_tasks_6`,
  try_cast(`unit_planned_year` AS BIGINT) AS `unit_planned_year`,
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
  `barrier_detail` AS `barrier_detail`,
  `comment` AS `comment`
FROM `innovation_barometer`;

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
    COALESCE(CAST(`inhabitants` AS STRING), '') AS `c5`,
    COALESCE(CAST(`member_municipalities` AS STRING), '') AS `c6`,
    COALESCE(CAST(`role` AS STRING), '') AS `c7`,
    COALESCE(CAST(`role_other` AS STRING), '') AS `c8`,
    COALESCE(CAST(`activity` AS STRING), '') AS `c9`,
    COALESCE(CAST(`adopted` AS STRING), '') AS `c10`,
    COALESCE(CAST(`kinds_1` AS STRING), '') AS `c11`,
    COALESCE(CAST(`kinds_2` AS STRING), '') AS `c12`,
    COALESCE(CAST(`kinds_3` AS STRING), '') AS `c13`,
    COALESCE(CAST(`kinds_4` AS STRING), '') AS `c14`,
    COALESCE(CAST(`kinds_5` AS STRING), '') AS `c15`,
    COALESCE(CAST(`kinds_m1` AS STRING), '') AS `c16`,
    COALESCE(CAST(`kind_count` AS STRING), '') AS `c17`,
    COALESCE(CAST(`innovation_count` AS STRING), '') AS `c18`,
    COALESCE(CAST(`system_description` AS STRING), '') AS `c19`,
    COALESCE(CAST(`novelty` AS STRING), '') AS `c20`,
    COALESCE(CAST(`origin` AS STRING), '') AS `c21`,
    COALESCE(CAST(`motives_1` AS STRING), '') AS `c22`,
    COALESCE(CAST(`motives_2` AS STRING), '') AS `c23`,
    COALESCE(CAST(`motives_3` AS STRING), '') AS `c24`,
    COALESCE(CAST(`motives_4` AS STRING), '') AS `c25`,
    COALESCE(CAST(`motives_5` AS STRING), '') AS `c26`,
    COALESCE(CAST(`motives_6` AS STRING), '') AS `c27`,
    COALESCE(CAST(`motives_7` AS STRING), '') AS `c28`,
    COALESCE(CAST(`motives_8` AS STRING), '') AS `c29`,
    COALESCE(CAST(`motives_m1` AS STRING), '') AS `c30`,
    COALESCE(CAST(`sharing_1` AS STRING), '') AS `c31`,
    COALESCE(CAST(`sharing_2` AS STRING), '') AS `c32`,
    COALESCE(CAST(`sharing_3` AS STRING), '') AS `c33`,
    COALESCE(CAST(`sharing_4` AS STRING), '') AS `c34`,
    COALESCE(CAST(`sharing_5` AS STRING), '') AS `c35`,
    COALESCE(CAST(`sharing_6` AS STRING), '') AS `c36`,
    COALESCE(CAST(`sharing_97` AS STRING), '') AS `c37`,
    COALESCE(CAST(`outcomes_1` AS STRING), '') AS `c38`,
    COALESCE(CAST(`outcomes_2` AS STRING), '') AS `c39`,
    COALESCE(CAST(`outcomes_3` AS STRING), '') AS `c40`,
    COALESCE(CAST(`outcomes_4` AS STRING), '') AS `c41`,
    COALESCE(CAST(`outcomes_5` AS STRING), '') AS `c42`,
    COALESCE(CAST(`outcomes_6` AS STRING), '') AS `c43`,
    COALESCE(CAST(`outcomes_m2` AS STRING), '') AS `c44`,
    COALESCE(CAST(`adoption_plans` AS STRING), '') AS `c45`,
    COALESCE(CAST(`idea_sources_1` AS STRING), '') AS `c46`,
    COALESCE(CAST(`idea_sources_2` AS STRING), '') AS `c47`,
    COALESCE(CAST(`idea_sources_3` AS STRING), '') AS `c48`,
    COALESCE(CAST(`idea_sources_4` AS STRING), '') AS `c49`,
    COALESCE(CAST(`idea_sources_5` AS STRING), '') AS `c50`,
    COALESCE(CAST(`idea_sources_6` AS STRING), '') AS `c51`,
    COALESCE(CAST(`idea_sources_7` AS STRING), '') AS `c52`,
    COALESCE(CAST(`idea_sources_8` AS STRING), '') AS `c53`,
    COALESCE(CAST(`idea_sources_9` AS STRING), '') AS `c54`,
    COALESCE(CAST(`idea_sources_10` AS STRING), '') AS `c55`,
    COALESCE(CAST(`idea_sources_m1` AS STRING), '') AS `c56`,
    COALESCE(CAST(`partners_1` AS STRING), '') AS `c57`,
    COALESCE(CAST(`partners_2` AS STRING), '') AS `c58`,
    COALESCE(CAST(`partners_3` AS STRING), '') AS `c59`,
    COALESCE(CAST(`partners_4` AS STRING), '') AS `c60`,
    COALESCE(CAST(`partners_5` AS STRING), '') AS `c61`,
    COALESCE(CAST(`partners_6` AS STRING), '') AS `c62`,
    COALESCE(CAST(`partners_7` AS STRING), '') AS `c63`,
    COALESCE(CAST(`partners_97` AS STRING), '') AS `c64`,
    COALESCE(CAST(`partner_count` AS STRING), '') AS `c65`,
    COALESCE(CAST(`collaboration_phase_1` AS STRING), '') AS `c66`,
    COALESCE(CAST(`collaboration_phase_2` AS STRING), '') AS `c67`,
    COALESCE(CAST(`collaboration_phase_3` AS STRING), '') AS `c68`,
    COALESCE(CAST(`collaboration_phase_4` AS STRING), '') AS `c69`,
    COALESCE(CAST(`collaboration_phase_5` AS STRING), '') AS `c70`,
    COALESCE(CAST(`support_1` AS STRING), '') AS `c71`,
    COALESCE(CAST(`support_2` AS STRING), '') AS `c72`,
    COALESCE(CAST(`support_3` AS STRING), '') AS `c73`,
    COALESCE(CAST(`support_4` AS STRING), '') AS `c74`,
    COALESCE(CAST(`support_5` AS STRING), '') AS `c75`,
    COALESCE(CAST(`support_6` AS STRING), '') AS `c76`,
    COALESCE(CAST(`support_7` AS STRING), '') AS `c77`,
    COALESCE(CAST(`support_8` AS STRING), '') AS `c78`,
    COALESCE(CAST(`support_97` AS STRING), '') AS `c79`,
    COALESCE(CAST(`support_m1` AS STRING), '') AS `c80`,
    COALESCE(CAST(`participants` AS STRING), '') AS `c81`,
    COALESCE(CAST(`culture_experiments` AS STRING), '') AS `c82`,
    COALESCE(CAST(`culture_risk_taking` AS STRING), '') AS `c83`,
    COALESCE(CAST(`culture_failures` AS STRING), '') AS `c84`,
    COALESCE(CAST(`culture_working_time` AS STRING), '') AS `c85`,
    COALESCE(CAST(`culture_clear_goals` AS STRING), '') AS `c86`,
    COALESCE(CAST(`culture_management` AS STRING), '') AS `c87`,
    COALESCE(CAST(`culture_user_involvement` AS STRING), '') AS `c88`,
    COALESCE(CAST(`culture_agree_count` AS STRING), '') AS `c89`,
    COALESCE(CAST(`strategies_1` AS STRING), '') AS `c90`,
    COALESCE(CAST(`strategies_2` AS STRING), '') AS `c91`,
    COALESCE(CAST(`strategies_3` AS STRING), '') AS `c92`,
    COALESCE(CAST(`strategies_4` AS STRING), '') AS `c93`,
    COALESCE(CAST(`strategies_5` AS STRING), '') AS `c94`,
    COALESCE(CAST(`strategies_6` AS STRING), '') AS `c95`,
    COALESCE(CAST(`strategies_7` AS STRING), '') AS `c96`,
    COALESCE(CAST(`strategies_97` AS STRING), '') AS `c97`,
    COALESCE(CAST(`strategies_m1` AS STRING), '') AS `c98`,
    COALESCE(CAST(`strategy_year` AS STRING), '') AS `c99`,
    COALESCE(CAST(`strategy_planned` AS STRING), '') AS `c100`,
    COALESCE(CAST(`unit_status` AS STRING), '') AS `c101`,
    COALESCE(CAST(`unit_fte` AS STRING), '') AS `c102`,
    COALESCE(CAST(`unit_share` AS STRING), '') AS `c103`,
    COALESCE(CAST(`unit_tasks_1` AS STRING), '') AS `c104`,
    COALESCE(CAST(`unit_tasks_2` AS STRING), '') AS `c105`,
    COALESCE(CAST(`unit_tasks_3` AS STRING), '') AS `c106`,
    COALESCE(CAST(`unit_tasks_4` AS STRING), '') AS `c107`,
    COALESCE(CAST(`unit_tasks_5` AS STRING), '') AS `c108`,
    COALESCE(CAST(`unit_tasks_6` AS STRING), '') AS `c109`,
    COALESCE(CAST(`unit_planned_year` AS STRING), '') AS `c110`,
    COALESCE(CAST(`barriers_1` AS STRING), '') AS `c111`,
    COALESCE(CAST(`barriers_2` AS STRING), '') AS `c112`,
    COALESCE(CAST(`barriers_3` AS STRING), '') AS `c113`,
    COALESCE(CAST(`barriers_4` AS STRING), '') AS `c114`,
    COALESCE(CAST(`barriers_5` AS STRING), '') AS `c115`,
    COALESCE(CAST(`barriers_6` AS STRING), '') AS `c116`,
    COALESCE(CAST(`barriers_7` AS STRING), '') AS `c117`,
    COALESCE(CAST(`barriers_8` AS STRING), '') AS `c118`,
    COALESCE(CAST(`barriers_9` AS STRING), '') AS `c119`,
    COALESCE(CAST(`barriers_10` AS STRING), '') AS `c120`,
    COALESCE(CAST(`barriers_97` AS STRING), '') AS `c121`,
    COALESCE(CAST(`barriers_m1` AS STRING), '') AS `c122`,
    COALESCE(CAST(`barrier_detail` AS STRING), '') AS `c123`,
    COALESCE(CAST(`comment` AS STRING), '') AS `c124`,
    (SELECT today FROM qdsl_today) AS `_today`
  FROM `innovation_barometer`),
l0_keys AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY `c0`, TRUE ORDER BY `_row`) AS `_seen`,
    FALSE AS `_orphan`, TRUE AS `_keysok`
  FROM l0_raw r),
l0_s1 AS (
  SELECT *,
    CASE WHEN `c1` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN TRUE THEN `c1` END AS `_a1`,
    CASE WHEN `c2` = '' THEN NULL WHEN NOT ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c2` AS BIGINT) IN (1, 2, 3, 4, 5) THEN try_cast(`c2` AS BIGINT) END AS `_a2`,
    CASE WHEN `c3` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN TRUE THEN `c3` END AS `_a3`,
    CASE WHEN `c4` = '' THEN NULL WHEN NOT ((`c4` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c4` AS DOUBLE) = floor(try_cast(`c4` AS DOUBLE)) AND abs(try_cast(`c4` AS DOUBLE)) < 9.2e18 AND try_cast(`c4` AS DOUBLE) >= 1 AND try_cast(`c4` AS DOUBLE) <= 200000 THEN try_cast(`c4` AS DOUBLE) END AS `_a4`,
    CASE WHEN `c5` = '' THEN NULL WHEN NOT ((`c5` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c5` AS DOUBLE) = floor(try_cast(`c5` AS DOUBLE)) AND abs(try_cast(`c5` AS DOUBLE)) < 9.2e18 AND try_cast(`c5` AS DOUBLE) >= 1 AND try_cast(`c5` AS DOUBLE) <= 700000 THEN try_cast(`c5` AS DOUBLE) END AS `_a5`,
    CASE WHEN `c6` = '' THEN NULL WHEN NOT ((`c6` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c6` AS DOUBLE) = floor(try_cast(`c6` AS DOUBLE)) AND abs(try_cast(`c6` AS DOUBLE)) < 9.2e18 AND try_cast(`c6` AS DOUBLE) >= 1 AND try_cast(`c6` AS DOUBLE) <= 309 THEN try_cast(`c6` AS DOUBLE) END AS `_a6`,
    CASE WHEN `c7` = '' THEN NULL WHEN NOT ((`c7` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c7` AS BIGINT) IN (1, 2, 3, 4) THEN try_cast(`c7` AS BIGINT) END AS `_a7`,
    CASE WHEN `c8` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN TRUE THEN `c8` END AS `_a8`,
    CASE WHEN `c9` = '' THEN NULL WHEN NOT ((`c9` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c9` AS BIGINT) IN (1, 2, 3) THEN try_cast(`c9` AS BIGINT) END AS `_a9`,
    CASE WHEN `c10` = '' THEN NULL WHEN NOT ((`c10` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c10` AS BIGINT) IN (1, 2, -1) THEN try_cast(`c10` AS BIGINT) END AS `_a10`,
    CASE WHEN `c18` = '' THEN NULL WHEN NOT ((`c18` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c18` AS DOUBLE) = floor(try_cast(`c18` AS DOUBLE)) AND abs(try_cast(`c18` AS DOUBLE)) < 9.2e18 AND try_cast(`c18` AS DOUBLE) >= 1 AND try_cast(`c18` AS DOUBLE) <= 999 THEN try_cast(`c18` AS DOUBLE) END AS `_a18`,
    CASE WHEN `c19` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c19`) <= 1000 THEN `c19` END AS `_a19`,
    CASE WHEN `c20` = '' THEN NULL WHEN NOT ((`c20` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c20` AS BIGINT) IN (1, 2, 3, -1) THEN try_cast(`c20` AS BIGINT) END AS `_a20`,
    CASE WHEN `c21` = '' THEN NULL WHEN NOT ((`c21` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c21` AS BIGINT) IN (1, 2, 3, 4, -1) THEN try_cast(`c21` AS BIGINT) END AS `_a21`,
    CASE WHEN `c45` = '' THEN NULL WHEN NOT ((`c45` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c45` AS BIGINT) IN (1, 2, -1) THEN try_cast(`c45` AS BIGINT) END AS `_a45`,
    CASE WHEN `c81` = '' THEN NULL WHEN NOT ((`c81` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c81` AS DOUBLE) = floor(try_cast(`c81` AS DOUBLE)) AND abs(try_cast(`c81` AS DOUBLE)) < 9.2e18 AND try_cast(`c81` AS DOUBLE) >= 0 AND try_cast(`c81` AS DOUBLE) <= 200000 THEN try_cast(`c81` AS DOUBLE) END AS `_a81`,
    CASE WHEN `c82` = '' THEN NULL WHEN NOT ((`c82` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c82` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c82` AS BIGINT) END AS `_a82`,
    CASE WHEN `c83` = '' THEN NULL WHEN NOT ((`c83` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c83` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c83` AS BIGINT) END AS `_a83`,
    CASE WHEN `c84` = '' THEN NULL WHEN NOT ((`c84` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c84` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c84` AS BIGINT) END AS `_a84`,
    CASE WHEN `c85` = '' THEN NULL WHEN NOT ((`c85` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c85` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c85` AS BIGINT) END AS `_a85`,
    CASE WHEN `c86` = '' THEN NULL WHEN NOT ((`c86` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c86` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c86` AS BIGINT) END AS `_a86`,
    CASE WHEN `c87` = '' THEN NULL WHEN NOT ((`c87` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c87` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c87` AS BIGINT) END AS `_a87`,
    CASE WHEN `c88` = '' THEN NULL WHEN NOT ((`c88` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c88` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c88` AS BIGINT) END AS `_a88`,
    CASE WHEN `c99` = '' THEN NULL WHEN NOT ((`c99` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c99` AS DOUBLE) = floor(try_cast(`c99` AS DOUBLE)) AND abs(try_cast(`c99` AS DOUBLE)) < 9.2e18 AND try_cast(`c99` AS DOUBLE) >= 1990 AND try_cast(`c99` AS DOUBLE) <= 2022 THEN try_cast(`c99` AS DOUBLE) END AS `_a99`,
    CASE WHEN `c100` = '' THEN NULL WHEN NOT ((`c100` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c100` AS BIGINT) IN (1, 2, -1) THEN try_cast(`c100` AS BIGINT) END AS `_a100`,
    CASE WHEN `c101` = '' THEN NULL WHEN NOT ((`c101` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c101` AS BIGINT) IN (1, 2, 3, 4) THEN try_cast(`c101` AS BIGINT) END AS `_a101`,
    CASE WHEN `c102` = '' THEN NULL WHEN NOT ((`c102` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c102` AS DOUBLE) IS NOT NULL AND try_cast(`c102` AS DOUBLE) >= 0 AND try_cast(`c102` AS DOUBLE) <= 10000 THEN try_cast(`c102` AS DOUBLE) END AS `_a102`,
    CASE WHEN `c110` = '' THEN NULL WHEN NOT ((`c110` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c110` AS DOUBLE) = floor(try_cast(`c110` AS DOUBLE)) AND abs(try_cast(`c110` AS DOUBLE)) < 9.2e18 AND try_cast(`c110` AS DOUBLE) >= 2022 AND try_cast(`c110` AS DOUBLE) <= 2030 THEN try_cast(`c110` AS DOUBLE) END AS `_a110`,
    CASE WHEN `c123` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c123`) <= 1000 THEN `c123` END AS `_a123`,
    CASE WHEN `c124` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c124`) <= 2000 THEN `c124` END AS `_a124`,
    ((CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END) > 0) AS `_g11`,
    CASE WHEN ((CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END) > 1 AND (`c16` = '1')) THEN CAST((CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n11`,
    ((CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END + CASE WHEN `c25` = '' THEN 1 ELSE 0 END + CASE WHEN `c26` = '' THEN 1 ELSE 0 END + CASE WHEN `c27` = '' THEN 1 ELSE 0 END + CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END + CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END) > 0) AS `_g22`,
    CASE WHEN ((CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END + CASE WHEN `c25` = '' THEN 1 ELSE 0 END + CASE WHEN `c26` = '' THEN 1 ELSE 0 END + CASE WHEN `c27` = '' THEN 1 ELSE 0 END + CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END + CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END + CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END) > 1 AND (`c30` = '1')) THEN CAST((CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END + CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n22`,
    ((CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END + CASE WHEN `c33` = '' THEN 1 ELSE 0 END + CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END + CASE WHEN `c33` = '1' THEN 1 ELSE 0 END + CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END) > 0) AS `_g31`,
    CASE WHEN ((CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END + CASE WHEN `c33` = '' THEN 1 ELSE 0 END + CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END + CASE WHEN `c33` = '1' THEN 1 ELSE 0 END + CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END + CASE WHEN `c33` = '1' THEN 1 ELSE 0 END + CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END) > 1 AND (`c37` = '1')) THEN CAST((CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END + CASE WHEN `c33` = '1' THEN 1 ELSE 0 END + CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n31`,
    ((CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END + CASE WHEN `c43` = '' THEN 1 ELSE 0 END + CASE WHEN `c44` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END + CASE WHEN `c43` = '1' THEN 1 ELSE 0 END + CASE WHEN `c44` = '1' THEN 1 ELSE 0 END) > 0) AS `_g38`,
    CASE WHEN ((CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END + CASE WHEN `c43` = '' THEN 1 ELSE 0 END + CASE WHEN `c44` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END + CASE WHEN `c43` = '1' THEN 1 ELSE 0 END + CASE WHEN `c44` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END + CASE WHEN `c43` = '1' THEN 1 ELSE 0 END + CASE WHEN `c44` = '1' THEN 1 ELSE 0 END) > 1 AND (`c44` = '1')) THEN CAST((CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END + CASE WHEN `c43` = '1' THEN 1 ELSE 0 END + CASE WHEN `c44` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n38`,
    ((CASE WHEN `c46` = '' THEN 1 ELSE 0 END + CASE WHEN `c47` = '' THEN 1 ELSE 0 END + CASE WHEN `c48` = '' THEN 1 ELSE 0 END + CASE WHEN `c49` = '' THEN 1 ELSE 0 END + CASE WHEN `c50` = '' THEN 1 ELSE 0 END + CASE WHEN `c51` = '' THEN 1 ELSE 0 END + CASE WHEN `c52` = '' THEN 1 ELSE 0 END + CASE WHEN `c53` = '' THEN 1 ELSE 0 END + CASE WHEN `c54` = '' THEN 1 ELSE 0 END + CASE WHEN `c55` = '' THEN 1 ELSE 0 END + CASE WHEN `c56` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END + CASE WHEN `c54` = '1' THEN 1 ELSE 0 END + CASE WHEN `c55` = '1' THEN 1 ELSE 0 END + CASE WHEN `c56` = '1' THEN 1 ELSE 0 END) > 0) AS `_g46`,
    CASE WHEN ((CASE WHEN `c46` = '' THEN 1 ELSE 0 END + CASE WHEN `c47` = '' THEN 1 ELSE 0 END + CASE WHEN `c48` = '' THEN 1 ELSE 0 END + CASE WHEN `c49` = '' THEN 1 ELSE 0 END + CASE WHEN `c50` = '' THEN 1 ELSE 0 END + CASE WHEN `c51` = '' THEN 1 ELSE 0 END + CASE WHEN `c52` = '' THEN 1 ELSE 0 END + CASE WHEN `c53` = '' THEN 1 ELSE 0 END + CASE WHEN `c54` = '' THEN 1 ELSE 0 END + CASE WHEN `c55` = '' THEN 1 ELSE 0 END + CASE WHEN `c56` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END + CASE WHEN `c54` = '1' THEN 1 ELSE 0 END + CASE WHEN `c55` = '1' THEN 1 ELSE 0 END + CASE WHEN `c56` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END + CASE WHEN `c54` = '1' THEN 1 ELSE 0 END + CASE WHEN `c55` = '1' THEN 1 ELSE 0 END + CASE WHEN `c56` = '1' THEN 1 ELSE 0 END) > 1 AND (`c56` = '1')) THEN CAST((CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END + CASE WHEN `c54` = '1' THEN 1 ELSE 0 END + CASE WHEN `c55` = '1' THEN 1 ELSE 0 END + CASE WHEN `c56` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n46`,
    ((CASE WHEN `c57` = '' THEN 1 ELSE 0 END + CASE WHEN `c58` = '' THEN 1 ELSE 0 END + CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c57` = '1' THEN 1 ELSE 0 END + CASE WHEN `c58` = '1' THEN 1 ELSE 0 END + CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END) > 0) AS `_g57`,
    CASE WHEN ((CASE WHEN `c57` = '' THEN 1 ELSE 0 END + CASE WHEN `c58` = '' THEN 1 ELSE 0 END + CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c57` = '1' THEN 1 ELSE 0 END + CASE WHEN `c58` = '1' THEN 1 ELSE 0 END + CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c57` = '1' THEN 1 ELSE 0 END + CASE WHEN `c58` = '1' THEN 1 ELSE 0 END + CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END) > 1 AND (`c64` = '1')) THEN CAST((CASE WHEN `c57` = '1' THEN 1 ELSE 0 END + CASE WHEN `c58` = '1' THEN 1 ELSE 0 END + CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n57`,
    ((CASE WHEN `c66` = '' THEN 1 ELSE 0 END + CASE WHEN `c67` = '' THEN 1 ELSE 0 END + CASE WHEN `c68` = '' THEN 1 ELSE 0 END + CASE WHEN `c69` = '' THEN 1 ELSE 0 END + CASE WHEN `c70` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c66` = '1' THEN 1 ELSE 0 END + CASE WHEN `c67` = '1' THEN 1 ELSE 0 END + CASE WHEN `c68` = '1' THEN 1 ELSE 0 END + CASE WHEN `c69` = '1' THEN 1 ELSE 0 END + CASE WHEN `c70` = '1' THEN 1 ELSE 0 END) > 0) AS `_g66`,
    CASE WHEN ((CASE WHEN `c66` = '' THEN 1 ELSE 0 END + CASE WHEN `c67` = '' THEN 1 ELSE 0 END + CASE WHEN `c68` = '' THEN 1 ELSE 0 END + CASE WHEN `c69` = '' THEN 1 ELSE 0 END + CASE WHEN `c70` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c66` = '1' THEN 1 ELSE 0 END + CASE WHEN `c67` = '1' THEN 1 ELSE 0 END + CASE WHEN `c68` = '1' THEN 1 ELSE 0 END + CASE WHEN `c69` = '1' THEN 1 ELSE 0 END + CASE WHEN `c70` = '1' THEN 1 ELSE 0 END) > 0) AND NOT FALSE THEN CAST((CASE WHEN `c66` = '1' THEN 1 ELSE 0 END + CASE WHEN `c67` = '1' THEN 1 ELSE 0 END + CASE WHEN `c68` = '1' THEN 1 ELSE 0 END + CASE WHEN `c69` = '1' THEN 1 ELSE 0 END + CASE WHEN `c70` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n66`,
    ((CASE WHEN `c71` = '' THEN 1 ELSE 0 END + CASE WHEN `c72` = '' THEN 1 ELSE 0 END + CASE WHEN `c73` = '' THEN 1 ELSE 0 END + CASE WHEN `c74` = '' THEN 1 ELSE 0 END + CASE WHEN `c75` = '' THEN 1 ELSE 0 END + CASE WHEN `c76` = '' THEN 1 ELSE 0 END + CASE WHEN `c77` = '' THEN 1 ELSE 0 END + CASE WHEN `c78` = '' THEN 1 ELSE 0 END + CASE WHEN `c79` = '' THEN 1 ELSE 0 END + CASE WHEN `c80` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) > 0) AS `_g71`,
    CASE WHEN ((CASE WHEN `c71` = '' THEN 1 ELSE 0 END + CASE WHEN `c72` = '' THEN 1 ELSE 0 END + CASE WHEN `c73` = '' THEN 1 ELSE 0 END + CASE WHEN `c74` = '' THEN 1 ELSE 0 END + CASE WHEN `c75` = '' THEN 1 ELSE 0 END + CASE WHEN `c76` = '' THEN 1 ELSE 0 END + CASE WHEN `c77` = '' THEN 1 ELSE 0 END + CASE WHEN `c78` = '' THEN 1 ELSE 0 END + CASE WHEN `c79` = '' THEN 1 ELSE 0 END + CASE WHEN `c80` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) > 1 AND (`c79` = '1' OR `c80` = '1')) THEN CAST((CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n71`,
    ((CASE WHEN `c90` = '' THEN 1 ELSE 0 END + CASE WHEN `c91` = '' THEN 1 ELSE 0 END + CASE WHEN `c92` = '' THEN 1 ELSE 0 END + CASE WHEN `c93` = '' THEN 1 ELSE 0 END + CASE WHEN `c94` = '' THEN 1 ELSE 0 END + CASE WHEN `c95` = '' THEN 1 ELSE 0 END + CASE WHEN `c96` = '' THEN 1 ELSE 0 END + CASE WHEN `c97` = '' THEN 1 ELSE 0 END + CASE WHEN `c98` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c90` = '1' THEN 1 ELSE 0 END + CASE WHEN `c91` = '1' THEN 1 ELSE 0 END + CASE WHEN `c92` = '1' THEN 1 ELSE 0 END + CASE WHEN `c93` = '1' THEN 1 ELSE 0 END + CASE WHEN `c94` = '1' THEN 1 ELSE 0 END + CASE WHEN `c95` = '1' THEN 1 ELSE 0 END + CASE WHEN `c96` = '1' THEN 1 ELSE 0 END + CASE WHEN `c97` = '1' THEN 1 ELSE 0 END + CASE WHEN `c98` = '1' THEN 1 ELSE 0 END) > 0) AS `_g90`,
    CASE WHEN ((CASE WHEN `c90` = '' THEN 1 ELSE 0 END + CASE WHEN `c91` = '' THEN 1 ELSE 0 END + CASE WHEN `c92` = '' THEN 1 ELSE 0 END + CASE WHEN `c93` = '' THEN 1 ELSE 0 END + CASE WHEN `c94` = '' THEN 1 ELSE 0 END + CASE WHEN `c95` = '' THEN 1 ELSE 0 END + CASE WHEN `c96` = '' THEN 1 ELSE 0 END + CASE WHEN `c97` = '' THEN 1 ELSE 0 END + CASE WHEN `c98` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c90` = '1' THEN 1 ELSE 0 END + CASE WHEN `c91` = '1' THEN 1 ELSE 0 END + CASE WHEN `c92` = '1' THEN 1 ELSE 0 END + CASE WHEN `c93` = '1' THEN 1 ELSE 0 END + CASE WHEN `c94` = '1' THEN 1 ELSE 0 END + CASE WHEN `c95` = '1' THEN 1 ELSE 0 END + CASE WHEN `c96` = '1' THEN 1 ELSE 0 END + CASE WHEN `c97` = '1' THEN 1 ELSE 0 END + CASE WHEN `c98` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c90` = '1' THEN 1 ELSE 0 END + CASE WHEN `c91` = '1' THEN 1 ELSE 0 END + CASE WHEN `c92` = '1' THEN 1 ELSE 0 END + CASE WHEN `c93` = '1' THEN 1 ELSE 0 END + CASE WHEN `c94` = '1' THEN 1 ELSE 0 END + CASE WHEN `c95` = '1' THEN 1 ELSE 0 END + CASE WHEN `c96` = '1' THEN 1 ELSE 0 END + CASE WHEN `c97` = '1' THEN 1 ELSE 0 END + CASE WHEN `c98` = '1' THEN 1 ELSE 0 END) > 1 AND (`c97` = '1' OR `c98` = '1')) THEN CAST((CASE WHEN `c90` = '1' THEN 1 ELSE 0 END + CASE WHEN `c91` = '1' THEN 1 ELSE 0 END + CASE WHEN `c92` = '1' THEN 1 ELSE 0 END + CASE WHEN `c93` = '1' THEN 1 ELSE 0 END + CASE WHEN `c94` = '1' THEN 1 ELSE 0 END + CASE WHEN `c95` = '1' THEN 1 ELSE 0 END + CASE WHEN `c96` = '1' THEN 1 ELSE 0 END + CASE WHEN `c97` = '1' THEN 1 ELSE 0 END + CASE WHEN `c98` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n90`,
    ((CASE WHEN `c104` = '' THEN 1 ELSE 0 END + CASE WHEN `c105` = '' THEN 1 ELSE 0 END + CASE WHEN `c106` = '' THEN 1 ELSE 0 END + CASE WHEN `c107` = '' THEN 1 ELSE 0 END + CASE WHEN `c108` = '' THEN 1 ELSE 0 END + CASE WHEN `c109` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c104` = '1' THEN 1 ELSE 0 END + CASE WHEN `c105` = '1' THEN 1 ELSE 0 END + CASE WHEN `c106` = '1' THEN 1 ELSE 0 END + CASE WHEN `c107` = '1' THEN 1 ELSE 0 END + CASE WHEN `c108` = '1' THEN 1 ELSE 0 END + CASE WHEN `c109` = '1' THEN 1 ELSE 0 END) > 0) AS `_g104`,
    CASE WHEN ((CASE WHEN `c104` = '' THEN 1 ELSE 0 END + CASE WHEN `c105` = '' THEN 1 ELSE 0 END + CASE WHEN `c106` = '' THEN 1 ELSE 0 END + CASE WHEN `c107` = '' THEN 1 ELSE 0 END + CASE WHEN `c108` = '' THEN 1 ELSE 0 END + CASE WHEN `c109` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c104` = '1' THEN 1 ELSE 0 END + CASE WHEN `c105` = '1' THEN 1 ELSE 0 END + CASE WHEN `c106` = '1' THEN 1 ELSE 0 END + CASE WHEN `c107` = '1' THEN 1 ELSE 0 END + CASE WHEN `c108` = '1' THEN 1 ELSE 0 END + CASE WHEN `c109` = '1' THEN 1 ELSE 0 END) > 0) AND NOT FALSE THEN CAST((CASE WHEN `c104` = '1' THEN 1 ELSE 0 END + CASE WHEN `c105` = '1' THEN 1 ELSE 0 END + CASE WHEN `c106` = '1' THEN 1 ELSE 0 END + CASE WHEN `c107` = '1' THEN 1 ELSE 0 END + CASE WHEN `c108` = '1' THEN 1 ELSE 0 END + CASE WHEN `c109` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n104`,
    ((CASE WHEN `c111` = '' THEN 1 ELSE 0 END + CASE WHEN `c112` = '' THEN 1 ELSE 0 END + CASE WHEN `c113` = '' THEN 1 ELSE 0 END + CASE WHEN `c114` = '' THEN 1 ELSE 0 END + CASE WHEN `c115` = '' THEN 1 ELSE 0 END + CASE WHEN `c116` = '' THEN 1 ELSE 0 END + CASE WHEN `c117` = '' THEN 1 ELSE 0 END + CASE WHEN `c118` = '' THEN 1 ELSE 0 END + CASE WHEN `c119` = '' THEN 1 ELSE 0 END + CASE WHEN `c120` = '' THEN 1 ELSE 0 END + CASE WHEN `c121` = '' THEN 1 ELSE 0 END + CASE WHEN `c122` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c111` = '1' THEN 1 ELSE 0 END + CASE WHEN `c112` = '1' THEN 1 ELSE 0 END + CASE WHEN `c113` = '1' THEN 1 ELSE 0 END + CASE WHEN `c114` = '1' THEN 1 ELSE 0 END + CASE WHEN `c115` = '1' THEN 1 ELSE 0 END + CASE WHEN `c116` = '1' THEN 1 ELSE 0 END + CASE WHEN `c117` = '1' THEN 1 ELSE 0 END + CASE WHEN `c118` = '1' THEN 1 ELSE 0 END + CASE WHEN `c119` = '1' THEN 1 ELSE 0 END + CASE WHEN `c120` = '1' THEN 1 ELSE 0 END + CASE WHEN `c121` = '1' THEN 1 ELSE 0 END + CASE WHEN `c122` = '1' THEN 1 ELSE 0 END) > 0) AS `_g111`,
    CASE WHEN ((CASE WHEN `c111` = '' THEN 1 ELSE 0 END + CASE WHEN `c112` = '' THEN 1 ELSE 0 END + CASE WHEN `c113` = '' THEN 1 ELSE 0 END + CASE WHEN `c114` = '' THEN 1 ELSE 0 END + CASE WHEN `c115` = '' THEN 1 ELSE 0 END + CASE WHEN `c116` = '' THEN 1 ELSE 0 END + CASE WHEN `c117` = '' THEN 1 ELSE 0 END + CASE WHEN `c118` = '' THEN 1 ELSE 0 END + CASE WHEN `c119` = '' THEN 1 ELSE 0 END + CASE WHEN `c120` = '' THEN 1 ELSE 0 END + CASE WHEN `c121` = '' THEN 1 ELSE 0 END + CASE WHEN `c122` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c111` = '1' THEN 1 ELSE 0 END + CASE WHEN `c112` = '1' THEN 1 ELSE 0 END + CASE WHEN `c113` = '1' THEN 1 ELSE 0 END + CASE WHEN `c114` = '1' THEN 1 ELSE 0 END + CASE WHEN `c115` = '1' THEN 1 ELSE 0 END + CASE WHEN `c116` = '1' THEN 1 ELSE 0 END + CASE WHEN `c117` = '1' THEN 1 ELSE 0 END + CASE WHEN `c118` = '1' THEN 1 ELSE 0 END + CASE WHEN `c119` = '1' THEN 1 ELSE 0 END + CASE WHEN `c120` = '1' THEN 1 ELSE 0 END + CASE WHEN `c121` = '1' THEN 1 ELSE 0 END + CASE WHEN `c122` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c111` = '1' THEN 1 ELSE 0 END + CASE WHEN `c112` = '1' THEN 1 ELSE 0 END + CASE WHEN `c113` = '1' THEN 1 ELSE 0 END + CASE WHEN `c114` = '1' THEN 1 ELSE 0 END + CASE WHEN `c115` = '1' THEN 1 ELSE 0 END + CASE WHEN `c116` = '1' THEN 1 ELSE 0 END + CASE WHEN `c117` = '1' THEN 1 ELSE 0 END + CASE WHEN `c118` = '1' THEN 1 ELSE 0 END + CASE WHEN `c119` = '1' THEN 1 ELSE 0 END + CASE WHEN `c120` = '1' THEN 1 ELSE 0 END + CASE WHEN `c121` = '1' THEN 1 ELSE 0 END + CASE WHEN `c122` = '1' THEN 1 ELSE 0 END) > 1 AND (`c121` = '1' OR `c122` = '1')) THEN CAST((CASE WHEN `c111` = '1' THEN 1 ELSE 0 END + CASE WHEN `c112` = '1' THEN 1 ELSE 0 END + CASE WHEN `c113` = '1' THEN 1 ELSE 0 END + CASE WHEN `c114` = '1' THEN 1 ELSE 0 END + CASE WHEN `c115` = '1' THEN 1 ELSE 0 END + CASE WHEN `c116` = '1' THEN 1 ELSE 0 END + CASE WHEN `c117` = '1' THEN 1 ELSE 0 END + CASE WHEN `c118` = '1' THEN 1 ELSE 0 END + CASE WHEN `c119` = '1' THEN 1 ELSE 0 END + CASE WHEN `c120` = '1' THEN 1 ELSE 0 END + CASE WHEN `c121` = '1' THEN 1 ELSE 0 END + CASE WHEN `c122` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n111`
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
    COALESCE(COALESCE((`_xl0_2`) = (CAST(5 AS BIGINT)), FALSE), FALSE) AS `_bl0_3`
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
    COALESCE(COALESCE((`_xl0_2`) = (CAST(1 AS BIGINT)), FALSE), FALSE) AS `_bl0_9`
  FROM l0_s7),
l0_s9 AS (
  SELECT *,
    TRUE AND `_bl0_9` AS `_rl0_10`
  FROM l0_s8),
l0_s10 AS (
  SELECT *,
    CASE WHEN `_rl0_10` THEN `_a5` END AS `_xl0_11`
  FROM l0_s9),
l0_s11 AS (
  SELECT *,
    (`_rl0_10` AND `_xl0_11` IS NOT NULL AND NOT COALESCE(COALESCE((`_xl0_11`) > (`_xl0_7`), FALSE), FALSE)) AS `_cl0_12`,
    COALESCE((COALESCE((`_xl0_2`) = (CAST(2 AS BIGINT)), FALSE) OR COALESCE((`_xl0_2`) = (CAST(3 AS BIGINT)), FALSE)), FALSE) AS `_bl0_13`
  FROM l0_s10),
l0_s12 AS (
  SELECT *,
    TRUE AND NOT `_bl0_9` AND `_bl0_13` AS `_rl0_14`
  FROM l0_s11),
l0_s13 AS (
  SELECT *,
    CASE WHEN `_rl0_14` THEN `_a6` END AS `_xl0_15`,
    TRUE AS `_rl0_16`
  FROM l0_s12),
l0_s14 AS (
  SELECT *,
    CASE WHEN `_rl0_16` THEN `_a7` END AS `_xl0_17`
  FROM l0_s13),
l0_s15 AS (
  SELECT *,
    COALESCE(COALESCE((`_xl0_17`) = (CAST(4 AS BIGINT)), FALSE), FALSE) AS `_bl0_18`
  FROM l0_s14),
l0_s16 AS (
  SELECT *,
    TRUE AND `_bl0_18` AS `_rl0_19`
  FROM l0_s15),
l0_s17 AS (
  SELECT *,
    CASE WHEN `_rl0_19` THEN `_a8` END AS `_xl0_20`,
    TRUE AS `_rl0_21`
  FROM l0_s16),
l0_s18 AS (
  SELECT *,
    CASE WHEN `_rl0_21` THEN `_a9` END AS `_xl0_22`
  FROM l0_s17),
l0_s19 AS (
  SELECT *,
    COALESCE(COALESCE((`_xl0_22`) = (CAST(3 AS BIGINT)), FALSE), FALSE) AS `_bl0_23`
  FROM l0_s18),
l0_s20 AS (
  SELECT *,
    TRUE AND `_bl0_23` AS `_el0_24`
  FROM l0_s19),
l0_s21 AS (
  SELECT *,
    (TRUE AND NOT `_el0_24`) AS `_rl0_25`
  FROM l0_s20),
l0_s22 AS (
  SELECT *,
    CASE WHEN `_rl0_25` THEN `_a10` END AS `_xl0_26`
  FROM l0_s21),
l0_s23 AS (
  SELECT *,
    COALESCE(COALESCE((`_xl0_26`) = (CAST(1 AS BIGINT)), FALSE), FALSE) AS `_bl0_27`
  FROM l0_s22),
l0_s24 AS (
  SELECT *,
    (TRUE AND `_bl0_27` AND NOT `_el0_24`) AS `_rl0_28`
  FROM l0_s23),
l0_s25 AS (
  SELECT *,
    CASE WHEN `_rl0_28` THEN `_n11` END AS `_xl0_29`
  FROM l0_s24),
l0_s26 AS (
  SELECT *,
    CASE WHEN (TRUE AND `_bl0_27` AND NOT `_el0_24`) THEN COALESCE(`_xl0_29`, 0) END AS `_xl0_30`,
    (TRUE AND `_bl0_27` AND NOT `_el0_24`) AS `_rl0_31`
  FROM l0_s25),
l0_s27 AS (
  SELECT *,
    CASE WHEN `_rl0_31` THEN `_a18` END AS `_xl0_32`
  FROM l0_s26),
l0_s28 AS (
  SELECT *,
    (`_rl0_31` AND `_xl0_32` IS NOT NULL AND NOT COALESCE(COALESCE((`_xl0_32`) >= (`_xl0_30`), FALSE), FALSE)) AS `_cl0_33`,
    COALESCE((`_xl0_29` IS NOT NULL AND (`c15` = '1')), FALSE) AS `_bl0_34`
  FROM l0_s27),
l0_s29 AS (
  SELECT *,
    (TRUE AND `_bl0_27` AND `_bl0_34` AND NOT `_el0_24`) AS `_rl0_35`
  FROM l0_s28),
l0_s30 AS (
  SELECT *,
    CASE WHEN `_rl0_35` THEN `_a19` END AS `_xl0_36`,
    (TRUE AND `_bl0_27` AND NOT `_el0_24`) AS `_rl0_37`
  FROM l0_s29),
l0_s31 AS (
  SELECT *,
    CASE WHEN `_rl0_37` THEN `_a20` END AS `_xl0_38`
  FROM l0_s30),
l0_s32 AS (
  SELECT *,
    COALESCE((COALESCE((`_xl0_38`) = (CAST(2 AS BIGINT)), FALSE) OR COALESCE((`_xl0_38`) = (CAST(3 AS BIGINT)), FALSE)), FALSE) AS `_bl0_39`
  FROM l0_s31),
l0_s33 AS (
  SELECT *,
    (TRUE AND `_bl0_27` AND `_bl0_39` AND NOT `_el0_24`) AS `_rl0_40`
  FROM l0_s32),
l0_s34 AS (
  SELECT *,
    CASE WHEN `_rl0_40` THEN `_a21` END AS `_xl0_41`,
    (TRUE AND `_bl0_27` AND NOT `_el0_24`) AS `_rl0_42`
  FROM l0_s33),
l0_s35 AS (
  SELECT *,
    CASE WHEN `_rl0_42` THEN `_n22` END AS `_xl0_43`,
    (TRUE AND `_bl0_27` AND NOT `_el0_24`) AS `_rl0_44`
  FROM l0_s34),
l0_s36 AS (
  SELECT *,
    CASE WHEN `_rl0_44` THEN `_n31` END AS `_xl0_45`,
    (TRUE AND `_bl0_27` AND NOT `_el0_24`) AS `_rl0_46`
  FROM l0_s35),
l0_s37 AS (
  SELECT *,
    CASE WHEN `_rl0_46` THEN `_n38` END AS `_xl0_47`,
    (TRUE AND NOT `_bl0_27` AND NOT `_el0_24`) AS `_rl0_48`
  FROM l0_s36),
l0_s38 AS (
  SELECT *,
    CASE WHEN `_rl0_48` THEN `_a45` END AS `_xl0_49`,
    (TRUE AND NOT `_el0_24`) AS `_rl0_50`
  FROM l0_s37),
l0_s39 AS (
  SELECT *,
    CASE WHEN `_rl0_50` THEN `_n46` END AS `_xl0_51`,
    (TRUE AND NOT `_el0_24`) AS `_rl0_52`
  FROM l0_s38),
l0_s40 AS (
  SELECT *,
    CASE WHEN `_rl0_52` THEN `_n57` END AS `_xl0_53`
  FROM l0_s39),
l0_s41 AS (
  SELECT *,
    CASE WHEN (TRUE AND NOT `_el0_24`) THEN ((COALESCE(`_xl0_53`, 0)) - (CASE WHEN COALESCE((`_xl0_53` IS NOT NULL AND (`c64` = '1')), FALSE) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END)) END AS `_xl0_54`,
    COALESCE((NOT COALESCE((`_xl0_53` IS NOT NULL AND (`c64` = '1')), FALSE)), FALSE) AS `_bl0_55`
  FROM l0_s40),
l0_s42 AS (
  SELECT *,
    (TRUE AND `_bl0_55` AND NOT `_el0_24`) AS `_rl0_56`
  FROM l0_s41),
l0_s43 AS (
  SELECT *,
    CASE WHEN `_rl0_56` THEN `_n66` END AS `_xl0_57`,
    (TRUE AND NOT `_el0_24`) AS `_rl0_58`
  FROM l0_s42),
l0_s44 AS (
  SELECT *,
    CASE WHEN `_rl0_58` THEN `_n71` END AS `_xl0_59`,
    (TRUE AND NOT `_el0_24`) AS `_rl0_60`
  FROM l0_s43),
l0_s45 AS (
  SELECT *,
    CASE WHEN `_rl0_60` THEN `_a81` END AS `_xl0_61`
  FROM l0_s44),
l0_s46 AS (
  SELECT *,
    (`_rl0_60` AND `_xl0_61` IS NOT NULL AND NOT COALESCE(COALESCE((`_xl0_61`) <= (`_xl0_7`), FALSE), FALSE)) AS `_cl0_62`,
    (TRUE AND NOT `_el0_24`) AS `_rl0_63`
  FROM l0_s45),
l0_s47 AS (
  SELECT *,
    CASE WHEN `_rl0_63` THEN `_a82` END AS `_xl0_64`,
    CASE WHEN `_rl0_63` THEN `_a83` END AS `_xl0_65`,
    CASE WHEN `_rl0_63` THEN `_a84` END AS `_xl0_66`,
    CASE WHEN `_rl0_63` THEN `_a85` END AS `_xl0_67`,
    CASE WHEN `_rl0_63` THEN `_a86` END AS `_xl0_68`,
    CASE WHEN `_rl0_63` THEN `_a87` END AS `_xl0_69`,
    CASE WHEN `_rl0_63` THEN `_a88` END AS `_xl0_70`
  FROM l0_s46),
l0_s48 AS (
  SELECT *,
    CASE WHEN (TRUE AND NOT `_el0_24`) THEN ((((((((((((CASE WHEN COALESCE(COALESCE((`_xl0_64`) >= (CAST(4 AS BIGINT)), FALSE), FALSE) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END) + (CASE WHEN COALESCE(COALESCE((`_xl0_65`) >= (CAST(4 AS BIGINT)), FALSE), FALSE) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END))) + (CASE WHEN COALESCE(COALESCE((`_xl0_66`) >= (CAST(4 AS BIGINT)), FALSE), FALSE) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END))) + (CASE WHEN COALESCE(COALESCE((`_xl0_67`) >= (CAST(4 AS BIGINT)), FALSE), FALSE) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END))) + (CASE WHEN COALESCE(COALESCE((`_xl0_68`) >= (CAST(4 AS BIGINT)), FALSE), FALSE) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END))) + (CASE WHEN COALESCE(COALESCE((`_xl0_69`) >= (CAST(4 AS BIGINT)), FALSE), FALSE) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END))) + (CASE WHEN COALESCE(COALESCE((`_xl0_70`) >= (CAST(4 AS BIGINT)), FALSE), FALSE) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END)) END AS `_xl0_71`,
    (TRUE AND NOT `_el0_24`) AS `_rl0_72`
  FROM l0_s47),
l0_s49 AS (
  SELECT *,
    CASE WHEN `_rl0_72` THEN `_n90` END AS `_xl0_73`
  FROM l0_s48),
l0_s50 AS (
  SELECT *,
    COALESCE((`_xl0_73` IS NOT NULL AND (`c94` = '1')), FALSE) AS `_bl0_74`
  FROM l0_s49),
l0_s51 AS (
  SELECT *,
    (TRUE AND `_bl0_74` AND NOT `_el0_24`) AS `_rl0_75`
  FROM l0_s50),
l0_s52 AS (
  SELECT *,
    CASE WHEN `_rl0_75` THEN `_a99` END AS `_xl0_76`,
    (TRUE AND NOT `_bl0_74` AND NOT `_el0_24`) AS `_rl0_77`
  FROM l0_s51),
l0_s53 AS (
  SELECT *,
    CASE WHEN `_rl0_77` THEN `_a100` END AS `_xl0_78`,
    (TRUE AND NOT `_el0_24`) AS `_rl0_79`
  FROM l0_s52),
l0_s54 AS (
  SELECT *,
    CASE WHEN `_rl0_79` THEN `_a101` END AS `_xl0_80`
  FROM l0_s53),
l0_s55 AS (
  SELECT *,
    COALESCE((COALESCE((`_xl0_80`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl0_80`) = (CAST(2 AS BIGINT)), FALSE)), FALSE) AS `_bl0_81`
  FROM l0_s54),
l0_s56 AS (
  SELECT *,
    (TRUE AND `_bl0_81` AND NOT `_el0_24`) AS `_rl0_82`
  FROM l0_s55),
l0_s57 AS (
  SELECT *,
    CASE WHEN `_rl0_82` THEN `_a102` END AS `_xl0_83`
  FROM l0_s56),
l0_s58 AS (
  SELECT *,
    (`_rl0_82` AND `_xl0_83` IS NOT NULL AND NOT COALESCE(COALESCE((`_xl0_83`) <= (`_xl0_7`), FALSE), FALSE)) AS `_cl0_84`,
    CASE WHEN (TRUE AND `_bl0_81` AND NOT `_el0_24`) THEN (((sign(((((`_xl0_83`) / NULLIF(`_xl0_7`, 0))) * (CAST(1000 AS DOUBLE)))) * floor(abs(((((`_xl0_83`) / NULLIF(`_xl0_7`, 0))) * (CAST(1000 AS DOUBLE)))) + 0.5))) / NULLIF(CAST(10 AS DOUBLE), 0)) END AS `_xl0_85`,
    (TRUE AND `_bl0_81` AND NOT `_el0_24`) AS `_rl0_86`
  FROM l0_s57),
l0_s59 AS (
  SELECT *,
    CASE WHEN `_rl0_86` THEN `_n104` END AS `_xl0_87`,
    COALESCE(COALESCE((`_xl0_80`) = (CAST(3 AS BIGINT)), FALSE), FALSE) AS `_bl0_88`
  FROM l0_s58),
l0_s60 AS (
  SELECT *,
    (TRUE AND NOT `_bl0_81` AND `_bl0_88` AND NOT `_el0_24`) AS `_rl0_89`
  FROM l0_s59),
l0_s61 AS (
  SELECT *,
    CASE WHEN `_rl0_89` THEN `_a110` END AS `_xl0_90`,
    (TRUE AND NOT `_el0_24`) AS `_rl0_91`
  FROM l0_s60),
l0_s62 AS (
  SELECT *,
    CASE WHEN `_rl0_91` THEN `_n111` END AS `_xl0_92`
  FROM l0_s61),
l0_s63 AS (
  SELECT *,
    COALESCE((COALESCE((`_xl0_92` IS NOT NULL), FALSE) AND COALESCE((NOT COALESCE((COALESCE((`_xl0_92` IS NOT NULL AND (`c121` = '1')), FALSE) OR COALESCE((`_xl0_92` IS NOT NULL AND (`c122` = '1')), FALSE)), FALSE)), FALSE)), FALSE) AS `_bl0_93`
  FROM l0_s62),
l0_s64 AS (
  SELECT *,
    (TRUE AND `_bl0_93` AND NOT `_el0_24`) AS `_rl0_94`
  FROM l0_s63),
l0_s65 AS (
  SELECT *,
    CASE WHEN `_rl0_94` THEN `_a123` END AS `_xl0_95`,
    (TRUE AND NOT `_el0_24`) AS `_rl0_96`
  FROM l0_s64),
l0_s66 AS (
  SELECT *,
    CASE WHEN `_rl0_96` THEN `_a124` END AS `_xl0_97`,
    (`_el0_24` OR TRUE) AS `_el0_98`
  FROM l0_s65)
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('record_id' AS STRING) AS `variable`, CAST('QD6010' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c0` AS STRING) AS `value`, CAST('this record id is used by an earlier row' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 10000 AS `_order`
FROM l0_s1 WHERE `_seen` > 1
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_name' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c1` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20001 AS `_order`
FROM l0_s1 WHERE `c1` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_name' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c1` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20001 AS `_order`
FROM l0_s1 WHERE `c1` <> '' AND (TRUE) AND NOT COALESCE(TRUE, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c2` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20002 AS `_order`
FROM l0_s1 WHERE `c2` <> '' AND NOT ((`c2` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c2` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20002 AS `_order`
FROM l0_s1 WHERE `c2` <> '' AND ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c2` AS BIGINT) IN (1, 2, 3, 4, 5), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type_other' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c3` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20003 AS `_order`
FROM l0_s1 WHERE `c3` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type_other' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c3` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20003 AS `_order`
FROM l0_s1 WHERE `c3` <> '' AND (TRUE) AND NOT COALESCE(TRUE, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('staff' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c4` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20004 AS `_order`
FROM l0_s1 WHERE `c4` <> '' AND NOT ((`c4` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('staff' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c4` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20004 AS `_order`
FROM l0_s1 WHERE `c4` <> '' AND ((`c4` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c4` AS DOUBLE) = floor(try_cast(`c4` AS DOUBLE)) AND abs(try_cast(`c4` AS DOUBLE)) < 9.2e18 AND try_cast(`c4` AS DOUBLE) >= 1 AND try_cast(`c4` AS DOUBLE) <= 200000, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('inhabitants' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c5` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20005 AS `_order`
FROM l0_s1 WHERE `c5` <> '' AND NOT ((`c5` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('inhabitants' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c5` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20005 AS `_order`
FROM l0_s1 WHERE `c5` <> '' AND ((`c5` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c5` AS DOUBLE) = floor(try_cast(`c5` AS DOUBLE)) AND abs(try_cast(`c5` AS DOUBLE)) < 9.2e18 AND try_cast(`c5` AS DOUBLE) >= 1 AND try_cast(`c5` AS DOUBLE) <= 700000, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('member_municipalities' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c6` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20006 AS `_order`
FROM l0_s1 WHERE `c6` <> '' AND NOT ((`c6` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('member_municipalities' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c6` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20006 AS `_order`
FROM l0_s1 WHERE `c6` <> '' AND ((`c6` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c6` AS DOUBLE) = floor(try_cast(`c6` AS DOUBLE)) AND abs(try_cast(`c6` AS DOUBLE)) < 9.2e18 AND try_cast(`c6` AS DOUBLE) >= 1 AND try_cast(`c6` AS DOUBLE) <= 309, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c7` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20007 AS `_order`
FROM l0_s1 WHERE `c7` <> '' AND NOT ((`c7` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c7` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20007 AS `_order`
FROM l0_s1 WHERE `c7` <> '' AND ((`c7` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c7` AS BIGINT) IN (1, 2, 3, 4), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role_other' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c8` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20008 AS `_order`
FROM l0_s1 WHERE `c8` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role_other' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c8` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20008 AS `_order`
FROM l0_s1 WHERE `c8` <> '' AND (TRUE) AND NOT COALESCE(TRUE, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('activity' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c9` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20009 AS `_order`
FROM l0_s1 WHERE `c9` <> '' AND NOT ((`c9` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('activity' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c9` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20009 AS `_order`
FROM l0_s1 WHERE `c9` <> '' AND ((`c9` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c9` AS BIGINT) IN (1, 2, 3), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adopted' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c10` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20010 AS `_order`
FROM l0_s1 WHERE `c10` <> '' AND NOT ((`c10` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adopted' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c10` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20010 AS `_order`
FROM l0_s1 WHERE `c10` <> '' AND ((`c10` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c10` AS BIGINT) IN (1, 2, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c11` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20011 AS `_order`
FROM l0_s1 WHERE `c11` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c12` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20012 AS `_order`
FROM l0_s1 WHERE `c12` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c13` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20013 AS `_order`
FROM l0_s1 WHERE `c13` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c14` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20014 AS `_order`
FROM l0_s1 WHERE `c14` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c15` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20015 AS `_order`
FROM l0_s1 WHERE `c15` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds_m1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c16` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20016 AS `_order`
FROM l0_s1 WHERE `c16` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kind_count' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c17` AS STRING) AS `value`, CAST('not a value of this calculate''s type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20017 AS `_order`
FROM l0_s1 WHERE `c17` <> '' AND NOT ((`c17` RLIKE '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('innovation_count' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c18` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20018 AS `_order`
FROM l0_s1 WHERE `c18` <> '' AND NOT ((`c18` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('innovation_count' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c18` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20018 AS `_order`
FROM l0_s1 WHERE `c18` <> '' AND ((`c18` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c18` AS DOUBLE) = floor(try_cast(`c18` AS DOUBLE)) AND abs(try_cast(`c18` AS DOUBLE)) < 9.2e18 AND try_cast(`c18` AS DOUBLE) >= 1 AND try_cast(`c18` AS DOUBLE) <= 999, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('system_description' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c19` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20019 AS `_order`
FROM l0_s1 WHERE `c19` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('system_description' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c19` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20019 AS `_order`
FROM l0_s1 WHERE `c19` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c19`) <= 1000, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('novelty' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c20` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20020 AS `_order`
FROM l0_s1 WHERE `c20` <> '' AND NOT ((`c20` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('novelty' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c20` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20020 AS `_order`
FROM l0_s1 WHERE `c20` <> '' AND ((`c20` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c20` AS BIGINT) IN (1, 2, 3, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('origin' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c21` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20021 AS `_order`
FROM l0_s1 WHERE `c21` <> '' AND NOT ((`c21` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('origin' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c21` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20021 AS `_order`
FROM l0_s1 WHERE `c21` <> '' AND ((`c21` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c21` AS BIGINT) IN (1, 2, 3, 4, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c22` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20022 AS `_order`
FROM l0_s1 WHERE `c22` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c23` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20023 AS `_order`
FROM l0_s1 WHERE `c23` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c24` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20024 AS `_order`
FROM l0_s1 WHERE `c24` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c25` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20025 AS `_order`
FROM l0_s1 WHERE `c25` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c26` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20026 AS `_order`
FROM l0_s1 WHERE `c26` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c27` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20027 AS `_order`
FROM l0_s1 WHERE `c27` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c28` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20028 AS `_order`
FROM l0_s1 WHERE `c28` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_8' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c29` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20029 AS `_order`
FROM l0_s1 WHERE `c29` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives_m1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c30` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20030 AS `_order`
FROM l0_s1 WHERE `c30` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('sharing_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c31` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20031 AS `_order`
FROM l0_s1 WHERE `c31` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('sharing_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c32` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20032 AS `_order`
FROM l0_s1 WHERE `c32` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('sharing_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c33` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20033 AS `_order`
FROM l0_s1 WHERE `c33` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('sharing_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c34` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20034 AS `_order`
FROM l0_s1 WHERE `c34` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('sharing_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c35` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20035 AS `_order`
FROM l0_s1 WHERE `c35` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('sharing_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c36` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20036 AS `_order`
FROM l0_s1 WHERE `c36` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('sharing_97' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c37` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20037 AS `_order`
FROM l0_s1 WHERE `c37` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c38` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20038 AS `_order`
FROM l0_s1 WHERE `c38` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c39` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20039 AS `_order`
FROM l0_s1 WHERE `c39` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c40` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20040 AS `_order`
FROM l0_s1 WHERE `c40` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c41` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20041 AS `_order`
FROM l0_s1 WHERE `c41` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c42` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20042 AS `_order`
FROM l0_s1 WHERE `c42` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c43` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20043 AS `_order`
FROM l0_s1 WHERE `c43` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes_m2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c44` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20044 AS `_order`
FROM l0_s1 WHERE `c44` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adoption_plans' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c45` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20045 AS `_order`
FROM l0_s1 WHERE `c45` <> '' AND NOT ((`c45` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adoption_plans' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c45` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20045 AS `_order`
FROM l0_s1 WHERE `c45` <> '' AND ((`c45` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c45` AS BIGINT) IN (1, 2, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c46` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20046 AS `_order`
FROM l0_s1 WHERE `c46` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c47` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20047 AS `_order`
FROM l0_s1 WHERE `c47` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c48` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20048 AS `_order`
FROM l0_s1 WHERE `c48` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c49` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20049 AS `_order`
FROM l0_s1 WHERE `c49` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c50` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20050 AS `_order`
FROM l0_s1 WHERE `c50` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c51` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20051 AS `_order`
FROM l0_s1 WHERE `c51` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c52` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20052 AS `_order`
FROM l0_s1 WHERE `c52` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources_8' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c53` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20053 AS `_order`
FROM l0_s1 WHERE `c53` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources_9' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c54` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20054 AS `_order`
FROM l0_s1 WHERE `c54` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources_10' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c55` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20055 AS `_order`
FROM l0_s1 WHERE `c55` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources_m1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c56` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20056 AS `_order`
FROM l0_s1 WHERE `c56` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c57` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20057 AS `_order`
FROM l0_s1 WHERE `c57` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c58` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20058 AS `_order`
FROM l0_s1 WHERE `c58` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c59` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20059 AS `_order`
FROM l0_s1 WHERE `c59` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c60` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20060 AS `_order`
FROM l0_s1 WHERE `c60` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c61` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20061 AS `_order`
FROM l0_s1 WHERE `c61` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c62` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20062 AS `_order`
FROM l0_s1 WHERE `c62` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c63` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20063 AS `_order`
FROM l0_s1 WHERE `c63` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners_97' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c64` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20064 AS `_order`
FROM l0_s1 WHERE `c64` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partner_count' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c65` AS STRING) AS `value`, CAST('not a value of this calculate''s type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20065 AS `_order`
FROM l0_s1 WHERE `c65` <> '' AND NOT ((`c65` RLIKE '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('collaboration_phase_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c66` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20066 AS `_order`
FROM l0_s1 WHERE `c66` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('collaboration_phase_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c67` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20067 AS `_order`
FROM l0_s1 WHERE `c67` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('collaboration_phase_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c68` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20068 AS `_order`
FROM l0_s1 WHERE `c68` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('collaboration_phase_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c69` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20069 AS `_order`
FROM l0_s1 WHERE `c69` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('collaboration_phase_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c70` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20070 AS `_order`
FROM l0_s1 WHERE `c70` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c71` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20071 AS `_order`
FROM l0_s1 WHERE `c71` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c72` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20072 AS `_order`
FROM l0_s1 WHERE `c72` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c73` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20073 AS `_order`
FROM l0_s1 WHERE `c73` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c74` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20074 AS `_order`
FROM l0_s1 WHERE `c74` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c75` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20075 AS `_order`
FROM l0_s1 WHERE `c75` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c76` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20076 AS `_order`
FROM l0_s1 WHERE `c76` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c77` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20077 AS `_order`
FROM l0_s1 WHERE `c77` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_8' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c78` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20078 AS `_order`
FROM l0_s1 WHERE `c78` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_97' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c79` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20079 AS `_order`
FROM l0_s1 WHERE `c79` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support_m1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c80` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20080 AS `_order`
FROM l0_s1 WHERE `c80` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('participants' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c81` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20081 AS `_order`
FROM l0_s1 WHERE `c81` <> '' AND NOT ((`c81` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('participants' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c81` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20081 AS `_order`
FROM l0_s1 WHERE `c81` <> '' AND ((`c81` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c81` AS DOUBLE) = floor(try_cast(`c81` AS DOUBLE)) AND abs(try_cast(`c81` AS DOUBLE)) < 9.2e18 AND try_cast(`c81` AS DOUBLE) >= 0 AND try_cast(`c81` AS DOUBLE) <= 200000, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_experiments' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c82` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20082 AS `_order`
FROM l0_s1 WHERE `c82` <> '' AND NOT ((`c82` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_experiments' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c82` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20082 AS `_order`
FROM l0_s1 WHERE `c82` <> '' AND ((`c82` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c82` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_risk_taking' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c83` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20083 AS `_order`
FROM l0_s1 WHERE `c83` <> '' AND NOT ((`c83` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_risk_taking' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c83` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20083 AS `_order`
FROM l0_s1 WHERE `c83` <> '' AND ((`c83` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c83` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_failures' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c84` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20084 AS `_order`
FROM l0_s1 WHERE `c84` <> '' AND NOT ((`c84` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_failures' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c84` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20084 AS `_order`
FROM l0_s1 WHERE `c84` <> '' AND ((`c84` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c84` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_working_time' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c85` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20085 AS `_order`
FROM l0_s1 WHERE `c85` <> '' AND NOT ((`c85` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_working_time' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c85` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20085 AS `_order`
FROM l0_s1 WHERE `c85` <> '' AND ((`c85` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c85` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_clear_goals' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c86` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20086 AS `_order`
FROM l0_s1 WHERE `c86` <> '' AND NOT ((`c86` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_clear_goals' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c86` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20086 AS `_order`
FROM l0_s1 WHERE `c86` <> '' AND ((`c86` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c86` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_management' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c87` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20087 AS `_order`
FROM l0_s1 WHERE `c87` <> '' AND NOT ((`c87` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_management' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c87` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20087 AS `_order`
FROM l0_s1 WHERE `c87` <> '' AND ((`c87` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c87` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_user_involvement' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c88` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20088 AS `_order`
FROM l0_s1 WHERE `c88` <> '' AND NOT ((`c88` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_user_involvement' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c88` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20088 AS `_order`
FROM l0_s1 WHERE `c88` <> '' AND ((`c88` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c88` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_agree_count' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c89` AS STRING) AS `value`, CAST('not a value of this calculate''s type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20089 AS `_order`
FROM l0_s1 WHERE `c89` <> '' AND NOT ((`c89` RLIKE '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c90` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20090 AS `_order`
FROM l0_s1 WHERE `c90` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c91` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20091 AS `_order`
FROM l0_s1 WHERE `c91` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c92` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20092 AS `_order`
FROM l0_s1 WHERE `c92` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c93` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20093 AS `_order`
FROM l0_s1 WHERE `c93` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c94` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20094 AS `_order`
FROM l0_s1 WHERE `c94` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c95` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20095 AS `_order`
FROM l0_s1 WHERE `c95` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c96` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20096 AS `_order`
FROM l0_s1 WHERE `c96` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_97' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c97` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20097 AS `_order`
FROM l0_s1 WHERE `c97` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies_m1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c98` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20098 AS `_order`
FROM l0_s1 WHERE `c98` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_year' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c99` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20099 AS `_order`
FROM l0_s1 WHERE `c99` <> '' AND NOT ((`c99` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_year' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c99` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20099 AS `_order`
FROM l0_s1 WHERE `c99` <> '' AND ((`c99` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c99` AS DOUBLE) = floor(try_cast(`c99` AS DOUBLE)) AND abs(try_cast(`c99` AS DOUBLE)) < 9.2e18 AND try_cast(`c99` AS DOUBLE) >= 1990 AND try_cast(`c99` AS DOUBLE) <= 2022, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_planned' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c100` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20100 AS `_order`
FROM l0_s1 WHERE `c100` <> '' AND NOT ((`c100` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_planned' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c100` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20100 AS `_order`
FROM l0_s1 WHERE `c100` <> '' AND ((`c100` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c100` AS BIGINT) IN (1, 2, -1), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_status' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c101` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20101 AS `_order`
FROM l0_s1 WHERE `c101` <> '' AND NOT ((`c101` RLIKE '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_status' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c101` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20101 AS `_order`
FROM l0_s1 WHERE `c101` <> '' AND ((`c101` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c101` AS BIGINT) IN (1, 2, 3, 4), FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_fte' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c102` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20102 AS `_order`
FROM l0_s1 WHERE `c102` <> '' AND NOT ((`c102` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_fte' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c102` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20102 AS `_order`
FROM l0_s1 WHERE `c102` <> '' AND ((`c102` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c102` AS DOUBLE) IS NOT NULL AND try_cast(`c102` AS DOUBLE) >= 0 AND try_cast(`c102` AS DOUBLE) <= 10000, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_share' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c103` AS STRING) AS `value`, CAST('not a value of this calculate''s type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20103 AS `_order`
FROM l0_s1 WHERE `c103` <> '' AND NOT ((`c103` RLIKE '^(-?([0-9]+[.]?[0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_tasks_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c104` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20104 AS `_order`
FROM l0_s1 WHERE `c104` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_tasks_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c105` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20105 AS `_order`
FROM l0_s1 WHERE `c105` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_tasks_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c106` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20106 AS `_order`
FROM l0_s1 WHERE `c106` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_tasks_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c107` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20107 AS `_order`
FROM l0_s1 WHERE `c107` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_tasks_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c108` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20108 AS `_order`
FROM l0_s1 WHERE `c108` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_tasks_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c109` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20109 AS `_order`
FROM l0_s1 WHERE `c109` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_planned_year' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c110` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20110 AS `_order`
FROM l0_s1 WHERE `c110` <> '' AND NOT ((`c110` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_planned_year' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c110` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20110 AS `_order`
FROM l0_s1 WHERE `c110` <> '' AND ((`c110` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c110` AS DOUBLE) = floor(try_cast(`c110` AS DOUBLE)) AND abs(try_cast(`c110` AS DOUBLE)) < 9.2e18 AND try_cast(`c110` AS DOUBLE) >= 2022 AND try_cast(`c110` AS DOUBLE) <= 2030, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c111` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20111 AS `_order`
FROM l0_s1 WHERE `c111` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_2' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c112` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20112 AS `_order`
FROM l0_s1 WHERE `c112` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_3' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c113` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20113 AS `_order`
FROM l0_s1 WHERE `c113` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_4' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c114` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20114 AS `_order`
FROM l0_s1 WHERE `c114` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_5' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c115` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20115 AS `_order`
FROM l0_s1 WHERE `c115` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_6' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c116` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20116 AS `_order`
FROM l0_s1 WHERE `c116` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_7' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c117` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20117 AS `_order`
FROM l0_s1 WHERE `c117` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_8' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c118` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20118 AS `_order`
FROM l0_s1 WHERE `c118` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_9' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c119` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20119 AS `_order`
FROM l0_s1 WHERE `c119` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_10' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c120` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20120 AS `_order`
FROM l0_s1 WHERE `c120` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_97' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c121` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20121 AS `_order`
FROM l0_s1 WHERE `c121` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers_m1' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c122` AS STRING) AS `value`, CAST('not a value of this column' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20122 AS `_order`
FROM l0_s1 WHERE `c122` NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barrier_detail' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c123` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20123 AS `_order`
FROM l0_s1 WHERE `c123` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barrier_detail' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c123` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20123 AS `_order`
FROM l0_s1 WHERE `c123` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c123`) <= 1000, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('comment' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c124` AS STRING) AS `value`, CAST('not a value of this type' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20124 AS `_order`
FROM l0_s1 WHERE `c124` <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('comment' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c124` AS STRING) AS `value`, CAST('not an answer the question accepts' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 20124 AS `_order`
FROM l0_s1 WHERE `c124` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c124`) <= 2000, FALSE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30011 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END) < 6
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c16` = '1' THEN '-1' END, CASE WHEN `c11` = '1' THEN '1' END, CASE WHEN `c12` = '1' THEN '2' END, CASE WHEN `c13` = '1' THEN '3' END, CASE WHEN `c14` = '1' THEN '4' END, CASE WHEN `c15` = '1' THEN '5' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30011 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END) > 1 AND (`c16` = '1'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30022 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END + CASE WHEN `c25` = '' THEN 1 ELSE 0 END + CASE WHEN `c26` = '' THEN 1 ELSE 0 END + CASE WHEN `c27` = '' THEN 1 ELSE 0 END + CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END + CASE WHEN `c25` = '' THEN 1 ELSE 0 END + CASE WHEN `c26` = '' THEN 1 ELSE 0 END + CASE WHEN `c27` = '' THEN 1 ELSE 0 END + CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END) < 9
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c30` = '1' THEN '-1' END, CASE WHEN `c22` = '1' THEN '1' END, CASE WHEN `c23` = '1' THEN '2' END, CASE WHEN `c24` = '1' THEN '3' END, CASE WHEN `c25` = '1' THEN '4' END, CASE WHEN `c26` = '1' THEN '5' END, CASE WHEN `c27` = '1' THEN '6' END, CASE WHEN `c28` = '1' THEN '7' END, CASE WHEN `c29` = '1' THEN '8' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30022 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END + CASE WHEN `c25` = '' THEN 1 ELSE 0 END + CASE WHEN `c26` = '' THEN 1 ELSE 0 END + CASE WHEN `c27` = '' THEN 1 ELSE 0 END + CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END + CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END + CASE WHEN `c25` = '1' THEN 1 ELSE 0 END + CASE WHEN `c26` = '1' THEN 1 ELSE 0 END + CASE WHEN `c27` = '1' THEN 1 ELSE 0 END + CASE WHEN `c28` = '1' THEN 1 ELSE 0 END + CASE WHEN `c29` = '1' THEN 1 ELSE 0 END + CASE WHEN `c30` = '1' THEN 1 ELSE 0 END) > 1 AND (`c30` = '1'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('sharing' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30031 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END + CASE WHEN `c33` = '' THEN 1 ELSE 0 END + CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END + CASE WHEN `c33` = '' THEN 1 ELSE 0 END + CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END) < 7
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('sharing' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c31` = '1' THEN '1' END, CASE WHEN `c32` = '1' THEN '2' END, CASE WHEN `c33` = '1' THEN '3' END, CASE WHEN `c34` = '1' THEN '4' END, CASE WHEN `c35` = '1' THEN '5' END, CASE WHEN `c36` = '1' THEN '6' END, CASE WHEN `c37` = '1' THEN '97' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30031 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END + CASE WHEN `c33` = '' THEN 1 ELSE 0 END + CASE WHEN `c34` = '' THEN 1 ELSE 0 END + CASE WHEN `c35` = '' THEN 1 ELSE 0 END + CASE WHEN `c36` = '' THEN 1 ELSE 0 END + CASE WHEN `c37` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END + CASE WHEN `c33` = '1' THEN 1 ELSE 0 END + CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c31` = '1' THEN 1 ELSE 0 END + CASE WHEN `c32` = '1' THEN 1 ELSE 0 END + CASE WHEN `c33` = '1' THEN 1 ELSE 0 END + CASE WHEN `c34` = '1' THEN 1 ELSE 0 END + CASE WHEN `c35` = '1' THEN 1 ELSE 0 END + CASE WHEN `c36` = '1' THEN 1 ELSE 0 END + CASE WHEN `c37` = '1' THEN 1 ELSE 0 END) > 1 AND (`c37` = '1'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30038 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END + CASE WHEN `c43` = '' THEN 1 ELSE 0 END + CASE WHEN `c44` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END + CASE WHEN `c43` = '' THEN 1 ELSE 0 END + CASE WHEN `c44` = '' THEN 1 ELSE 0 END) < 7
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c44` = '1' THEN '-2' END, CASE WHEN `c38` = '1' THEN '1' END, CASE WHEN `c39` = '1' THEN '2' END, CASE WHEN `c40` = '1' THEN '3' END, CASE WHEN `c41` = '1' THEN '4' END, CASE WHEN `c42` = '1' THEN '5' END, CASE WHEN `c43` = '1' THEN '6' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30038 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c38` = '' THEN 1 ELSE 0 END + CASE WHEN `c39` = '' THEN 1 ELSE 0 END + CASE WHEN `c40` = '' THEN 1 ELSE 0 END + CASE WHEN `c41` = '' THEN 1 ELSE 0 END + CASE WHEN `c42` = '' THEN 1 ELSE 0 END + CASE WHEN `c43` = '' THEN 1 ELSE 0 END + CASE WHEN `c44` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END + CASE WHEN `c43` = '1' THEN 1 ELSE 0 END + CASE WHEN `c44` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c38` = '1' THEN 1 ELSE 0 END + CASE WHEN `c39` = '1' THEN 1 ELSE 0 END + CASE WHEN `c40` = '1' THEN 1 ELSE 0 END + CASE WHEN `c41` = '1' THEN 1 ELSE 0 END + CASE WHEN `c42` = '1' THEN 1 ELSE 0 END + CASE WHEN `c43` = '1' THEN 1 ELSE 0 END + CASE WHEN `c44` = '1' THEN 1 ELSE 0 END) > 1 AND (`c44` = '1'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30046 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c46` = '' THEN 1 ELSE 0 END + CASE WHEN `c47` = '' THEN 1 ELSE 0 END + CASE WHEN `c48` = '' THEN 1 ELSE 0 END + CASE WHEN `c49` = '' THEN 1 ELSE 0 END + CASE WHEN `c50` = '' THEN 1 ELSE 0 END + CASE WHEN `c51` = '' THEN 1 ELSE 0 END + CASE WHEN `c52` = '' THEN 1 ELSE 0 END + CASE WHEN `c53` = '' THEN 1 ELSE 0 END + CASE WHEN `c54` = '' THEN 1 ELSE 0 END + CASE WHEN `c55` = '' THEN 1 ELSE 0 END + CASE WHEN `c56` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c46` = '' THEN 1 ELSE 0 END + CASE WHEN `c47` = '' THEN 1 ELSE 0 END + CASE WHEN `c48` = '' THEN 1 ELSE 0 END + CASE WHEN `c49` = '' THEN 1 ELSE 0 END + CASE WHEN `c50` = '' THEN 1 ELSE 0 END + CASE WHEN `c51` = '' THEN 1 ELSE 0 END + CASE WHEN `c52` = '' THEN 1 ELSE 0 END + CASE WHEN `c53` = '' THEN 1 ELSE 0 END + CASE WHEN `c54` = '' THEN 1 ELSE 0 END + CASE WHEN `c55` = '' THEN 1 ELSE 0 END + CASE WHEN `c56` = '' THEN 1 ELSE 0 END) < 11
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c56` = '1' THEN '-1' END, CASE WHEN `c46` = '1' THEN '1' END, CASE WHEN `c47` = '1' THEN '2' END, CASE WHEN `c48` = '1' THEN '3' END, CASE WHEN `c49` = '1' THEN '4' END, CASE WHEN `c50` = '1' THEN '5' END, CASE WHEN `c51` = '1' THEN '6' END, CASE WHEN `c52` = '1' THEN '7' END, CASE WHEN `c53` = '1' THEN '8' END, CASE WHEN `c54` = '1' THEN '9' END, CASE WHEN `c55` = '1' THEN '10' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30046 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c46` = '' THEN 1 ELSE 0 END + CASE WHEN `c47` = '' THEN 1 ELSE 0 END + CASE WHEN `c48` = '' THEN 1 ELSE 0 END + CASE WHEN `c49` = '' THEN 1 ELSE 0 END + CASE WHEN `c50` = '' THEN 1 ELSE 0 END + CASE WHEN `c51` = '' THEN 1 ELSE 0 END + CASE WHEN `c52` = '' THEN 1 ELSE 0 END + CASE WHEN `c53` = '' THEN 1 ELSE 0 END + CASE WHEN `c54` = '' THEN 1 ELSE 0 END + CASE WHEN `c55` = '' THEN 1 ELSE 0 END + CASE WHEN `c56` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END + CASE WHEN `c54` = '1' THEN 1 ELSE 0 END + CASE WHEN `c55` = '1' THEN 1 ELSE 0 END + CASE WHEN `c56` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c46` = '1' THEN 1 ELSE 0 END + CASE WHEN `c47` = '1' THEN 1 ELSE 0 END + CASE WHEN `c48` = '1' THEN 1 ELSE 0 END + CASE WHEN `c49` = '1' THEN 1 ELSE 0 END + CASE WHEN `c50` = '1' THEN 1 ELSE 0 END + CASE WHEN `c51` = '1' THEN 1 ELSE 0 END + CASE WHEN `c52` = '1' THEN 1 ELSE 0 END + CASE WHEN `c53` = '1' THEN 1 ELSE 0 END + CASE WHEN `c54` = '1' THEN 1 ELSE 0 END + CASE WHEN `c55` = '1' THEN 1 ELSE 0 END + CASE WHEN `c56` = '1' THEN 1 ELSE 0 END) > 1 AND (`c56` = '1'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30057 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c57` = '' THEN 1 ELSE 0 END + CASE WHEN `c58` = '' THEN 1 ELSE 0 END + CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c57` = '' THEN 1 ELSE 0 END + CASE WHEN `c58` = '' THEN 1 ELSE 0 END + CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END) < 8
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c57` = '1' THEN '1' END, CASE WHEN `c58` = '1' THEN '2' END, CASE WHEN `c59` = '1' THEN '3' END, CASE WHEN `c60` = '1' THEN '4' END, CASE WHEN `c61` = '1' THEN '5' END, CASE WHEN `c62` = '1' THEN '6' END, CASE WHEN `c63` = '1' THEN '7' END, CASE WHEN `c64` = '1' THEN '97' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30057 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c57` = '' THEN 1 ELSE 0 END + CASE WHEN `c58` = '' THEN 1 ELSE 0 END + CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c57` = '1' THEN 1 ELSE 0 END + CASE WHEN `c58` = '1' THEN 1 ELSE 0 END + CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c57` = '1' THEN 1 ELSE 0 END + CASE WHEN `c58` = '1' THEN 1 ELSE 0 END + CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END) > 1 AND (`c64` = '1'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('collaboration_phase' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30066 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c66` = '' THEN 1 ELSE 0 END + CASE WHEN `c67` = '' THEN 1 ELSE 0 END + CASE WHEN `c68` = '' THEN 1 ELSE 0 END + CASE WHEN `c69` = '' THEN 1 ELSE 0 END + CASE WHEN `c70` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c66` = '' THEN 1 ELSE 0 END + CASE WHEN `c67` = '' THEN 1 ELSE 0 END + CASE WHEN `c68` = '' THEN 1 ELSE 0 END + CASE WHEN `c69` = '' THEN 1 ELSE 0 END + CASE WHEN `c70` = '' THEN 1 ELSE 0 END) < 5
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('collaboration_phase' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c66` = '1' THEN '1' END, CASE WHEN `c67` = '1' THEN '2' END, CASE WHEN `c68` = '1' THEN '3' END, CASE WHEN `c69` = '1' THEN '4' END, CASE WHEN `c70` = '1' THEN '5' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30066 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c66` = '' THEN 1 ELSE 0 END + CASE WHEN `c67` = '' THEN 1 ELSE 0 END + CASE WHEN `c68` = '' THEN 1 ELSE 0 END + CASE WHEN `c69` = '' THEN 1 ELSE 0 END + CASE WHEN `c70` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c66` = '1' THEN 1 ELSE 0 END + CASE WHEN `c67` = '1' THEN 1 ELSE 0 END + CASE WHEN `c68` = '1' THEN 1 ELSE 0 END + CASE WHEN `c69` = '1' THEN 1 ELSE 0 END + CASE WHEN `c70` = '1' THEN 1 ELSE 0 END) > 0) AND FALSE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30071 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c71` = '' THEN 1 ELSE 0 END + CASE WHEN `c72` = '' THEN 1 ELSE 0 END + CASE WHEN `c73` = '' THEN 1 ELSE 0 END + CASE WHEN `c74` = '' THEN 1 ELSE 0 END + CASE WHEN `c75` = '' THEN 1 ELSE 0 END + CASE WHEN `c76` = '' THEN 1 ELSE 0 END + CASE WHEN `c77` = '' THEN 1 ELSE 0 END + CASE WHEN `c78` = '' THEN 1 ELSE 0 END + CASE WHEN `c79` = '' THEN 1 ELSE 0 END + CASE WHEN `c80` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c71` = '' THEN 1 ELSE 0 END + CASE WHEN `c72` = '' THEN 1 ELSE 0 END + CASE WHEN `c73` = '' THEN 1 ELSE 0 END + CASE WHEN `c74` = '' THEN 1 ELSE 0 END + CASE WHEN `c75` = '' THEN 1 ELSE 0 END + CASE WHEN `c76` = '' THEN 1 ELSE 0 END + CASE WHEN `c77` = '' THEN 1 ELSE 0 END + CASE WHEN `c78` = '' THEN 1 ELSE 0 END + CASE WHEN `c79` = '' THEN 1 ELSE 0 END + CASE WHEN `c80` = '' THEN 1 ELSE 0 END) < 10
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c80` = '1' THEN '-1' END, CASE WHEN `c71` = '1' THEN '1' END, CASE WHEN `c72` = '1' THEN '2' END, CASE WHEN `c73` = '1' THEN '3' END, CASE WHEN `c74` = '1' THEN '4' END, CASE WHEN `c75` = '1' THEN '5' END, CASE WHEN `c76` = '1' THEN '6' END, CASE WHEN `c77` = '1' THEN '7' END, CASE WHEN `c78` = '1' THEN '8' END, CASE WHEN `c79` = '1' THEN '97' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30071 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c71` = '' THEN 1 ELSE 0 END + CASE WHEN `c72` = '' THEN 1 ELSE 0 END + CASE WHEN `c73` = '' THEN 1 ELSE 0 END + CASE WHEN `c74` = '' THEN 1 ELSE 0 END + CASE WHEN `c75` = '' THEN 1 ELSE 0 END + CASE WHEN `c76` = '' THEN 1 ELSE 0 END + CASE WHEN `c77` = '' THEN 1 ELSE 0 END + CASE WHEN `c78` = '' THEN 1 ELSE 0 END + CASE WHEN `c79` = '' THEN 1 ELSE 0 END + CASE WHEN `c80` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c71` = '1' THEN 1 ELSE 0 END + CASE WHEN `c72` = '1' THEN 1 ELSE 0 END + CASE WHEN `c73` = '1' THEN 1 ELSE 0 END + CASE WHEN `c74` = '1' THEN 1 ELSE 0 END + CASE WHEN `c75` = '1' THEN 1 ELSE 0 END + CASE WHEN `c76` = '1' THEN 1 ELSE 0 END + CASE WHEN `c77` = '1' THEN 1 ELSE 0 END + CASE WHEN `c78` = '1' THEN 1 ELSE 0 END + CASE WHEN `c79` = '1' THEN 1 ELSE 0 END + CASE WHEN `c80` = '1' THEN 1 ELSE 0 END) > 1 AND (`c79` = '1' OR `c80` = '1'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30090 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c90` = '' THEN 1 ELSE 0 END + CASE WHEN `c91` = '' THEN 1 ELSE 0 END + CASE WHEN `c92` = '' THEN 1 ELSE 0 END + CASE WHEN `c93` = '' THEN 1 ELSE 0 END + CASE WHEN `c94` = '' THEN 1 ELSE 0 END + CASE WHEN `c95` = '' THEN 1 ELSE 0 END + CASE WHEN `c96` = '' THEN 1 ELSE 0 END + CASE WHEN `c97` = '' THEN 1 ELSE 0 END + CASE WHEN `c98` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c90` = '' THEN 1 ELSE 0 END + CASE WHEN `c91` = '' THEN 1 ELSE 0 END + CASE WHEN `c92` = '' THEN 1 ELSE 0 END + CASE WHEN `c93` = '' THEN 1 ELSE 0 END + CASE WHEN `c94` = '' THEN 1 ELSE 0 END + CASE WHEN `c95` = '' THEN 1 ELSE 0 END + CASE WHEN `c96` = '' THEN 1 ELSE 0 END + CASE WHEN `c97` = '' THEN 1 ELSE 0 END + CASE WHEN `c98` = '' THEN 1 ELSE 0 END) < 9
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c98` = '1' THEN '-1' END, CASE WHEN `c90` = '1' THEN '1' END, CASE WHEN `c91` = '1' THEN '2' END, CASE WHEN `c92` = '1' THEN '3' END, CASE WHEN `c93` = '1' THEN '4' END, CASE WHEN `c94` = '1' THEN '5' END, CASE WHEN `c95` = '1' THEN '6' END, CASE WHEN `c96` = '1' THEN '7' END, CASE WHEN `c97` = '1' THEN '97' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30090 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c90` = '' THEN 1 ELSE 0 END + CASE WHEN `c91` = '' THEN 1 ELSE 0 END + CASE WHEN `c92` = '' THEN 1 ELSE 0 END + CASE WHEN `c93` = '' THEN 1 ELSE 0 END + CASE WHEN `c94` = '' THEN 1 ELSE 0 END + CASE WHEN `c95` = '' THEN 1 ELSE 0 END + CASE WHEN `c96` = '' THEN 1 ELSE 0 END + CASE WHEN `c97` = '' THEN 1 ELSE 0 END + CASE WHEN `c98` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c90` = '1' THEN 1 ELSE 0 END + CASE WHEN `c91` = '1' THEN 1 ELSE 0 END + CASE WHEN `c92` = '1' THEN 1 ELSE 0 END + CASE WHEN `c93` = '1' THEN 1 ELSE 0 END + CASE WHEN `c94` = '1' THEN 1 ELSE 0 END + CASE WHEN `c95` = '1' THEN 1 ELSE 0 END + CASE WHEN `c96` = '1' THEN 1 ELSE 0 END + CASE WHEN `c97` = '1' THEN 1 ELSE 0 END + CASE WHEN `c98` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c90` = '1' THEN 1 ELSE 0 END + CASE WHEN `c91` = '1' THEN 1 ELSE 0 END + CASE WHEN `c92` = '1' THEN 1 ELSE 0 END + CASE WHEN `c93` = '1' THEN 1 ELSE 0 END + CASE WHEN `c94` = '1' THEN 1 ELSE 0 END + CASE WHEN `c95` = '1' THEN 1 ELSE 0 END + CASE WHEN `c96` = '1' THEN 1 ELSE 0 END + CASE WHEN `c97` = '1' THEN 1 ELSE 0 END + CASE WHEN `c98` = '1' THEN 1 ELSE 0 END) > 1 AND (`c97` = '1' OR `c98` = '1'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_tasks' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30104 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c104` = '' THEN 1 ELSE 0 END + CASE WHEN `c105` = '' THEN 1 ELSE 0 END + CASE WHEN `c106` = '' THEN 1 ELSE 0 END + CASE WHEN `c107` = '' THEN 1 ELSE 0 END + CASE WHEN `c108` = '' THEN 1 ELSE 0 END + CASE WHEN `c109` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c104` = '' THEN 1 ELSE 0 END + CASE WHEN `c105` = '' THEN 1 ELSE 0 END + CASE WHEN `c106` = '' THEN 1 ELSE 0 END + CASE WHEN `c107` = '' THEN 1 ELSE 0 END + CASE WHEN `c108` = '' THEN 1 ELSE 0 END + CASE WHEN `c109` = '' THEN 1 ELSE 0 END) < 6
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_tasks' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c104` = '1' THEN '1' END, CASE WHEN `c105` = '1' THEN '2' END, CASE WHEN `c106` = '1' THEN '3' END, CASE WHEN `c107` = '1' THEN '4' END, CASE WHEN `c108` = '1' THEN '5' END, CASE WHEN `c109` = '1' THEN '6' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30104 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c104` = '' THEN 1 ELSE 0 END + CASE WHEN `c105` = '' THEN 1 ELSE 0 END + CASE WHEN `c106` = '' THEN 1 ELSE 0 END + CASE WHEN `c107` = '' THEN 1 ELSE 0 END + CASE WHEN `c108` = '' THEN 1 ELSE 0 END + CASE WHEN `c109` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c104` = '1' THEN 1 ELSE 0 END + CASE WHEN `c105` = '1' THEN 1 ELSE 0 END + CASE WHEN `c106` = '1' THEN 1 ELSE 0 END + CASE WHEN `c107` = '1' THEN 1 ELSE 0 END + CASE WHEN `c108` = '1' THEN 1 ELSE 0 END + CASE WHEN `c109` = '1' THEN 1 ELSE 0 END) > 0) AND FALSE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers' AS STRING) AS `variable`, CAST('QD6003' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('some of the question''s columns are empty' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30111 AS `_order`
FROM l0_s1 WHERE (CASE WHEN `c111` = '' THEN 1 ELSE 0 END + CASE WHEN `c112` = '' THEN 1 ELSE 0 END + CASE WHEN `c113` = '' THEN 1 ELSE 0 END + CASE WHEN `c114` = '' THEN 1 ELSE 0 END + CASE WHEN `c115` = '' THEN 1 ELSE 0 END + CASE WHEN `c116` = '' THEN 1 ELSE 0 END + CASE WHEN `c117` = '' THEN 1 ELSE 0 END + CASE WHEN `c118` = '' THEN 1 ELSE 0 END + CASE WHEN `c119` = '' THEN 1 ELSE 0 END + CASE WHEN `c120` = '' THEN 1 ELSE 0 END + CASE WHEN `c121` = '' THEN 1 ELSE 0 END + CASE WHEN `c122` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c111` = '' THEN 1 ELSE 0 END + CASE WHEN `c112` = '' THEN 1 ELSE 0 END + CASE WHEN `c113` = '' THEN 1 ELSE 0 END + CASE WHEN `c114` = '' THEN 1 ELSE 0 END + CASE WHEN `c115` = '' THEN 1 ELSE 0 END + CASE WHEN `c116` = '' THEN 1 ELSE 0 END + CASE WHEN `c117` = '' THEN 1 ELSE 0 END + CASE WHEN `c118` = '' THEN 1 ELSE 0 END + CASE WHEN `c119` = '' THEN 1 ELSE 0 END + CASE WHEN `c120` = '' THEN 1 ELSE 0 END + CASE WHEN `c121` = '' THEN 1 ELSE 0 END + CASE WHEN `c122` = '' THEN 1 ELSE 0 END) < 12
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers' AS STRING) AS `variable`, CAST('QD6004' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c122` = '1' THEN '-1' END, CASE WHEN `c111` = '1' THEN '1' END, CASE WHEN `c112` = '1' THEN '2' END, CASE WHEN `c113` = '1' THEN '3' END, CASE WHEN `c114` = '1' THEN '4' END, CASE WHEN `c115` = '1' THEN '5' END, CASE WHEN `c116` = '1' THEN '6' END, CASE WHEN `c117` = '1' THEN '7' END, CASE WHEN `c118` = '1' THEN '8' END, CASE WHEN `c119` = '1' THEN '9' END, CASE WHEN `c120` = '1' THEN '10' END, CASE WHEN `c121` = '1' THEN '97' END) AS STRING) AS `value`, CAST('not an answer the question accepts: exclusiveWithOthers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 30111 AS `_order`
FROM l0_s1 WHERE ((CASE WHEN `c111` = '' THEN 1 ELSE 0 END + CASE WHEN `c112` = '' THEN 1 ELSE 0 END + CASE WHEN `c113` = '' THEN 1 ELSE 0 END + CASE WHEN `c114` = '' THEN 1 ELSE 0 END + CASE WHEN `c115` = '' THEN 1 ELSE 0 END + CASE WHEN `c116` = '' THEN 1 ELSE 0 END + CASE WHEN `c117` = '' THEN 1 ELSE 0 END + CASE WHEN `c118` = '' THEN 1 ELSE 0 END + CASE WHEN `c119` = '' THEN 1 ELSE 0 END + CASE WHEN `c120` = '' THEN 1 ELSE 0 END + CASE WHEN `c121` = '' THEN 1 ELSE 0 END + CASE WHEN `c122` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c111` = '1' THEN 1 ELSE 0 END + CASE WHEN `c112` = '1' THEN 1 ELSE 0 END + CASE WHEN `c113` = '1' THEN 1 ELSE 0 END + CASE WHEN `c114` = '1' THEN 1 ELSE 0 END + CASE WHEN `c115` = '1' THEN 1 ELSE 0 END + CASE WHEN `c116` = '1' THEN 1 ELSE 0 END + CASE WHEN `c117` = '1' THEN 1 ELSE 0 END + CASE WHEN `c118` = '1' THEN 1 ELSE 0 END + CASE WHEN `c119` = '1' THEN 1 ELSE 0 END + CASE WHEN `c120` = '1' THEN 1 ELSE 0 END + CASE WHEN `c121` = '1' THEN 1 ELSE 0 END + CASE WHEN `c122` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c111` = '1' THEN 1 ELSE 0 END + CASE WHEN `c112` = '1' THEN 1 ELSE 0 END + CASE WHEN `c113` = '1' THEN 1 ELSE 0 END + CASE WHEN `c114` = '1' THEN 1 ELSE 0 END + CASE WHEN `c115` = '1' THEN 1 ELSE 0 END + CASE WHEN `c116` = '1' THEN 1 ELSE 0 END + CASE WHEN `c117` = '1' THEN 1 ELSE 0 END + CASE WHEN `c118` = '1' THEN 1 ELSE 0 END + CASE WHEN `c119` = '1' THEN 1 ELSE 0 END + CASE WHEN `c120` = '1' THEN 1 ELSE 0 END + CASE WHEN `c121` = '1' THEN 1 ELSE 0 END + CASE WHEN `c122` = '1' THEN 1 ELSE 0 END) > 1 AND (`c121` = '1' OR `c122` = '1'))
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('activity' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c9` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40000 AS `_order`
FROM l0_s66 WHERE `_a9` IS NOT NULL AND NOT (`_rl0_21` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adopted' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c10` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40001 AS `_order`
FROM l0_s66 WHERE `_a10` IS NOT NULL AND NOT (`_rl0_25` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adoption_plans' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c45` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40002 AS `_order`
FROM l0_s66 WHERE `_a45` IS NOT NULL AND NOT (`_rl0_48` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barrier_detail' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c123` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40003 AS `_order`
FROM l0_s66 WHERE `_a123` IS NOT NULL AND NOT (`_rl0_94` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('barriers' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c122` = '1' THEN '-1' END, CASE WHEN `c111` = '1' THEN '1' END, CASE WHEN `c112` = '1' THEN '2' END, CASE WHEN `c113` = '1' THEN '3' END, CASE WHEN `c114` = '1' THEN '4' END, CASE WHEN `c115` = '1' THEN '5' END, CASE WHEN `c116` = '1' THEN '6' END, CASE WHEN `c117` = '1' THEN '7' END, CASE WHEN `c118` = '1' THEN '8' END, CASE WHEN `c119` = '1' THEN '9' END, CASE WHEN `c120` = '1' THEN '10' END, CASE WHEN `c121` = '1' THEN '97' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40004 AS `_order`
FROM l0_s66 WHERE `_g111` AND NOT (`_rl0_91` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('collaboration_phase' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c66` = '1' THEN '1' END, CASE WHEN `c67` = '1' THEN '2' END, CASE WHEN `c68` = '1' THEN '3' END, CASE WHEN `c69` = '1' THEN '4' END, CASE WHEN `c70` = '1' THEN '5' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40005 AS `_order`
FROM l0_s66 WHERE `_g66` AND NOT (`_rl0_56` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('comment' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c124` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40006 AS `_order`
FROM l0_s66 WHERE `_a124` IS NOT NULL AND NOT (`_rl0_96` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_clear_goals' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c86` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40007 AS `_order`
FROM l0_s66 WHERE `_a86` IS NOT NULL AND NOT (`_rl0_63` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_experiments' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c82` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40008 AS `_order`
FROM l0_s66 WHERE `_a82` IS NOT NULL AND NOT (`_rl0_63` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_failures' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c84` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40009 AS `_order`
FROM l0_s66 WHERE `_a84` IS NOT NULL AND NOT (`_rl0_63` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_management' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c87` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40010 AS `_order`
FROM l0_s66 WHERE `_a87` IS NOT NULL AND NOT (`_rl0_63` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_risk_taking' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c83` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40011 AS `_order`
FROM l0_s66 WHERE `_a83` IS NOT NULL AND NOT (`_rl0_63` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_user_involvement' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c88` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40012 AS `_order`
FROM l0_s66 WHERE `_a88` IS NOT NULL AND NOT (`_rl0_63` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_working_time' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c85` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40013 AS `_order`
FROM l0_s66 WHERE `_a85` IS NOT NULL AND NOT (`_rl0_63` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('idea_sources' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c56` = '1' THEN '-1' END, CASE WHEN `c46` = '1' THEN '1' END, CASE WHEN `c47` = '1' THEN '2' END, CASE WHEN `c48` = '1' THEN '3' END, CASE WHEN `c49` = '1' THEN '4' END, CASE WHEN `c50` = '1' THEN '5' END, CASE WHEN `c51` = '1' THEN '6' END, CASE WHEN `c52` = '1' THEN '7' END, CASE WHEN `c53` = '1' THEN '8' END, CASE WHEN `c54` = '1' THEN '9' END, CASE WHEN `c55` = '1' THEN '10' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40014 AS `_order`
FROM l0_s66 WHERE `_g46` AND NOT (`_rl0_50` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('inhabitants' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c5` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40015 AS `_order`
FROM l0_s66 WHERE `_a5` IS NOT NULL AND NOT (`_rl0_10` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('innovation_count' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c18` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40016 AS `_order`
FROM l0_s66 WHERE `_a18` IS NOT NULL AND NOT (`_rl0_31` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c16` = '1' THEN '-1' END, CASE WHEN `c11` = '1' THEN '1' END, CASE WHEN `c12` = '1' THEN '2' END, CASE WHEN `c13` = '1' THEN '3' END, CASE WHEN `c14` = '1' THEN '4' END, CASE WHEN `c15` = '1' THEN '5' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40017 AS `_order`
FROM l0_s66 WHERE `_g11` AND NOT (`_rl0_28` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('member_municipalities' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c6` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40018 AS `_order`
FROM l0_s66 WHERE `_a6` IS NOT NULL AND NOT (`_rl0_14` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('motives' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c30` = '1' THEN '-1' END, CASE WHEN `c22` = '1' THEN '1' END, CASE WHEN `c23` = '1' THEN '2' END, CASE WHEN `c24` = '1' THEN '3' END, CASE WHEN `c25` = '1' THEN '4' END, CASE WHEN `c26` = '1' THEN '5' END, CASE WHEN `c27` = '1' THEN '6' END, CASE WHEN `c28` = '1' THEN '7' END, CASE WHEN `c29` = '1' THEN '8' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40019 AS `_order`
FROM l0_s66 WHERE `_g22` AND NOT (`_rl0_42` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('novelty' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c20` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40020 AS `_order`
FROM l0_s66 WHERE `_a20` IS NOT NULL AND NOT (`_rl0_37` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c2` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40021 AS `_order`
FROM l0_s66 WHERE `_a2` IS NOT NULL AND NOT (`_rl0_1` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type_other' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c3` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40022 AS `_order`
FROM l0_s66 WHERE `_a3` IS NOT NULL AND NOT (`_rl0_4` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('origin' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c21` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40023 AS `_order`
FROM l0_s66 WHERE `_a21` IS NOT NULL AND NOT (`_rl0_40` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('outcomes' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c44` = '1' THEN '-2' END, CASE WHEN `c38` = '1' THEN '1' END, CASE WHEN `c39` = '1' THEN '2' END, CASE WHEN `c40` = '1' THEN '3' END, CASE WHEN `c41` = '1' THEN '4' END, CASE WHEN `c42` = '1' THEN '5' END, CASE WHEN `c43` = '1' THEN '6' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40024 AS `_order`
FROM l0_s66 WHERE `_g38` AND NOT (`_rl0_46` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('participants' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c81` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40025 AS `_order`
FROM l0_s66 WHERE `_a81` IS NOT NULL AND NOT (`_rl0_60` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c57` = '1' THEN '1' END, CASE WHEN `c58` = '1' THEN '2' END, CASE WHEN `c59` = '1' THEN '3' END, CASE WHEN `c60` = '1' THEN '4' END, CASE WHEN `c61` = '1' THEN '5' END, CASE WHEN `c62` = '1' THEN '6' END, CASE WHEN `c63` = '1' THEN '7' END, CASE WHEN `c64` = '1' THEN '97' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40026 AS `_order`
FROM l0_s66 WHERE `_g57` AND NOT (`_rl0_52` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c7` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40027 AS `_order`
FROM l0_s66 WHERE `_a7` IS NOT NULL AND NOT (`_rl0_16` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role_other' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c8` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40028 AS `_order`
FROM l0_s66 WHERE `_a8` IS NOT NULL AND NOT (`_rl0_19` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('sharing' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c31` = '1' THEN '1' END, CASE WHEN `c32` = '1' THEN '2' END, CASE WHEN `c33` = '1' THEN '3' END, CASE WHEN `c34` = '1' THEN '4' END, CASE WHEN `c35` = '1' THEN '5' END, CASE WHEN `c36` = '1' THEN '6' END, CASE WHEN `c37` = '1' THEN '97' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40029 AS `_order`
FROM l0_s66 WHERE `_g31` AND NOT (`_rl0_44` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('staff' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c4` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40030 AS `_order`
FROM l0_s66 WHERE `_a4` IS NOT NULL AND NOT (`_rl0_6` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategies' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c98` = '1' THEN '-1' END, CASE WHEN `c90` = '1' THEN '1' END, CASE WHEN `c91` = '1' THEN '2' END, CASE WHEN `c92` = '1' THEN '3' END, CASE WHEN `c93` = '1' THEN '4' END, CASE WHEN `c94` = '1' THEN '5' END, CASE WHEN `c95` = '1' THEN '6' END, CASE WHEN `c96` = '1' THEN '7' END, CASE WHEN `c97` = '1' THEN '97' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40031 AS `_order`
FROM l0_s66 WHERE `_g90` AND NOT (`_rl0_72` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_planned' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c100` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40032 AS `_order`
FROM l0_s66 WHERE `_a100` IS NOT NULL AND NOT (`_rl0_77` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('strategy_year' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c99` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40033 AS `_order`
FROM l0_s66 WHERE `_a99` IS NOT NULL AND NOT (`_rl0_75` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('support' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c80` = '1' THEN '-1' END, CASE WHEN `c71` = '1' THEN '1' END, CASE WHEN `c72` = '1' THEN '2' END, CASE WHEN `c73` = '1' THEN '3' END, CASE WHEN `c74` = '1' THEN '4' END, CASE WHEN `c75` = '1' THEN '5' END, CASE WHEN `c76` = '1' THEN '6' END, CASE WHEN `c77` = '1' THEN '7' END, CASE WHEN `c78` = '1' THEN '8' END, CASE WHEN `c79` = '1' THEN '97' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40034 AS `_order`
FROM l0_s66 WHERE `_g71` AND NOT (`_rl0_58` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('system_description' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c19` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40035 AS `_order`
FROM l0_s66 WHERE `_a19` IS NOT NULL AND NOT (`_rl0_35` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_fte' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c102` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40036 AS `_order`
FROM l0_s66 WHERE `_a102` IS NOT NULL AND NOT (`_rl0_82` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_planned_year' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c110` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40037 AS `_order`
FROM l0_s66 WHERE `_a110` IS NOT NULL AND NOT (`_rl0_89` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_status' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c101` AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40038 AS `_order`
FROM l0_s66 WHERE `_a101` IS NOT NULL AND NOT (`_rl0_79` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_tasks' AS STRING) AS `variable`, CAST('QD6005' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(concat_ws(' ', CASE WHEN `c104` = '1' THEN '1' END, CASE WHEN `c105` = '1' THEN '2' END, CASE WHEN `c106` = '1' THEN '3' END, CASE WHEN `c107` = '1' THEN '4' END, CASE WHEN `c108` = '1' THEN '5' END, CASE WHEN `c109` = '1' THEN '6' END) AS STRING) AS `value`, CAST('answered, but the routing did not ask it' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 40039 AS `_order`
FROM l0_s66 WHERE `_g104` AND NOT (`_rl0_86` AND TRUE)
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50001 AS `_order`
FROM l0_s66 WHERE `_rl0_1` AND `_xl0_2` IS NULL AND NOT (`c2` <> '' AND `_a2` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('org_type_other' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50002 AS `_order`
FROM l0_s66 WHERE `_rl0_4` AND `_xl0_5` IS NULL AND NOT (`c3` <> '' AND `_a3` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('staff' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50003 AS `_order`
FROM l0_s66 WHERE `_rl0_6` AND `_xl0_7` IS NULL AND NOT (`c4` <> '' AND `_a4` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('inhabitants' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50004 AS `_order`
FROM l0_s66 WHERE `_rl0_10` AND `_xl0_11` IS NULL AND NOT (`c5` <> '' AND `_a5` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50005 AS `_order`
FROM l0_s66 WHERE `_rl0_16` AND `_xl0_17` IS NULL AND NOT (`c7` <> '' AND `_a7` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('role_other' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50006 AS `_order`
FROM l0_s66 WHERE `_rl0_19` AND `_xl0_20` IS NULL AND NOT (`c8` <> '' AND `_a8` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('activity' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50007 AS `_order`
FROM l0_s66 WHERE `_rl0_21` AND `_xl0_22` IS NULL AND NOT (`c9` <> '' AND `_a9` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('adopted' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50008 AS `_order`
FROM l0_s66 WHERE `_rl0_25` AND `_xl0_26` IS NULL AND NOT (`c10` <> '' AND `_a10` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kinds' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50009 AS `_order`
FROM l0_s66 WHERE `_rl0_28` AND `_xl0_29` IS NULL AND NOT ((`c11` NOT IN ('', '0', '1') OR `c12` NOT IN ('', '0', '1') OR `c13` NOT IN ('', '0', '1') OR `c14` NOT IN ('', '0', '1') OR `c15` NOT IN ('', '0', '1') OR `c16` NOT IN ('', '0', '1')) OR ((CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END) < 6) OR (((CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END) > 1 AND (`c16` = '1')))) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('novelty' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50010 AS `_order`
FROM l0_s66 WHERE `_rl0_37` AND `_xl0_38` IS NULL AND NOT (`c20` <> '' AND `_a20` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partners' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50011 AS `_order`
FROM l0_s66 WHERE `_rl0_52` AND `_xl0_53` IS NULL AND NOT ((`c57` NOT IN ('', '0', '1') OR `c58` NOT IN ('', '0', '1') OR `c59` NOT IN ('', '0', '1') OR `c60` NOT IN ('', '0', '1') OR `c61` NOT IN ('', '0', '1') OR `c62` NOT IN ('', '0', '1') OR `c63` NOT IN ('', '0', '1') OR `c64` NOT IN ('', '0', '1')) OR ((CASE WHEN `c57` = '' THEN 1 ELSE 0 END + CASE WHEN `c58` = '' THEN 1 ELSE 0 END + CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c57` = '' THEN 1 ELSE 0 END + CASE WHEN `c58` = '' THEN 1 ELSE 0 END + CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END) < 8) OR (((CASE WHEN `c57` = '' THEN 1 ELSE 0 END + CASE WHEN `c58` = '' THEN 1 ELSE 0 END + CASE WHEN `c59` = '' THEN 1 ELSE 0 END + CASE WHEN `c60` = '' THEN 1 ELSE 0 END + CASE WHEN `c61` = '' THEN 1 ELSE 0 END + CASE WHEN `c62` = '' THEN 1 ELSE 0 END + CASE WHEN `c63` = '' THEN 1 ELSE 0 END + CASE WHEN `c64` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c57` = '1' THEN 1 ELSE 0 END + CASE WHEN `c58` = '1' THEN 1 ELSE 0 END + CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c57` = '1' THEN 1 ELSE 0 END + CASE WHEN `c58` = '1' THEN 1 ELSE 0 END + CASE WHEN `c59` = '1' THEN 1 ELSE 0 END + CASE WHEN `c60` = '1' THEN 1 ELSE 0 END + CASE WHEN `c61` = '1' THEN 1 ELSE 0 END + CASE WHEN `c62` = '1' THEN 1 ELSE 0 END + CASE WHEN `c63` = '1' THEN 1 ELSE 0 END + CASE WHEN `c64` = '1' THEN 1 ELSE 0 END) > 1 AND (`c64` = '1')))) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_experiments' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50012 AS `_order`
FROM l0_s66 WHERE `_rl0_63` AND `_xl0_64` IS NULL AND NOT (`c82` <> '' AND `_a82` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_risk_taking' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50013 AS `_order`
FROM l0_s66 WHERE `_rl0_63` AND `_xl0_65` IS NULL AND NOT (`c83` <> '' AND `_a83` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_failures' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50014 AS `_order`
FROM l0_s66 WHERE `_rl0_63` AND `_xl0_66` IS NULL AND NOT (`c84` <> '' AND `_a84` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_working_time' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50015 AS `_order`
FROM l0_s66 WHERE `_rl0_63` AND `_xl0_67` IS NULL AND NOT (`c85` <> '' AND `_a85` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_clear_goals' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50016 AS `_order`
FROM l0_s66 WHERE `_rl0_63` AND `_xl0_68` IS NULL AND NOT (`c86` <> '' AND `_a86` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_management' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50017 AS `_order`
FROM l0_s66 WHERE `_rl0_63` AND `_xl0_69` IS NULL AND NOT (`c87` <> '' AND `_a87` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_user_involvement' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50018 AS `_order`
FROM l0_s66 WHERE `_rl0_63` AND `_xl0_70` IS NULL AND NOT (`c88` <> '' AND `_a88` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_status' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50019 AS `_order`
FROM l0_s66 WHERE `_rl0_79` AND `_xl0_80` IS NULL AND NOT (`c101` <> '' AND `_a101` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_fte' AS STRING) AS `variable`, CAST('QD6006' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST('' AS STRING) AS `value`, CAST('required and asked, but not answered' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 50020 AS `_order`
FROM l0_s66 WHERE `_rl0_82` AND `_xl0_83` IS NULL AND NOT (`c102` <> '' AND `_a102` IS NULL) AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('staff' AS STRING) AS `variable`, CAST('QD6008' AS STRING) AS `rule`, CAST('note' AS STRING) AS `severity`, CAST(`c4` AS STRING) AS `value`, CAST('fails its check staff <= 40000' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 60001 AS `_order`
FROM l0_s66 WHERE `_cl0_8` AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('inhabitants' AS STRING) AS `variable`, CAST('QD6007' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c5` AS STRING) AS `value`, CAST('fails its check inhabitants > staff' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 60002 AS `_order`
FROM l0_s66 WHERE `_cl0_12` AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('innovation_count' AS STRING) AS `variable`, CAST('QD6007' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c18` AS STRING) AS `value`, CAST('fails its check innovation_count >= kind_count' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 60003 AS `_order`
FROM l0_s66 WHERE `_cl0_33` AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('participants' AS STRING) AS `variable`, CAST('QD6007' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c81` AS STRING) AS `value`, CAST('fails its check participants <= staff' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 60004 AS `_order`
FROM l0_s66 WHERE `_cl0_62` AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_fte' AS STRING) AS `variable`, CAST('QD6007' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c102` AS STRING) AS `value`, CAST('fails its check unit_fte <= staff' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 60005 AS `_order`
FROM l0_s66 WHERE `_cl0_84` AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('kind_count' AS STRING) AS `variable`, CAST('QD6009' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c17` AS STRING) AS `value`, CAST('the instrument computes another value from the answers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 70017 AS `_order`
FROM l0_s66 WHERE (`c17` = '' OR (`c17` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_30` = floor(`_xl0_30`) AND abs(`_xl0_30`) < 1e15 THEN CAST(CAST(`_xl0_30` AS BIGINT) AS STRING) ELSE CAST(`_xl0_30` AS STRING) END, '') <> `c17` AND TRUE AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('partner_count' AS STRING) AS `variable`, CAST('QD6009' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c65` AS STRING) AS `value`, CAST('the instrument computes another value from the answers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 70065 AS `_order`
FROM l0_s66 WHERE (`c65` = '' OR (`c65` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_54` = floor(`_xl0_54`) AND abs(`_xl0_54`) < 1e15 THEN CAST(CAST(`_xl0_54` AS BIGINT) AS STRING) ELSE CAST(`_xl0_54` AS STRING) END, '') <> `c65` AND TRUE AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('culture_agree_count' AS STRING) AS `variable`, CAST('QD6009' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c89` AS STRING) AS `value`, CAST('the instrument computes another value from the answers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 70089 AS `_order`
FROM l0_s66 WHERE (`c89` = '' OR (`c89` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_71` = floor(`_xl0_71`) AND abs(`_xl0_71`) < 1e15 THEN CAST(CAST(`_xl0_71` AS BIGINT) AS STRING) ELSE CAST(`_xl0_71` AS STRING) END, '') <> `c89` AND TRUE AND TRUE
UNION ALL
SELECT CAST('innovation_barometer' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, CAST('unit_share' AS STRING) AS `variable`, CAST('QD6009' AS STRING) AS `rule`, CAST('error' AS STRING) AS `severity`, CAST(`c103` AS STRING) AS `value`, CAST('the instrument computes another value from the answers' AS STRING) AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, 70103 AS `_order`
FROM l0_s66 WHERE (`c103` = '' OR (`c103` RLIKE '^(-?([0-9]+[.]?[0-9]*|[.][0-9]+))$')) AND COALESCE(CASE WHEN `_xl0_85` = floor(`_xl0_85`) AND abs(`_xl0_85`) < 1e15 THEN CAST(CAST(`_xl0_85` AS BIGINT) AS STRING) ELSE CAST(`_xl0_85` AS STRING) END, '') <> `c103` AND TRUE AND TRUE;

-- The findings, in validate-data's order: by level, by row, then within a row duplicate key, cells, routing, checks, calculates.
CREATE VIEW findings AS SELECT `file`, `line`, `level`, `record_id`, `iteration`, `variable`, `rule`, `severity`, `value`, `message`, `cause` FROM qdsl_findings ORDER BY `_level`, `_row`, `_order`;

SELECT * FROM findings;
