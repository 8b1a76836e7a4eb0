-- household_services: the data rules of `qdsl validate-data` as SQL (postgres), written by `qdsl compile --target sql`.
-- Run this file on an empty database, load each data file with its statement below, then query the view
-- `findings` (the last statement of this file selects it, in the order validate-data reports).
-- Every cell is loaded as text, so that a faulty file loads and its faults are found.
-- Load the data files (one statement per level):
--   \copy "household_services" ("record_id", "interview_start", "interview_end", "interview_date", "device_id", "household_size", "children", "under_school_age", "adult_employed", "all_retired", "oldest", "youngest", "commute_minutes_total", "needs_help", "shift_care_need", "knows_elderly_services", "services_used_1", "services_used_2", "services_used_3", "services_used_4", "services_used_5", "services_used_6", "services_used_7", "services_used_8", "services_used_9", "services_count", "dissatisfied_services", "contact_permission", "has_vehicles", "vehicle_count", "chargeable_vehicles", "charging_interest", "priority", "feedback") FROM 'household-services.csv' CSV HEADER
--   \copy "household_services__person" ("record_id", "person_index", "name", "birth_date", "age", "in_early_education", "school_travel", "activity", "commute_mode", "commute_minutes", "daily_help") FROM 'household-services.person.csv' CSV HEADER
--   \copy "household_services__other" ("record_id", "person_index", "other_index", "relation") FROM 'household-services.other.csv' CSV HEADER
--   \copy "household_services__service" ("record_id", "service_index", "service", "service_satisfaction", "improvement", "winter_maintenance") FROM 'household-services.service.csv' CSV HEADER
--   \copy "household_services__vehicle" ("record_id", "vehicle_index", "vehicle_type", "power", "parking", "more_vehicles") FROM 'household-services.vehicle.csv' CSV HEADER
-- Not written for a form with repeats yet: the routing rules (QD6005–QD6009) and the repeat rows against their drivers (QD6012).
-- Not checked in SQL: the header (QD6001, QD6002: the load statement refuses an unknown column and leaves a missing one empty) and the file's syntax (QD6013).

CREATE OR REPLACE FUNCTION qdsl_date(t text) RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN to_date(t, 'YYYY-MM-DD');
EXCEPTION WHEN others THEN
  RETURN NULL;
