-- staff_wellbeing_pulse: the data rules of `qdsl validate-data` as SQL (duckdb), written by `qdsl compile --target sql`.
-- Run this file on an empty database, load each data file with its statement below, then query the view
-- `findings` (the last statement of this file selects it, in the order validate-data reports).
-- Every cell is loaded as text, so that a faulty file loads and its faults are found.
-- Load the data files (one statement per level):
--   INSERT INTO "staff_wellbeing_pulse" BY NAME SELECT * FROM read_csv('staff-wellbeing-pulse.csv', header = true, all_varchar = true);
-- Not checked in SQL: the header (QD6001, QD6002: the load statement refuses an unknown column and leaves a missing one empty) and the file's syntax (QD6013).

CREATE TABLE "staff_wellbeing_pulse" (
  "record_id" VARCHAR,
  "area" VARCHAR,
  "satisfaction" VARCHAR,
  "going_well" VARCHAR,
  "one_change" VARCHAR,
  "main_difficulty" VARCHAR,
  "contact_request" VARCHAR,
  "workload_ok" VARCHAR,
  "team_support" VARCHAR,
  "clear_goals" VARCHAR,
  "work_statements_order" VARCHAR,
  "stressors_1" VARCHAR,
  "stressors_2" VARCHAR,
  "stressors_3" VARCHAR,
  "stressors_4" VARCHAR,
  "stressors_5" VARCHAR,
  "stressors_6" VARCHAR,
  "stressors_7" VARCHAR,
  "stressors_97" VARCHAR,
  "stressors_order" VARCHAR,
  "stressor_count" VARCHAR,
  "contract_hours" VARCHAR,
  "actual_hours" VARCHAR,
  "overtime" VARCHAR,
  "overtime_recorded" VARCHAR,
  "energy" VARCHAR,
  "recovery" VARCHAR,
  "wellbeing_floor" VARCHAR,
  "improvements_flexible_hours" VARCHAR,
  "improvements_less_admin" VARCHAR,
  "improvements_more_staff" VARCHAR,
  "improvements_training" VARCHAR,
  "improvements_quiet_space" VARCHAR,
  "improvements_order" VARCHAR,
  "comment" VARCHAR
);
-- The date of today() and of the paradata a record lacks (validate-data's --today): update it to check as of another day.
CREATE TABLE qdsl_today AS SELECT CURRENT_DATE AS today;

-- Each level's data with types, for analysis (a cell that is not a value of its type is NULL there and a finding below).
-- Key of staff_wellbeing_pulse: record_id (unique once QD6010 finds nothing).
CREATE VIEW "staff_wellbeing_pulse__typed" AS SELECT
  "record_id" AS "record_id",
  TRY_CAST("area" AS BIGINT) AS "area",
  TRY_CAST("satisfaction" AS BIGINT) AS "satisfaction",
  "going_well" AS "going_well",
  "one_change" AS "one_change",
  "main_difficulty" AS "main_difficulty",
  TRY_CAST("contact_request" AS BIGINT) AS "contact_request",
  TRY_CAST("workload_ok" AS BIGINT) AS "workload_ok",
  TRY_CAST("team_support" AS BIGINT) AS "team_support",
  TRY_CAST("clear_goals" AS BIGINT) AS "clear_goals",
  "work_statements_order" AS "work_statements_order",
  TRY_CAST("stressors_1" AS BIGINT) AS "stressors_1",
  TRY_CAST("stressors_2" AS BIGINT) AS "stressors_2",
  TRY_CAST("stressors_3" AS BIGINT) AS "stressors_3",
  TRY_CAST("stressors_4" AS BIGINT) AS "stressors_4",
  TRY_CAST("stressors_5" AS BIGINT) AS "stressors_5",
  TRY_CAST("stressors_6" AS BIGINT) AS "stressors_6",
  TRY_CAST("stressors_7" AS BIGINT) AS "stressors_7",
  TRY_CAST("stressors_97" AS BIGINT) AS "stressors_97",
  "stressors_order" AS "stressors_order",
  TRY_CAST("stressor_count" AS BIGINT) AS "stressor_count",
  TRY_CAST("contract_hours" AS DOUBLE) AS "contract_hours",
  TRY_CAST("actual_hours" AS DOUBLE) AS "actual_hours",
  TRY_CAST("overtime" AS DOUBLE) AS "overtime",
  TRY_CAST("overtime_recorded" AS BIGINT) AS "overtime_recorded",
  TRY_CAST("energy" AS BIGINT) AS "energy",
  TRY_CAST("recovery" AS BIGINT) AS "recovery",
  TRY_CAST("wellbeing_floor" AS BIGINT) AS "wellbeing_floor",
  TRY_CAST("improvements_flexible_hours" AS BIGINT) AS "improvements_flexible_hours",
  TRY_CAST("improvements_less_admin" AS BIGINT) AS "improvements_less_admin",
  TRY_CAST("improvements_more_staff" AS BIGINT) AS "improvements_more_staff",
  TRY_CAST("improvements_training" AS BIGINT) AS "improvements_training",
  TRY_CAST("improvements_quiet_space" AS BIGINT) AS "improvements_quiet_space",
  "improvements_order" AS "improvements_order",
  "comment" AS "comment"
FROM "staff_wellbeing_pulse";

CREATE VIEW qdsl_findings AS
WITH
l0_raw AS (
  SELECT rowid AS "_row",
    ROW_NUMBER() OVER (ORDER BY "_row") + 1 AS "_line",
    COALESCE(CAST("record_id" AS VARCHAR), '') AS "c0",
    COALESCE(CAST("area" AS VARCHAR), '') AS "c1",
    COALESCE(CAST("satisfaction" AS VARCHAR), '') AS "c2",
    COALESCE(CAST("going_well" AS VARCHAR), '') AS "c3",
    COALESCE(CAST("one_change" AS VARCHAR), '') AS "c4",
    COALESCE(CAST("main_difficulty" AS VARCHAR), '') AS "c5",
    COALESCE(CAST("contact_request" AS VARCHAR), '') AS "c6",
    COALESCE(CAST("workload_ok" AS VARCHAR), '') AS "c7",
    COALESCE(CAST("team_support" AS VARCHAR), '') AS "c8",
    COALESCE(CAST("clear_goals" AS VARCHAR), '') AS "c9",
    COALESCE(CAST("work_statements_order" AS VARCHAR), '') AS "c10",
    COALESCE(CAST("stressors_1" AS VARCHAR), '') AS "c11",
    COALESCE(CAST("stressors_2" AS VARCHAR), '') AS "c12",
    COALESCE(CAST("stressors_3" AS VARCHAR), '') AS "c13",
    COALESCE(CAST("stressors_4" AS VARCHAR), '') AS "c14",
    COALESCE(CAST("stressors_5" AS VARCHAR), '') AS "c15",
    COALESCE(CAST("stressors_6" AS VARCHAR), '') AS "c16",
    COALESCE(CAST("stressors_7" AS VARCHAR), '') AS "c17",
    COALESCE(CAST("stressors_97" AS VARCHAR), '') AS "c18",
    COALESCE(CAST("stressors_order" AS VARCHAR), '') AS "c19",
    COALESCE(CAST("stressor_count" AS VARCHAR), '') AS "c20",
    COALESCE(CAST("contract_hours" AS VARCHAR), '') AS "c21",
    COALESCE(CAST("actual_hours" AS VARCHAR), '') AS "c22",
    COALESCE(CAST("overtime" AS VARCHAR), '') AS "c23",
    COALESCE(CAST("overtime_recorded" AS VARCHAR), '') AS "c24",
    COALESCE(CAST("energy" AS VARCHAR), '') AS "c25",
    COALESCE(CAST("recovery" AS VARCHAR), '') AS "c26",
    COALESCE(CAST("wellbeing_floor" AS VARCHAR), '') AS "c27",
    COALESCE(CAST("improvements_flexible_hours" AS VARCHAR), '') AS "c28",
    COALESCE(CAST("improvements_less_admin" AS VARCHAR), '') AS "c29",
    COALESCE(CAST("improvements_more_staff" AS VARCHAR), '') AS "c30",
    COALESCE(CAST("improvements_training" AS VARCHAR), '') AS "c31",
    COALESCE(CAST("improvements_quiet_space" AS VARCHAR), '') AS "c32",
    COALESCE(CAST("improvements_order" AS VARCHAR), '') AS "c33",
    COALESCE(CAST("comment" AS VARCHAR), '') AS "c34",
    (SELECT today FROM qdsl_today) AS "_today"
  FROM "staff_wellbeing_pulse"),
l0_keys AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY "c0", TRUE ORDER BY "_row") AS "_seen",
    FALSE AS "_orphan", TRUE AS "_keysok"
  FROM l0_raw r),
