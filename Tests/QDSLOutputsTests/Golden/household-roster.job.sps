* Encoding: UTF-8.
* SPSS syntax for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-roster.job.csv: one row per job; as many as jobs (at most 3); within each person row; its key columns are record_id, person_index, job_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.person.csv is labelled by household-roster.person.sps.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* hours: hours <= 60. Message: Over 60 hours: please check.

VARIABLE LABELS record_id "Record identifier (links the rows of every data file)"
  /person_index "Number of the person row, from 1"
  /job_index "Number of the job row, from 1"
  /hours "Hours a week in job {job.index}?".