END $$;
CREATE TABLE "household_services" (
  "_row" BIGSERIAL,
  "record_id" VARCHAR,
  "interview_start" VARCHAR,
  "interview_end" VARCHAR,
  "interview_date" VARCHAR,
  "device_id" VARCHAR,
  "household_size" VARCHAR,
  "children" VARCHAR,
  "under_school_age" VARCHAR,
  "adult_employed" VARCHAR,
  "all_retired" VARCHAR,
  "oldest" VARCHAR,
  "youngest" VARCHAR,
  "commute_minutes_total" VARCHAR,
  "needs_help" VARCHAR,
  "shift_care_need" VARCHAR,
  "knows_elderly_services" VARCHAR,
  "services_used_1" VARCHAR,
  "services_used_2" VARCHAR,
  "services_used_3" VARCHAR,
  "services_used_4" VARCHAR,
  "services_used_5" VARCHAR,
  "services_used_6" VARCHAR,
  "services_used_7" VARCHAR,
  "services_used_8" VARCHAR,
  "services_used_9" VARCHAR,
  "services_count" VARCHAR,
  "dissatisfied_services" VARCHAR,
  "contact_permission" VARCHAR,
  "has_vehicles" VARCHAR,
  "vehicle_count" VARCHAR,
  "chargeable_vehicles" VARCHAR,
  "charging_interest" VARCHAR,
  "priority" VARCHAR,
  "feedback" VARCHAR
);
CREATE TABLE "household_services__person" (
  "_row" BIGSERIAL,
  "record_id" VARCHAR,
  "person_index" VARCHAR,
  "name" VARCHAR,
  "birth_date" VARCHAR,
  "age" VARCHAR,
  "in_early_education" VARCHAR,
  "school_travel" VARCHAR,
  "activity" VARCHAR,
  "commute_mode" VARCHAR,
  "commute_minutes" VARCHAR,
  "daily_help" VARCHAR
);
CREATE TABLE "household_services__other" (
  "_row" BIGSERIAL,
  "record_id" VARCHAR,
  "person_index" VARCHAR,
  "other_index" VARCHAR,
  "relation" VARCHAR
);
CREATE TABLE "household_services__service" (
  "_row" BIGSERIAL,
  "record_id" VARCHAR,
  "service_index" VARCHAR,
  "service" VARCHAR,
  "service_satisfaction" VARCHAR,
  "improvement" VARCHAR,
  "winter_maintenance" VARCHAR
);
CREATE TABLE "household_services__vehicle" (
  "_row" BIGSERIAL,
  "record_id" VARCHAR,
  "vehicle_index" VARCHAR,
  "vehicle_type" VARCHAR,
  "power" VARCHAR,
  "parking" VARCHAR,
  "more_vehicles" VARCHAR
);
-- The date of today() and of the paradata a record lacks (validate-data's --today): update it to check as of another day.
CREATE TABLE qdsl_today AS SELECT CURRENT_DATE AS today;

CREATE VIEW qdsl_findings AS
WITH
l0_raw AS (
  SELECT "_row",
    ROW_NUMBER() OVER (ORDER BY "_row") + 1 AS "_line",
    COALESCE(CAST("record_id" AS VARCHAR), '') AS "c0",
    COALESCE(CAST("interview_start" AS VARCHAR), '') AS "c1",
    COALESCE(CAST("interview_end" AS VARCHAR), '') AS "c2",
    COALESCE(CAST("interview_date" AS VARCHAR), '') AS "c3",
    COALESCE(CAST("device_id" AS VARCHAR), '') AS "c4",
    COALESCE(CAST("household_size" AS VARCHAR), '') AS "c5",
    COALESCE(CAST("children" AS VARCHAR), '') AS "c6",
    COALESCE(CAST("under_school_age" AS VARCHAR), '') AS "c7",
    COALESCE(CAST("adult_employed" AS VARCHAR), '') AS "c8",
    COALESCE(CAST("all_retired" AS VARCHAR), '') AS "c9",
    COALESCE(CAST("oldest" AS VARCHAR), '') AS "c10",
    COALESCE(CAST("youngest" AS VARCHAR), '') AS "c11",
    COALESCE(CAST("commute_minutes_total" AS VARCHAR), '') AS "c12",
    COALESCE(CAST("needs_help" AS VARCHAR), '') AS "c13",
    COALESCE(CAST("shift_care_need" AS VARCHAR), '') AS "c14",
    COALESCE(CAST("knows_elderly_services" AS VARCHAR), '') AS "c15",
    COALESCE(CAST("services_used_1" AS VARCHAR), '') AS "c16",
    COALESCE(CAST("services_used_2" AS VARCHAR), '') AS "c17",
    COALESCE(CAST("services_used_3" AS VARCHAR), '') AS "c18",
    COALESCE(CAST("services_used_4" AS VARCHAR), '') AS "c19",
    COALESCE(CAST("services_used_5" AS VARCHAR), '') AS "c20",
    COALESCE(CAST("services_used_6" AS VARCHAR), '') AS "c21",
    COALESCE(CAST("services_used_7" AS VARCHAR), '') AS "c22",
    COALESCE(CAST("services_used_8" AS VARCHAR), '') AS "c23",
    COALESCE(CAST("services_used_9" AS VARCHAR), '') AS "c24",
    COALESCE(CAST("services_count" AS VARCHAR), '') AS "c25",
    COALESCE(CAST("dissatisfied_services" AS VARCHAR), '') AS "c26",
    COALESCE(CAST("contact_permission" AS VARCHAR), '') AS "c27",
    COALESCE(CAST("has_vehicles" AS VARCHAR), '') AS "c28",
    COALESCE(CAST("vehicle_count" AS VARCHAR), '') AS "c29",
    COALESCE(CAST("chargeable_vehicles" AS VARCHAR), '') AS "c30",
    COALESCE(CAST("charging_interest" AS VARCHAR), '') AS "c31",
    COALESCE(CAST("priority" AS VARCHAR), '') AS "c32",
    COALESCE(CAST("feedback" AS VARCHAR), '') AS "c33",
    (SELECT today FROM qdsl_today) AS "_today"
  FROM "household_services"),
l0_keys AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY "c0" ORDER BY "_row") AS "_seen",
    FALSE AS "_orphan"
  FROM l0_raw),
