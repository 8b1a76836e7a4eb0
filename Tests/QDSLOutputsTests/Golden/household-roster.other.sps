* Encoding: UTF-8.
* SPSS syntax for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-roster.other.csv: one row per person row (at most 12); within each person row; its key columns are record_id, person_index, other_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.person.csv is labelled by household-roster.person.sps.

VARIABLE LABELS record_id "Record identifier (links the rows of every data file)"
  /person_index "Number of the person row, from 1"
  /other_index "Number of the other row, from 1"
  /relation "What is {other.name} to {name}?".

VALUE LABELS relation
      1 "Spouse"
      2 "Child"
      3 "Other relative"
      4 "Not related".
