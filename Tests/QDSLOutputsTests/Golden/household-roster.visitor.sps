* Encoding: UTF-8.
* SPSS syntax for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-roster.visitor.csv: one row per visitor; add another while more = Yes (1), at most 10; its key columns are record_id, visitor_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.csv is labelled by household-roster.sps.

VARIABLE LABELS record_id "Record identifier (links the rows of every data file)"
  /visitor_index "Number of the visitor row, from 1"
  /visitor_name "Visitor's name?"
  /more "Is there anyone else?".

VALUE LABELS more
      1 "Yes"
      2 "No"
      -1 "Don't know".

MISSING VALUES more (-1).
