-- household_services: the data rules of `qdsl validate-data` as SQL (spark), written by `qdsl compile --target sql`.
-- Run this file on an empty database, load each data file with its statement below, then query the view
-- `findings` (in the order validate-data reports; not selected here, as Spark plans a view
-- again at each query; run the two SETs below in the session that queries it).
-- Every cell is loaded as text, so that a faulty file loads and its faults are found.
-- Load the data files (one statement per level):
--   INSERT INTO `household_services` SELECT monotonically_increasing_id(), * FROM csv.`household-services.csv` -- with the reader's header option on (spark.read.option('header', True))
--   INSERT INTO `household_services__person` SELECT monotonically_increasing_id(), * FROM csv.`household-services.person.csv` -- with the reader's header option on (spark.read.option('header', True))
--   INSERT INTO `household_services__other` SELECT monotonically_increasing_id(), * FROM csv.`household-services.other.csv` -- with the reader's header option on (spark.read.option('header', True))
--   INSERT INTO `household_services__service` SELECT monotonically_increasing_id(), * FROM csv.`household-services.service.csv` -- with the reader's header option on (spark.read.option('header', True))
--   INSERT INTO `household_services__vehicle` SELECT monotonically_increasing_id(), * FROM csv.`household-services.vehicle.csv` -- with the reader's header option on (spark.read.option('header', True))
-- Not checked in SQL: the header (QD6001, QD6002: the load statement refuses an unknown column and leaves a missing one empty) and the file's syntax (QD6013).