l0_s1 AS MATERIALIZED (
  SELECT *,
    CASE WHEN "c1" = '' THEN NULL WHEN NOT (regexp_full_match("c1", '[+-]?[0-9]{1,18}')) THEN NULL WHEN TRY_CAST("c1" AS BIGINT) IN (1, 2, 3, 4, 5, 6) THEN TRY_CAST("c1" AS BIGINT) END AS "_a1",
    CASE WHEN "c2" = '' THEN NULL WHEN NOT (regexp_full_match("c2", '[+-]?[0-9]{1,18}')) THEN NULL WHEN TRY_CAST("c2" AS BIGINT) IN (1, 2, 3, 4, 5) THEN TRY_CAST("c2" AS BIGINT) END AS "_a2",
    CASE WHEN "c3" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN length("c3") <= 500 THEN "c3" END AS "_a3",
    CASE WHEN "c4" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN length("c4") <= 500 THEN "c4" END AS "_a4",
    CASE WHEN "c5" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN length("c5") <= 500 THEN "c5" END AS "_a5",
    CASE WHEN "c6" = '' THEN NULL WHEN NOT (regexp_full_match("c6", '[+-]?[0-9]{1,18}')) THEN NULL WHEN TRY_CAST("c6" AS BIGINT) IN (1, 2) THEN TRY_CAST("c6" AS BIGINT) END AS "_a6",
    CASE WHEN "c7" = '' THEN NULL WHEN NOT (regexp_full_match("c7", '[+-]?[0-9]{1,18}')) THEN NULL WHEN TRY_CAST("c7" AS BIGINT) IN (1, 2, 3, 4, 5) THEN TRY_CAST("c7" AS BIGINT) END AS "_a7",
    CASE WHEN "c8" = '' THEN NULL WHEN NOT (regexp_full_match("c8", '[+-]?[0-9]{1,18}')) THEN NULL WHEN TRY_CAST("c8" AS BIGINT) IN (1, 2, 3, 4, 5) THEN TRY_CAST("c8" AS BIGINT) END AS "_a8",
    CASE WHEN "c9" = '' THEN NULL WHEN NOT (regexp_full_match("c9", '[+-]?[0-9]{1,18}')) THEN NULL WHEN TRY_CAST("c9" AS BIGINT) IN (1, 2, 3, 4, 5) THEN TRY_CAST("c9" AS BIGINT) END AS "_a9",
    CASE WHEN "c21" = '' THEN NULL WHEN NOT (regexp_full_match("c21", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)')) THEN NULL WHEN TRY_CAST("c21" AS DOUBLE) IS NOT NULL AND TRY_CAST("c21" AS DOUBLE) >= 1 AND TRY_CAST("c21" AS DOUBLE) <= 40 THEN TRY_CAST("c21" AS DOUBLE) END AS "_a21",
    CASE WHEN "c22" = '' THEN NULL WHEN NOT (regexp_full_match("c22", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)')) THEN NULL WHEN TRY_CAST("c22" AS DOUBLE) IS NOT NULL AND TRY_CAST("c22" AS DOUBLE) >= 0 AND TRY_CAST("c22" AS DOUBLE) <= 80 THEN TRY_CAST("c22" AS DOUBLE) END AS "_a22",
    CASE WHEN "c24" = '' THEN NULL WHEN NOT (regexp_full_match("c24", '[+-]?[0-9]{1,18}')) THEN NULL WHEN TRY_CAST("c24" AS BIGINT) IN (1, 2) THEN TRY_CAST("c24" AS BIGINT) END AS "_a24",
    CASE WHEN "c25" = '' THEN NULL WHEN NOT (regexp_full_match("c25", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)')) THEN NULL WHEN TRY_CAST("c25" AS DOUBLE) = floor(TRY_CAST("c25" AS DOUBLE)) AND abs(TRY_CAST("c25" AS DOUBLE)) < 9.2e18 AND TRY_CAST("c25" AS DOUBLE) >= 0 AND TRY_CAST("c25" AS DOUBLE) <= 10 THEN TRY_CAST("c25" AS DOUBLE) END AS "_a25",
    CASE WHEN "c26" = '' THEN NULL WHEN NOT (regexp_full_match("c26", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)')) THEN NULL WHEN TRY_CAST("c26" AS DOUBLE) = floor(TRY_CAST("c26" AS DOUBLE)) AND abs(TRY_CAST("c26" AS DOUBLE)) < 9.2e18 AND TRY_CAST("c26" AS DOUBLE) >= 0 AND TRY_CAST("c26" AS DOUBLE) <= 10 THEN TRY_CAST("c26" AS DOUBLE) END AS "_a26",
    CASE WHEN "c34" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN length("c34") <= 1000 THEN "c34" END AS "_a34",
    ((CASE WHEN "c11" = '' THEN 1 ELSE 0 END + CASE WHEN "c12" = '' THEN 1 ELSE 0 END + CASE WHEN "c13" = '' THEN 1 ELSE 0 END + CASE WHEN "c14" = '' THEN 1 ELSE 0 END + CASE WHEN "c15" = '' THEN 1 ELSE 0 END + CASE WHEN "c16" = '' THEN 1 ELSE 0 END + CASE WHEN "c17" = '' THEN 1 ELSE 0 END + CASE WHEN "c18" = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN "c11" = '1' THEN 1 ELSE 0 END + CASE WHEN "c12" = '1' THEN 1 ELSE 0 END + CASE WHEN "c13" = '1' THEN 1 ELSE 0 END + CASE WHEN "c14" = '1' THEN 1 ELSE 0 END + CASE WHEN "c15" = '1' THEN 1 ELSE 0 END + CASE WHEN "c16" = '1' THEN 1 ELSE 0 END + CASE WHEN "c17" = '1' THEN 1 ELSE 0 END + CASE WHEN "c18" = '1' THEN 1 ELSE 0 END) > 0) AS "_g11",
    CASE WHEN ((CASE WHEN "c11" = '' THEN 1 ELSE 0 END + CASE WHEN "c12" = '' THEN 1 ELSE 0 END + CASE WHEN "c13" = '' THEN 1 ELSE 0 END + CASE WHEN "c14" = '' THEN 1 ELSE 0 END + CASE WHEN "c15" = '' THEN 1 ELSE 0 END + CASE WHEN "c16" = '' THEN 1 ELSE 0 END + CASE WHEN "c17" = '' THEN 1 ELSE 0 END + CASE WHEN "c18" = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN "c11" = '1' THEN 1 ELSE 0 END + CASE WHEN "c12" = '1' THEN 1 ELSE 0 END + CASE WHEN "c13" = '1' THEN 1 ELSE 0 END + CASE WHEN "c14" = '1' THEN 1 ELSE 0 END + CASE WHEN "c15" = '1' THEN 1 ELSE 0 END + CASE WHEN "c16" = '1' THEN 1 ELSE 0 END + CASE WHEN "c17" = '1' THEN 1 ELSE 0 END + CASE WHEN "c18" = '1' THEN 1 ELSE 0 END) > 0) AND NOT ((CASE WHEN "c11" = '1' THEN 1 ELSE 0 END + CASE WHEN "c12" = '1' THEN 1 ELSE 0 END + CASE WHEN "c13" = '1' THEN 1 ELSE 0 END + CASE WHEN "c14" = '1' THEN 1 ELSE 0 END + CASE WHEN "c15" = '1' THEN 1 ELSE 0 END + CASE WHEN "c16" = '1' THEN 1 ELSE 0 END + CASE WHEN "c17" = '1' THEN 1 ELSE 0 END + CASE WHEN "c18" = '1' THEN 1 ELSE 0 END) > 1 AND ("c18" = '1')) THEN CAST((CASE WHEN "c11" = '1' THEN 1 ELSE 0 END + CASE WHEN "c12" = '1' THEN 1 ELSE 0 END + CASE WHEN "c13" = '1' THEN 1 ELSE 0 END + CASE WHEN "c14" = '1' THEN 1 ELSE 0 END + CASE WHEN "c15" = '1' THEN 1 ELSE 0 END + CASE WHEN "c16" = '1' THEN 1 ELSE 0 END + CASE WHEN "c17" = '1' THEN 1 ELSE 0 END + CASE WHEN "c18" = '1' THEN 1 ELSE 0 END) AS DOUBLE) END AS "_n11",
    ((CASE WHEN "c28" = '' THEN 1 ELSE 0 END + CASE WHEN "c29" = '' THEN 1 ELSE 0 END + CASE WHEN "c30" = '' THEN 1 ELSE 0 END + CASE WHEN "c31" = '' THEN 1 ELSE 0 END + CASE WHEN "c32" = '' THEN 1 ELSE 0 END) = 0 AND (regexp_full_match("c28", '[+-]?[0-9]{1,18}') OR regexp_full_match("c29", '[+-]?[0-9]{1,18}') OR regexp_full_match("c30", '[+-]?[0-9]{1,18}') OR regexp_full_match("c31", '[+-]?[0-9]{1,18}') OR regexp_full_match("c32", '[+-]?[0-9]{1,18}'))) AS "_g28",
    CASE WHEN (CASE WHEN "c28" = '' THEN 1 ELSE 0 END + CASE WHEN "c29" = '' THEN 1 ELSE 0 END + CASE WHEN "c30" = '' THEN 1 ELSE 0 END + CASE WHEN "c31" = '' THEN 1 ELSE 0 END + CASE WHEN "c32" = '' THEN 1 ELSE 0 END) = 0 AND regexp_full_match("c28", '[+-]?[0-9]{1,18}') AND regexp_full_match("c29", '[+-]?[0-9]{1,18}') AND regexp_full_match("c30", '[+-]?[0-9]{1,18}') AND regexp_full_match("c31", '[+-]?[0-9]{1,18}') AND regexp_full_match("c32", '[+-]?[0-9]{1,18}') THEN 1 END AS "_n28"
  FROM l0_keys),
l0_m AS (
  SELECT *, "_row" AS "_rec", "_seen" = 1 AS "_first" FROM l0_s1),
l0_s2 AS (
  SELECT *,
    TRUE AS "_rl0_1"
  FROM l0_m),
l0_s3 AS (
  SELECT *,
    CASE WHEN "_rl0_1" THEN "_a1" END AS "_xl0_2",
    TRUE AS "_rl0_3"
  FROM l0_s2),
l0_s4 AS (
  SELECT *,
    CASE WHEN "_rl0_3" THEN "_a2" END AS "_xl0_4"
  FROM l0_s3),
l0_s5 AS (
  SELECT *,
    COALESCE(COALESCE(("_xl0_4") >= (CAST(4 AS BIGINT)), FALSE), FALSE) AS "_bl0_5"
  FROM l0_s4),
l0_s6 AS (
  SELECT *,
    TRUE AND "_bl0_5" AS "_rl0_6"
  FROM l0_s5),
l0_s7 AS (
  SELECT *,
    CASE WHEN "_rl0_6" THEN "_a3" END AS "_xl0_7",
    COALESCE(COALESCE(("_xl0_4") = (CAST(3 AS BIGINT)), FALSE), FALSE) AS "_bl0_8"
  FROM l0_s6),
l0_s8 AS (
  SELECT *,
    TRUE AND NOT "_bl0_5" AND "_bl0_8" AS "_rl0_9"
  FROM l0_s7),
l0_s9 AS (
  SELECT *,
    CASE WHEN "_rl0_9" THEN "_a4" END AS "_xl0_10",
    TRUE AND NOT "_bl0_5" AND NOT "_bl0_8" AS "_rl0_11"
  FROM l0_s8),
l0_s10 AS (
  SELECT *,
    CASE WHEN "_rl0_11" THEN "_a5" END AS "_xl0_12",
    TRUE AND NOT "_bl0_5" AND NOT "_bl0_8" AS "_rl0_13"
  FROM l0_s9),
l0_s11 AS (
  SELECT *,
    CASE WHEN "_rl0_13" THEN "_a6" END AS "_xl0_14",
    TRUE AS "_rl0_15"
  FROM l0_s10),
l0_s12 AS (
  SELECT *,
    CASE WHEN "_rl0_15" THEN "_a7" END AS "_xl0_16",
    TRUE AS "_rl0_17"
  FROM l0_s11),
l0_s13 AS (
  SELECT *,
    CASE WHEN "_rl0_17" THEN "_a8" END AS "_xl0_18",
    TRUE AS "_rl0_19"
  FROM l0_s12),
l0_s14 AS (
  SELECT *,
    CASE WHEN "_rl0_19" THEN "_a9" END AS "_xl0_20",
    TRUE AS "_rl0_21"
  FROM l0_s13),
l0_s15 AS (
  SELECT *,
    CASE WHEN "_rl0_21" THEN "_n11" END AS "_xl0_22"
  FROM l0_s14),
l0_s16 AS (
  SELECT *,
    CASE WHEN TRUE THEN ((COALESCE("_xl0_22", 0)) - (CASE WHEN COALESCE(("_xl0_22" IS NOT NULL AND ("c18" = '1')), FALSE) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END)) END AS "_xl0_23",
    TRUE AS "_rl0_24"
  FROM l0_s15),
l0_s17 AS (
  SELECT *,
    CASE WHEN "_rl0_24" THEN "_a21" END AS "_xl0_25",
    TRUE AS "_rl0_26"
  FROM l0_s16),
l0_s18 AS (
  SELECT *,
    CASE WHEN "_a22" IS NULL THEN CASE WHEN TRUE AND "_xl0_25" >= 0 AND "_xl0_25" <= 80 THEN "_xl0_25" END ELSE "_a22" END AS "_dl0_27"
  FROM l0_s17),
l0_s19 AS (
  SELECT *,
    CASE WHEN "_rl0_26" THEN "_dl0_27" END AS "_xl0_28"
  FROM l0_s18),
l0_s20 AS (
  SELECT *,
    ("_rl0_26" AND "_xl0_28" IS NOT NULL AND NOT COALESCE(COALESCE(("_xl0_28") <= ((("_xl0_25") * (CAST(2 AS DOUBLE)))), FALSE), FALSE)) AS "_cl0_29",
    CASE WHEN TRUE THEN CASE WHEN CAST(0 AS DOUBLE) IS NULL OR (("_xl0_28") - ("_xl0_25")) IS NULL THEN NULL WHEN (CAST(0 AS DOUBLE)) > ((("_xl0_28") - ("_xl0_25"))) THEN CAST(0 AS DOUBLE) ELSE (("_xl0_28") - ("_xl0_25")) END END AS "_xl0_30"
  FROM l0_s19),
l0_s21 AS (
  SELECT *,
    COALESCE((COALESCE(("_xl0_28" IS NOT NULL), FALSE) AND COALESCE(COALESCE(("_xl0_30") >= (CAST(4 AS DOUBLE)), FALSE), FALSE)), FALSE) AS "_bl0_31"
  FROM l0_s20),
l0_s22 AS (
  SELECT *,
    TRUE AND "_bl0_31" AS "_rl0_32"
  FROM l0_s21),
l0_s23 AS (
  SELECT *,
    CASE WHEN "_rl0_32" THEN "_a24" END AS "_xl0_33",
    TRUE AS "_rl0_34"
  FROM l0_s22),
l0_s24 AS (
  SELECT *,
    CASE WHEN "_rl0_34" THEN "_a25" END AS "_xl0_35",
    TRUE AS "_rl0_36"
  FROM l0_s23),
l0_s25 AS (
  SELECT *,
    CASE WHEN "_rl0_36" THEN "_a26" END AS "_xl0_37"
  FROM l0_s24),
l0_s26 AS (
  SELECT *,
    CASE WHEN TRUE THEN CASE WHEN "_xl0_35" IS NULL OR "_xl0_37" IS NULL THEN NULL WHEN ("_xl0_35") <= ("_xl0_37") THEN "_xl0_35" ELSE "_xl0_37" END END AS "_xl0_38"
  FROM l0_s25),
l0_s27 AS (
  SELECT *,
    COALESCE(COALESCE(("_xl0_38") <= (CAST(3 AS DOUBLE)), FALSE), FALSE) AS "_bl0_39",
    COALESCE((COALESCE(COALESCE(("_xl0_23") >= (CAST(3 AS DOUBLE)), FALSE), FALSE) OR COALESCE(COALESCE(("_xl0_16") <= (CAST(2 AS BIGINT)), FALSE), FALSE)), FALSE) AS "_bl0_40",
    TRUE AS "_rl0_41"
  FROM l0_s26),
l0_s28 AS (
  SELECT *,
    CASE WHEN "_rl0_41" THEN "_n28" END AS "_xl0_42",
    TRUE AS "_rl0_43"
  FROM l0_s27),
l0_s29 AS MATERIALIZED (
  SELECT *,
    CASE WHEN "_rl0_43" THEN "_a34" END AS "_xl0_44"
  FROM l0_s28)
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('record_id' AS VARCHAR) AS "variable", CAST('QD6010' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c0" AS VARCHAR) AS "value", CAST('this record id is used by an earlier row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 10000 AS "_order"
FROM l0_s1 WHERE "_seen" > 1
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('area' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c1" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20001 AS "_order"
FROM l0_s1 WHERE "c1" <> '' AND NOT (regexp_full_match("c1", '[+-]?[0-9]{1,18}'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('area' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c1" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20001 AS "_order"
FROM l0_s1 WHERE "c1" <> '' AND (regexp_full_match("c1", '[+-]?[0-9]{1,18}')) AND NOT COALESCE(TRY_CAST("c1" AS BIGINT) IN (1, 2, 3, 4, 5, 6), FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('satisfaction' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20002 AS "_order"
FROM l0_s1 WHERE "c2" <> '' AND NOT (regexp_full_match("c2", '[+-]?[0-9]{1,18}'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('satisfaction' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20002 AS "_order"
FROM l0_s1 WHERE "c2" <> '' AND (regexp_full_match("c2", '[+-]?[0-9]{1,18}')) AND NOT COALESCE(TRY_CAST("c2" AS BIGINT) IN (1, 2, 3, 4, 5), FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('going_well' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20003 AS "_order"
FROM l0_s1 WHERE "c3" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('going_well' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20003 AS "_order"
FROM l0_s1 WHERE "c3" <> '' AND (TRUE) AND NOT COALESCE(length("c3") <= 500, FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('one_change' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20004 AS "_order"
FROM l0_s1 WHERE "c4" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('one_change' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20004 AS "_order"
FROM l0_s1 WHERE "c4" <> '' AND (TRUE) AND NOT COALESCE(length("c4") <= 500, FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('main_difficulty' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20005 AS "_order"
FROM l0_s1 WHERE "c5" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('main_difficulty' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20005 AS "_order"
FROM l0_s1 WHERE "c5" <> '' AND (TRUE) AND NOT COALESCE(length("c5") <= 500, FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('contact_request' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c6" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20006 AS "_order"
FROM l0_s1 WHERE "c6" <> '' AND NOT (regexp_full_match("c6", '[+-]?[0-9]{1,18}'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('contact_request' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c6" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20006 AS "_order"
FROM l0_s1 WHERE "c6" <> '' AND (regexp_full_match("c6", '[+-]?[0-9]{1,18}')) AND NOT COALESCE(TRY_CAST("c6" AS BIGINT) IN (1, 2), FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('workload_ok' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c7" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20007 AS "_order"
FROM l0_s1 WHERE "c7" <> '' AND NOT (regexp_full_match("c7", '[+-]?[0-9]{1,18}'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('workload_ok' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c7" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20007 AS "_order"
FROM l0_s1 WHERE "c7" <> '' AND (regexp_full_match("c7", '[+-]?[0-9]{1,18}')) AND NOT COALESCE(TRY_CAST("c7" AS BIGINT) IN (1, 2, 3, 4, 5), FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('team_support' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c8" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20008 AS "_order"
FROM l0_s1 WHERE "c8" <> '' AND NOT (regexp_full_match("c8", '[+-]?[0-9]{1,18}'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('team_support' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c8" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20008 AS "_order"
FROM l0_s1 WHERE "c8" <> '' AND (regexp_full_match("c8", '[+-]?[0-9]{1,18}')) AND NOT COALESCE(TRY_CAST("c8" AS BIGINT) IN (1, 2, 3, 4, 5), FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('clear_goals' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c9" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20009 AS "_order"
FROM l0_s1 WHERE "c9" <> '' AND NOT (regexp_full_match("c9", '[+-]?[0-9]{1,18}'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('clear_goals' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c9" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20009 AS "_order"
FROM l0_s1 WHERE "c9" <> '' AND (regexp_full_match("c9", '[+-]?[0-9]{1,18}')) AND NOT COALESCE(TRY_CAST("c9" AS BIGINT) IN (1, 2, 3, 4, 5), FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressors_1' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c11" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20011 AS "_order"
FROM l0_s1 WHERE "c11" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressors_2' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c12" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20012 AS "_order"
FROM l0_s1 WHERE "c12" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressors_3' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c13" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20013 AS "_order"
FROM l0_s1 WHERE "c13" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressors_4' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c14" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20014 AS "_order"
FROM l0_s1 WHERE "c14" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressors_5' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c15" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20015 AS "_order"
FROM l0_s1 WHERE "c15" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressors_6' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c16" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20016 AS "_order"
FROM l0_s1 WHERE "c16" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressors_7' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c17" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20017 AS "_order"
FROM l0_s1 WHERE "c17" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressors_97' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c18" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20018 AS "_order"
FROM l0_s1 WHERE "c18" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressor_count' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c20" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20020 AS "_order"
FROM l0_s1 WHERE "c20" <> '' AND NOT (regexp_full_match("c20", '-*[0-9]+'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('contract_hours' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c21" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20021 AS "_order"
FROM l0_s1 WHERE "c21" <> '' AND NOT (regexp_full_match("c21", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('contract_hours' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c21" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20021 AS "_order"
FROM l0_s1 WHERE "c21" <> '' AND (regexp_full_match("c21", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)')) AND NOT COALESCE(TRY_CAST("c21" AS DOUBLE) IS NOT NULL AND TRY_CAST("c21" AS DOUBLE) >= 1 AND TRY_CAST("c21" AS DOUBLE) <= 40, FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('actual_hours' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c22" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20022 AS "_order"
FROM l0_s1 WHERE "c22" <> '' AND NOT (regexp_full_match("c22", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('actual_hours' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c22" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20022 AS "_order"
FROM l0_s1 WHERE "c22" <> '' AND (regexp_full_match("c22", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)')) AND NOT COALESCE(TRY_CAST("c22" AS DOUBLE) IS NOT NULL AND TRY_CAST("c22" AS DOUBLE) >= 0 AND TRY_CAST("c22" AS DOUBLE) <= 80, FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('overtime' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c23" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20023 AS "_order"
FROM l0_s1 WHERE "c23" <> '' AND NOT (regexp_full_match("c23", '-?([0-9]+[.]?[0-9]*|[.][0-9]+)'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('overtime_recorded' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c24" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20024 AS "_order"
FROM l0_s1 WHERE "c24" <> '' AND NOT (regexp_full_match("c24", '[+-]?[0-9]{1,18}'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('overtime_recorded' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c24" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20024 AS "_order"
FROM l0_s1 WHERE "c24" <> '' AND (regexp_full_match("c24", '[+-]?[0-9]{1,18}')) AND NOT COALESCE(TRY_CAST("c24" AS BIGINT) IN (1, 2), FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('energy' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c25" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20025 AS "_order"
FROM l0_s1 WHERE "c25" <> '' AND NOT (regexp_full_match("c25", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('energy' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c25" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20025 AS "_order"
FROM l0_s1 WHERE "c25" <> '' AND (regexp_full_match("c25", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)')) AND NOT COALESCE(TRY_CAST("c25" AS DOUBLE) = floor(TRY_CAST("c25" AS DOUBLE)) AND abs(TRY_CAST("c25" AS DOUBLE)) < 9.2e18 AND TRY_CAST("c25" AS DOUBLE) >= 0 AND TRY_CAST("c25" AS DOUBLE) <= 10, FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('recovery' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c26" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20026 AS "_order"
FROM l0_s1 WHERE "c26" <> '' AND NOT (regexp_full_match("c26", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('recovery' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c26" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20026 AS "_order"
FROM l0_s1 WHERE "c26" <> '' AND (regexp_full_match("c26", '[+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+)')) AND NOT COALESCE(TRY_CAST("c26" AS DOUBLE) = floor(TRY_CAST("c26" AS DOUBLE)) AND abs(TRY_CAST("c26" AS DOUBLE)) < 9.2e18 AND TRY_CAST("c26" AS DOUBLE) >= 0 AND TRY_CAST("c26" AS DOUBLE) <= 10, FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('wellbeing_floor' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c27" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20027 AS "_order"
FROM l0_s1 WHERE "c27" <> '' AND NOT (regexp_full_match("c27", '-*[0-9]+'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('improvements_flexible_hours' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c28" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20028 AS "_order"
FROM l0_s1 WHERE "c28" <> '' AND NOT regexp_full_match("c28", '[+-]?[0-9]{1,18}')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('improvements_less_admin' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c29" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20029 AS "_order"
FROM l0_s1 WHERE "c29" <> '' AND NOT regexp_full_match("c29", '[+-]?[0-9]{1,18}')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('improvements_more_staff' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c30" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20030 AS "_order"
FROM l0_s1 WHERE "c30" <> '' AND NOT regexp_full_match("c30", '[+-]?[0-9]{1,18}')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('improvements_training' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c31" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20031 AS "_order"
FROM l0_s1 WHERE "c31" <> '' AND NOT regexp_full_match("c31", '[+-]?[0-9]{1,18}')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('improvements_quiet_space' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c32" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20032 AS "_order"
FROM l0_s1 WHERE "c32" <> '' AND NOT regexp_full_match("c32", '[+-]?[0-9]{1,18}')
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('comment' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c34" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20034 AS "_order"
FROM l0_s1 WHERE "c34" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('comment' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c34" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20034 AS "_order"
FROM l0_s1 WHERE "c34" <> '' AND (TRUE) AND NOT COALESCE(length("c34") <= 1000, FALSE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressors' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('some of the question''s columns are empty' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 30011 AS "_order"
FROM l0_s1 WHERE (CASE WHEN "c11" = '' THEN 1 ELSE 0 END + CASE WHEN "c12" = '' THEN 1 ELSE 0 END + CASE WHEN "c13" = '' THEN 1 ELSE 0 END + CASE WHEN "c14" = '' THEN 1 ELSE 0 END + CASE WHEN "c15" = '' THEN 1 ELSE 0 END + CASE WHEN "c16" = '' THEN 1 ELSE 0 END + CASE WHEN "c17" = '' THEN 1 ELSE 0 END + CASE WHEN "c18" = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN "c11" = '' THEN 1 ELSE 0 END + CASE WHEN "c12" = '' THEN 1 ELSE 0 END + CASE WHEN "c13" = '' THEN 1 ELSE 0 END + CASE WHEN "c14" = '' THEN 1 ELSE 0 END + CASE WHEN "c15" = '' THEN 1 ELSE 0 END + CASE WHEN "c16" = '' THEN 1 ELSE 0 END + CASE WHEN "c17" = '' THEN 1 ELSE 0 END + CASE WHEN "c18" = '' THEN 1 ELSE 0 END) < 8
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressors' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws(' ', CASE WHEN "c11" = '1' THEN '1' END, CASE WHEN "c12" = '1' THEN '2' END, CASE WHEN "c13" = '1' THEN '3' END, CASE WHEN "c14" = '1' THEN '4' END, CASE WHEN "c15" = '1' THEN '5' END, CASE WHEN "c16" = '1' THEN '6' END, CASE WHEN "c17" = '1' THEN '7' END, CASE WHEN "c18" = '1' THEN '97' END) AS VARCHAR) AS "value", CAST('not an answer the question accepts: exclusiveWithOthers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 30011 AS "_order"
FROM l0_s1 WHERE ((CASE WHEN "c11" = '' THEN 1 ELSE 0 END + CASE WHEN "c12" = '' THEN 1 ELSE 0 END + CASE WHEN "c13" = '' THEN 1 ELSE 0 END + CASE WHEN "c14" = '' THEN 1 ELSE 0 END + CASE WHEN "c15" = '' THEN 1 ELSE 0 END + CASE WHEN "c16" = '' THEN 1 ELSE 0 END + CASE WHEN "c17" = '' THEN 1 ELSE 0 END + CASE WHEN "c18" = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN "c11" = '1' THEN 1 ELSE 0 END + CASE WHEN "c12" = '1' THEN 1 ELSE 0 END + CASE WHEN "c13" = '1' THEN 1 ELSE 0 END + CASE WHEN "c14" = '1' THEN 1 ELSE 0 END + CASE WHEN "c15" = '1' THEN 1 ELSE 0 END + CASE WHEN "c16" = '1' THEN 1 ELSE 0 END + CASE WHEN "c17" = '1' THEN 1 ELSE 0 END + CASE WHEN "c18" = '1' THEN 1 ELSE 0 END) > 0) AND ((CASE WHEN "c11" = '1' THEN 1 ELSE 0 END + CASE WHEN "c12" = '1' THEN 1 ELSE 0 END + CASE WHEN "c13" = '1' THEN 1 ELSE 0 END + CASE WHEN "c14" = '1' THEN 1 ELSE 0 END + CASE WHEN "c15" = '1' THEN 1 ELSE 0 END + CASE WHEN "c16" = '1' THEN 1 ELSE 0 END + CASE WHEN "c17" = '1' THEN 1 ELSE 0 END + CASE WHEN "c18" = '1' THEN 1 ELSE 0 END) > 1 AND ("c18" = '1'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('improvements' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('some of the question''s columns are empty' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 30028 AS "_order"
FROM l0_s1 WHERE (CASE WHEN "c28" = '' THEN 1 ELSE 0 END + CASE WHEN "c29" = '' THEN 1 ELSE 0 END + CASE WHEN "c30" = '' THEN 1 ELSE 0 END + CASE WHEN "c31" = '' THEN 1 ELSE 0 END + CASE WHEN "c32" = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN "c28" = '' THEN 1 ELSE 0 END + CASE WHEN "c29" = '' THEN 1 ELSE 0 END + CASE WHEN "c30" = '' THEN 1 ELSE 0 END + CASE WHEN "c31" = '' THEN 1 ELSE 0 END + CASE WHEN "c32" = '' THEN 1 ELSE 0 END) < 5
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('improvements' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('not an answer the question accepts: incompleteRanking' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 30028 AS "_order"
FROM l0_s1 WHERE ((CASE WHEN "c28" = '' THEN 1 ELSE 0 END + CASE WHEN "c29" = '' THEN 1 ELSE 0 END + CASE WHEN "c30" = '' THEN 1 ELSE 0 END + CASE WHEN "c31" = '' THEN 1 ELSE 0 END + CASE WHEN "c32" = '' THEN 1 ELSE 0 END) = 0 AND (regexp_full_match("c28", '[+-]?[0-9]{1,18}') OR regexp_full_match("c29", '[+-]?[0-9]{1,18}') OR regexp_full_match("c30", '[+-]?[0-9]{1,18}') OR regexp_full_match("c31", '[+-]?[0-9]{1,18}') OR regexp_full_match("c32", '[+-]?[0-9]{1,18}'))) AND NOT (regexp_full_match("c28", '[+-]?[0-9]{1,18}') AND regexp_full_match("c29", '[+-]?[0-9]{1,18}') AND regexp_full_match("c30", '[+-]?[0-9]{1,18}') AND regexp_full_match("c31", '[+-]?[0-9]{1,18}') AND regexp_full_match("c32", '[+-]?[0-9]{1,18}'))
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('actual_hours' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c22" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40000 AS "_order"
FROM l0_s29 WHERE "_a22" IS NOT NULL AND NOT ("_rl0_26" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('area' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c1" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40001 AS "_order"
FROM l0_s29 WHERE "_a1" IS NOT NULL AND NOT ("_rl0_1" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('clear_goals' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c9" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40002 AS "_order"
FROM l0_s29 WHERE "_a9" IS NOT NULL AND NOT ("_rl0_19" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('comment' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c34" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40003 AS "_order"
FROM l0_s29 WHERE "_a34" IS NOT NULL AND NOT ("_rl0_43" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('contact_request' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c6" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40004 AS "_order"
FROM l0_s29 WHERE "_a6" IS NOT NULL AND NOT ("_rl0_13" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('contract_hours' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c21" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40005 AS "_order"
FROM l0_s29 WHERE "_a21" IS NOT NULL AND NOT ("_rl0_24" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('energy' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c25" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40006 AS "_order"
FROM l0_s29 WHERE "_a25" IS NOT NULL AND NOT ("_rl0_34" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('going_well' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40007 AS "_order"
FROM l0_s29 WHERE "_a3" IS NOT NULL AND NOT ("_rl0_6" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('improvements' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40008 AS "_order"
FROM l0_s29 WHERE "_g28" AND NOT ("_rl0_41" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('main_difficulty' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40009 AS "_order"
FROM l0_s29 WHERE "_a5" IS NOT NULL AND NOT ("_rl0_11" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('one_change' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40010 AS "_order"
FROM l0_s29 WHERE "_a4" IS NOT NULL AND NOT ("_rl0_9" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('overtime_recorded' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c24" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40011 AS "_order"
FROM l0_s29 WHERE "_a24" IS NOT NULL AND NOT ("_rl0_32" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('recovery' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c26" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40012 AS "_order"
FROM l0_s29 WHERE "_a26" IS NOT NULL AND NOT ("_rl0_36" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('satisfaction' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40013 AS "_order"
FROM l0_s29 WHERE "_a2" IS NOT NULL AND NOT ("_rl0_3" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressors' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws(' ', CASE WHEN "c11" = '1' THEN '1' END, CASE WHEN "c12" = '1' THEN '2' END, CASE WHEN "c13" = '1' THEN '3' END, CASE WHEN "c14" = '1' THEN '4' END, CASE WHEN "c15" = '1' THEN '5' END, CASE WHEN "c16" = '1' THEN '6' END, CASE WHEN "c17" = '1' THEN '7' END, CASE WHEN "c18" = '1' THEN '97' END) AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40014 AS "_order"
FROM l0_s29 WHERE "_g11" AND NOT ("_rl0_21" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('team_support' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c8" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40015 AS "_order"
FROM l0_s29 WHERE "_a8" IS NOT NULL AND NOT ("_rl0_17" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('workload_ok' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c7" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40016 AS "_order"
FROM l0_s29 WHERE "_a7" IS NOT NULL AND NOT ("_rl0_15" AND TRUE)
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('area' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 50001 AS "_order"
FROM l0_s29 WHERE "_rl0_1" AND "_xl0_2" IS NULL AND NOT ("c1" <> '' AND "_a1" IS NULL) AND TRUE
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('satisfaction' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 50002 AS "_order"
FROM l0_s29 WHERE "_rl0_3" AND "_xl0_4" IS NULL AND NOT ("c2" <> '' AND "_a2" IS NULL) AND TRUE
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('workload_ok' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 50003 AS "_order"
FROM l0_s29 WHERE "_rl0_15" AND "_xl0_16" IS NULL AND NOT ("c7" <> '' AND "_a7" IS NULL) AND TRUE
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('team_support' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 50004 AS "_order"
FROM l0_s29 WHERE "_rl0_17" AND "_xl0_18" IS NULL AND NOT ("c8" <> '' AND "_a8" IS NULL) AND TRUE
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('clear_goals' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 50005 AS "_order"
FROM l0_s29 WHERE "_rl0_19" AND "_xl0_20" IS NULL AND NOT ("c9" <> '' AND "_a9" IS NULL) AND TRUE
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('contract_hours' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 50006 AS "_order"
FROM l0_s29 WHERE "_rl0_24" AND "_xl0_25" IS NULL AND NOT ("c21" <> '' AND "_a21" IS NULL) AND TRUE
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('energy' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 50007 AS "_order"
FROM l0_s29 WHERE "_rl0_34" AND "_xl0_35" IS NULL AND NOT ("c25" <> '' AND "_a25" IS NULL) AND TRUE
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('recovery' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 50008 AS "_order"
FROM l0_s29 WHERE "_rl0_36" AND "_xl0_37" IS NULL AND NOT ("c26" <> '' AND "_a26" IS NULL) AND TRUE
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('actual_hours' AS VARCHAR) AS "variable", CAST('QD6007' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c22" AS VARCHAR) AS "value", CAST('fails its check actual_hours <= contract_hours * 2' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 60001 AS "_order"
FROM l0_s29 WHERE "_cl0_29" AND TRUE
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('stressor_count' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c20" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70020 AS "_order"
FROM l0_s29 WHERE ("c20" = '' OR regexp_full_match("c20", '-*[0-9]+')) AND COALESCE(CASE WHEN "_xl0_23" = floor("_xl0_23") AND abs("_xl0_23") < 1e15 THEN CAST(CAST("_xl0_23" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_23" AS VARCHAR) END, '') <> "c20" AND TRUE AND TRUE
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('overtime' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c23" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70023 AS "_order"
FROM l0_s29 WHERE ("c23" = '' OR regexp_full_match("c23", '-?([0-9]+[.]?[0-9]*|[.][0-9]+)')) AND COALESCE(CASE WHEN "_xl0_30" = floor("_xl0_30") AND abs("_xl0_30") < 1e15 THEN CAST(CAST("_xl0_30" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_30" AS VARCHAR) END, '') <> "c23" AND TRUE AND TRUE
UNION ALL
SELECT CAST('staff_wellbeing_pulse' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('wellbeing_floor' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c27" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70027 AS "_order"
FROM l0_s29 WHERE ("c27" = '' OR regexp_full_match("c27", '-*[0-9]+')) AND COALESCE(CASE WHEN "_xl0_38" = floor("_xl0_38") AND abs("_xl0_38") < 1e15 THEN CAST(CAST("_xl0_38" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_38" AS VARCHAR) END, '') <> "c27" AND TRUE AND TRUE;

-- The findings, in validate-data's order: by level, by row, then within a row duplicate key, cells, routing, checks, calculates.
CREATE VIEW findings AS SELECT "file", "line", "level", "record_id", "iteration", "variable", "rule", "severity", "value", "message", "cause" FROM qdsl_findings ORDER BY "_level", "_row", "_order";

SELECT * FROM findings;
