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

-- Each level's data with types, for analysis (a cell that is not a value of its type is NULL there and a finding below).
-- Key of household_services: record_id (unique once QD6010 finds nothing).
CREATE VIEW "household_services__typed" AS SELECT
  "record_id" AS "record_id",
  "interview_start" AS "interview_start",
  "interview_end" AS "interview_end",
  CASE WHEN ("interview_date" ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') THEN qdsl_date("interview_date") END AS "interview_date",
  "device_id" AS "device_id",
  CASE WHEN ("household_size" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("household_size" AS BIGINT) END AS "household_size",
  CASE WHEN ("children" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("children" AS BIGINT) END AS "children",
  CASE WHEN ("under_school_age" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("under_school_age" AS BIGINT) END AS "under_school_age",
  CASE WHEN ("adult_employed" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("adult_employed" AS BIGINT) END AS "adult_employed",
  CASE WHEN ("all_retired" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("all_retired" AS BIGINT) END AS "all_retired",
  CASE WHEN ("oldest" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("oldest" AS BIGINT) END AS "oldest",
  CASE WHEN ("youngest" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("youngest" AS BIGINT) END AS "youngest",
  CASE WHEN ("commute_minutes_total" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("commute_minutes_total" AS BIGINT) END AS "commute_minutes_total",
  CASE WHEN ("needs_help" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("needs_help" AS BIGINT) END AS "needs_help",
  CASE WHEN ("shift_care_need" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("shift_care_need" AS BIGINT) END AS "shift_care_need",
  CASE WHEN ("knows_elderly_services" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("knows_elderly_services" AS BIGINT) END AS "knows_elderly_services",
  CASE WHEN ("services_used_1" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("services_used_1" AS BIGINT) END AS "services_used_1",
  CASE WHEN ("services_used_2" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("services_used_2" AS BIGINT) END AS "services_used_2",
  CASE WHEN ("services_used_3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("services_used_3" AS BIGINT) END AS "services_used_3",
  CASE WHEN ("services_used_4" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("services_used_4" AS BIGINT) END AS "services_used_4",
  CASE WHEN ("services_used_5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("services_used_5" AS BIGINT) END AS "services_used_5",
  CASE WHEN ("services_used_6" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("services_used_6" AS BIGINT) END AS "services_used_6",
  CASE WHEN ("services_used_7" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("services_used_7" AS BIGINT) END AS "services_used_7",
  CASE WHEN ("services_used_8" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("services_used_8" AS BIGINT) END AS "services_used_8",
  CASE WHEN ("services_used_9" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("services_used_9" AS BIGINT) END AS "services_used_9",
  CASE WHEN ("services_count" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("services_count" AS BIGINT) END AS "services_count",
  CASE WHEN ("dissatisfied_services" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("dissatisfied_services" AS BIGINT) END AS "dissatisfied_services",
  CASE WHEN ("contact_permission" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("contact_permission" AS BIGINT) END AS "contact_permission",
  CASE WHEN ("has_vehicles" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("has_vehicles" AS BIGINT) END AS "has_vehicles",
  CASE WHEN ("vehicle_count" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("vehicle_count" AS BIGINT) END AS "vehicle_count",
  CASE WHEN ("chargeable_vehicles" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("chargeable_vehicles" AS BIGINT) END AS "chargeable_vehicles",
  CASE WHEN ("charging_interest" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("charging_interest" AS BIGINT) END AS "charging_interest",
  CASE WHEN ("priority" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("priority" AS BIGINT) END AS "priority",
  "feedback" AS "feedback"
FROM "household_services";
-- Key of household_services__person: record_id, person_index (unique once QD6010 finds nothing).
CREATE VIEW "household_services__person__typed" AS SELECT
  "record_id" AS "record_id",
  CASE WHEN ("person_index" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("person_index" AS BIGINT) END AS "person_index",
  "name" AS "name",
  CASE WHEN ("birth_date" ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})$') THEN qdsl_date("birth_date") END AS "birth_date",
  CASE WHEN ("age" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("age" AS BIGINT) END AS "age",
  CASE WHEN ("in_early_education" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("in_early_education" AS BIGINT) END AS "in_early_education",
  CASE WHEN ("school_travel" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("school_travel" AS BIGINT) END AS "school_travel",
  CASE WHEN ("activity" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("activity" AS BIGINT) END AS "activity",
  CASE WHEN ("commute_mode" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("commute_mode" AS BIGINT) END AS "commute_mode",
  CASE WHEN ("commute_minutes" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("commute_minutes" AS BIGINT) END AS "commute_minutes",
  CASE WHEN ("daily_help" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("daily_help" AS BIGINT) END AS "daily_help"
FROM "household_services__person";
-- Key of household_services__other: record_id, person_index, other_index (unique once QD6010 finds nothing).
CREATE VIEW "household_services__other__typed" AS SELECT
  "record_id" AS "record_id",
  CASE WHEN ("person_index" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("person_index" AS BIGINT) END AS "person_index",
  CASE WHEN ("other_index" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("other_index" AS BIGINT) END AS "other_index",
  CASE WHEN ("relation" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("relation" AS BIGINT) END AS "relation"
FROM "household_services__other";
-- Key of household_services__service: record_id, service_index, service (unique once QD6010 finds nothing).
CREATE VIEW "household_services__service__typed" AS SELECT
  "record_id" AS "record_id",
  CASE WHEN ("service_index" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("service_index" AS BIGINT) END AS "service_index",
  CASE WHEN ("service" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("service" AS BIGINT) END AS "service",
  CASE WHEN ("service_satisfaction" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("service_satisfaction" AS BIGINT) END AS "service_satisfaction",
  "improvement" AS "improvement",
  CASE WHEN ("winter_maintenance" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("winter_maintenance" AS BIGINT) END AS "winter_maintenance"
FROM "household_services__service";
-- Key of household_services__vehicle: record_id, vehicle_index (unique once QD6010 finds nothing).
CREATE VIEW "household_services__vehicle__typed" AS SELECT
  "record_id" AS "record_id",
  CASE WHEN ("vehicle_index" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("vehicle_index" AS BIGINT) END AS "vehicle_index",
  CASE WHEN ("vehicle_type" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("vehicle_type" AS BIGINT) END AS "vehicle_type",
  CASE WHEN ("power" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("power" AS BIGINT) END AS "power",
  CASE WHEN ("parking" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("parking" AS BIGINT) END AS "parking",
  CASE WHEN ("more_vehicles" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("more_vehicles" AS BIGINT) END AS "more_vehicles"
FROM "household_services__vehicle";

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
  SELECT *, ROW_NUMBER() OVER (PARTITION BY "c0", TRUE ORDER BY "_row") AS "_seen",
    FALSE AS "_orphan", TRUE AS "_keysok"
  FROM l0_raw r),
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
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r."c0", r."c1", ((r."c1" ~ '^([0-9]{1,18})$') AND r."c1" NOT IN ('0', '00', '000')) ORDER BY r."_row") AS "_seen",
    p."_hit" IS NULL AS "_orphan", ((r."c1" ~ '^([0-9]{1,18})$') AND r."c1" NOT IN ('0', '00', '000')) AS "_keysok"
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
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r."c0", r."c1", r."c2", ((r."c1" ~ '^([0-9]{1,18})$') AND r."c1" NOT IN ('0', '00', '000')) AND ((r."c2" ~ '^([0-9]{1,18})$') AND r."c2" NOT IN ('0', '00', '000')) ORDER BY r."_row") AS "_seen",
    p."_hit" IS NULL AS "_orphan", ((r."c1" ~ '^([0-9]{1,18})$') AND r."c1" NOT IN ('0', '00', '000')) AND ((r."c2" ~ '^([0-9]{1,18})$') AND r."c2" NOT IN ('0', '00', '000')) AS "_keysok"
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
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r."c0", r."c1", ((r."c1" ~ '^([0-9]{1,18})$') AND r."c1" NOT IN ('0', '00', '000')) AND (r."c2" ~ '^([+-]?[0-9]{1,18})$') ORDER BY r."_row") AS "_seen",
    p."_hit" IS NULL AS "_orphan", ((r."c1" ~ '^([0-9]{1,18})$') AND r."c1" NOT IN ('0', '00', '000')) AND (r."c2" ~ '^([+-]?[0-9]{1,18})$') AS "_keysok"
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
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r."c0", r."c1", ((r."c1" ~ '^([0-9]{1,18})$') AND r."c1" NOT IN ('0', '00', '000')) ORDER BY r."_row") AS "_seen",
    p."_hit" IS NULL AS "_orphan", ((r."c1" ~ '^([0-9]{1,18})$') AND r."c1" NOT IN ('0', '00', '000')) AS "_keysok"
  FROM l4_raw r LEFT JOIN (SELECT DISTINCT "c0" AS "_k0", TRUE AS "_hit" FROM l0_keys) p ON p."_k0" = r."c0"),
l4_s1 AS MATERIALIZED (
  SELECT *,
    CASE WHEN "c2" = '' THEN NULL WHEN NOT (("c2" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c2" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c2" AS BIGINT) END IN (1, 2, 3, 4) THEN CASE WHEN ("c2" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c2" AS BIGINT) END END AS "_a2",
    CASE WHEN "c3" = '' THEN NULL WHEN NOT (("c3" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END IN (1, 2, 3, 4, 5) THEN CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END END AS "_a3",
    CASE WHEN "c4" = '' THEN NULL WHEN NOT (("c4" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c4" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c4" AS BIGINT) END IN (1, 2, 3, 4) THEN CASE WHEN ("c4" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c4" AS BIGINT) END END AS "_a4",
    CASE WHEN "c5" = '' THEN NULL WHEN NOT (("c5" ~ '^([+-]?[0-9]{1,18})$')) THEN NULL WHEN CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END IN (1, 2) THEN CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END END AS "_a5"
  FROM l4_keys),
l0_m AS (
  SELECT *, "_row" AS "_rec", "_seen" = 1 AS "_first" FROM l0_s1),
l0_s2 AS (
  SELECT *,
    COALESCE("_a1", concat(to_char("_today", 'YYYY-MM-DD'), 'T00:00')) AS "_xl0_1",
    COALESCE("_a2", "_a1", concat(to_char("_today", 'YYYY-MM-DD'), 'T00:00')) AS "_xl0_2",
    COALESCE("_a3", "_today") AS "_xl0_3",
    "_a4" AS "_xl0_4",
    TRUE AS "_rl0_5"
  FROM l0_m),
l0_s3 AS (
  SELECT *,
    CASE WHEN "_rl0_5" THEN "_a5" END AS "_xl0_6",
    TRUE AS "_reachl0_7"
  FROM l0_s2),
l0_s4 AS (
  SELECT *,
    CASE WHEN TRUE THEN CAST(LEAST(GREATEST(COALESCE(floor("_xl0_6"), 0), 0), 12) AS BIGINT) ELSE 0 END AS "_nl0_8"
  FROM l0_s3),
l1_f AS (
  SELECT p."_pl1_1" AS "_pl1_1",
    p."_pl1_2" AS "_pl1_2",
    p."_pl1_3" AS "_pl1_3",
    p."_pl1_4" AS "_pl1_4",
    p."_pl1_5" AS "_pl1_5",
    p."_rec" AS "_rec",
    p."_today" AS "_today",
    p."_reach" AS "_reach",
    p."_n_person" AS "_n_person",
    (p."_reach" AND g.k <= p."_n_person") AS "_run",
    g.k AS "_k_person",
    (c."_row" IS NOT NULL) AS "_has",
    COALESCE(c."_row", p."_prow") AS "_row",
    COALESCE(c."_line", p."_pline") AS "_line",
    p."_pl1_6" AS "c0",
    CAST(g.k AS VARCHAR) AS "c1",
    COALESCE(c."c2", '') AS "c2",
    COALESCE(c."c3", '') AS "c3",
    COALESCE(c."c4", '') AS "c4",
    COALESCE(c."c5", '') AS "c5",
    COALESCE(c."c6", '') AS "c6",
    COALESCE(c."c7", '') AS "c7",
    COALESCE(c."c8", '') AS "c8",
    COALESCE(c."c9", '') AS "c9",
    COALESCE(c."c10", '') AS "c10",
    c."_a2" AS "_a2",
    c."_a3" AS "_a3",
    c."_a5" AS "_a5",
    c."_a6" AS "_a6",
    c."_a7" AS "_a7",
    c."_a8" AS "_a8",
    c."_a9" AS "_a9",
    c."_a10" AS "_a10"
  FROM (SELECT "_xl0_4" AS "_pl1_1", "_xl0_6" AS "_pl1_2", "_xl0_3" AS "_pl1_3", "_xl0_2" AS "_pl1_4", "_xl0_1" AS "_pl1_5", "_rec" AS "_rec", "_today" AS "_today", "_row" AS "_prow", "_line" AS "_pline", "_first" AS "_pattach", "_reachl0_7" AS "_reach", "_nl0_8" AS "_n_person", "c0" AS "_pl1_6" FROM l0_s4) p CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)) AS g(k)
  LEFT JOIN (SELECT * FROM l1_s1 WHERE "_seen" = 1 AND NOT "_orphan" AND "_keysok") c ON p."_pattach" AND c."c0" = p."_pl1_6" AND c."c1" = CAST(g.k AS VARCHAR)
  WHERE (p."_reach" AND g.k <= p."_n_person") OR c."_row" IS NOT NULL),
l1_s2 AS (
  SELECT *,
    "_run" AS "_rl1_1"
  FROM l1_f),
l1_s3 AS (
  SELECT *,
    CASE WHEN "_rl1_1" THEN "_a2" END AS "_xl1_2",
    "_run" AS "_rl1_3"
  FROM l1_s2),
l1_s4 AS (
  SELECT *,
    CASE WHEN "_rl1_3" THEN "_a3" END AS "_xl1_4"
  FROM l1_s3),
l1_s5 AS (
  SELECT *,
    ("_rl1_3" AND "_xl1_4" IS NOT NULL AND NOT COALESCE((COALESCE(COALESCE(("_xl1_4") <= ("_pl1_3"), FALSE), FALSE) AND COALESCE(COALESCE((CAST(trunc(CAST((EXTRACT(YEAR FROM "_pl1_3") * 10000 + EXTRACT(MONTH FROM "_pl1_3") * 100 + EXTRACT(DAY FROM "_pl1_3")) - (EXTRACT(YEAR FROM "_xl1_4") * 10000 + EXTRACT(MONTH FROM "_xl1_4") * 100 + EXTRACT(DAY FROM "_xl1_4")) AS DOUBLE PRECISION) / 10000) AS DOUBLE PRECISION)) <= (CAST(110 AS DOUBLE PRECISION)), FALSE), FALSE)), FALSE)) AS "_cl1_5",
    ("_rl1_3" AND "_xl1_4" IS NOT NULL AND NOT COALESCE((COALESCE(COALESCE((CAST("_k_person" AS DOUBLE PRECISION)) > (CAST(1 AS DOUBLE PRECISION)), FALSE), FALSE) OR COALESCE(COALESCE((CAST(trunc(CAST((EXTRACT(YEAR FROM "_pl1_3") * 10000 + EXTRACT(MONTH FROM "_pl1_3") * 100 + EXTRACT(DAY FROM "_pl1_3")) - (EXTRACT(YEAR FROM "_xl1_4") * 10000 + EXTRACT(MONTH FROM "_xl1_4") * 100 + EXTRACT(DAY FROM "_xl1_4")) AS DOUBLE PRECISION) / 10000) AS DOUBLE PRECISION)) >= (CAST(15 AS DOUBLE PRECISION)), FALSE), FALSE)), FALSE)) AS "_cl1_6",
    CASE WHEN "_run" THEN CAST(trunc(CAST((EXTRACT(YEAR FROM "_pl1_3") * 10000 + EXTRACT(MONTH FROM "_pl1_3") * 100 + EXTRACT(DAY FROM "_pl1_3")) - (EXTRACT(YEAR FROM "_xl1_4") * 10000 + EXTRACT(MONTH FROM "_xl1_4") * 100 + EXTRACT(DAY FROM "_xl1_4")) AS DOUBLE PRECISION) / 10000) AS DOUBLE PRECISION) END AS "_xl1_7"
  FROM l1_s4),
l1_s6 AS (
  SELECT *,
    COALESCE(COALESCE(("_xl1_7") < (CAST(7 AS DOUBLE PRECISION)), FALSE), FALSE) AS "_bl1_8"
  FROM l1_s5),
l1_s7 AS (
  SELECT *,
    "_run" AND "_bl1_8" AS "_rl1_9"
  FROM l1_s6),
l1_s8 AS (
  SELECT *,
    CASE WHEN "_rl1_9" THEN "_a5" END AS "_xl1_10",
    COALESCE(COALESCE(("_xl1_7") < (CAST(15 AS DOUBLE PRECISION)), FALSE), FALSE) AS "_bl1_11"
  FROM l1_s7),
l1_s9 AS (
  SELECT *,
    "_run" AND NOT "_bl1_8" AND "_bl1_11" AS "_rl1_12"
  FROM l1_s8),
l1_s10 AS (
  SELECT *,
    CASE WHEN "_rl1_12" THEN "_a6" END AS "_xl1_13",
    "_run" AND NOT "_bl1_8" AND NOT "_bl1_11" AS "_rl1_14"
  FROM l1_s9),
l1_s11 AS (
  SELECT *,
    CASE WHEN "_rl1_14" THEN "_a7" END AS "_xl1_15"
  FROM l1_s10),
l1_s12 AS (
  SELECT *,
    COALESCE((COALESCE(("_xl1_15") = (CAST(1 AS BIGINT)), FALSE) OR COALESCE(("_xl1_15") = (CAST(2 AS BIGINT)), FALSE) OR COALESCE(("_xl1_15") = (CAST(3 AS BIGINT)), FALSE)), FALSE) AS "_bl1_16"
  FROM l1_s11),
l1_s13 AS (
  SELECT *,
    "_run" AND NOT "_bl1_8" AND NOT "_bl1_11" AND "_bl1_16" AS "_rl1_17"
  FROM l1_s12),
l1_s14 AS (
  SELECT *,
    CASE WHEN "_rl1_17" THEN "_a8" END AS "_xl1_18",
    "_run" AND NOT "_bl1_8" AND NOT "_bl1_11" AND "_bl1_16" AS "_rl1_19"
  FROM l1_s13),
l1_s15 AS (
  SELECT *,
    CASE WHEN "_rl1_19" THEN "_a9" END AS "_xl1_20",
    COALESCE(COALESCE(("_xl1_7") >= (CAST(75 AS DOUBLE PRECISION)), FALSE), FALSE) AS "_bl1_21"
  FROM l1_s14),
l1_s16 AS (
  SELECT *,
    "_run" AND "_bl1_21" AS "_rl1_22"
  FROM l1_s15),
l1_s17 AS (
  SELECT *,
    CASE WHEN "_rl1_22" THEN "_a10" END AS "_xl1_23",
    "_run" AS "_reachl1_24",
    CASE WHEN "_run" THEN LEAST("_n_person", 12) ELSE 0 END AS "_nl1_25"
  FROM l1_s16),
l2_f AS (
  SELECT p."_pl2_1" AS "_pl2_1",
    p."_pl2_2" AS "_pl2_2",
    p."_pl2_3" AS "_pl2_3",
    p."_pl2_4" AS "_pl2_4",
    p."_pl2_5" AS "_pl2_5",
    p."_pl2_6" AS "_pl2_6",
    p."_pl2_7" AS "_pl2_7",
    p."_pl2_8" AS "_pl2_8",
    p."_pl2_9" AS "_pl2_9",
    p."_pl2_10" AS "_pl2_10",
    p."_pl2_11" AS "_pl2_11",
    p."_pl2_12" AS "_pl2_12",
    p."_pl2_13" AS "_pl2_13",
    p."_pl2_14" AS "_pl2_14",
    p."_rec" AS "_rec",
    p."_k_person" AS "_k_person",
    p."_pl2_15" AS "_pl2_15",
    p."_today" AS "_today",
    p."_reach" AS "_reach",
    p."_n_other" AS "_n_other",
    (p."_reach" AND g.k <= p."_n_other") AS "_run",
    g.k AS "_k_other",
    (c."_row" IS NOT NULL) AS "_has",
    COALESCE(c."_row", p."_prow") AS "_row",
    COALESCE(c."_line", p."_pline") AS "_line",
    p."_pl2_16" AS "c0",
    p."_pl2_17" AS "c1",
    CAST(g.k AS VARCHAR) AS "c2",
    COALESCE(c."c3", '') AS "c3",
    c."_a3" AS "_a3"
  FROM (SELECT "_xl1_15" AS "_pl2_1", "_xl1_7" AS "_pl2_2", "_xl1_4" AS "_pl2_3", "_xl1_20" AS "_pl2_4", "_xl1_18" AS "_pl2_5", "_xl1_23" AS "_pl2_6", "_pl1_1" AS "_pl2_7", "_pl1_2" AS "_pl2_8", "_xl1_10" AS "_pl2_9", "_pl1_3" AS "_pl2_10", "_pl1_4" AS "_pl2_11", "_pl1_5" AS "_pl2_12", "_xl1_2" AS "_pl2_13", "_xl1_13" AS "_pl2_14", "_rec" AS "_rec", "_k_person" AS "_k_person", "_n_person" AS "_pl2_15", "_today" AS "_today", "_row" AS "_prow", "_line" AS "_pline", "_has" AS "_pattach", "_reachl1_24" AS "_reach", "_nl1_25" AS "_n_other", "c0" AS "_pl2_16", "c1" AS "_pl2_17" FROM l1_s17) p CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)) AS g(k)
  LEFT JOIN (SELECT * FROM l2_s1 WHERE "_seen" = 1 AND NOT "_orphan" AND "_keysok") c ON p."_pattach" AND c."c0" = p."_pl2_16" AND c."c1" = p."_pl2_17" AND c."c2" = CAST(g.k AS VARCHAR)
  WHERE (p."_reach" AND g.k <= p."_n_other") OR c."_row" IS NOT NULL),
l2_s2 AS (
  SELECT *,
    COALESCE(COALESCE((CAST("_k_other" AS DOUBLE PRECISION)) < (CAST("_k_person" AS DOUBLE PRECISION)), FALSE), FALSE) AS "_bl2_1"
  FROM l2_f),
l2_s3 AS (
  SELECT *,
    "_run" AND "_bl2_1" AS "_rl2_2"
  FROM l2_s2),
l2_s4 AS MATERIALIZED (
  SELECT *,
    CASE WHEN "_rl2_2" THEN "_a3" END AS "_xl2_3"
  FROM l2_s3),
l1_g_other AS (
  SELECT p.*, g."_gl2_1", g."_gl2_2"
  FROM l1_s17 p LEFT JOIN (SELECT "_rec", "_k_person", SUM(CASE WHEN "_has" THEN 1 ELSE 0 END) AS "_gl2_1", SUM(CASE WHEN "_has" AND NOT ("_k_other" <= "_n_other") THEN 1 ELSE 0 END) AS "_gl2_2" FROM l2_s4 GROUP BY "_rec", "_k_person") g ON g."_rec" = p."_rec" AND g."_k_person" = p."_k_person"),
l1_s18 AS MATERIALIZED (
  SELECT *,
    (COALESCE("_gl2_1", 0) <> COALESCE("_nl1_25", 0) OR COALESCE("_gl2_2", 0) > 0 OR COALESCE(0, 0) > 0) AS "_rowsl1_26"
  FROM l1_g_other),
l0_g_person AS (
  SELECT p.*, g."_gl1_1", g."_gl1_2", g."_gl1_3", g."_gl1_4", g."_gl1_5", g."_gl1_6", g."_gl1_7", g."_gl1_8", g."_gl1_9", g."_gl1_10"
  FROM l0_s4 p LEFT JOIN (SELECT "_rec", SUM(CASE WHEN "_has" THEN 1 ELSE 0 END) AS "_gl1_1", SUM(CASE WHEN "_has" AND NOT ("_k_person" <= "_n_person") THEN 1 ELSE 0 END) AS "_gl1_2", SUM(CASE WHEN "_run" AND COALESCE(COALESCE(("_xl1_7") < (CAST(18 AS DOUBLE PRECISION)), FALSE), FALSE) THEN 1 ELSE 0 END) AS "_gl1_3", SUM(CASE WHEN "_run" AND COALESCE(COALESCE(("_xl1_7") < (CAST(7 AS DOUBLE PRECISION)), FALSE), FALSE) THEN 1 ELSE 0 END) AS "_gl1_4", MAX(CASE WHEN "_run" AND COALESCE((COALESCE(COALESCE(("_xl1_7") >= (CAST(18 AS DOUBLE PRECISION)), FALSE), FALSE) AND COALESCE((COALESCE(("_xl1_15") = (CAST(1 AS BIGINT)), FALSE) OR COALESCE(("_xl1_15") = (CAST(2 AS BIGINT)), FALSE)), FALSE)), FALSE) THEN 1 ELSE 0 END) AS "_gl1_5", MIN(CASE WHEN "_run" AND NOT (COALESCE(COALESCE(("_xl1_15") = (CAST(5 AS BIGINT)), FALSE), FALSE)) THEN 0 ELSE 1 END) AS "_gl1_6", MAX(CASE WHEN "_run" AND TRUE THEN "_xl1_7" END) AS "_gl1_7", MIN(CASE WHEN "_run" AND TRUE THEN "_xl1_7" END) AS "_gl1_8", SUM(CASE WHEN "_run" AND TRUE THEN "_xl1_20" END) AS "_gl1_9", MAX(CASE WHEN "_run" AND COALESCE(COALESCE(("_xl1_23") = (CAST(1 AS BIGINT)), FALSE), FALSE) THEN 1 ELSE 0 END) AS "_gl1_10" FROM l1_s18 GROUP BY "_rec") g ON g."_rec" = p."_rec"),
l0_s5 AS (
  SELECT *,
    (COALESCE("_gl1_1", 0) <> COALESCE("_nl0_8", 0) OR COALESCE("_gl1_2", 0) > 0 OR COALESCE(0, 0) > 0) AS "_rowsl0_9"
  FROM l0_g_person),
l0_s6 AS (
  SELECT *,
    CASE WHEN TRUE THEN CAST(COALESCE("_gl1_3", 0) AS DOUBLE PRECISION) END AS "_xl0_10",
    CASE WHEN TRUE THEN CAST(COALESCE("_gl1_4", 0) AS DOUBLE PRECISION) END AS "_xl0_11",
    CASE WHEN TRUE THEN (COALESCE("_gl1_5", 0) = 1) END AS "_xl0_12",
    CASE WHEN TRUE THEN (COALESCE("_gl1_6", 1) = 1) END AS "_xl0_13",
    CASE WHEN TRUE THEN "_gl1_7" END AS "_xl0_14",
    CASE WHEN TRUE THEN "_gl1_8" END AS "_xl0_15",
    CASE WHEN TRUE THEN CAST(COALESCE("_gl1_9", 0) AS DOUBLE PRECISION) END AS "_xl0_16",
    CASE WHEN TRUE THEN (COALESCE("_gl1_10", 0) = 1) END AS "_xl0_17"
  FROM l0_s5),
l0_s7 AS (
  SELECT *,
    COALESCE((COALESCE(COALESCE(("_xl0_11") > (CAST(0 AS DOUBLE PRECISION)), FALSE), FALSE) AND COALESCE("_xl0_12", FALSE)), FALSE) AS "_bl0_18"
  FROM l0_s6),
l0_s8 AS (
  SELECT *,
    TRUE AND "_bl0_18" AS "_rl0_19"
  FROM l0_s7),
l0_s9 AS (
  SELECT *,
    CASE WHEN "_rl0_19" THEN "_a14" END AS "_xl0_20",
    COALESCE("_xl0_17", FALSE) AS "_bl0_21"
  FROM l0_s8),
l0_s10 AS (
  SELECT *,
    TRUE AND "_bl0_21" AS "_rl0_22"
  FROM l0_s9),
l0_s11 AS (
  SELECT *,
    CASE WHEN "_rl0_22" THEN "_a15" END AS "_xl0_23",
    TRUE AS "_rl0_24"
  FROM l0_s10),
l0_s12 AS (
  SELECT *,
    CASE WHEN "_rl0_24" THEN "_n16" END AS "_xl0_25",
    TRUE AS "_reachl0_26"
  FROM l0_s11),
l0_s13 AS (
  SELECT *,
    CASE WHEN "_xl0_25" IS NOT NULL AND ("c16" = '1') THEN 1 ELSE 0 END AS "_chl0_27",
    CASE WHEN "_xl0_25" IS NOT NULL AND ("c17" = '1') THEN 1 ELSE 0 END AS "_chl0_28",
    CASE WHEN "_xl0_25" IS NOT NULL AND ("c18" = '1') THEN 1 ELSE 0 END AS "_chl0_29",
    CASE WHEN "_xl0_25" IS NOT NULL AND ("c19" = '1') THEN 1 ELSE 0 END AS "_chl0_30",
    CASE WHEN "_xl0_25" IS NOT NULL AND ("c20" = '1') THEN 1 ELSE 0 END AS "_chl0_31",
    CASE WHEN "_xl0_25" IS NOT NULL AND ("c21" = '1') THEN 1 ELSE 0 END AS "_chl0_32",
    CASE WHEN "_xl0_25" IS NOT NULL AND ("c22" = '1') THEN 1 ELSE 0 END AS "_chl0_33",
    CASE WHEN "_xl0_25" IS NOT NULL AND ("c23" = '1') THEN 1 ELSE 0 END AS "_chl0_34",
    CASE WHEN "_xl0_25" IS NOT NULL AND ("c24" = '1') THEN 1 ELSE 0 END AS "_chl0_35"
  FROM l0_s12),
l0_s14 AS (
  SELECT *,
    CASE WHEN TRUE THEN LEAST("_chl0_27" + "_chl0_28" + "_chl0_29" + "_chl0_30" + "_chl0_31" + "_chl0_32" + "_chl0_33" + "_chl0_34" + "_chl0_35", 9) ELSE 0 END AS "_nl0_36"
  FROM l0_s13),
l3_f AS (
  SELECT p."_pl3_1" AS "_pl3_1",
    p."_pl3_2" AS "_pl3_2",
    p."_pl3_3" AS "_pl3_3",
    p."_pl3_4" AS "_pl3_4",
    p."_pl3_5" AS "_pl3_5",
    p."_pl3_6" AS "_pl3_6",
    p."_pl3_7" AS "_pl3_7",
    p."_pl3_8" AS "_pl3_8",
    p."_pl3_9" AS "_pl3_9",
    p."_pl3_10" AS "_pl3_10",
    p."_pl3_11" AS "_pl3_11",
    p."_pl3_12" AS "_pl3_12",
    p."_pl3_13" AS "_pl3_13",
    p."_pl3_14" AS "_pl3_14",
    p."_pl3_15" AS "_pl3_15",
    p."_pl3_16" AS "_pl3_16",
    p."_pl3_17" AS "_pl3_17",
    p."_pl3_18" AS "_pl3_18",
    p."_pl3_19" AS "_pl3_19",
    p."_pl3_20" AS "_pl3_20",
    p."_pl3_21" AS "_pl3_21",
    p."_pl3_22" AS "_pl3_22",
    p."_pl3_23" AS "_pl3_23",
    p."_pl3_24" AS "_pl3_24",
    p."_pl3_25" AS "_pl3_25",
    p."_rec" AS "_rec",
    p."_pl3_26" AS "_pl3_26",
    p."_pl3_27" AS "_pl3_27",
    p."_pl3_28" AS "_pl3_28",
    p."_pl3_29" AS "_pl3_29",
    p."_pl3_30" AS "_pl3_30",
    p."_pl3_31" AS "_pl3_31",
    p."_pl3_32" AS "_pl3_32",
    p."_pl3_33" AS "_pl3_33",
    p."_pl3_34" AS "_pl3_34",
    p."_today" AS "_today",
    p."_reach" AS "_reach",
    p."_n_service" AS "_n_service",
    (p."_reach" AND g.k <= p."_n_service") AS "_run",
    g.k AS "_k_service",
    p."_pl3_35" AS "_pl3_35",
    p."_pl3_36" AS "_pl3_36",
    p."_pl3_37" AS "_pl3_37",
    p."_pl3_38" AS "_pl3_38",
    p."_pl3_39" AS "_pl3_39",
    p."_pl3_40" AS "_pl3_40",
    p."_pl3_41" AS "_pl3_41",
    p."_pl3_42" AS "_pl3_42",
    p."_pl3_43" AS "_pl3_43",
    CASE WHEN "_pl3_35" = 1 AND ("_pl3_35") = g.k THEN CAST(1 AS BIGINT) WHEN "_pl3_36" = 1 AND ("_pl3_35" + "_pl3_36") = g.k THEN CAST(2 AS BIGINT) WHEN "_pl3_37" = 1 AND ("_pl3_35" + "_pl3_36" + "_pl3_37") = g.k THEN CAST(3 AS BIGINT) WHEN "_pl3_38" = 1 AND ("_pl3_35" + "_pl3_36" + "_pl3_37" + "_pl3_38") = g.k THEN CAST(4 AS BIGINT) WHEN "_pl3_39" = 1 AND ("_pl3_35" + "_pl3_36" + "_pl3_37" + "_pl3_38" + "_pl3_39") = g.k THEN CAST(5 AS BIGINT) WHEN "_pl3_40" = 1 AND ("_pl3_35" + "_pl3_36" + "_pl3_37" + "_pl3_38" + "_pl3_39" + "_pl3_40") = g.k THEN CAST(6 AS BIGINT) WHEN "_pl3_41" = 1 AND ("_pl3_35" + "_pl3_36" + "_pl3_37" + "_pl3_38" + "_pl3_39" + "_pl3_40" + "_pl3_41") = g.k THEN CAST(7 AS BIGINT) WHEN "_pl3_42" = 1 AND ("_pl3_35" + "_pl3_36" + "_pl3_37" + "_pl3_38" + "_pl3_39" + "_pl3_40" + "_pl3_41" + "_pl3_42") = g.k THEN CAST(8 AS BIGINT) WHEN "_pl3_43" = 1 AND ("_pl3_35" + "_pl3_36" + "_pl3_37" + "_pl3_38" + "_pl3_39" + "_pl3_40" + "_pl3_41" + "_pl3_42" + "_pl3_43") = g.k THEN CAST(9 AS BIGINT) END AS "_o_service",
    (c."_row" IS NOT NULL) AS "_has",
    COALESCE(c."_row", p."_prow") AS "_row",
    COALESCE(c."_line", p."_pline") AS "_line",
    p."_pl3_44" AS "c0",
    CAST(g.k AS VARCHAR) AS "c1",
    COALESCE(c."c2", '') AS "c2",
    COALESCE(c."c3", '') AS "c3",
    COALESCE(c."c4", '') AS "c4",
    COALESCE(c."c5", '') AS "c5",
    c."_a3" AS "_a3",
    c."_a4" AS "_a4",
    c."_a5" AS "_a5"
  FROM (SELECT "_xl0_12" AS "_pl3_1", "_xl0_13" AS "_pl3_2", "_xl0_10" AS "_pl3_3", "_xl0_16" AS "_pl3_4", "_xl0_4" AS "_pl3_5", "_xl0_6" AS "_pl3_6", "_xl0_3" AS "_pl3_7", "_xl0_2" AS "_pl3_8", "_xl0_1" AS "_pl3_9", "_xl0_23" AS "_pl3_10", "_xl0_17" AS "_pl3_11", "_xl0_14" AS "_pl3_12", "_xl0_25" AS "_pl3_13", ("c16" = '1') AS "_pl3_14", ("c17" = '1') AS "_pl3_15", ("c18" = '1') AS "_pl3_16", ("c19" = '1') AS "_pl3_17", ("c20" = '1') AS "_pl3_18", ("c21" = '1') AS "_pl3_19", ("c22" = '1') AS "_pl3_20", ("c23" = '1') AS "_pl3_21", ("c24" = '1') AS "_pl3_22", "_xl0_20" AS "_pl3_23", "_xl0_11" AS "_pl3_24", "_xl0_15" AS "_pl3_25", "_rec" AS "_rec", COALESCE("_nl0_8", 0) AS "_pl3_26", (COALESCE("_gl1_6", 1) = 1) AS "_pl3_27", (COALESCE("_gl1_5", 0) = 1) AS "_pl3_28", (COALESCE("_gl1_10", 0) = 1) AS "_pl3_29", CAST(COALESCE("_gl1_3", 0) AS DOUBLE PRECISION) AS "_pl3_30", CAST(COALESCE("_gl1_4", 0) AS DOUBLE PRECISION) AS "_pl3_31", "_gl1_7" AS "_pl3_32", "_gl1_8" AS "_pl3_33", CAST(COALESCE("_gl1_9", 0) AS DOUBLE PRECISION) AS "_pl3_34", "_today" AS "_today", "_row" AS "_prow", "_line" AS "_pline", "_first" AS "_pattach", "_reachl0_26" AS "_reach", "_nl0_36" AS "_n_service", "_chl0_27" AS "_pl3_35", "_chl0_28" AS "_pl3_36", "_chl0_29" AS "_pl3_37", "_chl0_30" AS "_pl3_38", "_chl0_31" AS "_pl3_39", "_chl0_32" AS "_pl3_40", "_chl0_33" AS "_pl3_41", "_chl0_34" AS "_pl3_42", "_chl0_35" AS "_pl3_43", "c0" AS "_pl3_44" FROM l0_s14) p CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS g(k)
  LEFT JOIN (SELECT * FROM l3_s1 WHERE "_seen" = 1 AND NOT "_orphan" AND "_keysok") c ON p."_pattach" AND c."c0" = p."_pl3_44" AND c."c1" = CAST(g.k AS VARCHAR)
  WHERE (p."_reach" AND g.k <= p."_n_service") OR c."_row" IS NOT NULL),
l3_s2 AS (
  SELECT *,
    "_run" AS "_rl3_1"
  FROM l3_f),
l3_s3 AS (
  SELECT *,
    CASE WHEN "_rl3_1" THEN "_a3" END AS "_xl3_2"
  FROM l3_s2),
l3_s4 AS (
  SELECT *,
    COALESCE((COALESCE(("_xl3_2") = (CAST(1 AS BIGINT)), FALSE) OR COALESCE(("_xl3_2") = (CAST(2 AS BIGINT)), FALSE)), FALSE) AS "_bl3_3"
  FROM l3_s3),
l3_s5 AS (
  SELECT *,
    "_run" AND "_bl3_3" AS "_rl3_4"
  FROM l3_s4),
l3_s6 AS (
  SELECT *,
    CASE WHEN "_rl3_4" THEN "_a4" END AS "_xl3_5",
    COALESCE(COALESCE(("_o_service") = (CAST(8 AS BIGINT)), FALSE), FALSE) AS "_bl3_6"
  FROM l3_s5),
l3_s7 AS (
  SELECT *,
    "_run" AND "_bl3_6" AS "_rl3_7"
  FROM l3_s6),
l3_s8 AS MATERIALIZED (
  SELECT *,
    CASE WHEN "_rl3_7" THEN "_a5" END AS "_xl3_8"
  FROM l3_s7),
l0_g_service AS (
  SELECT p.*, g."_gl3_1", g."_gl3_2", g."_gl3_3", g."_gl3_4", g."_gl3_5"
  FROM l0_s14 p LEFT JOIN (SELECT "_rec", SUM(CASE WHEN "_has" THEN 1 ELSE 0 END) AS "_gl3_1", SUM(CASE WHEN "_has" AND NOT ("_k_service" <= "_n_service") THEN 1 ELSE 0 END) AS "_gl3_2", SUM(CASE WHEN "_has" AND "_k_service" <= "_n_service" AND NOT COALESCE(CASE WHEN ("c2" ~ '^([+-]?[0-9]{1,18})$') THEN CASE WHEN ("c2" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c2" AS BIGINT) END END = "_o_service", FALSE) THEN 1 ELSE 0 END) AS "_gl3_3", SUM(CASE WHEN "_run" AND TRUE THEN 1 ELSE 0 END) AS "_gl3_4", SUM(CASE WHEN "_run" AND COALESCE((COALESCE(("_xl3_2") = (CAST(1 AS BIGINT)), FALSE) OR COALESCE(("_xl3_2") = (CAST(2 AS BIGINT)), FALSE)), FALSE) THEN 1 ELSE 0 END) AS "_gl3_5" FROM l3_s8 GROUP BY "_rec") g ON g."_rec" = p."_rec"),
l0_s15 AS (
  SELECT *,
    (COALESCE("_gl3_1", 0) <> COALESCE("_nl0_36", 0) OR COALESCE("_gl3_2", 0) > 0 OR COALESCE("_gl3_3", 0) > 0) AS "_rowsl0_37"
  FROM l0_g_service),
l0_s16 AS (
  SELECT *,
    CASE WHEN TRUE THEN CAST(COALESCE("_gl3_4", 0) AS DOUBLE PRECISION) END AS "_xl0_38",
    CASE WHEN TRUE THEN CAST(COALESCE("_gl3_5", 0) AS DOUBLE PRECISION) END AS "_xl0_39"
  FROM l0_s15),
l0_s17 AS (
  SELECT *,
    COALESCE(COALESCE(("_xl0_39") >= (CAST(2 AS DOUBLE PRECISION)), FALSE), FALSE) AS "_bl0_40"
  FROM l0_s16),
l0_s18 AS (
  SELECT *,
    TRUE AND "_bl0_40" AS "_rl0_41"
  FROM l0_s17),
l0_s19 AS (
  SELECT *,
    CASE WHEN "_rl0_41" THEN "_a27" END AS "_xl0_42",
    TRUE AS "_rl0_43"
  FROM l0_s18),
l0_s20 AS (
  SELECT *,
    CASE WHEN "_rl0_43" THEN "_a28" END AS "_xl0_44"
  FROM l0_s19),
l0_s21 AS (
  SELECT *,
    COALESCE(COALESCE(("_xl0_44") = (CAST(1 AS BIGINT)), FALSE), FALSE) AS "_bl0_45"
  FROM l0_s20),
l0_s22 AS (
  SELECT *,
    TRUE AND "_bl0_45" AS "_reachl0_46"
  FROM l0_s21),
l4_f AS (
  SELECT p."_pl4_1" AS "_pl4_1",
    p."_pl4_2" AS "_pl4_2",
    p."_pl4_3" AS "_pl4_3",
    p."_pl4_4" AS "_pl4_4",
    p."_pl4_5" AS "_pl4_5",
    p."_pl4_6" AS "_pl4_6",
    p."_pl4_7" AS "_pl4_7",
    p."_pl4_8" AS "_pl4_8",
    p."_pl4_9" AS "_pl4_9",
    p."_pl4_10" AS "_pl4_10",
    p."_pl4_11" AS "_pl4_11",
    p."_pl4_12" AS "_pl4_12",
    p."_pl4_13" AS "_pl4_13",
    p."_pl4_14" AS "_pl4_14",
    p."_pl4_15" AS "_pl4_15",
    p."_pl4_16" AS "_pl4_16",
    p."_pl4_17" AS "_pl4_17",
    p."_pl4_18" AS "_pl4_18",
    p."_pl4_19" AS "_pl4_19",
    p."_pl4_20" AS "_pl4_20",
    p."_pl4_21" AS "_pl4_21",
    p."_pl4_22" AS "_pl4_22",
    p."_pl4_23" AS "_pl4_23",
    p."_pl4_24" AS "_pl4_24",
    p."_pl4_25" AS "_pl4_25",
    p."_pl4_26" AS "_pl4_26",
    p."_pl4_27" AS "_pl4_27",
    p."_pl4_28" AS "_pl4_28",
    p."_pl4_29" AS "_pl4_29",
    p."_rec" AS "_rec",
    p."_pl4_30" AS "_pl4_30",
    p."_pl4_31" AS "_pl4_31",
    p."_pl4_32" AS "_pl4_32",
    p."_pl4_33" AS "_pl4_33",
    p."_pl4_34" AS "_pl4_34",
    p."_pl4_35" AS "_pl4_35",
    p."_pl4_36" AS "_pl4_36",
    p."_pl4_37" AS "_pl4_37",
    p."_pl4_38" AS "_pl4_38",
    p."_pl4_39" AS "_pl4_39",
    p."_pl4_40" AS "_pl4_40",
    p."_pl4_41" AS "_pl4_41",
    p."_today" AS "_today",
    p."_reach" AS "_reach",
    (p."_reach" AND g.k <= 6) AS "_pre",
    g.k AS "_k_vehicle",
    (c."_row" IS NOT NULL) AS "_has",
    COALESCE(c."_row", p."_prow") AS "_row",
    COALESCE(c."_line", p."_pline") AS "_line",
    p."_pl4_42" AS "c0",
    CAST(g.k AS VARCHAR) AS "c1",
    COALESCE(c."c2", '') AS "c2",
    COALESCE(c."c3", '') AS "c3",
    COALESCE(c."c4", '') AS "c4",
    COALESCE(c."c5", '') AS "c5",
    c."_a2" AS "_a2",
    c."_a3" AS "_a3",
    c."_a4" AS "_a4",
    c."_a5" AS "_a5"
  FROM (SELECT "_xl0_12" AS "_pl4_1", "_xl0_13" AS "_pl4_2", "_xl0_10" AS "_pl4_3", "_xl0_16" AS "_pl4_4", "_xl0_42" AS "_pl4_5", "_xl0_4" AS "_pl4_6", "_xl0_39" AS "_pl4_7", "_xl0_44" AS "_pl4_8", "_xl0_6" AS "_pl4_9", "_xl0_3" AS "_pl4_10", "_xl0_2" AS "_pl4_11", "_xl0_1" AS "_pl4_12", "_xl0_23" AS "_pl4_13", "_xl0_17" AS "_pl4_14", "_xl0_14" AS "_pl4_15", "_xl0_38" AS "_pl4_16", "_xl0_25" AS "_pl4_17", ("c16" = '1') AS "_pl4_18", ("c17" = '1') AS "_pl4_19", ("c18" = '1') AS "_pl4_20", ("c19" = '1') AS "_pl4_21", ("c20" = '1') AS "_pl4_22", ("c21" = '1') AS "_pl4_23", ("c22" = '1') AS "_pl4_24", ("c23" = '1') AS "_pl4_25", ("c24" = '1') AS "_pl4_26", "_xl0_20" AS "_pl4_27", "_xl0_11" AS "_pl4_28", "_xl0_15" AS "_pl4_29", "_rec" AS "_rec", COALESCE("_nl0_8", 0) AS "_pl4_30", COALESCE("_nl0_36", 0) AS "_pl4_31", (COALESCE("_gl1_6", 1) = 1) AS "_pl4_32", (COALESCE("_gl1_5", 0) = 1) AS "_pl4_33", (COALESCE("_gl1_10", 0) = 1) AS "_pl4_34", CAST(COALESCE("_gl1_3", 0) AS DOUBLE PRECISION) AS "_pl4_35", CAST(COALESCE("_gl1_4", 0) AS DOUBLE PRECISION) AS "_pl4_36", CAST(COALESCE("_gl3_5", 0) AS DOUBLE PRECISION) AS "_pl4_37", CAST(COALESCE("_gl3_4", 0) AS DOUBLE PRECISION) AS "_pl4_38", "_gl1_7" AS "_pl4_39", "_gl1_8" AS "_pl4_40", CAST(COALESCE("_gl1_9", 0) AS DOUBLE PRECISION) AS "_pl4_41", "_today" AS "_today", "_row" AS "_prow", "_line" AS "_pline", "_first" AS "_pattach", "_reachl0_46" AS "_reach", "c0" AS "_pl4_42" FROM l0_s22) p CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6)) AS g(k)
  LEFT JOIN (SELECT * FROM l4_s1 WHERE "_seen" = 1 AND NOT "_orphan" AND "_keysok") c ON p."_pattach" AND c."c0" = p."_pl4_42" AND c."c1" = CAST(g.k AS VARCHAR)
  WHERE (p."_reach") OR c."_row" IS NOT NULL),
l4_s2 AS (
  SELECT *,
    "_pre" AS "_rl4_1"
  FROM l4_f),
l4_s3 AS (
  SELECT *,
    CASE WHEN "_rl4_1" THEN "_a2" END AS "_xl4_2"
  FROM l4_s2),
l4_s4 AS (
  SELECT *,
    COALESCE((COALESCE(("_xl4_2") = (CAST(1 AS BIGINT)), FALSE) OR COALESCE(("_xl4_2") = (CAST(2 AS BIGINT)), FALSE)), FALSE) AS "_bl4_3"
  FROM l4_s3),
l4_s5 AS (
  SELECT *,
    "_pre" AND "_bl4_3" AS "_rl4_4"
  FROM l4_s4),
l4_s6 AS (
  SELECT *,
    CASE WHEN "_rl4_4" THEN "_a3" END AS "_xl4_5",
    "_pre" AS "_rl4_6"
  FROM l4_s5),
l4_s7 AS (
  SELECT *,
    CASE WHEN "_rl4_6" THEN "_a4" END AS "_xl4_7",
    "_pre" AS "_rl4_8"
  FROM l4_s6),
l4_s8 AS (
  SELECT *,
    CASE WHEN "_rl4_8" THEN "_a5" END AS "_xl4_9"
  FROM l4_s7),
l4_s9 AS (
  SELECT *,
    COALESCE(COALESCE(("_xl4_9") = (CAST(1 AS BIGINT)), FALSE), FALSE) AS "_wl4_10"
  FROM l4_s8),
l4_while AS (
  SELECT *, CASE WHEN "_reach" THEN LEAST(COALESCE(MIN(CASE WHEN "_pre" AND NOT "_wl4_10" THEN "_k_vehicle" END) OVER (PARTITION BY "_rec"), 6), 6) ELSE 0 END AS "_n_vehicle"
  FROM l4_s9),
l4_while2 AS MATERIALIZED (
  SELECT *, ("_reach" AND "_k_vehicle" <= "_n_vehicle") AS "_run"
  FROM l4_while),
l0_g_vehicle AS (
  SELECT p.*, g."_gl4_1", g."_gl4_2", g."_gl4_3", g."_gl4_4", g."_gl4_5"
  FROM l0_s22 p LEFT JOIN (SELECT "_rec", SUM(CASE WHEN "_has" THEN 1 ELSE 0 END) AS "_gl4_1", SUM(CASE WHEN "_has" AND NOT ("_k_vehicle" <= "_n_vehicle") THEN 1 ELSE 0 END) AS "_gl4_2", MAX("_n_vehicle") AS "_gl4_3", SUM(CASE WHEN "_run" AND TRUE THEN 1 ELSE 0 END) AS "_gl4_4", SUM(CASE WHEN "_run" AND COALESCE((COALESCE(("_xl4_5") = (CAST(3 AS BIGINT)), FALSE) OR COALESCE(("_xl4_5") = (CAST(4 AS BIGINT)), FALSE)), FALSE) THEN 1 ELSE 0 END) AS "_gl4_5" FROM l4_while2 GROUP BY "_rec") g ON g."_rec" = p."_rec"),
l0_s23 AS (
  SELECT *,
    (COALESCE("_gl4_1", 0) <> COALESCE("_gl4_3", 0) OR COALESCE("_gl4_2", 0) > 0 OR COALESCE(0, 0) > 0) AS "_rowsl0_47"
  FROM l0_g_vehicle),
l0_s24 AS (
  SELECT *,
    CASE WHEN TRUE THEN CAST(COALESCE("_gl4_4", 0) AS DOUBLE PRECISION) END AS "_xl0_48",
    CASE WHEN TRUE THEN CAST(COALESCE("_gl4_5", 0) AS DOUBLE PRECISION) END AS "_xl0_49"
  FROM l0_s23),
l0_s25 AS (
  SELECT *,
    COALESCE((COALESCE(COALESCE(("_xl0_44") = (CAST(1 AS BIGINT)), FALSE), FALSE) AND COALESCE(COALESCE(("_xl0_49") = (CAST(0 AS DOUBLE PRECISION)), FALSE), FALSE)), FALSE) AS "_bl0_50"
  FROM l0_s24),
l0_s26 AS (
  SELECT *,
    TRUE AND "_bl0_50" AS "_rl0_51"
  FROM l0_s25),
l0_s27 AS (
  SELECT *,
    CASE WHEN "_rl0_51" THEN "_a31" END AS "_xl0_52",
    TRUE AS "_rl0_53"
  FROM l0_s26),
l0_s28 AS (
  SELECT *,
    CASE WHEN "_rl0_53" THEN "_a32" END AS "_xl0_54",
    TRUE AS "_rl0_55"
  FROM l0_s27),
l0_s29 AS MATERIALIZED (
  SELECT *,
    CASE WHEN "_rl0_55" THEN "_a33" END AS "_xl0_56"
  FROM l0_s28)
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
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('children' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c6" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20006 AS "_order"
FROM l0_s1 WHERE "c6" <> '' AND NOT (("c6" ~ '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('under_school_age' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c7" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20007 AS "_order"
FROM l0_s1 WHERE "c7" <> '' AND NOT (("c7" ~ '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('adult_employed' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c8" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20008 AS "_order"
FROM l0_s1 WHERE "c8" <> '' AND NOT ("c8" IN ('0', '1'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('all_retired' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c9" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20009 AS "_order"
FROM l0_s1 WHERE "c9" <> '' AND NOT ("c9" IN ('0', '1'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('oldest' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c10" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20010 AS "_order"
FROM l0_s1 WHERE "c10" <> '' AND NOT (("c10" ~ '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('youngest' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c11" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20011 AS "_order"
FROM l0_s1 WHERE "c11" <> '' AND NOT (("c11" ~ '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('commute_minutes_total' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c12" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20012 AS "_order"
FROM l0_s1 WHERE "c12" <> '' AND NOT (("c12" ~ '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('needs_help' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c13" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20013 AS "_order"
FROM l0_s1 WHERE "c13" <> '' AND NOT ("c13" IN ('0', '1'))
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
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_count' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c25" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20025 AS "_order"
FROM l0_s1 WHERE "c25" <> '' AND NOT (("c25" ~ '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('dissatisfied_services' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c26" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20026 AS "_order"
FROM l0_s1 WHERE "c26" <> '' AND NOT (("c26" ~ '^(-*[0-9]+)$'))
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
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('vehicle_count' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c29" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20029 AS "_order"
FROM l0_s1 WHERE "c29" <> '' AND NOT (("c29" ~ '^(-*[0-9]+)$'))
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('chargeable_vehicles' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c30" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 20030 AS "_order"
FROM l0_s1 WHERE "c30" <> '' AND NOT (("c30" ~ '^(-*[0-9]+)$'))
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
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('household_size' AS VARCHAR) AS "variable", CAST('QD6012' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(COALESCE("_gl1_1", 0) AS VARCHAR) AS "value", CAST('the repeat''s rows do not match its driver' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 80000 AS "_order"
FROM l0_s29 WHERE TRUE AND "_rowsl0_9"
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used' AS VARCHAR) AS "variable", CAST('QD6012' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(COALESCE("_gl3_1", 0) AS VARCHAR) AS "value", CAST('the repeat''s rows do not match its driver' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 80000 AS "_order"
FROM l0_s29 WHERE TRUE AND "_rowsl0_37"
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('vehicle' AS VARCHAR) AS "variable", CAST('QD6012' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(COALESCE("_gl4_1", 0) AS VARCHAR) AS "value", CAST('the repeat''s rows do not match its driver' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 80000 AS "_order"
FROM l0_s29 WHERE TRUE AND "_rowsl0_47"
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('charging_interest' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c31" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40000 AS "_order"
FROM l0_s29 WHERE "_a31" IS NOT NULL AND NOT ("_rl0_51" AND TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('contact_permission' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c27" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40001 AS "_order"
FROM l0_s29 WHERE "_a27" IS NOT NULL AND NOT ("_rl0_41" AND TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('feedback' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c33" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40002 AS "_order"
FROM l0_s29 WHERE "_a33" IS NOT NULL AND NOT ("_rl0_55" AND TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('has_vehicles' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c28" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40003 AS "_order"
FROM l0_s29 WHERE "_a28" IS NOT NULL AND NOT ("_rl0_43" AND TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('household_size' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40004 AS "_order"
FROM l0_s29 WHERE "_a5" IS NOT NULL AND NOT ("_rl0_5" AND TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('knows_elderly_services' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c15" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40005 AS "_order"
FROM l0_s29 WHERE "_a15" IS NOT NULL AND NOT ("_rl0_22" AND TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('priority' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c32" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40006 AS "_order"
FROM l0_s29 WHERE "_a32" IS NOT NULL AND NOT ("_rl0_53" AND TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_used' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws(' ', CASE WHEN "c16" = '1' THEN '1' END, CASE WHEN "c17" = '1' THEN '2' END, CASE WHEN "c18" = '1' THEN '3' END, CASE WHEN "c19" = '1' THEN '4' END, CASE WHEN "c20" = '1' THEN '5' END, CASE WHEN "c21" = '1' THEN '6' END, CASE WHEN "c22" = '1' THEN '7' END, CASE WHEN "c23" = '1' THEN '8' END, CASE WHEN "c24" = '1' THEN '9' END) AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40007 AS "_order"
FROM l0_s29 WHERE "_g16" AND NOT ("_rl0_24" AND TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('shift_care_need' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c14" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 40008 AS "_order"
FROM l0_s29 WHERE "_a14" IS NOT NULL AND NOT ("_rl0_19" AND TRUE)
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('household_size' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 50001 AS "_order"
FROM l0_s29 WHERE "_rl0_5" AND "_xl0_6" IS NULL AND NOT ("c5" <> '' AND "_a5" IS NULL) AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('has_vehicles' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 50002 AS "_order"
FROM l0_s29 WHERE "_rl0_43" AND "_xl0_44" IS NULL AND NOT ("c28" <> '' AND "_a28" IS NULL) AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('children' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c6" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70006 AS "_order"
FROM l0_s29 WHERE ("c6" = '' OR ("c6" ~ '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN "_xl0_10" = floor("_xl0_10") AND abs("_xl0_10") < 1e15 THEN CAST(CAST("_xl0_10" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_10" AS VARCHAR) END, '') <> "c6" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('under_school_age' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c7" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70007 AS "_order"
FROM l0_s29 WHERE ("c7" = '' OR ("c7" ~ '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN "_xl0_11" = floor("_xl0_11") AND abs("_xl0_11") < 1e15 THEN CAST(CAST("_xl0_11" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_11" AS VARCHAR) END, '') <> "c7" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('adult_employed' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c8" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70008 AS "_order"
FROM l0_s29 WHERE ("c8" = '' OR "c8" IN ('0', '1')) AND COALESCE(CASE WHEN "_xl0_12" THEN '1' ELSE '0' END, '') <> "c8" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('all_retired' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c9" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70009 AS "_order"
FROM l0_s29 WHERE ("c9" = '' OR "c9" IN ('0', '1')) AND COALESCE(CASE WHEN "_xl0_13" THEN '1' ELSE '0' END, '') <> "c9" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('oldest' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c10" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70010 AS "_order"
FROM l0_s29 WHERE ("c10" = '' OR ("c10" ~ '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN "_xl0_14" = floor("_xl0_14") AND abs("_xl0_14") < 1e15 THEN CAST(CAST("_xl0_14" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_14" AS VARCHAR) END, '') <> "c10" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('youngest' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c11" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70011 AS "_order"
FROM l0_s29 WHERE ("c11" = '' OR ("c11" ~ '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN "_xl0_15" = floor("_xl0_15") AND abs("_xl0_15") < 1e15 THEN CAST(CAST("_xl0_15" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_15" AS VARCHAR) END, '') <> "c11" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('commute_minutes_total' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c12" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70012 AS "_order"
FROM l0_s29 WHERE ("c12" = '' OR ("c12" ~ '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN "_xl0_16" = floor("_xl0_16") AND abs("_xl0_16") < 1e15 THEN CAST(CAST("_xl0_16" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_16" AS VARCHAR) END, '') <> "c12" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('needs_help' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c13" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70013 AS "_order"
FROM l0_s29 WHERE ("c13" = '' OR "c13" IN ('0', '1')) AND COALESCE(CASE WHEN "_xl0_17" THEN '1' ELSE '0' END, '') <> "c13" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('services_count' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c25" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70025 AS "_order"
FROM l0_s29 WHERE ("c25" = '' OR ("c25" ~ '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN "_xl0_38" = floor("_xl0_38") AND abs("_xl0_38") < 1e15 THEN CAST(CAST("_xl0_38" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_38" AS VARCHAR) END, '') <> "c25" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('dissatisfied_services' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c26" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70026 AS "_order"
FROM l0_s29 WHERE ("c26" = '' OR ("c26" ~ '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN "_xl0_39" = floor("_xl0_39") AND abs("_xl0_39") < 1e15 THEN CAST(CAST("_xl0_39" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_39" AS VARCHAR) END, '') <> "c26" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('vehicle_count' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c29" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70029 AS "_order"
FROM l0_s29 WHERE ("c29" = '' OR ("c29" ~ '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN "_xl0_48" = floor("_xl0_48") AND abs("_xl0_48") < 1e15 THEN CAST(CAST("_xl0_48" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_48" AS VARCHAR) END, '') <> "c29" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('' AS VARCHAR) AS "level", "c0" AS "record_id", CAST('' AS VARCHAR) AS "iteration", CAST('chargeable_vehicles' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c30" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 0 AS "_level", "_row", 70030 AS "_order"
FROM l0_s29 WHERE ("c30" = '' OR ("c30" ~ '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN "_xl0_49" = floor("_xl0_49") AND abs("_xl0_49") < 1e15 THEN CAST(CAST("_xl0_49" AS BIGINT) AS VARCHAR) ELSE CAST("_xl0_49" AS VARCHAR) END, '') <> "c30" AND TRUE AND TRUE
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('person_index' AS VARCHAR) AS "variable", CAST('QD6010' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws('.', "c1") AS VARCHAR) AS "value", CAST('this iteration of the record is given by an earlier row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 10000 AS "_order"
FROM l1_s1 WHERE "_seen" > 1 AND NOT "_orphan" AND "_keysok"
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
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('age' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('not a value of this calculate''s type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 20004 AS "_order"
FROM l1_s1 WHERE "c4" <> '' AND NOT (("c4" ~ '^(-*[0-9]+)$'))
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
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('person' AS VARCHAR) AS "variable", CAST('QD6012' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(COALESCE("_gl2_1", 0) AS VARCHAR) AS "value", CAST('the repeat''s rows do not match its driver' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 80000 AS "_order"
FROM l1_s18 WHERE "_has" AND "_rowsl1_26"
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('activity' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c7" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 40000 AS "_order"
FROM l1_s18 WHERE "_a7" IS NOT NULL AND NOT ("_rl1_14" AND "_run")
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('birth_date' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 40001 AS "_order"
FROM l1_s18 WHERE "_a3" IS NOT NULL AND NOT ("_rl1_3" AND "_run")
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('commute_minutes' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c9" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 40002 AS "_order"
FROM l1_s18 WHERE "_a9" IS NOT NULL AND NOT ("_rl1_19" AND "_run")
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('commute_mode' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c8" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 40003 AS "_order"
FROM l1_s18 WHERE "_a8" IS NOT NULL AND NOT ("_rl1_17" AND "_run")
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('daily_help' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c10" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 40004 AS "_order"
FROM l1_s18 WHERE "_a10" IS NOT NULL AND NOT ("_rl1_22" AND "_run")
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('in_early_education' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 40005 AS "_order"
FROM l1_s18 WHERE "_a5" IS NOT NULL AND NOT ("_rl1_9" AND "_run")
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('name' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 40006 AS "_order"
FROM l1_s18 WHERE "_a2" IS NOT NULL AND NOT ("_rl1_1" AND "_run")
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('school_travel' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c6" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 40007 AS "_order"
FROM l1_s18 WHERE "_a6" IS NOT NULL AND NOT ("_rl1_12" AND "_run")
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('name' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 50001 AS "_order"
FROM l1_s18 WHERE "_rl1_1" AND "_xl1_2" IS NULL AND NOT ("c2" <> '' AND "_a2" IS NULL) AND "_run"
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('birth_date' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 50002 AS "_order"
FROM l1_s18 WHERE "_rl1_3" AND "_xl1_4" IS NULL AND NOT ("c3" <> '' AND "_a3" IS NULL) AND "_run"
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('in_early_education' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 50003 AS "_order"
FROM l1_s18 WHERE "_rl1_9" AND "_xl1_10" IS NULL AND NOT ("c5" <> '' AND "_a5" IS NULL) AND "_run"
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('activity' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 50004 AS "_order"
FROM l1_s18 WHERE "_rl1_14" AND "_xl1_15" IS NULL AND NOT ("c7" <> '' AND "_a7" IS NULL) AND "_run"
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('daily_help' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 50005 AS "_order"
FROM l1_s18 WHERE "_rl1_22" AND "_xl1_23" IS NULL AND NOT ("c10" <> '' AND "_a10" IS NULL) AND "_run"
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('birth_date' AS VARCHAR) AS "variable", CAST('QD6007' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('fails its check birth_date <= interview_date and years_between(birth_date, interview_date) <= 110' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 60001 AS "_order"
FROM l1_s18 WHERE "_cl1_5" AND "_run"
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('birth_date' AS VARCHAR) AS "variable", CAST('QD6007' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('fails its check person.index > 1 or years_between(birth_date, interview_date) >= 15' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 60002 AS "_order"
FROM l1_s18 WHERE "_cl1_6" AND "_run"
UNION ALL
SELECT CAST('household_services__person' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('person' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('age' AS VARCHAR) AS "variable", CAST('QD6009' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('the instrument computes another value from the answers' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 1 AS "_level", "_row", 70004 AS "_order"
FROM l1_s18 WHERE ("c4" = '' OR ("c4" ~ '^(-*[0-9]+)$')) AND COALESCE(CASE WHEN "_xl1_7" = floor("_xl1_7") AND abs("_xl1_7") < 1e15 THEN CAST(CAST("_xl1_7" AS BIGINT) AS VARCHAR) ELSE CAST("_xl1_7" AS VARCHAR) END, '') <> "c4" AND "_has" AND "_run"
UNION ALL
SELECT CAST('household_services__other' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('other' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1", "c2") AS "iteration", CAST('other_index' AS VARCHAR) AS "variable", CAST('QD6010' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws('.', "c1", "c2") AS VARCHAR) AS "value", CAST('this iteration of the record is given by an earlier row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 2 AS "_level", "_row", 10000 AS "_order"
FROM l2_s1 WHERE "_seen" > 1 AND NOT "_orphan" AND "_keysok"
UNION ALL
SELECT CAST('household_services__other' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('other' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1", "c2") AS "iteration", CAST('record_id' AS VARCHAR) AS "variable", CAST('QD6011' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c0" AS VARCHAR) AS "value", CAST('a repeat''s row without its parent''s row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 2 AS "_level", "_row", 10001 AS "_order"
FROM l2_s1 WHERE "_orphan" AND "_keysok"
UNION ALL
SELECT CAST('household_services__other' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('other' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1", "c2") AS "iteration", CAST('relation' AS VARCHAR) AS "variable", CAST('QD6003' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not a value of this type' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 2 AS "_level", "_row", 20003 AS "_order"
FROM l2_s1 WHERE "c3" <> '' AND NOT (("c3" ~ '^([+-]?[0-9]{1,18})$'))
UNION ALL
SELECT CAST('household_services__other' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('other' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1", "c2") AS "iteration", CAST('relation' AS VARCHAR) AS "variable", CAST('QD6004' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('not an answer the question accepts' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 2 AS "_level", "_row", 20003 AS "_order"
FROM l2_s1 WHERE "c3" <> '' AND (("c3" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c3" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c3" AS BIGINT) END IN (1, 2, 3, 4, 5, 6, 7, 8), FALSE)
UNION ALL
SELECT CAST('household_services__other' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('other' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1", "c2") AS "iteration", CAST('relation' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 2 AS "_level", "_row", 40000 AS "_order"
FROM l2_s4 WHERE "_a3" IS NOT NULL AND NOT ("_rl2_2" AND "_run")
UNION ALL
SELECT CAST('household_services__other' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('other' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1", "c2") AS "iteration", CAST('relation' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 2 AS "_level", "_row", 50001 AS "_order"
FROM l2_s4 WHERE "_rl2_2" AND "_xl2_3" IS NULL AND NOT ("c3" <> '' AND "_a3" IS NULL) AND "_run"
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('service_index' AS VARCHAR) AS "variable", CAST('QD6010' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws('.', "c1") AS VARCHAR) AS "value", CAST('this iteration of the record is given by an earlier row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 10000 AS "_order"
FROM l3_s1 WHERE "_seen" > 1 AND NOT "_orphan" AND "_keysok"
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
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('improvement' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 40000 AS "_order"
FROM l3_s8 WHERE "_a4" IS NOT NULL AND NOT ("_rl3_4" AND "_run")
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('service_satisfaction' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 40001 AS "_order"
FROM l3_s8 WHERE "_a3" IS NOT NULL AND NOT ("_rl3_1" AND "_run")
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('winter_maintenance' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 40002 AS "_order"
FROM l3_s8 WHERE "_a5" IS NOT NULL AND NOT ("_rl3_7" AND "_run")
UNION ALL
SELECT CAST('household_services__service' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('service' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('service_satisfaction' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 3 AS "_level", "_row", 50001 AS "_order"
FROM l3_s8 WHERE "_rl3_1" AND "_xl3_2" IS NULL AND NOT ("c3" <> '' AND "_a3" IS NULL) AND "_run"
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('vehicle_index' AS VARCHAR) AS "variable", CAST('QD6010' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST(concat_ws('.', "c1") AS VARCHAR) AS "value", CAST('this iteration of the record is given by an earlier row' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 10000 AS "_order"
FROM l4_s1 WHERE "_seen" > 1 AND NOT "_orphan" AND "_keysok"
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
FROM l4_s1 WHERE "c5" <> '' AND (("c5" ~ '^([+-]?[0-9]{1,18})$')) AND NOT COALESCE(CASE WHEN ("c5" ~ '^([+-]?[0-9]{1,18})$') THEN CAST("c5" AS BIGINT) END IN (1, 2), FALSE)
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('more_vehicles' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c5" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 40000 AS "_order"
FROM l4_while2 WHERE "_a5" IS NOT NULL AND NOT ("_rl4_8" AND "_run")
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('parking' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c4" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 40001 AS "_order"
FROM l4_while2 WHERE "_a4" IS NOT NULL AND NOT ("_rl4_6" AND "_run")
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('power' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c3" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 40002 AS "_order"
FROM l4_while2 WHERE "_a3" IS NOT NULL AND NOT ("_rl4_4" AND "_run")
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('vehicle_type' AS VARCHAR) AS "variable", CAST('QD6005' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST("c2" AS VARCHAR) AS "value", CAST('answered, but the routing did not ask it' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 40003 AS "_order"
FROM l4_while2 WHERE "_a2" IS NOT NULL AND NOT ("_rl4_1" AND "_run")
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('vehicle_type' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 50001 AS "_order"
FROM l4_while2 WHERE "_rl4_1" AND "_xl4_2" IS NULL AND NOT ("c2" <> '' AND "_a2" IS NULL) AND "_run"
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('power' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 50002 AS "_order"
FROM l4_while2 WHERE "_rl4_4" AND "_xl4_5" IS NULL AND NOT ("c3" <> '' AND "_a3" IS NULL) AND "_run"
UNION ALL
SELECT CAST('household_services__vehicle' AS VARCHAR) AS "file", CAST("_line" AS BIGINT) AS "line", CAST('vehicle' AS VARCHAR) AS "level", "c0" AS "record_id", concat_ws('.', "c1") AS "iteration", CAST('more_vehicles' AS VARCHAR) AS "variable", CAST('QD6006' AS VARCHAR) AS "rule", CAST('error' AS VARCHAR) AS "severity", CAST('' AS VARCHAR) AS "value", CAST('required and asked, but not answered' AS VARCHAR) AS "message", CAST('' AS VARCHAR) AS "cause", 4 AS "_level", "_row", 50003 AS "_order"
FROM l4_while2 WHERE "_rl4_8" AND "_xl4_9" IS NULL AND NOT ("c5" <> '' AND "_a5" IS NULL) AND "_run";

-- The findings, in validate-data's order: by level, by row, then within a row duplicate key, cells, routing, checks, calculates.
CREATE VIEW findings AS SELECT "file", "line", "level", "record_id", "iteration", "variable", "rule", "severity", "value", "message", "cause" FROM qdsl_findings ORDER BY "_level", "_row", "_order";

SELECT * FROM findings;