-- Settings of the session (run them again in the session that queries `findings`): the analyzer's passes for the
-- long chain of steps, and no CollapseProject, which inlines every step's columns into the next.
SET spark.sql.analyzer.maxIterations = 10000;
SET spark.sql.optimizer.excludedRules = org.apache.spark.sql.catalyst.optimizer.CollapseProject;
CREATE TABLE `household_services` (
  `_row` BIGINT,
  `record_id` STRING,
  `interview_start` STRING,
  `interview_end` STRING,
  `interview_date` STRING,
  `device_id` STRING,
  `household_size` STRING,
  `children` STRING,
  `under_school_age` STRING,
  `adult_employed` STRING,
  `all_retired` STRING,
  `oldest` STRING,
  `youngest` STRING,
  `commute_minutes_total` STRING,
  `needs_help` STRING,
  `shift_care_need` STRING,
  `knows_elderly_services` STRING,
  `services_used_1` STRING,
  `services_used_2` STRING,
  `services_used_3` STRING,
  `services_used_4` STRING,
  `services_used_5` STRING,
  `services_used_6` STRING,
  `services_used_7` STRING,
  `services_used_8` STRING,
  `services_used_9` STRING,
  `services_count` STRING,
  `dissatisfied_services` STRING,
  `contact_permission` STRING,
  `has_vehicles` STRING,
  `vehicle_count` STRING,
  `chargeable_vehicles` STRING,
  `charging_interest` STRING,
  `priority` STRING,
  `feedback` STRING
) USING parquet;
CREATE TABLE `household_services__person` (
  `_row` BIGINT,
  `record_id` STRING,
  `person_index` STRING,
  `name` STRING,
  `birth_date` STRING,
  `age` STRING,
  `in_early_education` STRING,
  `school_travel` STRING,
  `activity` STRING,
  `commute_mode` STRING,
  `commute_minutes` STRING,
  `daily_help` STRING
) USING parquet;
CREATE TABLE `household_services__other` (
  `_row` BIGINT,
  `record_id` STRING,
  `person_index` STRING,
  `other_index` STRING,
  `relation` STRING
) USING parquet;
CREATE TABLE `household_services__service` (
  `_row` BIGINT,
  `record_id` STRING,
  `service_index` STRING,
  `service` STRING,
  `service_satisfaction` STRING,
  `improvement` STRING,
  `winter_maintenance` STRING
) USING parquet;
CREATE TABLE `household_services__vehicle` (
  `_row` BIGINT,
  `record_id` STRING,
  `vehicle_index` STRING,
  `vehicle_type` STRING,
  `power` STRING,
  `parking` STRING,
  `more_vehicles` STRING
) USING parquet;
-- The date of today() and of the paradata a record lacks (validate-data's --today): update it to check as of another day.
CREATE TABLE qdsl_today USING parquet AS SELECT CURRENT_DATE AS today;

-- Each level's data with types, for analysis (a cell that is not a value of its type is NULL there and a finding below).
-- Key of household_services: record_id (unique once QD6010 finds nothing).
CREATE VIEW `household_services__typed` AS SELECT
  `record_id` AS `record_id`,
  `interview_start` AS `interview_start`,
  `interview_end` AS `interview_end`,
  CASE WHEN (`interview_date` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') THEN try_cast(`interview_date` AS DATE) END AS `interview_date`,
  `device_id` AS `device_id`,
  try_cast(`household_size` AS BIGINT) AS `household_size`,
  try_cast(`children` AS BIGINT) AS `children`,
  try_cast(`under_school_age` AS BIGINT) AS `under_school_age`,
  try_cast(`adult_employed` AS BIGINT) AS `adult_employed`,
  try_cast(`all_retired` AS BIGINT) AS `all_retired`,
  try_cast(`oldest` AS BIGINT) AS `oldest`,
  try_cast(`youngest` AS BIGINT) AS `youngest`,
  try_cast(`commute_minutes_total` AS BIGINT) AS `commute_minutes_total`,
  try_cast(`needs_help` AS BIGINT) AS `needs_help`,
  try_cast(`shift_care_need` AS BIGINT) AS `shift_care_need`,
  try_cast(`knows_elderly_services` AS BIGINT) AS `knows_elderly_services`,
  try_cast(`services_used_1` AS BIGINT) AS `services_used_1`,
  try_cast(`services_used_2` AS BIGINT) AS `services_used_2`,
  try_cast(`services_used_3` AS BIGINT) AS `services_used_3`,
  try_cast(`services_used_4` AS BIGINT) AS `services_used_4`,
  try_cast(`services_used_5` AS BIGINT) AS `services_used_5`,
  try_cast(`services_used_6` AS BIGINT) AS `services_used_6`,
  try_cast(`services_used_7` AS BIGINT) AS `services_used_7`,
  try_cast(`services_used_8` AS BIGINT) AS `services_used_8`,
  try_cast(`services_used_9` AS BIGINT) AS `services_used_9`,
  try_cast(`services_count` AS BIGINT) AS `services_count`,
  try_cast(`dissatisfied_services` AS BIGINT) AS `dissatisfied_services`,
  try_cast(`contact_permission` AS BIGINT) AS `contact_permission`,
  try_cast(`has_vehicles` AS BIGINT) AS `has_vehicles`,
  try_cast(`vehicle_count` AS BIGINT) AS `vehicle_count`,
  try_cast(`chargeable_vehicles` AS BIGINT) AS `chargeable_vehicles`,
  try_cast(`charging_interest` AS BIGINT) AS `charging_interest`,
  try_cast(`priority` AS BIGINT) AS `priority`,
  `feedback` AS `feedback`
FROM `household_services`;
-- Key of household_services__person: record_id, person_index (unique once QD6010 finds nothing).
CREATE VIEW `household_services__person__typed` AS SELECT
  `record_id` AS `record_id`,
  try_cast(`person_index` AS BIGINT) AS `person_index`,
  `name` AS `name`,
  CASE WHEN (`birth_date` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') THEN try_cast(`birth_date` AS DATE) END AS `birth_date`,
  try_cast(`age` AS BIGINT) AS `age`,
  try_cast(`in_early_education` AS BIGINT) AS `in_early_education`,
  try_cast(`school_travel` AS BIGINT) AS `school_travel`,
  try_cast(`activity` AS BIGINT) AS `activity`,
  try_cast(`commute_mode` AS BIGINT) AS `commute_mode`,
  try_cast(`commute_minutes` AS BIGINT) AS `commute_minutes`,
  try_cast(`daily_help` AS BIGINT) AS `daily_help`
FROM `household_services__person`;
-- Key of household_services__other: record_id, person_index, other_index (unique once QD6010 finds nothing).
CREATE VIEW `household_services__other__typed` AS SELECT
  `record_id` AS `record_id`,
  try_cast(`person_index` AS BIGINT) AS `person_index`,
  try_cast(`other_index` AS BIGINT) AS `other_index`,
  try_cast(`relation` AS BIGINT) AS `relation`
FROM `household_services__other`;
-- Key of household_services__service: record_id, service_index, service (unique once QD6010 finds nothing).
CREATE VIEW `household_services__service__typed` AS SELECT
  `record_id` AS `record_id`,
  try_cast(`service_index` AS BIGINT) AS `service_index`,
  try_cast(`service` AS BIGINT) AS `service`,
  try_cast(`service_satisfaction` AS BIGINT) AS `service_satisfaction`,
  `improvement` AS `improvement`,
  try_cast(`winter_maintenance` AS BIGINT) AS `winter_maintenance`
FROM `household_services__service`;
-- Key of household_services__vehicle: record_id, vehicle_index (unique once QD6010 finds nothing).
CREATE VIEW `household_services__vehicle__typed` AS SELECT
  `record_id` AS `record_id`,
  try_cast(`vehicle_index` AS BIGINT) AS `vehicle_index`,
  try_cast(`vehicle_type` AS BIGINT) AS `vehicle_type`,
  try_cast(`power` AS BIGINT) AS `power`,
  try_cast(`parking` AS BIGINT) AS `parking`,
  try_cast(`more_vehicles` AS BIGINT) AS `more_vehicles`
FROM `household_services__vehicle`;

-- The findings, in validate-data's order: by level, by row, then within a row duplicate key, cells, routing, checks, calculates.
-- A step read twice (by a repeat's iterations and back in its parent) has a column `_once_STEP`, rand(0), never read:
-- Spark then computes that step once, instead of copying every step before it into each of its readers.
CREATE VIEW findings AS
WITH
l0_keys AS (
  SELECT rand(0) AS `_once_l0_keys`, *, ROW_NUMBER() OVER (PARTITION BY `c0`, TRUE ORDER BY `_row`) AS `_seen`,
    FALSE AS `_orphan`, TRUE AS `_keysok`
  FROM (
  SELECT `_row`,
    ROW_NUMBER() OVER (ORDER BY `_row`) + 1 AS `_line`,
    COALESCE(CAST(`record_id` AS STRING), '') AS `c0`,
    COALESCE(CAST(`interview_start` AS STRING), '') AS `c1`,
    COALESCE(CAST(`interview_end` AS STRING), '') AS `c2`,
    COALESCE(CAST(`interview_date` AS STRING), '') AS `c3`,
    COALESCE(CAST(`device_id` AS STRING), '') AS `c4`,
    COALESCE(CAST(`household_size` AS STRING), '') AS `c5`,
    COALESCE(CAST(`children` AS STRING), '') AS `c6`,
    COALESCE(CAST(`under_school_age` AS STRING), '') AS `c7`,
    COALESCE(CAST(`adult_employed` AS STRING), '') AS `c8`,
    COALESCE(CAST(`all_retired` AS STRING), '') AS `c9`,
    COALESCE(CAST(`oldest` AS STRING), '') AS `c10`,
    COALESCE(CAST(`youngest` AS STRING), '') AS `c11`,
    COALESCE(CAST(`commute_minutes_total` AS STRING), '') AS `c12`,
    COALESCE(CAST(`needs_help` AS STRING), '') AS `c13`,
    COALESCE(CAST(`shift_care_need` AS STRING), '') AS `c14`,
    COALESCE(CAST(`knows_elderly_services` AS STRING), '') AS `c15`,
    COALESCE(CAST(`services_used_1` AS STRING), '') AS `c16`,
    COALESCE(CAST(`services_used_2` AS STRING), '') AS `c17`,
    COALESCE(CAST(`services_used_3` AS STRING), '') AS `c18`,
    COALESCE(CAST(`services_used_4` AS STRING), '') AS `c19`,
    COALESCE(CAST(`services_used_5` AS STRING), '') AS `c20`,
    COALESCE(CAST(`services_used_6` AS STRING), '') AS `c21`,
    COALESCE(CAST(`services_used_7` AS STRING), '') AS `c22`,
    COALESCE(CAST(`services_used_8` AS STRING), '') AS `c23`,
    COALESCE(CAST(`services_used_9` AS STRING), '') AS `c24`,
    COALESCE(CAST(`services_count` AS STRING), '') AS `c25`,
    COALESCE(CAST(`dissatisfied_services` AS STRING), '') AS `c26`,
    COALESCE(CAST(`contact_permission` AS STRING), '') AS `c27`,
    COALESCE(CAST(`has_vehicles` AS STRING), '') AS `c28`,
    COALESCE(CAST(`vehicle_count` AS STRING), '') AS `c29`,
    COALESCE(CAST(`chargeable_vehicles` AS STRING), '') AS `c30`,
    COALESCE(CAST(`charging_interest` AS STRING), '') AS `c31`,
    COALESCE(CAST(`priority` AS STRING), '') AS `c32`,
    COALESCE(CAST(`feedback` AS STRING), '') AS `c33`,
    (SELECT today FROM qdsl_today) AS `_today`
  FROM `household_services`) r),
l1_keys AS (
  SELECT rand(0) AS `_once_l1_keys`, r.*, ROW_NUMBER() OVER (PARTITION BY r.`c0`, r.`c1`, ((r.`c1` RLIKE '^([0-9]{1,18})$') AND r.`c1` NOT IN ('0', '00', '000')) ORDER BY r.`_row`) AS `_seen`,
    p.`_hit` IS NULL AS `_orphan`, ((r.`c1` RLIKE '^([0-9]{1,18})$') AND r.`c1` NOT IN ('0', '00', '000')) AS `_keysok`
  FROM (
  SELECT `_row`,
    ROW_NUMBER() OVER (ORDER BY `_row`) + 1 AS `_line`,
    COALESCE(CAST(`record_id` AS STRING), '') AS `c0`,
    COALESCE(CAST(`person_index` AS STRING), '') AS `c1`,
    COALESCE(CAST(`name` AS STRING), '') AS `c2`,
    COALESCE(CAST(`birth_date` AS STRING), '') AS `c3`,
    COALESCE(CAST(`age` AS STRING), '') AS `c4`,
    COALESCE(CAST(`in_early_education` AS STRING), '') AS `c5`,
    COALESCE(CAST(`school_travel` AS STRING), '') AS `c6`,
    COALESCE(CAST(`activity` AS STRING), '') AS `c7`,
    COALESCE(CAST(`commute_mode` AS STRING), '') AS `c8`,
    COALESCE(CAST(`commute_minutes` AS STRING), '') AS `c9`,
    COALESCE(CAST(`daily_help` AS STRING), '') AS `c10`,
    (SELECT today FROM qdsl_today) AS `_today`
  FROM `household_services__person`) r LEFT JOIN (SELECT DISTINCT `c0` AS `_k0`, TRUE AS `_hit` FROM l0_keys) p ON p.`_k0` = r.`c0`),
l1_s1 AS (
  SELECT rand(0) AS `_once_l1_s1`, *,
    CASE WHEN `c2` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c2`) <= 40 THEN `c2` END AS `_a2`,
    CASE WHEN `c3` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN ((`c3` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(`c3`, 1, 4) <> '0000' AND try_cast(`c3` AS DATE) IS NOT NULL) THEN try_cast(`c3` AS DATE) END AS `_a3`,
    CASE WHEN `c5` = '' THEN NULL WHEN NOT ((`c5` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c5` AS BIGINT) IN (1, 2) THEN try_cast(`c5` AS BIGINT) END AS `_a5`,
    CASE WHEN `c6` = '' THEN NULL WHEN NOT ((`c6` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c6` AS BIGINT) IN (1, 2, 3, 4, 5, 6) THEN try_cast(`c6` AS BIGINT) END AS `_a6`,
    CASE WHEN `c7` = '' THEN NULL WHEN NOT ((`c7` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c7` AS BIGINT) IN (1, 2, 3, 4, 5, 6, 7) THEN try_cast(`c7` AS BIGINT) END AS `_a7`,
    CASE WHEN `c8` = '' THEN NULL WHEN NOT ((`c8` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c8` AS BIGINT) IN (1, 2, 3, 4, 5, 6) THEN try_cast(`c8` AS BIGINT) END AS `_a8`,
    CASE WHEN `c9` = '' THEN NULL WHEN NOT ((`c9` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c9` AS DOUBLE) = floor(try_cast(`c9` AS DOUBLE)) AND abs(try_cast(`c9` AS DOUBLE)) < 9.2e18 AND try_cast(`c9` AS DOUBLE) >= 0 AND try_cast(`c9` AS DOUBLE) <= 240 THEN try_cast(`c9` AS DOUBLE) END AS `_a9`,
    CASE WHEN `c10` = '' THEN NULL WHEN NOT ((`c10` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c10` AS BIGINT) IN (1, 2) THEN try_cast(`c10` AS BIGINT) END AS `_a10`
  FROM l1_keys),
l2_s1 AS (
  SELECT rand(0) AS `_once_l2_s1`, *,
    CASE WHEN `c3` = '' THEN NULL WHEN NOT ((`c3` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c3` AS BIGINT) IN (1, 2, 3, 4, 5, 6, 7, 8) THEN try_cast(`c3` AS BIGINT) END AS `_a3`
  FROM (
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r.`c0`, r.`c1`, r.`c2`, ((r.`c1` RLIKE '^([0-9]{1,18})$') AND r.`c1` NOT IN ('0', '00', '000')) AND ((r.`c2` RLIKE '^([0-9]{1,18})$') AND r.`c2` NOT IN ('0', '00', '000')) ORDER BY r.`_row`) AS `_seen`,
    p.`_hit` IS NULL AS `_orphan`, ((r.`c1` RLIKE '^([0-9]{1,18})$') AND r.`c1` NOT IN ('0', '00', '000')) AND ((r.`c2` RLIKE '^([0-9]{1,18})$') AND r.`c2` NOT IN ('0', '00', '000')) AS `_keysok`
  FROM (
  SELECT `_row`,
    ROW_NUMBER() OVER (ORDER BY `_row`) + 1 AS `_line`,
    COALESCE(CAST(`record_id` AS STRING), '') AS `c0`,
    COALESCE(CAST(`person_index` AS STRING), '') AS `c1`,
    COALESCE(CAST(`other_index` AS STRING), '') AS `c2`,
    COALESCE(CAST(`relation` AS STRING), '') AS `c3`,
    (SELECT today FROM qdsl_today) AS `_today`
  FROM `household_services__other`) r LEFT JOIN (SELECT DISTINCT `c0` AS `_k0`, `c1` AS `_k1`, TRUE AS `_hit` FROM l1_keys WHERE NOT `_orphan`) p ON p.`_k0` = r.`c0` AND p.`_k1` = r.`c1`) l2_keys),
l3_s1 AS (
  SELECT rand(0) AS `_once_l3_s1`, *,
    CASE WHEN `c3` = '' THEN NULL WHEN NOT ((`c3` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c3` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c3` AS BIGINT) END AS `_a3`,
    CASE WHEN `c4` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c4`) <= 500 THEN `c4` END AS `_a4`,
    CASE WHEN `c5` = '' THEN NULL WHEN NOT ((`c5` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c5` AS BIGINT) IN (1, 2, 3, 4, 5, -1) THEN try_cast(`c5` AS BIGINT) END AS `_a5`
  FROM (
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r.`c0`, r.`c1`, ((r.`c1` RLIKE '^([0-9]{1,18})$') AND r.`c1` NOT IN ('0', '00', '000')) AND (r.`c2` RLIKE '^([+-]?[0-9]{1,18})$') ORDER BY r.`_row`) AS `_seen`,
    p.`_hit` IS NULL AS `_orphan`, ((r.`c1` RLIKE '^([0-9]{1,18})$') AND r.`c1` NOT IN ('0', '00', '000')) AND (r.`c2` RLIKE '^([+-]?[0-9]{1,18})$') AS `_keysok`
  FROM (
  SELECT `_row`,
    ROW_NUMBER() OVER (ORDER BY `_row`) + 1 AS `_line`,
    COALESCE(CAST(`record_id` AS STRING), '') AS `c0`,
    COALESCE(CAST(`service_index` AS STRING), '') AS `c1`,
    COALESCE(CAST(`service` AS STRING), '') AS `c2`,
    COALESCE(CAST(`service_satisfaction` AS STRING), '') AS `c3`,
    COALESCE(CAST(`improvement` AS STRING), '') AS `c4`,
    COALESCE(CAST(`winter_maintenance` AS STRING), '') AS `c5`,
    (SELECT today FROM qdsl_today) AS `_today`
  FROM `household_services__service`) r LEFT JOIN (SELECT DISTINCT `c0` AS `_k0`, TRUE AS `_hit` FROM l0_keys) p ON p.`_k0` = r.`c0`) l3_keys),
l4_s1 AS (
  SELECT rand(0) AS `_once_l4_s1`, *,
    CASE WHEN `c2` = '' THEN NULL WHEN NOT ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c2` AS BIGINT) IN (1, 2, 3, 4) THEN try_cast(`c2` AS BIGINT) END AS `_a2`,
    CASE WHEN `c3` = '' THEN NULL WHEN NOT ((`c3` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c3` AS BIGINT) IN (1, 2, 3, 4, 5) THEN try_cast(`c3` AS BIGINT) END AS `_a3`,
    CASE WHEN `c4` = '' THEN NULL WHEN NOT ((`c4` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c4` AS BIGINT) IN (1, 2, 3, 4) THEN try_cast(`c4` AS BIGINT) END AS `_a4`,
    CASE WHEN `c5` = '' THEN NULL WHEN NOT ((`c5` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c5` AS BIGINT) IN (1, 2) THEN try_cast(`c5` AS BIGINT) END AS `_a5`
  FROM (
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r.`c0`, r.`c1`, ((r.`c1` RLIKE '^([0-9]{1,18})$') AND r.`c1` NOT IN ('0', '00', '000')) ORDER BY r.`_row`) AS `_seen`,
    p.`_hit` IS NULL AS `_orphan`, ((r.`c1` RLIKE '^([0-9]{1,18})$') AND r.`c1` NOT IN ('0', '00', '000')) AS `_keysok`
  FROM (
  SELECT `_row`,
    ROW_NUMBER() OVER (ORDER BY `_row`) + 1 AS `_line`,
    COALESCE(CAST(`record_id` AS STRING), '') AS `c0`,
    COALESCE(CAST(`vehicle_index` AS STRING), '') AS `c1`,
    COALESCE(CAST(`vehicle_type` AS STRING), '') AS `c2`,
    COALESCE(CAST(`power` AS STRING), '') AS `c3`,
    COALESCE(CAST(`parking` AS STRING), '') AS `c4`,
    COALESCE(CAST(`more_vehicles` AS STRING), '') AS `c5`,
    (SELECT today FROM qdsl_today) AS `_today`
  FROM `household_services__vehicle`) r LEFT JOIN (SELECT DISTINCT `c0` AS `_k0`, TRUE AS `_hit` FROM l0_keys) p ON p.`_k0` = r.`c0`) l4_keys),
l0_s4 AS (
  SELECT rand(0) AS `_once_l0_s4`, *,
    CASE WHEN TRUE THEN CAST(LEAST(GREATEST(COALESCE(floor(`_xl0_6`), 0), 0), 12) AS BIGINT) ELSE 0 END AS `_nl0_8`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_5` THEN `_a5` END AS `_xl0_6`,
    TRUE AS `_reachl0_7`
  FROM (
  SELECT *,
    COALESCE(`_a1`, concat(date_format(`_today`, 'yyyy-MM-dd'), 'T00:00')) AS `_xl0_1`,
    COALESCE(`_a2`, `_a1`, concat(date_format(`_today`, 'yyyy-MM-dd'), 'T00:00')) AS `_xl0_2`,
    COALESCE(`_a3`, `_today`) AS `_xl0_3`,
    `_a4` AS `_xl0_4`,
    TRUE AS `_rl0_5`
  FROM (
  SELECT *, `_row` AS `_rec`, `_seen` = 1 AS `_first` FROM (
  SELECT *,
    CASE WHEN `c1` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN ((`c1` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9])$') AND ((substr(`c1`, 1, 10) RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(substr(`c1`, 1, 10), 1, 4) <> '0000' AND try_cast(substr(`c1`, 1, 10) AS DATE) IS NOT NULL)) THEN `c1` END AS `_a1`,
    CASE WHEN `c2` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN ((`c2` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9])$') AND ((substr(`c2`, 1, 10) RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(substr(`c2`, 1, 10), 1, 4) <> '0000' AND try_cast(substr(`c2`, 1, 10) AS DATE) IS NOT NULL)) THEN `c2` END AS `_a2`,
    CASE WHEN `c3` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN ((`c3` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(`c3`, 1, 4) <> '0000' AND try_cast(`c3` AS DATE) IS NOT NULL) THEN try_cast(`c3` AS DATE) END AS `_a3`,
    CASE WHEN `c4` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN TRUE THEN `c4` END AS `_a4`,
    CASE WHEN `c5` = '' THEN NULL WHEN NOT ((`c5` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN try_cast(`c5` AS DOUBLE) = floor(try_cast(`c5` AS DOUBLE)) AND abs(try_cast(`c5` AS DOUBLE)) < 9.2e18 AND try_cast(`c5` AS DOUBLE) >= 1 AND try_cast(`c5` AS DOUBLE) <= 12 THEN try_cast(`c5` AS DOUBLE) END AS `_a5`,
    CASE WHEN `c14` = '' THEN NULL WHEN NOT ((`c14` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c14` AS BIGINT) IN (1, 2) THEN try_cast(`c14` AS BIGINT) END AS `_a14`,
    CASE WHEN `c15` = '' THEN NULL WHEN NOT ((`c15` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c15` AS BIGINT) IN (1, 2) THEN try_cast(`c15` AS BIGINT) END AS `_a15`,
    CASE WHEN `c27` = '' THEN NULL WHEN NOT ((`c27` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c27` AS BIGINT) IN (1, 2) THEN try_cast(`c27` AS BIGINT) END AS `_a27`,
    CASE WHEN `c28` = '' THEN NULL WHEN NOT ((`c28` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c28` AS BIGINT) IN (1, 2) THEN try_cast(`c28` AS BIGINT) END AS `_a28`,
    CASE WHEN `c31` = '' THEN NULL WHEN NOT ((`c31` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c31` AS BIGINT) IN (1, 2) THEN try_cast(`c31` AS BIGINT) END AS `_a31`,
    CASE WHEN `c32` = '' THEN NULL WHEN NOT ((`c32` RLIKE '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN try_cast(`c32` AS BIGINT) IN (1, 2, 3, 4, 5, 6, 7, 8, 9) THEN try_cast(`c32` AS BIGINT) END AS `_a32`,
    CASE WHEN `c33` = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length(`c33`) <= 1000 THEN `c33` END AS `_a33`,
    ((CASE WHEN `c16` = '' THEN 1 ELSE 0 END + CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c16` = '1' THEN 1 ELSE 0 END + CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END) > 0) AS `_g16`,
    CASE WHEN ((CASE WHEN `c16` = '' THEN 1 ELSE 0 END + CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c16` = '1' THEN 1 ELSE 0 END + CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END) > 0) AND NOT FALSE THEN CAST((CASE WHEN `c16` = '1' THEN 1 ELSE 0 END + CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS `_n16`
  FROM l0_keys) l0_s1) l0_m) l0_s2) l0_s3),
l1_s17 AS (
  SELECT rand(0) AS `_once_l1_s17`, *,
    CASE WHEN `_rl1_22` THEN `_a10` END AS `_xl1_23`,
    `_run` AS `_reachl1_24`,
    CASE WHEN `_run` THEN LEAST(`_n_person`, 12) ELSE 0 END AS `_nl1_25`
  FROM (
  SELECT *,
    `_run` AND `_bl1_21` AS `_rl1_22`
  FROM (
  SELECT *,
    CASE WHEN `_rl1_19` THEN `_a9` END AS `_xl1_20`,
    COALESCE(COALESCE((`_xl1_7`) >= (CAST(75 AS DOUBLE)), FALSE), FALSE) AS `_bl1_21`
  FROM (
  SELECT *,
    CASE WHEN `_rl1_17` THEN `_a8` END AS `_xl1_18`,
    `_run` AND NOT `_bl1_8` AND NOT `_bl1_11` AND `_bl1_16` AS `_rl1_19`
  FROM (
  SELECT *,
    `_run` AND NOT `_bl1_8` AND NOT `_bl1_11` AND `_bl1_16` AS `_rl1_17`
  FROM (
  SELECT *,
    COALESCE((COALESCE((`_xl1_15`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl1_15`) = (CAST(2 AS BIGINT)), FALSE) OR COALESCE((`_xl1_15`) = (CAST(3 AS BIGINT)), FALSE)), FALSE) AS `_bl1_16`
  FROM (
  SELECT *,
    CASE WHEN `_rl1_14` THEN `_a7` END AS `_xl1_15`
  FROM (
  SELECT *,
    CASE WHEN `_rl1_12` THEN `_a6` END AS `_xl1_13`,
    `_run` AND NOT `_bl1_8` AND NOT `_bl1_11` AS `_rl1_14`
  FROM (
  SELECT *,
    `_run` AND NOT `_bl1_8` AND `_bl1_11` AS `_rl1_12`
  FROM (
  SELECT *,
    CASE WHEN `_rl1_9` THEN `_a5` END AS `_xl1_10`,
    COALESCE(COALESCE((`_xl1_7`) < (CAST(15 AS DOUBLE)), FALSE), FALSE) AS `_bl1_11`
  FROM (
  SELECT *,
    `_run` AND `_bl1_8` AS `_rl1_9`
  FROM (
  SELECT *,
    COALESCE(COALESCE((`_xl1_7`) < (CAST(7 AS DOUBLE)), FALSE), FALSE) AS `_bl1_8`
  FROM (
  SELECT *,
    (`_rl1_3` AND `_xl1_4` IS NOT NULL AND NOT COALESCE((COALESCE(COALESCE((`_xl1_4`) <= (`_pl1_3`), FALSE), FALSE) AND COALESCE(COALESCE((CAST(CAST(CAST(CAST((EXTRACT(YEAR FROM `_pl1_3`) * 10000 + EXTRACT(MONTH FROM `_pl1_3`) * 100 + EXTRACT(DAY FROM `_pl1_3`)) - (EXTRACT(YEAR FROM `_xl1_4`) * 10000 + EXTRACT(MONTH FROM `_xl1_4`) * 100 + EXTRACT(DAY FROM `_xl1_4`)) AS DOUBLE) / 10000 AS BIGINT) AS DOUBLE) AS DOUBLE)) <= (CAST(110 AS DOUBLE)), FALSE), FALSE)), FALSE)) AS `_cl1_5`,
    (`_rl1_3` AND `_xl1_4` IS NOT NULL AND NOT COALESCE((COALESCE(COALESCE((CAST(`_k_person` AS DOUBLE)) > (CAST(1 AS DOUBLE)), FALSE), FALSE) OR COALESCE(COALESCE((CAST(CAST(CAST(CAST((EXTRACT(YEAR FROM `_pl1_3`) * 10000 + EXTRACT(MONTH FROM `_pl1_3`) * 100 + EXTRACT(DAY FROM `_pl1_3`)) - (EXTRACT(YEAR FROM `_xl1_4`) * 10000 + EXTRACT(MONTH FROM `_xl1_4`) * 100 + EXTRACT(DAY FROM `_xl1_4`)) AS DOUBLE) / 10000 AS BIGINT) AS DOUBLE) AS DOUBLE)) >= (CAST(15 AS DOUBLE)), FALSE), FALSE)), FALSE)) AS `_cl1_6`,
    CASE WHEN `_run` THEN CAST(CAST(CAST(CAST((EXTRACT(YEAR FROM `_pl1_3`) * 10000 + EXTRACT(MONTH FROM `_pl1_3`) * 100 + EXTRACT(DAY FROM `_pl1_3`)) - (EXTRACT(YEAR FROM `_xl1_4`) * 10000 + EXTRACT(MONTH FROM `_xl1_4`) * 100 + EXTRACT(DAY FROM `_xl1_4`)) AS DOUBLE) / 10000 AS BIGINT) AS DOUBLE) AS DOUBLE) END AS `_xl1_7`
  FROM (
  SELECT *,
    CASE WHEN `_rl1_3` THEN `_a3` END AS `_xl1_4`
  FROM (
  SELECT *,
    CASE WHEN `_rl1_1` THEN `_a2` END AS `_xl1_2`,
    `_run` AS `_rl1_3`
  FROM (
  SELECT *,
    `_run` AS `_rl1_1`
  FROM (
  SELECT p.`_pl1_1` AS `_pl1_1`,
    p.`_pl1_2` AS `_pl1_2`,
    p.`_pl1_3` AS `_pl1_3`,
    p.`_pl1_4` AS `_pl1_4`,
    p.`_pl1_5` AS `_pl1_5`,
    p.`_rec` AS `_rec`,
    p.`_today` AS `_today`,
    p.`_reach` AS `_reach`,
    p.`_n_person` AS `_n_person`,
    (p.`_reach` AND g.k <= p.`_n_person`) AS `_run`,
    g.k AS `_k_person`,
    (c.`_row` IS NOT NULL) AS `_has`,
    COALESCE(c.`_row`, p.`_prow`) AS `_row`,
    COALESCE(c.`_line`, p.`_pline`) AS `_line`,
    p.`_pl1_6` AS `c0`,
    CAST(g.k AS STRING) AS `c1`,
    COALESCE(c.`c2`, '') AS `c2`,
    COALESCE(c.`c3`, '') AS `c3`,
    COALESCE(c.`c4`, '') AS `c4`,
    COALESCE(c.`c5`, '') AS `c5`,
    COALESCE(c.`c6`, '') AS `c6`,
    COALESCE(c.`c7`, '') AS `c7`,
    COALESCE(c.`c8`, '') AS `c8`,
    COALESCE(c.`c9`, '') AS `c9`,
    COALESCE(c.`c10`, '') AS `c10`,
    c.`_a2` AS `_a2`,
    c.`_a3` AS `_a3`,
    c.`_a5` AS `_a5`,
    c.`_a6` AS `_a6`,
    c.`_a7` AS `_a7`,
    c.`_a8` AS `_a8`,
    c.`_a9` AS `_a9`,
    c.`_a10` AS `_a10`
  FROM (SELECT `_xl0_4` AS `_pl1_1`, `_xl0_6` AS `_pl1_2`, `_xl0_3` AS `_pl1_3`, `_xl0_2` AS `_pl1_4`, `_xl0_1` AS `_pl1_5`, `_rec` AS `_rec`, `_today` AS `_today`, `_row` AS `_prow`, `_line` AS `_pline`, `_first` AS `_pattach`, `_reachl0_7` AS `_reach`, `_nl0_8` AS `_n_person`, `c0` AS `_pl1_6` FROM l0_s4) p CROSS JOIN (SELECT explode(sequence(1, 12)) AS k) g
  LEFT JOIN (SELECT * FROM l1_s1 WHERE `_seen` = 1 AND NOT `_orphan` AND `_keysok`) c ON p.`_pattach` AND c.`c0` = p.`_pl1_6` AND c.`c1` = CAST(g.k AS STRING)
  WHERE (p.`_reach` AND g.k <= p.`_n_person`) OR c.`_row` IS NOT NULL) l1_f) l1_s2) l1_s3) l1_s4) l1_s5) l1_s6) l1_s7) l1_s8) l1_s9) l1_s10) l1_s11) l1_s12) l1_s13) l1_s14) l1_s15) l1_s16),
l2_s4 AS (
  SELECT rand(0) AS `_once_l2_s4`, *,
    CASE WHEN `_rl2_2` THEN `_a3` END AS `_xl2_3`
  FROM (
  SELECT *,
    `_run` AND `_bl2_1` AS `_rl2_2`
  FROM (
  SELECT *,
    COALESCE(COALESCE((CAST(`_k_other` AS DOUBLE)) < (CAST(`_k_person` AS DOUBLE)), FALSE), FALSE) AS `_bl2_1`
  FROM (
  SELECT p.`_pl2_1` AS `_pl2_1`,
    p.`_pl2_2` AS `_pl2_2`,
    p.`_pl2_3` AS `_pl2_3`,
    p.`_pl2_4` AS `_pl2_4`,
    p.`_pl2_5` AS `_pl2_5`,
    p.`_pl2_6` AS `_pl2_6`,
    p.`_pl2_7` AS `_pl2_7`,
    p.`_pl2_8` AS `_pl2_8`,
    p.`_pl2_9` AS `_pl2_9`,
    p.`_pl2_10` AS `_pl2_10`,
    p.`_pl2_11` AS `_pl2_11`,
    p.`_pl2_12` AS `_pl2_12`,
    p.`_pl2_13` AS `_pl2_13`,
    p.`_pl2_14` AS `_pl2_14`,
    p.`_rec` AS `_rec`,
    p.`_k_person` AS `_k_person`,
    p.`_pl2_15` AS `_pl2_15`,
    p.`_today` AS `_today`,
    p.`_reach` AS `_reach`,
    p.`_n_other` AS `_n_other`,
    (p.`_reach` AND g.k <= p.`_n_other`) AS `_run`,
    g.k AS `_k_other`,
    (c.`_row` IS NOT NULL) AS `_has`,
    COALESCE(c.`_row`, p.`_prow`) AS `_row`,
    COALESCE(c.`_line`, p.`_pline`) AS `_line`,
    p.`_pl2_16` AS `c0`,
    p.`_pl2_17` AS `c1`,
    CAST(g.k AS STRING) AS `c2`,
    COALESCE(c.`c3`, '') AS `c3`,
    c.`_a3` AS `_a3`
  FROM (SELECT `_xl1_15` AS `_pl2_1`, `_xl1_7` AS `_pl2_2`, `_xl1_4` AS `_pl2_3`, `_xl1_20` AS `_pl2_4`, `_xl1_18` AS `_pl2_5`, `_xl1_23` AS `_pl2_6`, `_pl1_1` AS `_pl2_7`, `_pl1_2` AS `_pl2_8`, `_xl1_10` AS `_pl2_9`, `_pl1_3` AS `_pl2_10`, `_pl1_4` AS `_pl2_11`, `_pl1_5` AS `_pl2_12`, `_xl1_2` AS `_pl2_13`, `_xl1_13` AS `_pl2_14`, `_rec` AS `_rec`, `_k_person` AS `_k_person`, `_n_person` AS `_pl2_15`, `_today` AS `_today`, `_row` AS `_prow`, `_line` AS `_pline`, `_has` AS `_pattach`, `_reachl1_24` AS `_reach`, `_nl1_25` AS `_n_other`, `c0` AS `_pl2_16`, `c1` AS `_pl2_17` FROM l1_s17) p CROSS JOIN (SELECT explode(sequence(1, 12)) AS k) g
  LEFT JOIN (SELECT * FROM l2_s1 WHERE `_seen` = 1 AND NOT `_orphan` AND `_keysok`) c ON p.`_pattach` AND c.`c0` = p.`_pl2_16` AND c.`c1` = p.`_pl2_17` AND c.`c2` = CAST(g.k AS STRING)
  WHERE (p.`_reach` AND g.k <= p.`_n_other`) OR c.`_row` IS NOT NULL) l2_f) l2_s2) l2_s3),
l1_s18 AS (
  SELECT rand(0) AS `_once_l1_s18`, *,
    (COALESCE(`_gl2_1`, 0) <> COALESCE(`_nl1_25`, 0) OR COALESCE(`_gl2_2`, 0) > 0 OR COALESCE(0, 0) > 0) AS `_rowsl1_26`
  FROM (
  SELECT p.*, g.`_gl2_1`, g.`_gl2_2`
  FROM l1_s17 p LEFT JOIN (SELECT `_rec`, `_k_person`, SUM(CASE WHEN `_has` THEN 1 ELSE 0 END) AS `_gl2_1`, SUM(CASE WHEN `_has` AND NOT (`_k_other` <= `_n_other`) THEN 1 ELSE 0 END) AS `_gl2_2` FROM l2_s4 GROUP BY `_rec`, `_k_person`) g ON g.`_rec` = p.`_rec` AND g.`_k_person` = p.`_k_person`) l1_g_other),
l0_s14 AS (
  SELECT rand(0) AS `_once_l0_s14`, *,
    CASE WHEN TRUE THEN LEAST(`_chl0_27` + `_chl0_28` + `_chl0_29` + `_chl0_30` + `_chl0_31` + `_chl0_32` + `_chl0_33` + `_chl0_34` + `_chl0_35`, 9) ELSE 0 END AS `_nl0_36`
  FROM (
  SELECT *,
    CASE WHEN `_xl0_25` IS NOT NULL AND (`c16` = '1') THEN 1 ELSE 0 END AS `_chl0_27`,
    CASE WHEN `_xl0_25` IS NOT NULL AND (`c17` = '1') THEN 1 ELSE 0 END AS `_chl0_28`,
    CASE WHEN `_xl0_25` IS NOT NULL AND (`c18` = '1') THEN 1 ELSE 0 END AS `_chl0_29`,
    CASE WHEN `_xl0_25` IS NOT NULL AND (`c19` = '1') THEN 1 ELSE 0 END AS `_chl0_30`,
    CASE WHEN `_xl0_25` IS NOT NULL AND (`c20` = '1') THEN 1 ELSE 0 END AS `_chl0_31`,
    CASE WHEN `_xl0_25` IS NOT NULL AND (`c21` = '1') THEN 1 ELSE 0 END AS `_chl0_32`,
    CASE WHEN `_xl0_25` IS NOT NULL AND (`c22` = '1') THEN 1 ELSE 0 END AS `_chl0_33`,
    CASE WHEN `_xl0_25` IS NOT NULL AND (`c23` = '1') THEN 1 ELSE 0 END AS `_chl0_34`,
    CASE WHEN `_xl0_25` IS NOT NULL AND (`c24` = '1') THEN 1 ELSE 0 END AS `_chl0_35`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_24` THEN `_n16` END AS `_xl0_25`,
    TRUE AS `_reachl0_26`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_22` THEN `_a15` END AS `_xl0_23`,
    TRUE AS `_rl0_24`
  FROM (
  SELECT *,
    TRUE AND `_bl0_21` AS `_rl0_22`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_19` THEN `_a14` END AS `_xl0_20`,
    COALESCE(`_xl0_17`, FALSE) AS `_bl0_21`
  FROM (
  SELECT *,
    TRUE AND `_bl0_18` AS `_rl0_19`
  FROM (
  SELECT *,
    COALESCE((COALESCE(COALESCE((`_xl0_11`) > (CAST(0 AS DOUBLE)), FALSE), FALSE) AND COALESCE(`_xl0_12`, FALSE)), FALSE) AS `_bl0_18`
  FROM (
  SELECT *,
    CASE WHEN TRUE THEN CAST(COALESCE(`_gl1_3`, 0) AS DOUBLE) END AS `_xl0_10`,
    CASE WHEN TRUE THEN CAST(COALESCE(`_gl1_4`, 0) AS DOUBLE) END AS `_xl0_11`,
    CASE WHEN TRUE THEN (COALESCE(`_gl1_5`, 0) = 1) END AS `_xl0_12`,
    CASE WHEN TRUE THEN (COALESCE(`_gl1_6`, 1) = 1) END AS `_xl0_13`,
    CASE WHEN TRUE THEN `_gl1_7` END AS `_xl0_14`,
    CASE WHEN TRUE THEN `_gl1_8` END AS `_xl0_15`,
    CASE WHEN TRUE THEN CAST(COALESCE(`_gl1_9`, 0) AS DOUBLE) END AS `_xl0_16`,
    CASE WHEN TRUE THEN (COALESCE(`_gl1_10`, 0) = 1) END AS `_xl0_17`
  FROM (
  SELECT *,
    (COALESCE(`_gl1_1`, 0) <> COALESCE(`_nl0_8`, 0) OR COALESCE(`_gl1_2`, 0) > 0 OR COALESCE(0, 0) > 0) AS `_rowsl0_9`
  FROM (
  SELECT p.*, g.`_gl1_1`, g.`_gl1_2`, g.`_gl1_3`, g.`_gl1_4`, g.`_gl1_5`, g.`_gl1_6`, g.`_gl1_7`, g.`_gl1_8`, g.`_gl1_9`, g.`_gl1_10`
  FROM l0_s4 p LEFT JOIN (SELECT `_rec`, SUM(CASE WHEN `_has` THEN 1 ELSE 0 END) AS `_gl1_1`, SUM(CASE WHEN `_has` AND NOT (`_k_person` <= `_n_person`) THEN 1 ELSE 0 END) AS `_gl1_2`, SUM(CASE WHEN `_run` AND COALESCE(COALESCE((`_xl1_7`) < (CAST(18 AS DOUBLE)), FALSE), FALSE) THEN 1 ELSE 0 END) AS `_gl1_3`, SUM(CASE WHEN `_run` AND COALESCE(COALESCE((`_xl1_7`) < (CAST(7 AS DOUBLE)), FALSE), FALSE) THEN 1 ELSE 0 END) AS `_gl1_4`, MAX(CASE WHEN `_run` AND COALESCE((COALESCE(COALESCE((`_xl1_7`) >= (CAST(18 AS DOUBLE)), FALSE), FALSE) AND COALESCE((COALESCE((`_xl1_15`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl1_15`) = (CAST(2 AS BIGINT)), FALSE)), FALSE)), FALSE) THEN 1 ELSE 0 END) AS `_gl1_5`, MIN(CASE WHEN `_run` AND NOT (COALESCE(COALESCE((`_xl1_15`) = (CAST(5 AS BIGINT)), FALSE), FALSE)) THEN 0 ELSE 1 END) AS `_gl1_6`, MAX(CASE WHEN `_run` AND TRUE THEN `_xl1_7` END) AS `_gl1_7`, MIN(CASE WHEN `_run` AND TRUE THEN `_xl1_7` END) AS `_gl1_8`, SUM(CASE WHEN `_run` AND TRUE THEN `_xl1_20` END) AS `_gl1_9`, MAX(CASE WHEN `_run` AND COALESCE(COALESCE((`_xl1_23`) = (CAST(1 AS BIGINT)), FALSE), FALSE) THEN 1 ELSE 0 END) AS `_gl1_10` FROM l1_s18 GROUP BY `_rec`) g ON g.`_rec` = p.`_rec`) l0_g_person) l0_s5) l0_s6) l0_s7) l0_s8) l0_s9) l0_s10) l0_s11) l0_s12) l0_s13),
l3_s8 AS (
  SELECT rand(0) AS `_once_l3_s8`, *,
    CASE WHEN `_rl3_7` THEN `_a5` END AS `_xl3_8`
  FROM (
  SELECT *,
    `_run` AND `_bl3_6` AS `_rl3_7`
  FROM (
  SELECT *,
    CASE WHEN `_rl3_4` THEN `_a4` END AS `_xl3_5`,
    COALESCE(COALESCE((`_o_service`) = (CAST(8 AS BIGINT)), FALSE), FALSE) AS `_bl3_6`
  FROM (
  SELECT *,
    `_run` AND `_bl3_3` AS `_rl3_4`
  FROM (
  SELECT *,
    COALESCE((COALESCE((`_xl3_2`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl3_2`) = (CAST(2 AS BIGINT)), FALSE)), FALSE) AS `_bl3_3`
  FROM (
  SELECT *,
    CASE WHEN `_rl3_1` THEN `_a3` END AS `_xl3_2`
  FROM (
  SELECT *,
    `_run` AS `_rl3_1`
  FROM (
  SELECT p.`_pl3_1` AS `_pl3_1`,
    p.`_pl3_2` AS `_pl3_2`,
    p.`_pl3_3` AS `_pl3_3`,
    p.`_pl3_4` AS `_pl3_4`,
    p.`_pl3_5` AS `_pl3_5`,
    p.`_pl3_6` AS `_pl3_6`,
    p.`_pl3_7` AS `_pl3_7`,
    p.`_pl3_8` AS `_pl3_8`,
    p.`_pl3_9` AS `_pl3_9`,
    p.`_pl3_10` AS `_pl3_10`,
    p.`_pl3_11` AS `_pl3_11`,
    p.`_pl3_12` AS `_pl3_12`,
    p.`_pl3_13` AS `_pl3_13`,
    p.`_pl3_14` AS `_pl3_14`,
    p.`_pl3_15` AS `_pl3_15`,
    p.`_pl3_16` AS `_pl3_16`,
    p.`_pl3_17` AS `_pl3_17`,
    p.`_pl3_18` AS `_pl3_18`,
    p.`_pl3_19` AS `_pl3_19`,
    p.`_pl3_20` AS `_pl3_20`,
    p.`_pl3_21` AS `_pl3_21`,
    p.`_pl3_22` AS `_pl3_22`,
    p.`_pl3_23` AS `_pl3_23`,
    p.`_pl3_24` AS `_pl3_24`,
    p.`_pl3_25` AS `_pl3_25`,
    p.`_rec` AS `_rec`,
    p.`_pl3_26` AS `_pl3_26`,
    p.`_pl3_27` AS `_pl3_27`,
    p.`_pl3_28` AS `_pl3_28`,
    p.`_pl3_29` AS `_pl3_29`,
    p.`_pl3_30` AS `_pl3_30`,
    p.`_pl3_31` AS `_pl3_31`,
    p.`_pl3_32` AS `_pl3_32`,
    p.`_pl3_33` AS `_pl3_33`,
    p.`_pl3_34` AS `_pl3_34`,
    p.`_today` AS `_today`,
    p.`_reach` AS `_reach`,
    p.`_n_service` AS `_n_service`,
    (p.`_reach` AND g.k <= p.`_n_service`) AS `_run`,
    g.k AS `_k_service`,
    p.`_pl3_35` AS `_pl3_35`,
    p.`_pl3_36` AS `_pl3_36`,
    p.`_pl3_37` AS `_pl3_37`,
    p.`_pl3_38` AS `_pl3_38`,
    p.`_pl3_39` AS `_pl3_39`,
    p.`_pl3_40` AS `_pl3_40`,
    p.`_pl3_41` AS `_pl3_41`,
    p.`_pl3_42` AS `_pl3_42`,
    p.`_pl3_43` AS `_pl3_43`,
    CASE WHEN `_pl3_35` = 1 AND (`_pl3_35`) = g.k THEN CAST(1 AS BIGINT) WHEN `_pl3_36` = 1 AND (`_pl3_35` + `_pl3_36`) = g.k THEN CAST(2 AS BIGINT) WHEN `_pl3_37` = 1 AND (`_pl3_35` + `_pl3_36` + `_pl3_37`) = g.k THEN CAST(3 AS BIGINT) WHEN `_pl3_38` = 1 AND (`_pl3_35` + `_pl3_36` + `_pl3_37` + `_pl3_38`) = g.k THEN CAST(4 AS BIGINT) WHEN `_pl3_39` = 1 AND (`_pl3_35` + `_pl3_36` + `_pl3_37` + `_pl3_38` + `_pl3_39`) = g.k THEN CAST(5 AS BIGINT) WHEN `_pl3_40` = 1 AND (`_pl3_35` + `_pl3_36` + `_pl3_37` + `_pl3_38` + `_pl3_39` + `_pl3_40`) = g.k THEN CAST(6 AS BIGINT) WHEN `_pl3_41` = 1 AND (`_pl3_35` + `_pl3_36` + `_pl3_37` + `_pl3_38` + `_pl3_39` + `_pl3_40` + `_pl3_41`) = g.k THEN CAST(7 AS BIGINT) WHEN `_pl3_42` = 1 AND (`_pl3_35` + `_pl3_36` + `_pl3_37` + `_pl3_38` + `_pl3_39` + `_pl3_40` + `_pl3_41` + `_pl3_42`) = g.k THEN CAST(8 AS BIGINT) WHEN `_pl3_43` = 1 AND (`_pl3_35` + `_pl3_36` + `_pl3_37` + `_pl3_38` + `_pl3_39` + `_pl3_40` + `_pl3_41` + `_pl3_42` + `_pl3_43`) = g.k THEN CAST(9 AS BIGINT) END AS `_o_service`,
    (c.`_row` IS NOT NULL) AS `_has`,
    COALESCE(c.`_row`, p.`_prow`) AS `_row`,
    COALESCE(c.`_line`, p.`_pline`) AS `_line`,
    p.`_pl3_44` AS `c0`,
    CAST(g.k AS STRING) AS `c1`,
    COALESCE(c.`c2`, '') AS `c2`,
    COALESCE(c.`c3`, '') AS `c3`,
    COALESCE(c.`c4`, '') AS `c4`,
    COALESCE(c.`c5`, '') AS `c5`,
    c.`_a3` AS `_a3`,
    c.`_a4` AS `_a4`,
    c.`_a5` AS `_a5`
  FROM (SELECT `_xl0_12` AS `_pl3_1`, `_xl0_13` AS `_pl3_2`, `_xl0_10` AS `_pl3_3`, `_xl0_16` AS `_pl3_4`, `_xl0_4` AS `_pl3_5`, `_xl0_6` AS `_pl3_6`, `_xl0_3` AS `_pl3_7`, `_xl0_2` AS `_pl3_8`, `_xl0_1` AS `_pl3_9`, `_xl0_23` AS `_pl3_10`, `_xl0_17` AS `_pl3_11`, `_xl0_14` AS `_pl3_12`, `_xl0_25` AS `_pl3_13`, (`c16` = '1') AS `_pl3_14`, (`c17` = '1') AS `_pl3_15`, (`c18` = '1') AS `_pl3_16`, (`c19` = '1') AS `_pl3_17`, (`c20` = '1') AS `_pl3_18`, (`c21` = '1') AS `_pl3_19`, (`c22` = '1') AS `_pl3_20`, (`c23` = '1') AS `_pl3_21`, (`c24` = '1') AS `_pl3_22`, `_xl0_20` AS `_pl3_23`, `_xl0_11` AS `_pl3_24`, `_xl0_15` AS `_pl3_25`, `_rec` AS `_rec`, COALESCE(`_nl0_8`, 0) AS `_pl3_26`, (COALESCE(`_gl1_6`, 1) = 1) AS `_pl3_27`, (COALESCE(`_gl1_5`, 0) = 1) AS `_pl3_28`, (COALESCE(`_gl1_10`, 0) = 1) AS `_pl3_29`, CAST(COALESCE(`_gl1_3`, 0) AS DOUBLE) AS `_pl3_30`, CAST(COALESCE(`_gl1_4`, 0) AS DOUBLE) AS `_pl3_31`, `_gl1_7` AS `_pl3_32`, `_gl1_8` AS `_pl3_33`, CAST(COALESCE(`_gl1_9`, 0) AS DOUBLE) AS `_pl3_34`, `_today` AS `_today`, `_row` AS `_prow`, `_line` AS `_pline`, `_first` AS `_pattach`, `_reachl0_26` AS `_reach`, `_nl0_36` AS `_n_service`, `_chl0_27` AS `_pl3_35`, `_chl0_28` AS `_pl3_36`, `_chl0_29` AS `_pl3_37`, `_chl0_30` AS `_pl3_38`, `_chl0_31` AS `_pl3_39`, `_chl0_32` AS `_pl3_40`, `_chl0_33` AS `_pl3_41`, `_chl0_34` AS `_pl3_42`, `_chl0_35` AS `_pl3_43`, `c0` AS `_pl3_44` FROM l0_s14) p CROSS JOIN (SELECT explode(sequence(1, 9)) AS k) g
  LEFT JOIN (SELECT * FROM l3_s1 WHERE `_seen` = 1 AND NOT `_orphan` AND `_keysok`) c ON p.`_pattach` AND c.`c0` = p.`_pl3_44` AND c.`c1` = CAST(g.k AS STRING)
  WHERE (p.`_reach` AND g.k <= p.`_n_service`) OR c.`_row` IS NOT NULL) l3_f) l3_s2) l3_s3) l3_s4) l3_s5) l3_s6) l3_s7),
l0_s22 AS (
  SELECT rand(0) AS `_once_l0_s22`, *,
    TRUE AND `_bl0_45` AS `_reachl0_46`
  FROM (
  SELECT *,
    COALESCE(COALESCE((`_xl0_44`) = (CAST(1 AS BIGINT)), FALSE), FALSE) AS `_bl0_45`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_43` THEN `_a28` END AS `_xl0_44`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_41` THEN `_a27` END AS `_xl0_42`,
    TRUE AS `_rl0_43`
  FROM (
  SELECT *,
    TRUE AND `_bl0_40` AS `_rl0_41`
  FROM (
  SELECT *,
    COALESCE(COALESCE((`_xl0_39`) >= (CAST(2 AS DOUBLE)), FALSE), FALSE) AS `_bl0_40`
  FROM (
  SELECT *,
    CASE WHEN TRUE THEN CAST(COALESCE(`_gl3_4`, 0) AS DOUBLE) END AS `_xl0_38`,
    CASE WHEN TRUE THEN CAST(COALESCE(`_gl3_5`, 0) AS DOUBLE) END AS `_xl0_39`
  FROM (
  SELECT *,
    (COALESCE(`_gl3_1`, 0) <> COALESCE(`_nl0_36`, 0) OR COALESCE(`_gl3_2`, 0) > 0 OR COALESCE(`_gl3_3`, 0) > 0) AS `_rowsl0_37`
  FROM (
  SELECT p.*, g.`_gl3_1`, g.`_gl3_2`, g.`_gl3_3`, g.`_gl3_4`, g.`_gl3_5`
  FROM l0_s14 p LEFT JOIN (SELECT `_rec`, SUM(CASE WHEN `_has` THEN 1 ELSE 0 END) AS `_gl3_1`, SUM(CASE WHEN `_has` AND NOT (`_k_service` <= `_n_service`) THEN 1 ELSE 0 END) AS `_gl3_2`, SUM(CASE WHEN `_has` AND `_k_service` <= `_n_service` AND NOT COALESCE(CASE WHEN (`c2` RLIKE '^([+-]?[0-9]{1,18})$') THEN try_cast(`c2` AS BIGINT) END = `_o_service`, FALSE) THEN 1 ELSE 0 END) AS `_gl3_3`, SUM(CASE WHEN `_run` AND TRUE THEN 1 ELSE 0 END) AS `_gl3_4`, SUM(CASE WHEN `_run` AND COALESCE((COALESCE((`_xl3_2`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl3_2`) = (CAST(2 AS BIGINT)), FALSE)), FALSE) THEN 1 ELSE 0 END) AS `_gl3_5` FROM l3_s8 GROUP BY `_rec`) g ON g.`_rec` = p.`_rec`) l0_g_service) l0_s15) l0_s16) l0_s17) l0_s18) l0_s19) l0_s20) l0_s21),
l4_while2 AS (
  SELECT rand(0) AS `_once_l4_while2`, *, (`_reach` AND `_k_vehicle` <= `_n_vehicle`) AS `_run`
  FROM (
  SELECT *, CASE WHEN `_reach` THEN LEAST(COALESCE(MIN(CASE WHEN `_pre` AND NOT `_wl4_10` THEN `_k_vehicle` END) OVER (PARTITION BY `_rec`), 6), 6) ELSE 0 END AS `_n_vehicle`
  FROM (
  SELECT *,
    COALESCE(COALESCE((`_xl4_9`) = (CAST(1 AS BIGINT)), FALSE), FALSE) AS `_wl4_10`
  FROM (
  SELECT *,
    CASE WHEN `_rl4_8` THEN `_a5` END AS `_xl4_9`
  FROM (
  SELECT *,
    CASE WHEN `_rl4_6` THEN `_a4` END AS `_xl4_7`,
    `_pre` AS `_rl4_8`
  FROM (
  SELECT *,
    CASE WHEN `_rl4_4` THEN `_a3` END AS `_xl4_5`,
    `_pre` AS `_rl4_6`
  FROM (
  SELECT *,
    `_pre` AND `_bl4_3` AS `_rl4_4`
  FROM (
  SELECT *,
    COALESCE((COALESCE((`_xl4_2`) = (CAST(1 AS BIGINT)), FALSE) OR COALESCE((`_xl4_2`) = (CAST(2 AS BIGINT)), FALSE)), FALSE) AS `_bl4_3`
  FROM (
  SELECT *,
    CASE WHEN `_rl4_1` THEN `_a2` END AS `_xl4_2`
  FROM (
  SELECT *,
    `_pre` AS `_rl4_1`
  FROM (
  SELECT p.`_pl4_1` AS `_pl4_1`,
    p.`_pl4_2` AS `_pl4_2`,
    p.`_pl4_3` AS `_pl4_3`,
    p.`_pl4_4` AS `_pl4_4`,
    p.`_pl4_5` AS `_pl4_5`,
    p.`_pl4_6` AS `_pl4_6`,
    p.`_pl4_7` AS `_pl4_7`,
    p.`_pl4_8` AS `_pl4_8`,
    p.`_pl4_9` AS `_pl4_9`,
    p.`_pl4_10` AS `_pl4_10`,
    p.`_pl4_11` AS `_pl4_11`,
    p.`_pl4_12` AS `_pl4_12`,
    p.`_pl4_13` AS `_pl4_13`,
    p.`_pl4_14` AS `_pl4_14`,
    p.`_pl4_15` AS `_pl4_15`,
    p.`_pl4_16` AS `_pl4_16`,
    p.`_pl4_17` AS `_pl4_17`,
    p.`_pl4_18` AS `_pl4_18`,
    p.`_pl4_19` AS `_pl4_19`,
    p.`_pl4_20` AS `_pl4_20`,
    p.`_pl4_21` AS `_pl4_21`,
    p.`_pl4_22` AS `_pl4_22`,
    p.`_pl4_23` AS `_pl4_23`,
    p.`_pl4_24` AS `_pl4_24`,
    p.`_pl4_25` AS `_pl4_25`,
    p.`_pl4_26` AS `_pl4_26`,
    p.`_pl4_27` AS `_pl4_27`,
    p.`_pl4_28` AS `_pl4_28`,
    p.`_pl4_29` AS `_pl4_29`,
    p.`_rec` AS `_rec`,
    p.`_pl4_30` AS `_pl4_30`,
    p.`_pl4_31` AS `_pl4_31`,
    p.`_pl4_32` AS `_pl4_32`,
    p.`_pl4_33` AS `_pl4_33`,
    p.`_pl4_34` AS `_pl4_34`,
    p.`_pl4_35` AS `_pl4_35`,
    p.`_pl4_36` AS `_pl4_36`,
    p.`_pl4_37` AS `_pl4_37`,
    p.`_pl4_38` AS `_pl4_38`,
    p.`_pl4_39` AS `_pl4_39`,
    p.`_pl4_40` AS `_pl4_40`,
    p.`_pl4_41` AS `_pl4_41`,
    p.`_today` AS `_today`,
    p.`_reach` AS `_reach`,
    (p.`_reach` AND g.k <= 6) AS `_pre`,
    g.k AS `_k_vehicle`,
    (c.`_row` IS NOT NULL) AS `_has`,
    COALESCE(c.`_row`, p.`_prow`) AS `_row`,
    COALESCE(c.`_line`, p.`_pline`) AS `_line`,
    p.`_pl4_42` AS `c0`,
    CAST(g.k AS STRING) AS `c1`,
    COALESCE(c.`c2`, '') AS `c2`,
    COALESCE(c.`c3`, '') AS `c3`,
    COALESCE(c.`c4`, '') AS `c4`,
    COALESCE(c.`c5`, '') AS `c5`,
    c.`_a2` AS `_a2`,
    c.`_a3` AS `_a3`,
    c.`_a4` AS `_a4`,
    c.`_a5` AS `_a5`
  FROM (SELECT `_xl0_12` AS `_pl4_1`, `_xl0_13` AS `_pl4_2`, `_xl0_10` AS `_pl4_3`, `_xl0_16` AS `_pl4_4`, `_xl0_42` AS `_pl4_5`, `_xl0_4` AS `_pl4_6`, `_xl0_39` AS `_pl4_7`, `_xl0_44` AS `_pl4_8`, `_xl0_6` AS `_pl4_9`, `_xl0_3` AS `_pl4_10`, `_xl0_2` AS `_pl4_11`, `_xl0_1` AS `_pl4_12`, `_xl0_23` AS `_pl4_13`, `_xl0_17` AS `_pl4_14`, `_xl0_14` AS `_pl4_15`, `_xl0_38` AS `_pl4_16`, `_xl0_25` AS `_pl4_17`, (`c16` = '1') AS `_pl4_18`, (`c17` = '1') AS `_pl4_19`, (`c18` = '1') AS `_pl4_20`, (`c19` = '1') AS `_pl4_21`, (`c20` = '1') AS `_pl4_22`, (`c21` = '1') AS `_pl4_23`, (`c22` = '1') AS `_pl4_24`, (`c23` = '1') AS `_pl4_25`, (`c24` = '1') AS `_pl4_26`, `_xl0_20` AS `_pl4_27`, `_xl0_11` AS `_pl4_28`, `_xl0_15` AS `_pl4_29`, `_rec` AS `_rec`, COALESCE(`_nl0_8`, 0) AS `_pl4_30`, COALESCE(`_nl0_36`, 0) AS `_pl4_31`, (COALESCE(`_gl1_6`, 1) = 1) AS `_pl4_32`, (COALESCE(`_gl1_5`, 0) = 1) AS `_pl4_33`, (COALESCE(`_gl1_10`, 0) = 1) AS `_pl4_34`, CAST(COALESCE(`_gl1_3`, 0) AS DOUBLE) AS `_pl4_35`, CAST(COALESCE(`_gl1_4`, 0) AS DOUBLE) AS `_pl4_36`, CAST(COALESCE(`_gl3_5`, 0) AS DOUBLE) AS `_pl4_37`, CAST(COALESCE(`_gl3_4`, 0) AS DOUBLE) AS `_pl4_38`, `_gl1_7` AS `_pl4_39`, `_gl1_8` AS `_pl4_40`, CAST(COALESCE(`_gl1_9`, 0) AS DOUBLE) AS `_pl4_41`, `_today` AS `_today`, `_row` AS `_prow`, `_line` AS `_pline`, `_first` AS `_pattach`, `_reachl0_46` AS `_reach`, `c0` AS `_pl4_42` FROM l0_s22) p CROSS JOIN (SELECT explode(sequence(1, 6)) AS k) g
  LEFT JOIN (SELECT * FROM l4_s1 WHERE `_seen` = 1 AND NOT `_orphan` AND `_keysok`) c ON p.`_pattach` AND c.`c0` = p.`_pl4_42` AND c.`c1` = CAST(g.k AS STRING)
  WHERE (p.`_reach`) OR c.`_row` IS NOT NULL) l4_f) l4_s2) l4_s3) l4_s4) l4_s5) l4_s6) l4_s7) l4_s8) l4_s9) l4_while),
qdsl_findings AS (
SELECT CAST('household_services' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('' AS STRING) AS `level`, `c0` AS `record_id`, CAST('' AS STRING) AS `iteration`, `_fs`.`variable` AS `variable`, `_fs`.`rule` AS `rule`, `_fs`.`severity` AS `severity`, `_fs`.`value` AS `value`, `_fs`.`message` AS `message`, CAST('' AS STRING) AS `cause`, 0 AS `_level`, `_row`, `_fs`.`ord` AS `_order`
FROM (
  SELECT *,
    CASE WHEN `_rl0_55` THEN `_a33` END AS `_xl0_56`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_53` THEN `_a32` END AS `_xl0_54`,
    TRUE AS `_rl0_55`
  FROM (
  SELECT *,
    CASE WHEN `_rl0_51` THEN `_a31` END AS `_xl0_52`,
    TRUE AS `_rl0_53`
  FROM (
  SELECT *,
    TRUE AND `_bl0_50` AS `_rl0_51`
  FROM (
  SELECT *,
    COALESCE((COALESCE(COALESCE((`_xl0_44`) = (CAST(1 AS BIGINT)), FALSE), FALSE) AND COALESCE(COALESCE((`_xl0_49`) = (CAST(0 AS DOUBLE)), FALSE), FALSE)), FALSE) AS `_bl0_50`
  FROM (
  SELECT *,
    CASE WHEN TRUE THEN CAST(COALESCE(`_gl4_4`, 0) AS DOUBLE) END AS `_xl0_48`,
    CASE WHEN TRUE THEN CAST(COALESCE(`_gl4_5`, 0) AS DOUBLE) END AS `_xl0_49`
  FROM (
  SELECT *,
    (COALESCE(`_gl4_1`, 0) <> COALESCE(`_gl4_3`, 0) OR COALESCE(`_gl4_2`, 0) > 0 OR COALESCE(0, 0) > 0) AS `_rowsl0_47`
  FROM (
  SELECT p.*, g.`_gl4_1`, g.`_gl4_2`, g.`_gl4_3`, g.`_gl4_4`, g.`_gl4_5`
  FROM l0_s22 p LEFT JOIN (SELECT `_rec`, SUM(CASE WHEN `_has` THEN 1 ELSE 0 END) AS `_gl4_1`, SUM(CASE WHEN `_has` AND NOT (`_k_vehicle` <= `_n_vehicle`) THEN 1 ELSE 0 END) AS `_gl4_2`, MAX(`_n_vehicle`) AS `_gl4_3`, SUM(CASE WHEN `_run` AND TRUE THEN 1 ELSE 0 END) AS `_gl4_4`, SUM(CASE WHEN `_run` AND COALESCE((COALESCE((`_xl4_5`) = (CAST(3 AS BIGINT)), FALSE) OR COALESCE((`_xl4_5`) = (CAST(4 AS BIGINT)), FALSE)), FALSE) THEN 1 ELSE 0 END) AS `_gl4_5` FROM l4_while2 GROUP BY `_rec`) g ON g.`_rec` = p.`_rec`) l0_g_vehicle) l0_s23) l0_s24) l0_s25) l0_s26) l0_s27) l0_s28) l0_s29
LATERAL VIEW inline(filter(array(
  named_struct('hit', `_seen` > 1, 'variable', 'record_id', 'rule', 'QD6010', 'severity', 'error', 'value', CAST(`c0` AS STRING), 'message', 'this record id is used by an earlier row', 'ord', 10000),
  named_struct('hit', `c1` <> '' AND NOT (TRUE), 'variable', 'interview_start', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c1` AS STRING), 'message', 'not a value of this type', 'ord', 20001),
  named_struct('hit', `c1` <> '' AND (TRUE) AND NOT COALESCE(((`c1` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9])$') AND ((substr(`c1`, 1, 10) RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(substr(`c1`, 1, 10), 1, 4) <> '0000' AND try_cast(substr(`c1`, 1, 10) AS DATE) IS NOT NULL)), FALSE), 'variable', 'interview_start', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c1` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20001),
  named_struct('hit', `c2` <> '' AND NOT (TRUE), 'variable', 'interview_end', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'not a value of this type', 'ord', 20002),
  named_struct('hit', `c2` <> '' AND (TRUE) AND NOT COALESCE(((`c2` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9])$') AND ((substr(`c2`, 1, 10) RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(substr(`c2`, 1, 10), 1, 4) <> '0000' AND try_cast(substr(`c2`, 1, 10) AS DATE) IS NOT NULL)), FALSE), 'variable', 'interview_end', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20002),
  named_struct('hit', `c3` <> '' AND NOT (TRUE), 'variable', 'interview_date', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not a value of this type', 'ord', 20003),
  named_struct('hit', `c3` <> '' AND (TRUE) AND NOT COALESCE(((`c3` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(`c3`, 1, 4) <> '0000' AND try_cast(`c3` AS DATE) IS NOT NULL), FALSE), 'variable', 'interview_date', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20003),
  named_struct('hit', `c4` <> '' AND NOT (TRUE), 'variable', 'device_id', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'not a value of this type', 'ord', 20004),
  named_struct('hit', `c4` <> '' AND (TRUE) AND NOT COALESCE(TRUE, FALSE), 'variable', 'device_id', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20004),
  named_struct('hit', `c5` <> '' AND NOT ((`c5` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')), 'variable', 'household_size', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not a value of this type', 'ord', 20005),
  named_struct('hit', `c5` <> '' AND ((`c5` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c5` AS DOUBLE) = floor(try_cast(`c5` AS DOUBLE)) AND abs(try_cast(`c5` AS DOUBLE)) < 9.2e18 AND try_cast(`c5` AS DOUBLE) >= 1 AND try_cast(`c5` AS DOUBLE) <= 12, FALSE), 'variable', 'household_size', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20005),
  named_struct('hit', `c6` <> '' AND NOT ((`c6` RLIKE '^(-*[0-9]+)$')), 'variable', 'children', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c6` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20006),
  named_struct('hit', `c7` <> '' AND NOT ((`c7` RLIKE '^(-*[0-9]+)$')), 'variable', 'under_school_age', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c7` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20007),
  named_struct('hit', `c8` <> '' AND NOT (`c8` IN ('0', '1')), 'variable', 'adult_employed', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c8` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20008),
  named_struct('hit', `c9` <> '' AND NOT (`c9` IN ('0', '1')), 'variable', 'all_retired', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c9` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20009),
  named_struct('hit', `c10` <> '' AND NOT ((`c10` RLIKE '^(-*[0-9]+)$')), 'variable', 'oldest', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c10` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20010),
  named_struct('hit', `c11` <> '' AND NOT ((`c11` RLIKE '^(-*[0-9]+)$')), 'variable', 'youngest', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c11` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20011),
  named_struct('hit', `c12` <> '' AND NOT ((`c12` RLIKE '^(-*[0-9]+)$')), 'variable', 'commute_minutes_total', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c12` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20012),
  named_struct('hit', `c13` <> '' AND NOT (`c13` IN ('0', '1')), 'variable', 'needs_help', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c13` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20013),
  named_struct('hit', `c14` <> '' AND NOT ((`c14` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'shift_care_need', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c14` AS STRING), 'message', 'not a value of this type', 'ord', 20014),
  named_struct('hit', `c14` <> '' AND ((`c14` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c14` AS BIGINT) IN (1, 2), FALSE), 'variable', 'shift_care_need', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c14` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20014),
  named_struct('hit', `c15` <> '' AND NOT ((`c15` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'knows_elderly_services', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c15` AS STRING), 'message', 'not a value of this type', 'ord', 20015),
  named_struct('hit', `c15` <> '' AND ((`c15` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c15` AS BIGINT) IN (1, 2), FALSE), 'variable', 'knows_elderly_services', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c15` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20015),
  named_struct('hit', `c16` NOT IN ('', '0', '1'), 'variable', 'services_used_1', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c16` AS STRING), 'message', 'not a value of this column', 'ord', 20016),
  named_struct('hit', `c17` NOT IN ('', '0', '1'), 'variable', 'services_used_2', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c17` AS STRING), 'message', 'not a value of this column', 'ord', 20017),
  named_struct('hit', `c18` NOT IN ('', '0', '1'), 'variable', 'services_used_3', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c18` AS STRING), 'message', 'not a value of this column', 'ord', 20018),
  named_struct('hit', `c19` NOT IN ('', '0', '1'), 'variable', 'services_used_4', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c19` AS STRING), 'message', 'not a value of this column', 'ord', 20019),
  named_struct('hit', `c20` NOT IN ('', '0', '1'), 'variable', 'services_used_5', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c20` AS STRING), 'message', 'not a value of this column', 'ord', 20020),
  named_struct('hit', `c21` NOT IN ('', '0', '1'), 'variable', 'services_used_6', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c21` AS STRING), 'message', 'not a value of this column', 'ord', 20021),
  named_struct('hit', `c22` NOT IN ('', '0', '1'), 'variable', 'services_used_7', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c22` AS STRING), 'message', 'not a value of this column', 'ord', 20022),
  named_struct('hit', `c23` NOT IN ('', '0', '1'), 'variable', 'services_used_8', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c23` AS STRING), 'message', 'not a value of this column', 'ord', 20023),
  named_struct('hit', `c24` NOT IN ('', '0', '1'), 'variable', 'services_used_9', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c24` AS STRING), 'message', 'not a value of this column', 'ord', 20024),
  named_struct('hit', `c25` <> '' AND NOT ((`c25` RLIKE '^(-*[0-9]+)$')), 'variable', 'services_count', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c25` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20025),
  named_struct('hit', `c26` <> '' AND NOT ((`c26` RLIKE '^(-*[0-9]+)$')), 'variable', 'dissatisfied_services', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c26` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20026),
  named_struct('hit', `c27` <> '' AND NOT ((`c27` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'contact_permission', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c27` AS STRING), 'message', 'not a value of this type', 'ord', 20027),
  named_struct('hit', `c27` <> '' AND ((`c27` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c27` AS BIGINT) IN (1, 2), FALSE), 'variable', 'contact_permission', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c27` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20027),
  named_struct('hit', `c28` <> '' AND NOT ((`c28` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'has_vehicles', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c28` AS STRING), 'message', 'not a value of this type', 'ord', 20028),
  named_struct('hit', `c28` <> '' AND ((`c28` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c28` AS BIGINT) IN (1, 2), FALSE), 'variable', 'has_vehicles', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c28` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20028),
  named_struct('hit', `c29` <> '' AND NOT ((`c29` RLIKE '^(-*[0-9]+)$')), 'variable', 'vehicle_count', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c29` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20029),
  named_struct('hit', `c30` <> '' AND NOT ((`c30` RLIKE '^(-*[0-9]+)$')), 'variable', 'chargeable_vehicles', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c30` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20030),
  named_struct('hit', `c31` <> '' AND NOT ((`c31` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'charging_interest', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c31` AS STRING), 'message', 'not a value of this type', 'ord', 20031),
  named_struct('hit', `c31` <> '' AND ((`c31` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c31` AS BIGINT) IN (1, 2), FALSE), 'variable', 'charging_interest', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c31` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20031),
  named_struct('hit', `c32` <> '' AND NOT ((`c32` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'priority', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c32` AS STRING), 'message', 'not a value of this type', 'ord', 20032),
  named_struct('hit', `c32` <> '' AND ((`c32` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c32` AS BIGINT) IN (1, 2, 3, 4, 5, 6, 7, 8, 9), FALSE), 'variable', 'priority', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c32` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20032),
  named_struct('hit', `c33` <> '' AND NOT (TRUE), 'variable', 'feedback', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c33` AS STRING), 'message', 'not a value of this type', 'ord', 20033),
  named_struct('hit', `c33` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c33`) <= 1000, FALSE), 'variable', 'feedback', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c33` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20033),
  named_struct('hit', (CASE WHEN `c16` = '' THEN 1 ELSE 0 END + CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN `c16` = '' THEN 1 ELSE 0 END + CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END) < 9, 'variable', 'services_used', 'rule', 'QD6003', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'some of the question''s columns are empty', 'ord', 30016),
  named_struct('hit', ((CASE WHEN `c16` = '' THEN 1 ELSE 0 END + CASE WHEN `c17` = '' THEN 1 ELSE 0 END + CASE WHEN `c18` = '' THEN 1 ELSE 0 END + CASE WHEN `c19` = '' THEN 1 ELSE 0 END + CASE WHEN `c20` = '' THEN 1 ELSE 0 END + CASE WHEN `c21` = '' THEN 1 ELSE 0 END + CASE WHEN `c22` = '' THEN 1 ELSE 0 END + CASE WHEN `c23` = '' THEN 1 ELSE 0 END + CASE WHEN `c24` = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN `c16` = '1' THEN 1 ELSE 0 END + CASE WHEN `c17` = '1' THEN 1 ELSE 0 END + CASE WHEN `c18` = '1' THEN 1 ELSE 0 END + CASE WHEN `c19` = '1' THEN 1 ELSE 0 END + CASE WHEN `c20` = '1' THEN 1 ELSE 0 END + CASE WHEN `c21` = '1' THEN 1 ELSE 0 END + CASE WHEN `c22` = '1' THEN 1 ELSE 0 END + CASE WHEN `c23` = '1' THEN 1 ELSE 0 END + CASE WHEN `c24` = '1' THEN 1 ELSE 0 END) > 0) AND FALSE, 'variable', 'services_used', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(concat_ws(' ', CASE WHEN `c16` = '1' THEN '1' END, CASE WHEN `c17` = '1' THEN '2' END, CASE WHEN `c18` = '1' THEN '3' END, CASE WHEN `c19` = '1' THEN '4' END, CASE WHEN `c20` = '1' THEN '5' END, CASE WHEN `c21` = '1' THEN '6' END, CASE WHEN `c22` = '1' THEN '7' END, CASE WHEN `c23` = '1' THEN '8' END, CASE WHEN `c24` = '1' THEN '9' END) AS STRING), 'message', 'not an answer the question accepts: exclusiveWithOthers', 'ord', 30016),
  named_struct('hit', TRUE AND `_rowsl0_9`, 'variable', 'household_size', 'rule', 'QD6012', 'severity', 'error', 'value', CAST(COALESCE(`_gl1_1`, 0) AS STRING), 'message', 'the repeat''s rows do not match its driver', 'ord', 80000),
  named_struct('hit', TRUE AND `_rowsl0_37`, 'variable', 'services_used', 'rule', 'QD6012', 'severity', 'error', 'value', CAST(COALESCE(`_gl3_1`, 0) AS STRING), 'message', 'the repeat''s rows do not match its driver', 'ord', 80000),
  named_struct('hit', TRUE AND `_rowsl0_47`, 'variable', 'vehicle', 'rule', 'QD6012', 'severity', 'error', 'value', CAST(COALESCE(`_gl4_1`, 0) AS STRING), 'message', 'the repeat''s rows do not match its driver', 'ord', 80000),
  named_struct('hit', `_a31` IS NOT NULL AND NOT (`_rl0_51` AND TRUE), 'variable', 'charging_interest', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c31` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40000),
  named_struct('hit', `_a27` IS NOT NULL AND NOT (`_rl0_41` AND TRUE), 'variable', 'contact_permission', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c27` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40001),
  named_struct('hit', `_a33` IS NOT NULL AND NOT (`_rl0_55` AND TRUE), 'variable', 'feedback', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c33` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40002),
  named_struct('hit', `_a28` IS NOT NULL AND NOT (`_rl0_43` AND TRUE), 'variable', 'has_vehicles', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c28` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40003),
  named_struct('hit', `_a5` IS NOT NULL AND NOT (`_rl0_5` AND TRUE), 'variable', 'household_size', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40004),
  named_struct('hit', `_a15` IS NOT NULL AND NOT (`_rl0_22` AND TRUE), 'variable', 'knows_elderly_services', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c15` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40005),
  named_struct('hit', `_a32` IS NOT NULL AND NOT (`_rl0_53` AND TRUE), 'variable', 'priority', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c32` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40006),
  named_struct('hit', `_g16` AND NOT (`_rl0_24` AND TRUE), 'variable', 'services_used', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(concat_ws(' ', CASE WHEN `c16` = '1' THEN '1' END, CASE WHEN `c17` = '1' THEN '2' END, CASE WHEN `c18` = '1' THEN '3' END, CASE WHEN `c19` = '1' THEN '4' END, CASE WHEN `c20` = '1' THEN '5' END, CASE WHEN `c21` = '1' THEN '6' END, CASE WHEN `c22` = '1' THEN '7' END, CASE WHEN `c23` = '1' THEN '8' END, CASE WHEN `c24` = '1' THEN '9' END) AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40007),
  named_struct('hit', `_a14` IS NOT NULL AND NOT (`_rl0_19` AND TRUE), 'variable', 'shift_care_need', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c14` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40008),
  named_struct('hit', `_rl0_5` AND `_xl0_6` IS NULL AND NOT (`c5` <> '' AND `_a5` IS NULL) AND TRUE, 'variable', 'household_size', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50001),
  named_struct('hit', `_rl0_43` AND `_xl0_44` IS NULL AND NOT (`c28` <> '' AND `_a28` IS NULL) AND TRUE, 'variable', 'has_vehicles', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50002),
  named_struct('hit', (`c6` = '' OR (`c6` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_10` = floor(`_xl0_10`) AND abs(`_xl0_10`) < 1e15 THEN CAST(CAST(`_xl0_10` AS BIGINT) AS STRING) ELSE CAST(`_xl0_10` AS STRING) END, '') <> `c6` AND TRUE AND TRUE, 'variable', 'children', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c6` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70006),
  named_struct('hit', (`c7` = '' OR (`c7` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_11` = floor(`_xl0_11`) AND abs(`_xl0_11`) < 1e15 THEN CAST(CAST(`_xl0_11` AS BIGINT) AS STRING) ELSE CAST(`_xl0_11` AS STRING) END, '') <> `c7` AND TRUE AND TRUE, 'variable', 'under_school_age', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c7` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70007),
  named_struct('hit', (`c8` = '' OR `c8` IN ('0', '1')) AND COALESCE(CASE WHEN `_xl0_12` THEN '1' ELSE '0' END, '') <> `c8` AND TRUE AND TRUE, 'variable', 'adult_employed', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c8` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70008),
  named_struct('hit', (`c9` = '' OR `c9` IN ('0', '1')) AND COALESCE(CASE WHEN `_xl0_13` THEN '1' ELSE '0' END, '') <> `c9` AND TRUE AND TRUE, 'variable', 'all_retired', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c9` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70009),
  named_struct('hit', (`c10` = '' OR (`c10` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_14` = floor(`_xl0_14`) AND abs(`_xl0_14`) < 1e15 THEN CAST(CAST(`_xl0_14` AS BIGINT) AS STRING) ELSE CAST(`_xl0_14` AS STRING) END, '') <> `c10` AND TRUE AND TRUE, 'variable', 'oldest', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c10` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70010),
  named_struct('hit', (`c11` = '' OR (`c11` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_15` = floor(`_xl0_15`) AND abs(`_xl0_15`) < 1e15 THEN CAST(CAST(`_xl0_15` AS BIGINT) AS STRING) ELSE CAST(`_xl0_15` AS STRING) END, '') <> `c11` AND TRUE AND TRUE, 'variable', 'youngest', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c11` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70011),
  named_struct('hit', (`c12` = '' OR (`c12` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_16` = floor(`_xl0_16`) AND abs(`_xl0_16`) < 1e15 THEN CAST(CAST(`_xl0_16` AS BIGINT) AS STRING) ELSE CAST(`_xl0_16` AS STRING) END, '') <> `c12` AND TRUE AND TRUE, 'variable', 'commute_minutes_total', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c12` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70012),
  named_struct('hit', (`c13` = '' OR `c13` IN ('0', '1')) AND COALESCE(CASE WHEN `_xl0_17` THEN '1' ELSE '0' END, '') <> `c13` AND TRUE AND TRUE, 'variable', 'needs_help', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c13` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70013),
  named_struct('hit', (`c25` = '' OR (`c25` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_38` = floor(`_xl0_38`) AND abs(`_xl0_38`) < 1e15 THEN CAST(CAST(`_xl0_38` AS BIGINT) AS STRING) ELSE CAST(`_xl0_38` AS STRING) END, '') <> `c25` AND TRUE AND TRUE, 'variable', 'services_count', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c25` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70025),
  named_struct('hit', (`c26` = '' OR (`c26` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_39` = floor(`_xl0_39`) AND abs(`_xl0_39`) < 1e15 THEN CAST(CAST(`_xl0_39` AS BIGINT) AS STRING) ELSE CAST(`_xl0_39` AS STRING) END, '') <> `c26` AND TRUE AND TRUE, 'variable', 'dissatisfied_services', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c26` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70026),
  named_struct('hit', (`c29` = '' OR (`c29` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_48` = floor(`_xl0_48`) AND abs(`_xl0_48`) < 1e15 THEN CAST(CAST(`_xl0_48` AS BIGINT) AS STRING) ELSE CAST(`_xl0_48` AS STRING) END, '') <> `c29` AND TRUE AND TRUE, 'variable', 'vehicle_count', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c29` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70029),
  named_struct('hit', (`c30` = '' OR (`c30` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl0_49` = floor(`_xl0_49`) AND abs(`_xl0_49`) < 1e15 THEN CAST(CAST(`_xl0_49` AS BIGINT) AS STRING) ELSE CAST(`_xl0_49` AS STRING) END, '') <> `c30` AND TRUE AND TRUE, 'variable', 'chargeable_vehicles', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c30` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70030)
), x -> x.hit)) `_fs`
UNION ALL
SELECT CAST('household_services__person' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('person' AS STRING) AS `level`, `c0` AS `record_id`, concat_ws('.', `c1`) AS `iteration`, `_fs`.`variable` AS `variable`, `_fs`.`rule` AS `rule`, `_fs`.`severity` AS `severity`, `_fs`.`value` AS `value`, `_fs`.`message` AS `message`, CAST('' AS STRING) AS `cause`, 1 AS `_level`, `_row`, `_fs`.`ord` AS `_order`
FROM l1_s1
LATERAL VIEW inline(filter(array(
  named_struct('hit', `_seen` > 1 AND NOT `_orphan` AND `_keysok`, 'variable', 'person_index', 'rule', 'QD6010', 'severity', 'error', 'value', CAST(concat_ws('.', `c1`) AS STRING), 'message', 'this iteration of the record is given by an earlier row', 'ord', 10000),
  named_struct('hit', `_orphan`, 'variable', 'record_id', 'rule', 'QD6011', 'severity', 'error', 'value', CAST(`c0` AS STRING), 'message', 'a repeat''s row without its parent''s row', 'ord', 10001),
  named_struct('hit', `c2` <> '' AND NOT (TRUE), 'variable', 'name', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'not a value of this type', 'ord', 20002),
  named_struct('hit', `c2` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c2`) <= 40, FALSE), 'variable', 'name', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20002),
  named_struct('hit', `c3` <> '' AND NOT (TRUE), 'variable', 'birth_date', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not a value of this type', 'ord', 20003),
  named_struct('hit', `c3` <> '' AND (TRUE) AND NOT COALESCE(((`c3` RLIKE '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(`c3`, 1, 4) <> '0000' AND try_cast(`c3` AS DATE) IS NOT NULL), FALSE), 'variable', 'birth_date', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20003),
  named_struct('hit', `c4` <> '' AND NOT ((`c4` RLIKE '^(-*[0-9]+)$')), 'variable', 'age', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'not a value of this calculate''s type', 'ord', 20004),
  named_struct('hit', `c5` <> '' AND NOT ((`c5` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'in_early_education', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not a value of this type', 'ord', 20005),
  named_struct('hit', `c5` <> '' AND ((`c5` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c5` AS BIGINT) IN (1, 2), FALSE), 'variable', 'in_early_education', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20005),
  named_struct('hit', `c6` <> '' AND NOT ((`c6` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'school_travel', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c6` AS STRING), 'message', 'not a value of this type', 'ord', 20006),
  named_struct('hit', `c6` <> '' AND ((`c6` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c6` AS BIGINT) IN (1, 2, 3, 4, 5, 6), FALSE), 'variable', 'school_travel', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c6` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20006),
  named_struct('hit', `c7` <> '' AND NOT ((`c7` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'activity', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c7` AS STRING), 'message', 'not a value of this type', 'ord', 20007),
  named_struct('hit', `c7` <> '' AND ((`c7` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c7` AS BIGINT) IN (1, 2, 3, 4, 5, 6, 7), FALSE), 'variable', 'activity', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c7` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20007),
  named_struct('hit', `c8` <> '' AND NOT ((`c8` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'commute_mode', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c8` AS STRING), 'message', 'not a value of this type', 'ord', 20008),
  named_struct('hit', `c8` <> '' AND ((`c8` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c8` AS BIGINT) IN (1, 2, 3, 4, 5, 6), FALSE), 'variable', 'commute_mode', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c8` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20008),
  named_struct('hit', `c9` <> '' AND NOT ((`c9` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')), 'variable', 'commute_minutes', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c9` AS STRING), 'message', 'not a value of this type', 'ord', 20009),
  named_struct('hit', `c9` <> '' AND ((`c9` RLIKE '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(try_cast(`c9` AS DOUBLE) = floor(try_cast(`c9` AS DOUBLE)) AND abs(try_cast(`c9` AS DOUBLE)) < 9.2e18 AND try_cast(`c9` AS DOUBLE) >= 0 AND try_cast(`c9` AS DOUBLE) <= 240, FALSE), 'variable', 'commute_minutes', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c9` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20009),
  named_struct('hit', `c10` <> '' AND NOT ((`c10` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'daily_help', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c10` AS STRING), 'message', 'not a value of this type', 'ord', 20010),
  named_struct('hit', `c10` <> '' AND ((`c10` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c10` AS BIGINT) IN (1, 2), FALSE), 'variable', 'daily_help', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c10` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20010)
), x -> x.hit)) `_fs`
UNION ALL
SELECT CAST('household_services__person' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('person' AS STRING) AS `level`, `c0` AS `record_id`, concat_ws('.', `c1`) AS `iteration`, `_fs`.`variable` AS `variable`, `_fs`.`rule` AS `rule`, `_fs`.`severity` AS `severity`, `_fs`.`value` AS `value`, `_fs`.`message` AS `message`, CAST('' AS STRING) AS `cause`, 1 AS `_level`, `_row`, `_fs`.`ord` AS `_order`
FROM l1_s18
LATERAL VIEW inline(filter(array(
  named_struct('hit', `_has` AND `_rowsl1_26`, 'variable', 'person', 'rule', 'QD6012', 'severity', 'error', 'value', CAST(COALESCE(`_gl2_1`, 0) AS STRING), 'message', 'the repeat''s rows do not match its driver', 'ord', 80000),
  named_struct('hit', `_a7` IS NOT NULL AND NOT (`_rl1_14` AND `_run`), 'variable', 'activity', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c7` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40000),
  named_struct('hit', `_a3` IS NOT NULL AND NOT (`_rl1_3` AND `_run`), 'variable', 'birth_date', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40001),
  named_struct('hit', `_a9` IS NOT NULL AND NOT (`_rl1_19` AND `_run`), 'variable', 'commute_minutes', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c9` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40002),
  named_struct('hit', `_a8` IS NOT NULL AND NOT (`_rl1_17` AND `_run`), 'variable', 'commute_mode', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c8` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40003),
  named_struct('hit', `_a10` IS NOT NULL AND NOT (`_rl1_22` AND `_run`), 'variable', 'daily_help', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c10` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40004),
  named_struct('hit', `_a5` IS NOT NULL AND NOT (`_rl1_9` AND `_run`), 'variable', 'in_early_education', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40005),
  named_struct('hit', `_a2` IS NOT NULL AND NOT (`_rl1_1` AND `_run`), 'variable', 'name', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40006),
  named_struct('hit', `_a6` IS NOT NULL AND NOT (`_rl1_12` AND `_run`), 'variable', 'school_travel', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c6` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40007),
  named_struct('hit', `_rl1_1` AND `_xl1_2` IS NULL AND NOT (`c2` <> '' AND `_a2` IS NULL) AND `_run`, 'variable', 'name', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50001),
  named_struct('hit', `_rl1_3` AND `_xl1_4` IS NULL AND NOT (`c3` <> '' AND `_a3` IS NULL) AND `_run`, 'variable', 'birth_date', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50002),
  named_struct('hit', `_rl1_9` AND `_xl1_10` IS NULL AND NOT (`c5` <> '' AND `_a5` IS NULL) AND `_run`, 'variable', 'in_early_education', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50003),
  named_struct('hit', `_rl1_14` AND `_xl1_15` IS NULL AND NOT (`c7` <> '' AND `_a7` IS NULL) AND `_run`, 'variable', 'activity', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50004),
  named_struct('hit', `_rl1_22` AND `_xl1_23` IS NULL AND NOT (`c10` <> '' AND `_a10` IS NULL) AND `_run`, 'variable', 'daily_help', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50005),
  named_struct('hit', `_cl1_5` AND `_run`, 'variable', 'birth_date', 'rule', 'QD6007', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'fails its check birth_date <= interview_date and years_between(birth_date, interview_date) <= 110', 'ord', 60001),
  named_struct('hit', `_cl1_6` AND `_run`, 'variable', 'birth_date', 'rule', 'QD6007', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'fails its check person.index > 1 or years_between(birth_date, interview_date) >= 15', 'ord', 60002),
  named_struct('hit', (`c4` = '' OR (`c4` RLIKE '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN `_xl1_7` = floor(`_xl1_7`) AND abs(`_xl1_7`) < 1e15 THEN CAST(CAST(`_xl1_7` AS BIGINT) AS STRING) ELSE CAST(`_xl1_7` AS STRING) END, '') <> `c4` AND `_has` AND `_run`, 'variable', 'age', 'rule', 'QD6009', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'the instrument computes another value from the answers', 'ord', 70004)
), x -> x.hit)) `_fs`
UNION ALL
SELECT CAST('household_services__other' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('other' AS STRING) AS `level`, `c0` AS `record_id`, concat_ws('.', `c1`, `c2`) AS `iteration`, `_fs`.`variable` AS `variable`, `_fs`.`rule` AS `rule`, `_fs`.`severity` AS `severity`, `_fs`.`value` AS `value`, `_fs`.`message` AS `message`, CAST('' AS STRING) AS `cause`, 2 AS `_level`, `_row`, `_fs`.`ord` AS `_order`
FROM l2_s1
LATERAL VIEW inline(filter(array(
  named_struct('hit', `_seen` > 1 AND NOT `_orphan` AND `_keysok`, 'variable', 'other_index', 'rule', 'QD6010', 'severity', 'error', 'value', CAST(concat_ws('.', `c1`, `c2`) AS STRING), 'message', 'this iteration of the record is given by an earlier row', 'ord', 10000),
  named_struct('hit', `_orphan` AND `_keysok`, 'variable', 'record_id', 'rule', 'QD6011', 'severity', 'error', 'value', CAST(`c0` AS STRING), 'message', 'a repeat''s row without its parent''s row', 'ord', 10001),
  named_struct('hit', `c3` <> '' AND NOT ((`c3` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'relation', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not a value of this type', 'ord', 20003),
  named_struct('hit', `c3` <> '' AND ((`c3` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c3` AS BIGINT) IN (1, 2, 3, 4, 5, 6, 7, 8), FALSE), 'variable', 'relation', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20003)
), x -> x.hit)) `_fs`
UNION ALL
SELECT CAST('household_services__other' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('other' AS STRING) AS `level`, `c0` AS `record_id`, concat_ws('.', `c1`, `c2`) AS `iteration`, `_fs`.`variable` AS `variable`, `_fs`.`rule` AS `rule`, `_fs`.`severity` AS `severity`, `_fs`.`value` AS `value`, `_fs`.`message` AS `message`, CAST('' AS STRING) AS `cause`, 2 AS `_level`, `_row`, `_fs`.`ord` AS `_order`
FROM l2_s4
LATERAL VIEW inline(filter(array(
  named_struct('hit', `_a3` IS NOT NULL AND NOT (`_rl2_2` AND `_run`), 'variable', 'relation', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40000),
  named_struct('hit', `_rl2_2` AND `_xl2_3` IS NULL AND NOT (`c3` <> '' AND `_a3` IS NULL) AND `_run`, 'variable', 'relation', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50001)
), x -> x.hit)) `_fs`
UNION ALL
SELECT CAST('household_services__service' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('service' AS STRING) AS `level`, `c0` AS `record_id`, concat_ws('.', `c1`) AS `iteration`, `_fs`.`variable` AS `variable`, `_fs`.`rule` AS `rule`, `_fs`.`severity` AS `severity`, `_fs`.`value` AS `value`, `_fs`.`message` AS `message`, CAST('' AS STRING) AS `cause`, 3 AS `_level`, `_row`, `_fs`.`ord` AS `_order`
FROM l3_s1
LATERAL VIEW inline(filter(array(
  named_struct('hit', `_seen` > 1 AND NOT `_orphan` AND `_keysok`, 'variable', 'service_index', 'rule', 'QD6010', 'severity', 'error', 'value', CAST(concat_ws('.', `c1`) AS STRING), 'message', 'this iteration of the record is given by an earlier row', 'ord', 10000),
  named_struct('hit', `_orphan`, 'variable', 'record_id', 'rule', 'QD6011', 'severity', 'error', 'value', CAST(`c0` AS STRING), 'message', 'a repeat''s row without its parent''s row', 'ord', 10001),
  named_struct('hit', NOT (`c2` RLIKE '^([+-]?[0-9]{1,18})$'), 'variable', 'service', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'not an option''s code', 'ord', 20002),
  named_struct('hit', `c3` <> '' AND NOT ((`c3` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'service_satisfaction', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not a value of this type', 'ord', 20003),
  named_struct('hit', `c3` <> '' AND ((`c3` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c3` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE), 'variable', 'service_satisfaction', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20003),
  named_struct('hit', `c4` <> '' AND NOT (TRUE), 'variable', 'improvement', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'not a value of this type', 'ord', 20004),
  named_struct('hit', `c4` <> '' AND (TRUE) AND NOT COALESCE(char_length(`c4`) <= 500, FALSE), 'variable', 'improvement', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20004),
  named_struct('hit', `c5` <> '' AND NOT ((`c5` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'winter_maintenance', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not a value of this type', 'ord', 20005),
  named_struct('hit', `c5` <> '' AND ((`c5` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c5` AS BIGINT) IN (1, 2, 3, 4, 5, -1), FALSE), 'variable', 'winter_maintenance', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20005)
), x -> x.hit)) `_fs`
UNION ALL
SELECT CAST('household_services__service' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('service' AS STRING) AS `level`, `c0` AS `record_id`, concat_ws('.', `c1`) AS `iteration`, `_fs`.`variable` AS `variable`, `_fs`.`rule` AS `rule`, `_fs`.`severity` AS `severity`, `_fs`.`value` AS `value`, `_fs`.`message` AS `message`, CAST('' AS STRING) AS `cause`, 3 AS `_level`, `_row`, `_fs`.`ord` AS `_order`
FROM l3_s8
LATERAL VIEW inline(filter(array(
  named_struct('hit', `_a4` IS NOT NULL AND NOT (`_rl3_4` AND `_run`), 'variable', 'improvement', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40000),
  named_struct('hit', `_a3` IS NOT NULL AND NOT (`_rl3_1` AND `_run`), 'variable', 'service_satisfaction', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40001),
  named_struct('hit', `_a5` IS NOT NULL AND NOT (`_rl3_7` AND `_run`), 'variable', 'winter_maintenance', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40002),
  named_struct('hit', `_rl3_1` AND `_xl3_2` IS NULL AND NOT (`c3` <> '' AND `_a3` IS NULL) AND `_run`, 'variable', 'service_satisfaction', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50001)
), x -> x.hit)) `_fs`
UNION ALL
SELECT CAST('household_services__vehicle' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('vehicle' AS STRING) AS `level`, `c0` AS `record_id`, concat_ws('.', `c1`) AS `iteration`, `_fs`.`variable` AS `variable`, `_fs`.`rule` AS `rule`, `_fs`.`severity` AS `severity`, `_fs`.`value` AS `value`, `_fs`.`message` AS `message`, CAST('' AS STRING) AS `cause`, 4 AS `_level`, `_row`, `_fs`.`ord` AS `_order`
FROM l4_s1
LATERAL VIEW inline(filter(array(
  named_struct('hit', `_seen` > 1 AND NOT `_orphan` AND `_keysok`, 'variable', 'vehicle_index', 'rule', 'QD6010', 'severity', 'error', 'value', CAST(concat_ws('.', `c1`) AS STRING), 'message', 'this iteration of the record is given by an earlier row', 'ord', 10000),
  named_struct('hit', `_orphan`, 'variable', 'record_id', 'rule', 'QD6011', 'severity', 'error', 'value', CAST(`c0` AS STRING), 'message', 'a repeat''s row without its parent''s row', 'ord', 10001),
  named_struct('hit', `c2` <> '' AND NOT ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'vehicle_type', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'not a value of this type', 'ord', 20002),
  named_struct('hit', `c2` <> '' AND ((`c2` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c2` AS BIGINT) IN (1, 2, 3, 4), FALSE), 'variable', 'vehicle_type', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20002),
  named_struct('hit', `c3` <> '' AND NOT ((`c3` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'power', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not a value of this type', 'ord', 20003),
  named_struct('hit', `c3` <> '' AND ((`c3` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c3` AS BIGINT) IN (1, 2, 3, 4, 5), FALSE), 'variable', 'power', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20003),
  named_struct('hit', `c4` <> '' AND NOT ((`c4` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'parking', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'not a value of this type', 'ord', 20004),
  named_struct('hit', `c4` <> '' AND ((`c4` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c4` AS BIGINT) IN (1, 2, 3, 4), FALSE), 'variable', 'parking', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20004),
  named_struct('hit', `c5` <> '' AND NOT ((`c5` RLIKE '^([+-]?[0-9]{1,18})$')), 'variable', 'more_vehicles', 'rule', 'QD6003', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not a value of this type', 'ord', 20005),
  named_struct('hit', `c5` <> '' AND ((`c5` RLIKE '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(try_cast(`c5` AS BIGINT) IN (1, 2), FALSE), 'variable', 'more_vehicles', 'rule', 'QD6004', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'not an answer the question accepts', 'ord', 20005)
), x -> x.hit)) `_fs`
UNION ALL
SELECT CAST('household_services__vehicle' AS STRING) AS `file`, CAST(`_line` AS BIGINT) AS `line`, CAST('vehicle' AS STRING) AS `level`, `c0` AS `record_id`, concat_ws('.', `c1`) AS `iteration`, `_fs`.`variable` AS `variable`, `_fs`.`rule` AS `rule`, `_fs`.`severity` AS `severity`, `_fs`.`value` AS `value`, `_fs`.`message` AS `message`, CAST('' AS STRING) AS `cause`, 4 AS `_level`, `_row`, `_fs`.`ord` AS `_order`
FROM l4_while2
LATERAL VIEW inline(filter(array(
  named_struct('hit', `_a5` IS NOT NULL AND NOT (`_rl4_8` AND `_run`), 'variable', 'more_vehicles', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c5` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40000),
  named_struct('hit', `_a4` IS NOT NULL AND NOT (`_rl4_6` AND `_run`), 'variable', 'parking', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c4` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40001),
  named_struct('hit', `_a3` IS NOT NULL AND NOT (`_rl4_4` AND `_run`), 'variable', 'power', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c3` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40002),
  named_struct('hit', `_a2` IS NOT NULL AND NOT (`_rl4_1` AND `_run`), 'variable', 'vehicle_type', 'rule', 'QD6005', 'severity', 'error', 'value', CAST(`c2` AS STRING), 'message', 'answered, but the routing did not ask it', 'ord', 40003),
  named_struct('hit', `_rl4_1` AND `_xl4_2` IS NULL AND NOT (`c2` <> '' AND `_a2` IS NULL) AND `_run`, 'variable', 'vehicle_type', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50001),
  named_struct('hit', `_rl4_4` AND `_xl4_5` IS NULL AND NOT (`c3` <> '' AND `_a3` IS NULL) AND `_run`, 'variable', 'power', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50002),
  named_struct('hit', `_rl4_8` AND `_xl4_9` IS NULL AND NOT (`c5` <> '' AND `_a5` IS NULL) AND `_run`, 'variable', 'more_vehicles', 'rule', 'QD6006', 'severity', 'error', 'value', CAST('' AS STRING), 'message', 'required and asked, but not answered', 'ord', 50003)
), x -> x.hit)) `_fs`)
SELECT `file`, `line`, `level`, `record_id`, `iteration`, `variable`, `rule`, `severity`, `value`, `message`, `cause` FROM qdsl_findings ORDER BY `_level`, `_row`, `_order`;
