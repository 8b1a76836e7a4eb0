* Encoding: UTF-8.
* SPSS syntax for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-roster.person.csv: one row per person; as many as household_size (at most 12); its key columns are record_id, person_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.csv is labelled by household-roster.sps.
* household-roster.job.csv is labelled by household-roster.job.sps.
* household-roster.other.csv is labelled by household-roster.other.sps.

VARIABLE LABELS record_id "Record identifier (links the rows of every data file)"
  /person_index "Number of the person row, from 1"
  /name "What is the name of person {person.index}?"
  /age "How old is {name}?"
  /employed "Does {name} have a paid job?"
  /jobs "How many jobs does {name} have?"
  /health_sleep "How does {name} feel?: Sleeps well"
  /health_eats "How does {name} feel?: Eats well"
  /is_adult "is_adult = age >= 18".

VALUE LABELS employed
      1 "Yes"
      2 "No"
      -1 "Don't know"
  /health_sleep health_eats
      1 "Disagree"
      2 "Agree"
  /is_adult
      0 "false"
      1 "true".

MISSING VALUES employed (-1).
