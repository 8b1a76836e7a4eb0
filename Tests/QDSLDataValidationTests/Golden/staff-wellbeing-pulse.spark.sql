-- staff_wellbeing_pulse: the data rules of `qdsl validate-data` as SQL (spark), written by `qdsl compile --target sql`.
-- Run this file on an empty database, load each data file with its statement below, then query the view
-- `findings` (in the order validate-data reports; not selected here, as Spark plans a view
-- again at each query; run the two SETs below in the session that queries it).
-- Every cell is loaded as text, so that a faulty file loads and its faults are found.
-- Load the data files (one statement per level):
--   INSERT INTO `staff_wellbeing_pulse` SELECT monotonically_increasing_id(), * FROM csv.`staff-wellbeing-pulse.csv` -- with the reader's header option on (spark.read.option('header', True))
-- Not checked in SQL: the header (QD6001, QD6002: the load statement refuses an unknown column and leaves a missing one empty) and the file's syntax (QD6013).

-- Settings of the session (run them again in the session that queries `findings`): the analyzer's passes for the
-- long chain of steps, and no CollapseProject, which inlines every step's columns into the next.
SET spark.sql.analyzer.maxIterations = 10000;
SET spark.sql.optimizer.excludedRules = org.apache.spark.sql.catalyst.optimizer.CollapseProject;
CREATE TABLE `staff_wellbeing_pulse` (
  `_row` BIGINT,
  `record_id` STRING,
  `area` STRING,
  `satisfaction` STRING,
  `going_well` STRING,
  `one_change` STRING,
  `main_difficulty` STRING,
  `contact_request` STRING,
  `workload_ok` STRING,
  `team_support` STRING,
  `clear_goals` STRING,
  `work_statements_order` STRING,
  `stressors_1` STRING,
  `stressors_2` STRING,
  `stressors_3` STRING,
  `stressors_4` STRING,
  `stressors_5` STRING,
  `stressors_6` STRING,
  `stressors_7` STRING,
  `stressors_97` STRING,
  `stressors_order` STRING,
  `stressor_count` STRING,
  `contract_hours` STRING,
  `actual_hours` STRING,
  `overtime` STRING,
  `overtime_recorded` STRING,
  `energy` STRING,
  `recovery` STRING,
  `wellbeing_floor` STRING,
  `improvements_flexible_hours` STRING,
  `improvements_less_admin` STRING,
  `improvements_more_staff` STRING,
  `improvements_training` STRING,
  `improvements_quiet_space` STRING,
  `improvements_order` STRING,
  `comment` STRING
) USING parquet;
-- The date of today() and of the paradata a record lacks (validate-data's --today): update it to check as of another day.
CREATE TABLE qdsl_today USING parquet AS SELECT CURRENT_DATE AS today;

-- Each level's data with types, for analysis (a cell that is not a value of its type is NULL there and a finding below).
-- Key of staff_wellbeing_pulse: record_id (unique once QD6010 finds nothing).
CREATE VIEW `staff_wellbeing_pulse__typed` AS SELECT
  `record_id` AS `record_id`,
  try_cast(`area` AS BIGINT) AS `area`,
  try_cast(`satisfaction` AS BIGINT) AS `satisfaction`,
  `going_well` AS `going_well`,
  `one_change` AS `one_change`,
  `main_difficulty` AS `main_difficulty`,
  try_cast(`contact_request` AS BIGINT) AS `contact_request`,
  try_cast(`workload_ok` AS BIGINT) AS `workload_ok`,
  try_cast(`team_support` AS BIGINT) AS `team_support`,
  try_cast(`clear_goals` AS BIGINT) AS `clear_goals`,
  `work_statements_order` AS `work_statements_order`,
  try_cast(`stressors_1` AS BIGINT) AS `stressors_1`,
  try_cast(`stressors_2` AS BIGINT) AS `stressors_2`,
  try_cast(`stressors_3` AS BIGINT) AS `stressors_3`,
  try_cast(`stressors_4` AS BIGINT) AS `stressors_4`,
  try_cast(`stressors_5` AS BIGINT) AS `stressors_5`,
  try_cast(`stressors_6` AS BIGINT) AS `stressors_6`,
  try_cast(`stressors_7` AS BIGINT) AS `stressors_7`,
  try_cast(`stressors_97` AS BIGINT) AS `stressors_97`,
  `stressors_order` AS `stressors_order`,
  try_cast(`stressor_count` AS BIGINT) AS `stressor_count`,
  try_cast(`contract_hours` AS DOUBLE) AS `contract_hours`,
  try_cast(`actual_hours` AS DOUBLE) AS `actual_hours`,
  try_cast(`overtime` AS DOUBLE) AS `overtime`,
  try_cast(`overtime_recorded` AS BIGINT) AS `overtime_recorded`,
  try_cast(`energy` AS BIGINT) AS `energy`,
  try_cast(`recovery` AS BIGINT) AS `recovery`,
  try_cast(`wellbeing_floor` AS BIGINT) AS `wellbeing_floor`,
  try_cast(`improvements_flexible_hours` AS BIGINT) AS `improvements_flexible_hours`,
  try_cast(`improvements_less_admin` AS BIGINT) AS `improvements_less_admin`,
  try_cast(`improvements_more_staff` AS BIGINT) AS `improvements_more_staff`,
  try_cast(`improvements_training` AS BIGINT) AS `improvements_training`,
  try_cast(`improvements_quiet_space` AS BIGINT) AS `improvements_quiet_space`,
  `improvements_order` AS `improvements_order`,
  `comment` AS `comment`
FROM `staff_wellbeing_pulse`;

-- The findings, in validate-data's order: by level, by row, then within a row duplicate key, cells, routing, checks, calculates.
-- A step read twice (by a repeat's iterations and back in its parent) has a column `_once_STEP`, rand(0), never read:
-- Spark then computes that step once, instead of copying every step before it into each of its readers.
CREATE VIEW findings AS
WITH
qdsl_findings AS (
SELECT CAST('staff_wellbeing_pulse' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, `_fs`.`variable` AS `variable`, `_fs`.`rule` AS `rule`, `_fs`.`severity` AS `severity`, `_fs`.`value` AS `value`, `_fs`.`message` AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, `_fs`.`ord` AS `_order`
FROM (
  SELECT *,
    CASE WHEN `_rl0_43` THEN `_a34` END AS `_xl0_44`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_41` THEN `_n28` END AS `_xl0_42`,
    TRUE AS `_rl0_43`
  FROM (
  SELECT *,
    COALESCE(COALESCE((`_xl0_38`) <= (CAST(3 AS DOUBLE)), FALSE), FALSE) AS `_bl0_39`,
    COALESCE((COALESCE(COALESCE((`_xl0_23`) >= (CAST(3 AS DOUBLE)), FALSE), FALSE) OR COALESCE(COALESCE((`_xl0_16`) <= (CAST(2 AS BIGINT)), FALSE), FALSE)), FALSE) AS `_bl0_40`,
    TRUE AS `_rl0_41`
  FROM (
  SELECT *,
    CASE WHEN TRUE THEN CASE WHEN `_xl0_35` IS NULL OR `_xl0_37` IS NULL THEN NULL WHEN (`_xl0_35`) <= (`_xl0_37`) THEN `_xl0_35` ELSE `_xl0_37` END END AS `_xl0_38`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_36` THEN `_a26` END AS `_xl0_37`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_34` THEN `_a25` END AS `_xl0_35`,
    TRUE AS `_rl0_36`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_32` THEN `_a24` END AS `_xl0_33`,
    TRUE AS `_rl0_34`
  FROM (
  SELECT *,
    TRUE AND `_bl0_31` AS `_rl0_32`
  FROM (
  SELECT *,
    COALESCE((COALESCE((`_xl0_28` IS NOT NULL), FALSE) AND COALESCE(COALESCE((`_xl0_30`) >= (CAST(4 AS DOUBLE)), FALSE), FALSE)), FALSE) AS `_bl0_31`
  FROM (
  SELECT *,
    (`_rl0_26` AND `_xl0_28` IS NOT NULL AND NOT COALESCE(COALESCE((`_xl0_28`) <= (((`_xl0_25`) * (CAST(2 AS DOUBLE)))), FALSE), FALSE)) AS `_cl0_29`,
    CASE WHEN TRUE THEN CASE WHEN CAST(0 AS DOUBLE) IS NULL OR ((`_xl0_28`) - (`_xl0_25`)) IS NULL THEN NULL WHEN (CAST(0 AS DOUBLE)) > (((`_xl0_28`) - (`_xl0_25`))) THEN CAST(0 AS DOUBLE) ELSE ((`_xl0_28`) - (`_xl0_25`)) END END AS `_xl0_30`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_26` THEN `_dl0_27` END AS `_xl0_28`
  FROM (
  SELECT *,
    CASE WHEN `_a22` IS NULL THEN CASE WHEN TRUE AND `_xl0_25` >= 0 AND `_xl0_25` <= 80 THEN `_xl0_25` END ELSE `_a22` END AS `_dl0_27`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_24` THEN `_a21` END AS `_xl0_25`,
    TRUE AS `_rl0_26`
  FROM (
  SELECT *,
    CASE WHEN TRUE THEN ((COALESCE(`_xl0_22`, 0)) - (CASE WHEN COALESCE((`_xl0_22` IS NOT NULL AND (`c18` = '1')), FALSE) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END)) END AS `_xl0_23`,
    TRUE AS `_rl0_24`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_21` THEN `_n11` END AS `_xl0_22`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_19` THEN `_a9` END AS `_xl0_20`,
    TRUE AS `_rl0_21`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_17` THEN `_a8` END AS `_xl0_18`,
    TRUE AS `_rl0_19`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_15` THEN `_a7` END AS `_xl0_16`,
    TRUE AS `_rl0_17`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_13` THEN `_a6` END AS `_xl0_14`,
    TRUE AS `_rl0_15`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_11` THEN `_a5` END AS `_xl0_12`,
    TRUE AND NOT `_bl0_5` AND NOT `_bl0_8` AS `_rl0_13`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_9` THEN `_a4` END AS `_xl0_10`,
    TRUE AND NOT `_bl0_5` AND NOT `_bl0_8` AS `_rl0_11`
  FROM (
  SELECT *,
    TRUE AND NOT `_bl0_5` AND `_bl0_8` AS `_rl0_9`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_6` THEN `_a3` END AS `_xl0_7`,
    COALESCE(COALESCE((`_xl0_4`) = (CAST(3 AS BIGINT)), FALSE), FALSE) AS `_bl0_8`
  FROM (
  SELECT *,
    TRUE AND `_bl0_5` AS `_rl0_6`
  FROM (
  SELECT *,
    COALESCE(COALESCE((`_xl0_4`) >= (CAST(4 AS BIGINT)), FALSE), FALSE) AS `_bl0_5`
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
    CASE WHEN `c1` = '' THEN NULL WHEN NOT ((`c1` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c1` AS BIGINT) IN (1, 2, 3, 4, 5, 6) THEN try_cast(`c1` AS BIGINT) END AS `_a1`,
    CASE WHEN `c2` = '' THEN NULL WHEN NOT ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c2` AS BIGINT) IN (1, 2, 3, 4, 5) THEN try_cast(`c2` AS BIGINT) END AS `_a2`,
    CASE WHEN `c3` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c3`) <= 500 THEN `c3` END AS `_a3`,
    CASE WHEN `c4` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c4`) <= 500 THEN `c4` END AS `_a4`,
    CASE WHEN `c5` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c5`) <= 500 THEN `c5` END AS `_a5`,
    CASE WHEN `c6` = '' THEN NULL WHEN NOT ((`c6` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c6` AS BIGINT) IN (1, 2) THEN try_cast(`c6` AS BIGINT) END AS `_a6`,
    CASE WHEN `c7` = '' THEN NULL WHEN NOT ((`c7` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c7` AS BIGINT) IN (1, 2, 3, 4, 5) THEN try_cast(`c7` AS BIGINT) END AS `_a7`,
    CASE WHEN `c8` = '' THEN NULL WHEN NOT ((`c8` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c8` AS BIGINT) IN (1, 2, 3, 4, 5) THEN try_cast(`c8` AS BIGINT) END AS `_a8`,
    CASE WHEN `c9` = '' THEN NULL WHEN NOT ((`c9` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c9` AS BIGINT) IN (1, 2, 3, 4, 5) THEN try_cast(`c9` AS BIGINT) END AS `_a9`,
    CASE WHEN `c21` = '' THEN NULL WHEN NOT ((`c21` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c21` AS DOUBLE) IS NOT NULL AND try_cast(`c21` AS DOUBLE) >= 1 AND try_cast(`c21` AS DOUBLE) <= 40 THEN try_cast(`c21` AS DOUBLE) END AS `_a21`,
    CASE WHEN `c22` = '' THEN NULL WHEN NOT ((`c22` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c22` AS DOUBLE) IS NOT NULL AND try_cast(`c22` AS DOUBLE) >= 0 AND try_cast(`c22` AS DOUBLE) <= 80 THEN try_cast(`c22` AS DOUBLE) END AS `_a22`,
    CASE WHEN `c24` = '' THEN NULL WHEN NOT ((`c24` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c24` AS BIGINT) IN (1, 2) THEN try_cast(`c24` AS BIGINT) END AS `_a24`,
    CASE WHEN `c25` = '' THEN NULL WHEN NOT ((`c25` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c25` AS DOUBLE) = floor(try_cast(`c25` AS DOUBLE)) AND abs(try_cast(`c25` AS DOUBLE)) < 9.2e18 AND try_cast(`c25` AS DOUBLE) >= 0 AND try_cast(`c25` AS DOUBLE) <= 10 THEN try_cast(`c25` AS DOUBLE) END AS `_a25`,
    CASE WHEN `c26` = '' THEN NULL WHEN NOT ((`c26` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c26` AS DOUBLE) = floor(try_cast(`c26` AS DOUBLE)) AND abs(try_cast(`c26` AS DOUBLE)) < 9.2e18 AND try_cast(`c26` AS DOUBLE) >= 0 AND try_cast(`c26` AS DOUBLE) <= 10 THEN try_cast(`c26` AS DOUBLE) END AS `_a26`,
    CASE WHEN `c34` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c34`) <= 1000 THEN `c34` END AS `_a34`,
    ((CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END + CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END + CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END) > 0) AS `_g11`,
    CASE WHEN ((CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END + CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END + CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END + CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END) > 1 AND (`c18` = '1')) THEN CAST((CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END + CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n11`,
    ((CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END + CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END) = 0 AND ((`c28` RLIKE '^([+-]?[0-9]{1,18})$') OR (`c29` RLIKE '^([+-]?[0-9]{1,18})$') OR (`c30` RLIKE '^([+-]?[0-9]{1,18})$') OR (`c31` RLIKE '^([+-]?[0-9]{1,18})$') OR (`c32` RLIKE '^([+-]?[0-9]{1,18})$'))) AS `_g28`,
    CASE WHEN (CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END + CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END) = 0 AND (`c28` RLIKE '^([+-]?[0-9]{1,18})$') AND (`c29` RLIKE '^([+-]?[0-9]{1,18})$') AND (`c30` RLIKE '^([+-]?[0-9]{1,18})$') AND (`c31` RLIKE '^([+-]?[0-9]{1,18})$') AND (`c32` RLIKE '^([+-]?[0-9]{1,18})$') THEN 1 END AS `_n28`
  FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY `c0`, TRUE ORDER BY `_row`) AS `_seen`,
    FALSE AS `_orphan`, TRUE AS `_keysok`
  FROM (
  SELECT `_row`,
    ROW_NUMBER() OVER (ORDER BY `_row`) + 1 AS `_line`,
    COALESCE(CAST(`record_id` AS STRING), '') AS `c0`,
    COALESCE(CAST(`area` AS STRING), '') AS `c1`,
    COALESCE(CAST(`satisfaction` AS STRING), '') AS `c2`,
    COALESCE(CAST(`going_well` AS STRING), '') AS `c3`,
    COALESCE(CAST(`one_change` AS STRING), '') AS `c4`,
    COALESCE(CAST(`main_difficulty` AS STRING), '') AS `c5`,
    COALESCE(CAST(`contact_request` AS STRING), '') AS `c6`,
    COALESCE(CAST(`workload_ok` AS STRING), '') AS `c7`,
    COALESCE(CAST(`team_support` AS STRING), '') AS `c8`,
    COALESCE(CAST(`clear_goals` AS STRING), '') AS `c9`,
    COALESCE(CAST(`work_statements_order` AS STRING), '') AS `c10`,
    COALESCE(CAST(`stressors_1` AS STRING), '') AS `c11`,
    COALESCE(CAST(`stressors_2` AS STRING), '') AS `c12`,
    COALESCE(CAST(`stressors_3` AS STRING), '') AS `c13`,
    COALESCE(CAST(`stressors_4` AS STRING), '') AS `c14`,
    COALESCE(CAST(`stressors_5` AS STRING), '') AS `c15`,
    COALESCE(CAST(`stressors_6` AS STRING), '') AS `c16`,
    COALESCE(CAST(`stressors_7` AS STRING), '') AS `c17`,
    COALESCE(CAST(`stressors_97` AS STRING), '') AS `c18`,
    COALESCE(CAST(`stressors_order` AS STRING), '') AS `c19`,
    COALESCE(CAST(`stressor_count` AS STRING), '') AS `c20`,
    COALESCE(CAST(`contract_hours` AS STRING), '') AS `c21`,
    COALESCE(CAST(`actual_hours` AS STRING), '') AS `c22`,
    COALESCE(CAST(`overtime` AS STRING), '') AS `c23`,
    COALESCE(CAST(`overtime_recorded` AS STRING), '') AS `c24`,
    COALESCE(CAST(`energy` AS STRING), '') AS `c25`,
    COALESCE(CAST(`recovery` AS STRING), '') AS `c26`,
    COALESCE(CAST(`wellbeing_floor` AS STRING), '') AS `c27`,
    COALESCE(CAST(`improvements_flexible_hours` AS STRING), '') AS `c28`,
    COALESCE(CAST(`improvements_less_admin` AS STRING), '') AS `c29`,
    COALESCE(CAST(`improvements_more_staff` AS STRING), '') AS `c30`,
    COALESCE(CAST(`improvements_training` AS STRING), '') AS `c31`,
    COALESCE(CAST(`improvements_quiet_space` AS STRING), '') AS `c32`,
    COALESCE(CAST(`improvements_order` AS STRING), '') AS `c33`,
    COALESCE(CAST(`comment` AS STRING), '') AS `c34`,
    (SELECT today FROM qdsl_today) AS `_today`
  FROM `staff_wellbeing_pulse`) r) l0_keys) l0_s1) l0_m) l0_s2) l0_s3) l0_s4) l0_s5) l0_s6) l0_s7) l0_s8) l0_s9) l0_s10) l0_s11) l0_s12) l0_s13) l0_s14) l0_s15) l0_s16) l0_s17) l0_s18) l0_s19) l0_s20) l0_s21) l0_s22) l0_s23) l0_s24) l0_s25) l0_s26) l0_s27) l0_s28) l0_s29