l0_s1 AS MATERIALIZED (
  SELECT *,
    CASE WHEN "c1" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN (("c1" ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9])$') AND ((substr("c1", 1, 10) ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(substr("c1", 1, 10), 1, 4) <> '0000' AND qdsl_date(substr("c1", 1, 10)) IS NOT NULL)) THEN "c1" END AS "_a1",
    CASE WHEN "c2" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN (("c2" ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9])$') AND ((substr("c2", 1, 10) ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(substr("c2", 1, 10), 1, 4) <> '0000' AND qdsl_date(substr("c2", 1, 10)) IS NOT NULL)) THEN "c2" END AS "_a2",
    CASE WHEN "c3" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN (("c3" ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr("c3", 1, 4) <> '0000' AND qdsl_date("c3") IS NOT NULL) THEN qdsl_date("c3") END AS "_a3",
    CASE WHEN "c4" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN TRUE THEN "c4" END AS "_a4",
    CASE WHEN "c5" = '' THEN NULL WHEN NOT (("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN CASE WHEN ("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c5" AS DOUBLE PRECISION) END = floor(CASE WHEN ("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c5" AS DOUBLE PRECISION) END) AND abs(CASE WHEN ("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c5" AS DOUBLE PRECISION) END) < 9.2e18 AND CASE WHEN ("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c5" AS DOUBLE PRECISION) END >= 1 AND CASE WHEN ("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c5" AS DOUBLE PRECISION) END <= 12 THEN CASE WHEN ("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c5" AS DOUBLE PRECISION) END END AS "_a5",
    CASE WHEN "c14" = '' THEN NULL WHEN NOT (("c14" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c14" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c14" AS BIGINT) END IN (1, 2) THEN CASE WHEN ("c14" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c14" AS BIGINT) END END AS "_a14",
    CASE WHEN "c15" = '' THEN NULL WHEN NOT (("c15" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c15" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c15" AS BIGINT) END IN (1, 2) THEN CASE WHEN ("c15" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c15" AS BIGINT) END END AS "_a15",
    CASE WHEN "c27" = '' THEN NULL WHEN NOT (("c27" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c27" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c27" AS BIGINT) END IN (1, 2) THEN CASE WHEN ("c27" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c27" AS BIGINT) END END AS "_a27",
    CASE WHEN "c28" = '' THEN NULL WHEN NOT (("c28" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c28" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c28" AS BIGINT) END IN (1, 2) THEN CASE WHEN ("c28" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c28" AS BIGINT) END END AS "_a28",
    CASE WHEN "c31" = '' THEN NULL WHEN NOT (("c31" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c31" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c31" AS BIGINT) END IN (1, 2) THEN CASE WHEN ("c31" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c31" AS BIGINT) END END AS "_a31",
    CASE WHEN "c32" = '' THEN NULL WHEN NOT (("c32" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c32" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c32" AS BIGINT) END IN (1, 2, 3, 4, 5, 6, 7, 8, 9) THEN CASE WHEN ("c32" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c32" AS BIGINT) END END AS "_a32",
    CASE WHEN "c33" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length("c33") <= 1000 THEN "c33" END AS "_a33",
    ((CASE WHEN "c16" = '' THEN 1 ELSE 0 END + CASE WHEN "c17" = '' THEN 1 ELSE 0 END + CASE WHEN "c18" = '' THEN 1 ELSE 0 END + CASE WHEN "c19" = '' THEN 1 ELSE 0 END + CASE WHEN "c20" = '' THEN 1 ELSE 0 END + CASE WHEN "c21" = '' THEN 1 ELSE 0 END + CASE WHEN "c22" = '' THEN 1 ELSE 0 END + CASE WHEN "c23" = '' THEN 1 ELSE 0 END + CASE WHEN "c24" = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN "c16" = '1' THEN 1 ELSE 0 END + CASE WHEN "c17" = '1' THEN 1 ELSE 0 END + CASE WHEN "c18" = '1' THEN 1 ELSE 0 END + CASE WHEN "c19" = '1' THEN 1 ELSE 0 END + CASE WHEN "c20" = '1' THEN 1 ELSE 0 END + CASE WHEN "c21" = '1' THEN 1 ELSE 0 END + CASE WHEN "c22" = '1' THEN 1 ELSE 0 END + CASE WHEN "c23" = '1' THEN 1 ELSE 0 END + CASE WHEN "c24" = '1' THEN 1 ELSE 0 END) > 0) AS "_g16",
    CASE WHEN ((CASE WHEN "c16" = '' THEN 1 ELSE 0 END + CASE WHEN "c17" = '' THEN 1 ELSE 0 END + CASE WHEN "c18" = '' THEN 1 ELSE 0 END + CASE WHEN "c19" = '' THEN 1 ELSE 0 END + CASE WHEN "c20" = '' THEN 1 ELSE 0 END + CASE WHEN "c21" = '' THEN 1 ELSE 0 END + CASE WHEN "c22" = '' THEN 1 ELSE 0 END + CASE WHEN "c23" = '' THEN 1 ELSE 0 END + CASE WHEN "c24" = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN "c16" = '1' THEN 1 ELSE 0 END + CASE WHEN "c17" = '1' THEN 1 ELSE 0 END + CASE WHEN "c18" = '1' THEN 1 ELSE 0 END + CASE WHEN "c19" = '1' THEN 1 ELSE 0 END + CASE WHEN "c20" = '1' THEN 1 ELSE 0 END + CASE WHEN "c21" = '1' THEN 1 ELSE 0 END + CASE WHEN "c22" = '1' THEN 1 ELSE 0 END + CASE WHEN "c23" = '1' THEN 1 ELSE 0 END + CASE WHEN "c24" = '1' THEN 1 ELSE 0 END) > 0) AND NOT FALSE THEN CAST((CASE WHEN "c16" = '1' THEN 1 ELSE 0 END + CASE WHEN "c17" = '1' THEN 1 ELSE 0 END + CASE WHEN "c18" = '1' THEN 1 ELSE 0 END + CASE WHEN "c19" = '1' THEN 1 ELSE 0 END + CASE WHEN "c20" = '1' THEN 1 ELSE 0 END + CASE WHEN "c21" = '1' THEN 1 ELSE 0 END + CASE WHEN "c22" = '1' THEN 1 ELSE 0 END + CASE WHEN "c23" = '1' THEN 1 ELSE 0 END + CASE WHEN "c24" = '1' THEN 1 ELSE 0 END) AS DOUBLE PRECISION) END AS "_n16"
  FROM l0_keys),
l1_raw AS (
  SELECT "_row",
    ROW_NUMBER() OVER (ORDER BY "_row") + 1 AS "_line",
    COALESCE(CAST("record_id" AS VARCHAR), '') AS "c0",
    COALESCE(CAST("person_index" AS VARCHAR), '') AS "c1",
    COALESCE(CAST("name" AS VARCHAR), '') AS "c2",
    COALESCE(CAST("birth_date" AS VARCHAR), '') AS "c3",
    COALESCE(CAST("age" AS VARCHAR), '') AS "c4",
    COALESCE(CAST("in_early_education" AS VARCHAR), '') AS "c5",
    COALESCE(CAST("school_travel" AS VARCHAR), '') AS "c6",
    COALESCE(CAST("activity" AS VARCHAR), '') AS "c7",
    COALESCE(CAST("commute_mode" AS VARCHAR), '') AS "c8",
    COALESCE(CAST("commute_minutes" AS VARCHAR), '') AS "c9",
    COALESCE(CAST("daily_help" AS VARCHAR), '') AS "c10",
    (SELECT today FROM qdsl_today) AS "_today"
  FROM "household_services__person"),
l1_keys AS (
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r."c0", r."c1" ORDER BY r."_row") AS "_seen",
    p."_hit" IS NULL AS "_orphan"
  FROM l1_raw r LEFT JOIN (SELECT DISTINCT "c0" AS "_k0", TRUE AS "_hit" FROM l0_keys) p ON p."_k0" = r."c0"),
l1_s1 AS MATERIALIZED (
  SELECT *,
    CASE WHEN "c2" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length("c2") <= 40 THEN "c2" END AS "_a2",
    CASE WHEN "c3" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN (("c3" ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr("c3", 1, 4) <> '0000' AND qdsl_date("c3") IS NOT NULL) THEN qdsl_date("c3") END AS "_a3",
    CASE WHEN "c5" = '' THEN NULL WHEN NOT (("c5" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END IN (1, 2) THEN CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END END AS "_a5",
    CASE WHEN "c6" = '' THEN NULL WHEN NOT (("c6" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c6" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c6" AS BIGINT) END IN (1, 2, 3, 4, 5, 6) THEN CASE WHEN ("c6" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c6" AS BIGINT) END END AS "_a6",
    CASE WHEN "c7" = '' THEN NULL WHEN NOT (("c7" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c7" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c7" AS BIGINT) END IN (1, 2, 3, 4, 5, 6, 7) THEN CASE WHEN ("c7" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c7" AS BIGINT) END END AS "_a7",
    CASE WHEN "c8" = '' THEN NULL WHEN NOT (("c8" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c8" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c8" AS BIGINT) END IN (1, 2, 3, 4, 5, 6) THEN CASE WHEN ("c8" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c8" AS BIGINT) END END AS "_a8",
    CASE WHEN "c9" = '' THEN NULL WHEN NOT (("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) THEN NULL WHEN CASE WHEN ("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c9" AS DOUBLE PRECISION) END = floor(CASE WHEN ("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c9" AS DOUBLE PRECISION) END) AND abs(CASE WHEN ("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c9" AS DOUBLE PRECISION) END) < 9.2e18 AND CASE WHEN ("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c9" AS DOUBLE PRECISION) END >= 0 AND CASE WHEN ("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c9" AS DOUBLE PRECISION) END <= 240 THEN CASE WHEN ("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c9" AS DOUBLE PRECISION) END END AS "_a9",
    CASE WHEN "c10" = '' THEN NULL WHEN NOT (("c10" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c10" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c10" AS BIGINT) END IN (1, 2) THEN CASE WHEN ("c10" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c10" AS BIGINT) END END AS "_a10"
  FROM l1_keys),
l2_raw AS (
  SELECT "_row",
    ROW_NUMBER() OVER (ORDER BY "_row") + 1 AS "_line",
    COALESCE(CAST("record_id" AS VARCHAR), '') AS "c0",
    COALESCE(CAST("person_index" AS VARCHAR), '') AS "c1",
    COALESCE(CAST("other_index" AS VARCHAR), '') AS "c2",
    COALESCE(CAST("relation" AS VARCHAR), '') AS "c3",
    (SELECT today FROM qdsl_today) AS "_today"
  FROM "household_services__other"),
l2_keys AS (
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r."c0", r."c1", r."c2" ORDER BY r."_row") AS "_seen",
    p."_hit" IS NULL AS "_orphan"
  FROM l2_raw r LEFT JOIN (SELECT DISTINCT "c0" AS "_k0", "c1" AS "_k1", TRUE AS "_hit" FROM l1_keys WHERE NOT "_orphan") p ON p."_k0" = r."c0" AND p."_k1" = r."c1"),
l2_s1 AS MATERIALIZED (
  SELECT *,
    CASE WHEN "c3" = '' THEN NULL WHEN NOT (("c3" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END IN (1, 2, 3, 4, 5, 6, 7, 8) THEN CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END END AS "_a3"
  FROM l2_keys),
l3_raw AS (
  SELECT "_row",
    ROW_NUMBER() OVER (ORDER BY "_row") + 1 AS "_line",
    COALESCE(CAST("record_id" AS VARCHAR), '') AS "c0",
    COALESCE(CAST("service_index" AS VARCHAR), '') AS "c1",
    COALESCE(CAST("service" AS VARCHAR), '') AS "c2",
    COALESCE(CAST("service_satisfaction" AS VARCHAR), '') AS "c3",
    COALESCE(CAST("improvement" AS VARCHAR), '') AS "c4",
    COALESCE(CAST("winter_maintenance" AS VARCHAR), '') AS "c5",
    (SELECT today FROM qdsl_today) AS "_today"
  FROM "household_services__service"),
l3_keys AS (
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r."c0", r."c1" ORDER BY r."_row") AS "_seen",
    p."_hit" IS NULL AS "_orphan"
  FROM l3_raw r LEFT JOIN (SELECT DISTINCT "c0" AS "_k0", TRUE AS "_hit" FROM l0_keys) p ON p."_k0" = r."c0"),
l3_s1 AS MATERIALIZED (
  SELECT *,
    CASE WHEN "c3" = '' THEN NULL WHEN NOT (("c3" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END IN (1, 2, 3, 4, 5, -1) THEN CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END END AS "_a3",
    CASE WHEN "c4" = '' THEN NULL WHEN NOT (TRUE) THEN NULL WHEN char_length("c4") <= 500 THEN "c4" END AS "_a4",
    CASE WHEN "c5" = '' THEN NULL WHEN NOT (("c5" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END IN (1, 2, 3, 4, 5, -1) THEN CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END END AS "_a5"
  FROM l3_keys),
l4_raw AS (
  SELECT "_row",
    ROW_NUMBER() OVER (ORDER BY "_row") + 1 AS "_line",
    COALESCE(CAST("record_id" AS VARCHAR), '') AS "c0",
    COALESCE(CAST("vehicle_index" AS VARCHAR), '') AS "c1",
    COALESCE(CAST("vehicle_type" AS VARCHAR), '') AS "c2",
    COALESCE(CAST("power" AS VARCHAR), '') AS "c3",
    COALESCE(CAST("parking" AS VARCHAR), '') AS "c4",
    COALESCE(CAST("more_vehicles" AS VARCHAR), '') AS "c5",
    (SELECT today FROM qdsl_today) AS "_today"
  FROM "household_services__vehicle"),
l4_keys AS (
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r."c0", r."c1" ORDER BY r."_row") AS "_seen",
    p."_hit" IS NULL AS "_orphan"
  FROM l4_raw r LEFT JOIN (SELECT DISTINCT "c0" AS "_k0", TRUE AS "_hit" FROM l0_keys) p ON p."_k0" = r."c0"),
l4_s1 AS MATERIALIZED (
  SELECT *,
    CASE WHEN "c2" = '' THEN NULL WHEN NOT (("c2" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c2" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c2" AS BIGINT) END IN (1, 2, 3, 4) THEN CASE WHEN ("c2" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c2" AS BIGINT) END END AS "_a2",
    CASE WHEN "c3" = '' THEN NULL WHEN NOT (("c3" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END IN (1, 2, 3, 4, 5) THEN CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END END AS "_a3",
    CASE WHEN "c4" = '' THEN NULL WHEN NOT (("c4" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c4" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c4" AS BIGINT) END IN (1, 2, 3, 4) THEN CASE WHEN ("c4" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c4" AS BIGINT) END END AS "_a4",
    CASE WHEN "c5" = '' THEN NULL WHEN NOT (("c5" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END IN (1, 2) THEN CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END END AS "_a5"
  FROM l4_keys)
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('record_id' AS VARCHAR) AS "variable", CAST('QD6010' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c0" AS VARCHAR) AS "value", CAST('this record id is used by an earlier row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 10000 AS "_order"
FROM l0_s1 WHERE "_seen" > 1
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('interview_start' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c1" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20001 AS "_order"
FROM l0_s1 WHERE "c1" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('interview_start' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c1" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20001 AS "_order"
FROM l0_s1 WHERE "c1" <> '' AND (TRUE) AND NOT COALESCE((("c1" ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9])$') AND ((substr("c1", 1, 10) ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(substr("c1", 1, 10), 1, 4) <> '0000' AND qdsl_date(substr("c1", 1, 10)) IS NOT NULL)), FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('interview_end' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20002 AS "_order"
FROM l0_s1 WHERE "c2" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('interview_end' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20002 AS "_order"
FROM l0_s1 WHERE "c2" <> '' AND (TRUE) AND NOT COALESCE((("c2" ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9])$') AND ((substr("c2", 1, 10) ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr(substr("c2", 1, 10), 1, 4) <> '0000' AND qdsl_date(substr("c2", 1, 10)) IS NOT NULL)), FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('interview_date' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20003 AS "_order"
FROM l0_s1 WHERE "c3" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('interview_date' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20003 AS "_order"
FROM l0_s1 WHERE "c3" <> '' AND (TRUE) AND NOT COALESCE((("c3" ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr("c3", 1, 4) <> '0000' AND qdsl_date("c3") IS NOT NULL), FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('device_id' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20004 AS "_order"
FROM l0_s1 WHERE "c4" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('device_id' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20004 AS "_order"
FROM l0_s1 WHERE "c4" <> '' AND (TRUE) AND NOT COALESCE(TRUE, FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('household_size' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20005 AS "_order"
FROM l0_s1 WHERE "c5" <> '' AND NOT (("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('household_size' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20005 AS "_order"
FROM l0_s1 WHERE "c5" <> '' AND (("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(CASE WHEN ("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c5" AS DOUBLE PRECISION) END = floor(CASE WHEN ("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c5" AS DOUBLE PRECISION) END) AND abs(CASE WHEN ("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c5" AS DOUBLE PRECISION) END) < 9.2e18 AND CASE WHEN ("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c5" AS DOUBLE PRECISION) END >= 1 AND CASE WHEN ("c5" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c5" AS DOUBLE PRECISION) END <= 12, FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('shift_care_need' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c14" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20014 AS "_order"
FROM l0_s1 WHERE "c14" <> '' AND NOT (("c14" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('shift_care_need' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c14" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20014 AS "_order"
FROM l0_s1 WHERE "c14" <> '' AND (("c14" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c14" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c14" AS BIGINT) END IN (1, 2), FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('knows_elderly_services' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c15" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20015 AS "_order"
FROM l0_s1 WHERE "c15" <> '' AND NOT (("c15" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('knows_elderly_services' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c15" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20015 AS "_order"
FROM l0_s1 WHERE "c15" <> '' AND (("c15" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c15" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c15" AS BIGINT) END IN (1, 2), FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used_1' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c16" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20016 AS "_order"
FROM l0_s1 WHERE "c16" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used_2' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c17" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20017 AS "_order"
FROM l0_s1 WHERE "c17" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used_3' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c18" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20018 AS "_order"
FROM l0_s1 WHERE "c18" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used_4' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c19" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20019 AS "_order"
FROM l0_s1 WHERE "c19" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used_5' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c20" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20020 AS "_order"
FROM l0_s1 WHERE "c20" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used_6' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c21" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20021 AS "_order"
FROM l0_s1 WHERE "c21" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used_7' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c22" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20022 AS "_order"
FROM l0_s1 WHERE "c22" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used_8' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c23" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20023 AS "_order"
FROM l0_s1 WHERE "c23" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used_9' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c24" AS VARCHAR) AS "value", CAST('not a value of this column' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20024 AS "_order"
FROM l0_s1 WHERE "c24" NOT IN ('', '0', '1')
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('contact_permission' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c27" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20027 AS "_order"
FROM l0_s1 WHERE "c27" <> '' AND NOT (("c27" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('contact_permission' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c27" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20027 AS "_order"
FROM l0_s1 WHERE "c27" <> '' AND (("c27" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c27" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c27" AS BIGINT) END IN (1, 2), FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('has_vehicles' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c28" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20028 AS "_order"
FROM l0_s1 WHERE "c28" <> '' AND NOT (("c28" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('has_vehicles' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c28" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20028 AS "_order"
FROM l0_s1 WHERE "c28" <> '' AND (("c28" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c28" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c28" AS BIGINT) END IN (1, 2), FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('charging_interest' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c31" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20031 AS "_order"
FROM l0_s1 WHERE "c31" <> '' AND NOT (("c31" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('charging_interest' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c31" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20031 AS "_order"
FROM l0_s1 WHERE "c31" <> '' AND (("c31" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c31" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c31" AS BIGINT) END IN (1, 2), FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('priority' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c32" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20032 AS "_order"
FROM l0_s1 WHERE "c32" <> '' AND NOT (("c32" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('priority' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c32" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20032 AS "_order"
FROM l0_s1 WHERE "c32" <> '' AND (("c32" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c32" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c32" AS BIGINT) END IN (1, 2, 3, 4, 5, 6, 7, 8, 9), FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('feedback' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c33" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20033 AS "_order"
FROM l0_s1 WHERE "c33" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('feedback' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c33" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20033 AS "_order"
FROM l0_s1 WHERE "c33" <> '' AND (TRUE) AND NOT COALESCE(char_length("c33") <= 1000, FALSE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('some of the question''s columns are empty' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 30016 AS "_order"
FROM l0_s1 WHERE (CASE WHEN "c16" = '' THEN 1 ELSE 0 END + CASE WHEN "c17" = '' THEN 1 ELSE 0 END + CASE WHEN "c18" = '' THEN 1 ELSE 0 END + CASE WHEN "c19" = '' THEN 1 ELSE 0 END + CASE WHEN "c20" = '' THEN 1 ELSE 0 END + CASE WHEN "c21" = '' THEN 1 ELSE 0 END + CASE WHEN "c22" = '' THEN 1 ELSE 0 END + CASE WHEN "c23" = '' THEN 1 ELSE 0 END + CASE WHEN "c24" = '' THEN 1 ELSE 0 END) > 0 AND (CASE WHEN "c16" = '' THEN 1 ELSE 0 END + CASE WHEN "c17" = '' THEN 1 ELSE 0 END + CASE WHEN "c18" = '' THEN 1 ELSE 0 END + CASE WHEN "c19" = '' THEN 1 ELSE 0 END + CASE WHEN "c20" = '' THEN 1 ELSE 0 END + CASE WHEN "c21" = '' THEN 1 ELSE 0 END + CASE WHEN "c22" = '' THEN 1 ELSE 0 END + CASE WHEN "c23" = '' THEN 1 ELSE 0 END + CASE WHEN "c24" = '' THEN 1 ELSE 0 END) < 9
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws(' ', CASE WHEN "c16" = '1' THEN '1' END, CASE WHEN "c17" = '1' THEN '2' END, CASE WHEN "c18" = '1' THEN '3' END, CASE WHEN "c19" = '1' THEN '4' END, CASE WHEN "c20" = '1' THEN '5' END, CASE WHEN "c21" = '1' THEN '6' END, CASE WHEN "c22" = '1' THEN '7' END, CASE WHEN "c23" = '1' THEN '8' END, CASE WHEN "c24" = '1' THEN '9' END) AS VARCHAR) AS "value", CAST('not an answer the question accepts: exclusiveWithOthers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 30016 AS "_order"
FROM l0_s1 WHERE ((CASE WHEN "c16" = '' THEN 1 ELSE 0 END + CASE WHEN "c17" = '' THEN 1 ELSE 0 END + CASE WHEN "c18" = '' THEN 1 ELSE 0 END + CASE WHEN "c19" = '' THEN 1 ELSE 0 END + CASE WHEN "c20" = '' THEN 1 ELSE 0 END + CASE WHEN "c21" = '' THEN 1 ELSE 0 END + CASE WHEN "c22" = '' THEN 1 ELSE 0 END + CASE WHEN "c23" = '' THEN 1 ELSE 0 END + CASE WHEN "c24" = '' THEN 1 ELSE 0 END) = 0 AND (CASE WHEN "c16" = '1' THEN 1 ELSE 0 END + CASE WHEN "c17" = '1' THEN 1 ELSE 0 END + CASE WHEN "c18" = '1' THEN 1 ELSE 0 END + CASE WHEN "c19" = '1' THEN 1 ELSE 0 END + CASE WHEN "c20" = '1' THEN 1 ELSE 0 END + CASE WHEN "c21" = '1' THEN 1 ELSE 0 END + CASE WHEN "c22" = '1' THEN 1 ELSE 0 END + CASE WHEN "c23" = '1' THEN 1 ELSE 0 END + CASE WHEN "c24" = '1' THEN 1 ELSE 0 END) > 0) AND FALSE
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('person_index' AS VARCHAR) AS "variable", CAST('QD6010' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws('.', "c1") AS VARCHAR) AS "value", CAST('this iteration of the record is given by an earlier row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 10000 AS "_order"
FROM l1_s1 WHERE "_seen" > 1 AND NOT "_orphan"
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('record_id' AS VARCHAR) AS "variable", CAST('QD6011' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c0" AS VARCHAR) AS "value", CAST('a repeat''s row without its parent''s row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 10001 AS "_order"
FROM l1_s1 WHERE "_orphan"
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('name' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20002 AS "_order"
FROM l1_s1 WHERE "c2" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('name' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20002 AS "_order"
FROM l1_s1 WHERE "c2" <> '' AND (TRUE) AND NOT COALESCE(char_length("c2") <= 40, FALSE)
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('birth_date' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20003 AS "_order"
FROM l1_s1 WHERE "c3" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('birth_date' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20003 AS "_order"
FROM l1_s1 WHERE "c3" <> '' AND (TRUE) AND NOT COALESCE((("c3" ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') AND substr("c3", 1, 4) <> '0000' AND qdsl_date("c3") IS NOT NULL), FALSE)
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('in_early_education' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20005 AS "_order"
FROM l1_s1 WHERE "c5" <> '' AND NOT (("c5" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('in_early_education' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20005 AS "_order"
FROM l1_s1 WHERE "c5" <> '' AND (("c5" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END IN (1, 2), FALSE)
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('school_travel' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c6" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20006 AS "_order"
FROM l1_s1 WHERE "c6" <> '' AND NOT (("c6" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('school_travel' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c6" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20006 AS "_order"
FROM l1_s1 WHERE "c6" <> '' AND (("c6" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c6" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c6" AS BIGINT) END IN (1, 2, 3, 4, 5, 6), FALSE)
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('activity' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c7" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20007 AS "_order"
FROM l1_s1 WHERE "c7" <> '' AND NOT (("c7" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('activity' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c7" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20007 AS "_order"
FROM l1_s1 WHERE "c7" <> '' AND (("c7" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c7" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c7" AS BIGINT) END IN (1, 2, 3, 4, 5, 6, 7), FALSE)
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('commute_mode' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c8" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20008 AS "_order"
FROM l1_s1 WHERE "c8" <> '' AND NOT (("c8" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('commute_mode' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c8" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20008 AS "_order"
FROM l1_s1 WHERE "c8" <> '' AND (("c8" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c8" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c8" AS BIGINT) END IN (1, 2, 3, 4, 5, 6), FALSE)
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('commute_minutes' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c9" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20009 AS "_order"
FROM l1_s1 WHERE "c9" <> '' AND NOT (("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$'))
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('commute_minutes' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c9" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20009 AS "_order"
FROM l1_s1 WHERE "c9" <> '' AND (("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$')) AND NOT COALESCE(CASE WHEN ("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c9" AS DOUBLE PRECISION) END = floor(CASE WHEN ("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c9" AS DOUBLE PRECISION) END) AND abs(CASE WHEN ("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c9" AS DOUBLE PRECISION) END) < 9.2e18 AND CASE WHEN ("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c9" AS DOUBLE PRECISION) END >= 0 AND CASE WHEN ("c9" ~ '^([+-]?[0-9]+|-?([0-9]+[.][0-9]*|[.][0-9]+))$') THEN CAST("c9" AS DOUBLE PRECISION) END <= 240, FALSE)
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('daily_help' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c10" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20010 AS "_order"
FROM l1_s1 WHERE "c10" <> '' AND NOT (("c10" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('daily_help' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c10" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20010 AS "_order"
FROM l1_s1 WHERE "c10" <> '' AND (("c10" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c10" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c10" AS BIGINT) END IN (1, 2), FALSE)
UNION ALL
SELECT CAST('household_services__other' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('other' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1", "c2") AS "iteration", CAST('other_index' AS VARCHAR) AS "variable", CAST('QD6010' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws('.', "c1", "c2") AS VARCHAR) AS "value", CAST('this iteration of the record is given by an earlier row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 2 AS "_level", "_row", 10000 AS "_order"
FROM l2_s1 WHERE "_seen" > 1 AND NOT "_orphan"
UNION ALL
SELECT CAST('household_services__other' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('other' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1", "c2") AS "iteration", CAST('record_id' AS VARCHAR) AS "variable", CAST('QD6011' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c0" AS VARCHAR) AS "value", CAST('a repeat''s row without its parent''s row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 2 AS "_level", "_row", 10001 AS "_order"
FROM l2_s1 WHERE "_orphan"
UNION ALL
SELECT CAST('household_services__other' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('other' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1", "c2") AS "iteration", CAST('relation' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 2 AS "_level", "_row", 20003 AS "_order"
FROM l2_s1 WHERE "c3" <> '' AND NOT (("c3" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__other' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('other' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1", "c2") AS "iteration", CAST('relation' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 2 AS "_level", "_row", 20003 AS "_order"
FROM l2_s1 WHERE "c3" <> '' AND (("c3" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END IN (1, 2, 3, 4, 5, 6, 7, 8), FALSE)
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('service_index' AS VARCHAR) AS "variable", CAST('QD6010' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws('.', "c1") AS VARCHAR) AS "value", CAST('this iteration of the record is given by an earlier row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 10000 AS "_order"
FROM l3_s1 WHERE "_seen" > 1 AND NOT "_orphan"
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('record_id' AS VARCHAR) AS "variable", CAST('QD6011' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c0" AS VARCHAR) AS "value", CAST('a repeat''s row without its parent''s row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 10001 AS "_order"
FROM l3_s1 WHERE "_orphan"
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('service' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('not an option''s code' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 20002 AS "_order"
FROM l3_s1 WHERE NOT ("c2" ~ '^([+-]?[0-9]{1,18})$')
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('service_satisfaction' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 20003 AS "_order"
FROM l3_s1 WHERE "c3" <> '' AND NOT (("c3" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('service_satisfaction' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 20003 AS "_order"
FROM l3_s1 WHERE "c3" <> '' AND (("c3" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('improvement' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 20004 AS "_order"
FROM l3_s1 WHERE "c4" <> '' AND NOT (TRUE)
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('improvement' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 20004 AS "_order"
FROM l3_s1 WHERE "c4" <> '' AND (TRUE) AND NOT COALESCE(char_length("c4") <= 500, FALSE)
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('winter_maintenance' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 20005 AS "_order"
FROM l3_s1 WHERE "c5" <> '' AND NOT (("c5" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('winter_maintenance' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 20005 AS "_order"
FROM l3_s1 WHERE "c5" <> '' AND (("c5" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END IN (1, 2, 3, 4, 5, -1), FALSE)
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('vehicle_index' AS VARCHAR) AS "variable", CAST('QD6010' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws('.', "c1") AS VARCHAR) AS "value", CAST('this iteration of the record is given by an earlier row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 10000 AS "_order"
FROM l4_s1 WHERE "_seen" > 1 AND NOT "_orphan"
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('record_id' AS VARCHAR) AS "variable", CAST('QD6011' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c0" AS VARCHAR) AS "value", CAST('a repeat''s row without its parent''s row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 10001 AS "_order"
FROM l4_s1 WHERE "_orphan"
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('vehicle_type' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 20002 AS "_order"
FROM l4_s1 WHERE "c2" <> '' AND NOT (("c2" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('vehicle_type' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 20002 AS "_order"
FROM l4_s1 WHERE "c2" <> '' AND (("c2" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c2" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c2" AS BIGINT) END IN (1, 2, 3, 4), FALSE)
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('power' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 20003 AS "_order"
FROM l4_s1 WHERE "c3" <> '' AND NOT (("c3" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('power' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 20003 AS "_order"
FROM l4_s1 WHERE "c3" <> '' AND (("c3" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END IN (1, 2, 3, 4, 5), FALSE)
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('parking' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 20004 AS "_order"
FROM l4_s1 WHERE "c4" <> '' AND NOT (("c4" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('parking' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 20004 AS "_order"
FROM l4_s1 WHERE "c4" <> '' AND (("c4" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c4" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c4" AS BIGINT) END IN (1, 2, 3, 4), FALSE)
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('more_vehicles' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 20005 AS "_order"
FROM l4_s1 WHERE "c5" <> '' AND NOT (("c5" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('more_vehicles' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 20005 AS "_order"
FROM l4_s1 WHERE "c5" <> '' AND (("c5" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END IN (1, 2), FALSE);

-- The findings, in validate-data's order: by level, by row, then within a row duplicate key, cells, routing, checks, calculates.
CREATE VIEW findings AS SELECT "file", "line", "level", "record_id", "iteration", "variable", "rule", "severity", "value", "message", "cause" FROM qdsl_findings ORDER BY "_level", "_row", "_order";

SELECT * FROM findings;