LATERAL VIEW inline(filter(array(
  named_struct('hit', `_seen` > 1, 'variable', 'record_id', 'rule', 'QD6010', 'severity', 'error', 'value', CAST(`c0` AS STRING), 'message', 'this record id is used by an earlier row', 'ord', 10000),
  named_struct('hit', `c1` <> '' AND NOT ((`c1` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'area', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c1` AS STRING), 'message', 'not a value of this type', 'ord', 20001),
  named_struct('hit', `c1` <> '' AND ((`c1` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c1` AS BIGINT) IN (1, 2, 3, 4, 5, 6), FALSE), 'variable', 'area', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c1` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20001),
  named_struct('hit', `c2` <> '' AND NOT ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'satisfaction', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'not a value of this type', 'ord', 20002),
  named_struct('hit', `c2` <> '' AND ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c2` AS BIGINT) IN (1, 2, 3, 4, 5), FALSE), 'variable', 'satisfaction', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20002),
  named_struct('hit', `c3` <> '' AND NOT (TRUE), 'variable', 'going_well', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not a value of this type', 'ord', 20003),
  named_struct('hit', `c3` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c3`) <= 500, FALSE), 'variable', 'going_well', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20003),
  named_struct('hit', `c4` <> '' AND NOT (TRUE), 'variable', 'one_change', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'not a value of this type', 'ord', 20004),
  named_struct('hit', `c4` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c4`) <= 500, FALSE), 'variable', 'one_change', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20004),
  named_struct('hit', `c5` <> '' AND NOT (TRUE), 'variable', 'main_difficulty', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not a value of this type', 'ord', 20005),
  named_struct('hit', `c5` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c5`) <= 500, FALSE), 'variable', 'main_difficulty', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20005),
  named_struct('hit', `c6` <> '' AND NOT ((`c6` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'contact_request', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c6` AS STRING), 'message', 'not a value of this type', 'ord', 20006),
  named_struct('hit', `c6` <> '' AND ((`c6` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c6` AS BIGINT) IN (1, 2), FALSE), 'variable', 'contact_request', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c6` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20006),
  named_struct('hit', `c7` <> '' AND NOT ((`c7` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'workload_ok', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c7` AS STRING), 'message', 'not a value of this type', 'ord', 20007),
  named_struct('hit', `c7` <> '' AND ((`c7` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c7` AS BIGINT) IN (1, 2, 3, 4, 5), FALSE), 'variable', 'workload_ok', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c7` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20007),
  named_struct('hit', `c8` <> '' AND NOT ((`c8` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'team_support', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c8` AS STRING), 'message', 'not a value of this type', 'ord', 20008),
  named_struct('hit', `c8` <> '' AND ((`c8` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c8` AS BIGINT) IN (1, 2, 3, 4, 5), FALSE), 'variable', 'team_support', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c8` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20008),
  named_struct('hit', `c9` <> '' AND NOT ((`c9` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'clear_goals', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c9` AS STRING), 'message', 'not a value of this type', 'ord', 20009),
  named_struct('hit', `c9` <> '' AND ((`c9` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c9` AS BIGINT) IN (1, 2, 3, 4, 5), FALSE), 'variable', 'clear_goals', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c9` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20009),
  named_struct('hit', `c11` NOT IN ('', '0', '1'), 'variable', 'stressors_1', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c11` AS STRING), 'message', 'not a value of this column', 'ord', 20011),
  named_struct('hit', `c12` NOT IN ('', '0', '1'), 'variable', 'stressors_2', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c12` AS STRING), 'message', 'not a value of this column', 'ord', 20012),
  named_struct('hit', `c13` NOT IN ('', '0', '1'), 'variable', 'stressors_3', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c13` AS STRING), 'message', 'not a value of this column', 'ord', 20013),
  named_struct('hit', `c14` NOT IN ('', '0', '1'), 'variable', 'stressors_4', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c14` AS STRING), 'message', 'not a value of this column', 'ord', 20014),
  named_struct('hit', `c15` NOT IN ('', '0', '1'), 'variable', 'stressors_5', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c15` AS STRING), 'message', 'not a value of this column', 'ord', 20015),
  named_struct('hit', `c16` NOT IN ('', '0', '1'), 'variable', 'stressors_6', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c16` AS STRING), 'message', 'not a value of this column', 'ord', 20016),
  named_struct('hit', `c17` NOT IN ('', '0', '1'), 'variable', 'stressors_7', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c17` AS STRING), 'message', 'not a value of this column', 'ord', 20017),
  named_struct('hit', `c18` NOT IN ('', '0', '1'), 'variable', 'stressors_97', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c18` AS STRING), 'message', 'not a value of this column', 'ord', 20018),
  named_struct('hit', `c20` <> '' AND NOT ((`c20` RLIKE '^(-*[0-9]+)$')), 'variable', 'stressor_count', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c20` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20020),
  named_struct('hit', `c21` <> '' AND NOT ((`c21` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')), 'variable', 'contract_hours', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c21` AS STRING), 'message', 'not a value of this type', 'ord', 20021),
  named_struct('hit', `c21` <> '' AND ((`c21` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c21` AS DOUBLE) IS NOT NULL AND try_cast(`c21` AS DOUBLE) >= 1 AND try_cast(`c21` AS DOUBLE) <= 40, FALSE), 'variable', 'contract_hours', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c21` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20021),
  named_struct('hit', `c22` <> '' AND NOT ((`c22` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')), 'variable', 'actual_hours', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c22` AS STRING), 'message', 'not a value of this type', 'ord', 20022),
  named_struct('hit', `c22` <> '' AND ((`c22` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c22` AS DOUBLE) IS NOT NULL AND try_cast(`c22` AS DOUBLE) >= 0 AND try_cast(`c22` AS DOUBLE) <= 80, FALSE), 'variable', 'actual_hours', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c22` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20022),
  named_struct('hit', `c23` <> '' AND NOT ((`c23` RLIKE '^(-?([0-9]+[.]?[0-9]*|[.][0-9]+))$')), 'variable', 'overtime', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c23` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20023),
  named_struct('hit', `c24` <> '' AND NOT ((`c24` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'overtime_recorded', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c24` AS STRING), 'message', 'not a value of this type', 'ord', 20024),
  named_struct('hit', `c24` <> '' AND ((`c24` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c24` AS BIGINT) IN (1, 2), FALSE), 'variable', 'overtime_recorded', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c24` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20024),
  named_struct('hit', `c25` <> '' AND NOT ((`c25` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')), 'variable', 'energy', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c25` AS STRING), 'message', 'not a value of this type', 'ord', 20025),
  named_struct('hit', `c25` <> '' AND ((`c25` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c25` AS DOUBLE) = floor(try_cast(`c25` AS DOUBLE)) AND abs(try_cast(`c25` AS DOUBLE)) < 9.2e18 AND try_cast(`c25` AS DOUBLE) >= 0 AND try_cast(`c25` AS DOUBLE) <= 10, FALSE), 'variable', 'energy', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c25` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20025),
  named_struct('hit', `c26` <> '' AND NOT ((`c26` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')), 'variable', 'recovery', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c26` AS STRING), 'message', 'not a value of this type', 'ord', 20026),
  named_struct('hit', `c26` <> '' AND ((`c26` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c26` AS DOUBLE) = floor(try_cast(`c26` AS DOUBLE)) AND abs(try_cast(`c26` AS DOUBLE)) < 9.2e18 AND try_cast(`c26` AS DOUBLE) >= 0 AND try_cast(`c26` AS DOUBLE) <= 10, FALSE), 'variable', 'recovery', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c26` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20026),
  named_struct('hit', `c27` <> '' AND NOT ((`c27` RLIKE '^(-*[0-9]+)$')), 'variable', 'wellbeing_floor', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c27` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20027),
  named_struct('hit', `c28` <> '' AND NOT (`c28` RLIKE '^([+-]?[0-9]{1,18})$'), 'variable', 'improvements_flexible_hours', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c28` AS STRING), 'message', 'not a value of this column', 'ord', 20028),
  named_struct('hit', `c29` <> '' AND NOT (`c29` RLIKE '^([+-]?[0-9]{1,18})$'), 'variable', 'improvements_less_admin', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c29` AS STRING), 'message', 'not a value of this column', 'ord', 20029),
  named_struct('hit', `c30` <> '' AND NOT (`c30` RLIKE '^([+-]?[0-9]{1,18})$'), 'variable', 'improvements_more_staff', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c30` AS STRING), 'message', 'not a value of this column', 'ord', 20030),
  named_struct('hit', `c31` <> '' AND NOT (`c31` RLIKE '^([+-]?[0-9]{1,18})$'), 'variable', 'improvements_training', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c31` AS STRING), 'message', 'not a value of this column', 'ord', 20031),
  named_struct('hit', `c32` <> '' AND NOT (`c32` RLIKE '^([+-]?[0-9]{1,18})$'), 'variable', 'improvements_quiet_space', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c32` AS STRING), 'message', 'not a value of this column', 'ord', 20032),
  named_struct('hit', `c34` <> '' AND NOT (TRUE), 'variable', 'comment', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c34` AS STRING), 'message', 'not a value of this type', 'ord', 20034),
  named_struct('hit', `c34` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c34`) <= 1000, FALSE), 'variable', 'comment', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c34` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20034),
  named_struct('hit', (CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END + CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END + CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END) < 8, 'variable', 'stressors', 'rule', 'QD6003', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'some of the question''s columns are empty', 'ord', 30011),
  named_struct('hit', ((CASE WHEN `c11` = '' THEN 1 ELSE 0 END + CASE WHEN `c12` = '' THEN 1 ELSE 0 END + CASE WHEN `c13` = '' THEN 1 ELSE 0 END + CASE WHEN `c14` = '' THEN 1 ELSE 0 END + CASE WHEN `c15` = '' THEN 1 ELSE 0 END + CASE WHEN `c16` = '' THEN 1 ELSE 0 END + CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END + CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN `c11` = '1' THEN 1 ELSE 0 END + CASE WHEN `c12` = '1' THEN 1 ELSE 0 END + CASE WHEN `c13` = '1' THEN 1 ELSE 0 END + CASE WHEN `c14` = '1' THEN 1 ELSE 0 END + CASE WHEN `c15` = '1' THEN 1 ELSE 0 END + CASE WHEN `c16` = '1' THEN 1 ELSE 0 END + CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END) > 1 AND (`c18` = '1')), 'variable', 'stressors', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(concat_ws(' ', CASE WHEN `c11` = '1' THEN '1' END, CASE WHEN `c12` = '1' THEN '2' END, CASE WHEN `c13` = '1' THEN '3' END, CASE WHEN `c14` = '1' THEN '4' END, CASE WHEN `c15` = '1' THEN '5' END, CASE WHEN `c16` = '1' THEN '6' END, CASE WHEN `c17` = '1' THEN '7' END, CASE WHEN `c18` = '1' THEN '97' END) AS STRING), 'message', 'not an answer the question accepts: exclusiveWithOthers', 'ord', 30011),
  named_struct('hit', (CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END + CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END + CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END) < 5, 'variable', 'improvements', 'rule', 'QD6003', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'some of the question''s columns are empty', 'ord', 30028),
  named_struct('hit', ((CASE WHEN `c28` = '' THEN 1 ELSE 0 END + CASE WHEN `c29` = '' THEN 1 ELSE 0 END + CASE WHEN `c30` = '' THEN 1 ELSE 0 END + CASE WHEN `c31` = '' THEN 1 ELSE 0 END + CASE WHEN `c32` = '' THEN 1 ELSE 0 END) = 0 AND ((`c28` RLIKE '^([+-]?[0-9]{1,18})$') OR (`c29` RLIKE '^([+-]?[0-9]{1,18})$') OR (`c30` RLIKE '^([+-]?[0-9]{1,18})$') OR (`c31` RLIKE '^([+-]?[0-9]{1,18})$') OR (`c32` RLIKE '^([+-]?[0-9]{1,18})$'))) AND NOT ((`c28` RLIKE '^([+-]?[0-9]{1,18})$') AND (`c29` RLIKE '^([+-]?[0-9]{1,18})$') AND (`c30` RLIKE '^([+-]?[0-9]{1,18})$') AND (`c31` RLIKE '^([+-]?[0-9]{1,18})$') AND (`c32` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'improvements', 'rule', 'QD6004', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'not an answer the question accepts: incompleteRanking', 'ord', 30028),
  named_struct('hit', `_a22` IS NOT NULL AND NOT (`_rl0_26` AND TRUE), 'variable', 'actual_hours', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c22` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40000),
  named_struct('hit', `_a1` IS NOT NULL AND NOT (`_rl0_1` AND TRUE), 'variable', 'area', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c1` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40001),
  named_struct('hit', `_a9` IS NOT NULL AND NOT (`_rl0_19` AND TRUE), 'variable', 'clear_goals', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c9` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40002),
  named_struct('hit', `_a34` IS NOT NULL AND NOT (`_rl0_43` AND TRUE), 'variable', 'comment', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c34` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40003),
  named_struct('hit', `_a6` IS NOT NULL AND NOT (`_rl0_13` AND TRUE), 'variable', 'contact_request', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c6` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40004),
  named_struct('hit', `_a21` IS NOT NULL AND NOT (`_rl0_24` AND TRUE), 'variable', 'contract_hours', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c21` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40005),
  named_struct('hit', `_a25` IS NOT NULL AND NOT (`_rl0_34` AND TRUE), 'variable', 'energy', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c25` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40006),
  named_struct('hit', `_a3` IS NOT NULL AND NOT (`_rl0_6` AND TRUE), 'variable', 'going_well', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40007),
  named_struct('hit', `_g28` AND NOT (`_rl0_41` AND TRUE), 'variable', 'improvements', 'rule', 'QD6005', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40008),
  named_struct('hit', `_a5` IS NOT NULL AND NOT (`_rl0_11` AND TRUE), 'variable', 'main_difficulty', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40009),
  named_struct('hit', `_a4` IS NOT NULL AND NOT (`_rl0_9` AND TRUE), 'variable', 'one_change', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40010),
  named_struct('hit', `_a24` IS NOT NULL AND NOT (`_rl0_32` AND TRUE), 'variable', 'overtime_recorded', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c24` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40011),
  named_struct('hit', `_a26` IS NOT NULL AND NOT (`_rl0_36` AND TRUE), 'variable', 'recovery', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c26` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40012),
  named_struct('hit', `_a2` IS NOT NULL AND NOT (`_rl0_3` AND TRUE), 'variable', 'satisfaction', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40013),
  named_struct('hit', `_g11` AND NOT (`_rl0_21` AND TRUE), 'variable', 'stressors', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(concat_ws(' ', CASE WHEN `c11` = '1' THEN '1' END, CASE WHEN `c12` = '1' THEN '2' END, CASE WHEN `c13` = '1' THEN '3' END, CASE WHEN `c14` = '1' THEN '4' END, CASE WHEN `c15` = '1' THEN '5' END, CASE WHEN `c16` = '1' THEN '6' END, CASE WHEN `c17` = '1' THEN '7' END, CASE WHEN `c18` = '1' THEN '97' END) AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40014),
  named_struct('hit', `_a8` IS NOT NULL AND NOT (`_rl0_17` AND TRUE), 'variable', 'team_support', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c8` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40015),
  named_struct('hit', `_a7` IS NOT NULL AND NOT (`_rl0_15` AND TRUE), 'variable', 'workload_ok', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c7` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40016),
  named_struct('hit', `_rl0_1` AND `_xl0_2` IS NULL AND NOT (`c1` <> '' AND `_a1` IS NULL) AND TRUE, 'variable', 'area', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50001),
  named_struct('hit', `_rl0_3` AND `_xl0_4` IS NULL AND NOT (`c2` <> '' AND `_a2` IS NULL) AND TRUE, 'variable', 'satisfaction', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50002),
  named_struct('hit', `_rl0_15` AND `_xl0_16` IS NULL AND NOT (`c7` <> '' AND `_a7` IS NULL) AND TRUE, 'variable', 'workload_ok', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50003),
  named_struct('hit', `_rl0_17` AND `_xl0_18` IS NULL AND NOT (`c8` <> '' AND `_a8` IS NULL) AND TRUE, 'variable', 'team_support', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50004),
  named_struct('hit', `_rl0_19` AND `_xl0_20` IS NULL AND NOT (`c9` <> '' AND `_a9` IS NULL) AND TRUE, 'variable', 'clear_goals', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50005),
  named_struct('hit', `_rl0_24` AND `_xl0_25` IS NULL AND NOT (`c21` <> '' AND `_a21` IS NULL) AND TRUE, 'variable', 'contract_hours', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50006),
  named_struct('hit', `_rl0_34` AND `_xl0_35` IS NULL AND NOT (`c25` <> '' AND `_a25` IS NULL) AND TRUE, 'variable', 'energy', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50007),
  named_struct('hit', `_rl0_36` AND `_xl0_37` IS NULL AND NOT (`c26` <> '' AND `_a26` IS NULL) AND TRUE, 'variable', 'recovery', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50008),
  named_struct('hit', `_cl0_29` AND TRUE, 'variable', 'actual_hours', 'rule', 'QD6007', 'severity', 'error', 'value', CAST(`c22` AS STRING), 'message', 'fails its check actual_hours <= contract_hours * 2', 'ord', 60001),
  named_struct('hit', (`c20` = '' OR (`c20` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_23` = floor(`_xl0_23`) AND abs(`_xl0_23`) < 1e15 THEN CAST(CAST(`_xl0_23` AS BIGINT) AS STRING) ELSE CAST(`_xl0_23` AS STRING) END, '') <> `c20` AND TRUE AND TRUE, 'variable', 'stressor_count', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c20` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70020),
  named_struct('hit', (`c23` = '' OR (`c23` RLIKE '^(-?([0-9]+[.]?[0-9]*|[.][0-9]+))$')) AND COALESCE(CASE WHEN `_xl0_30` = floor(`_xl0_30`) AND abs(`_xl0_30`) < 1e15 THEN CAST(CAST(`_xl0_30` AS BIGINT) AS STRING) ELSE CAST(`_xl0_30` AS STRING) END, '') <> `c23` AND TRUE AND TRUE, 'variable', 'overtime', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c23` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70023),
  named_struct('hit', (`c27` = '' OR (`c27` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_38` = floor(`_xl0_38`) AND abs(`_xl0_38`) < 1e15 THEN CAST(CAST(`_xl0_38` AS BIGINT) AS STRING) ELSE CAST(`_xl0_38` AS STRING) END, '') <> `c27` AND TRUE AND TRUE, 'variable', 'wellbeing_floor', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c27` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70027)
), x -> x.hit)) `_fs`)
SELECT `file`, `line`, `level`, `record_id`, `iteration`, `variable`, `rule`, `severity`, `value`, `message`, `cause` FROM qdsl_findings ORDER BY `_level`, `_row`, `_order`;
