* Encoding: UTF-8.
* SPSS syntax for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-roster.livestock.csv: one row per option of animal_list (2); its key columns are record_id, livestock_index, livestock.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.csv is labelled by household-roster.sps.

VARIABLE LABELS record_id "Record identifier (links the rows of every data file)"
  /livestock_index "Number of the livestock row, from 1"
  /livestock "Option of the livestock row"
  /herd "How many {livestock} do you keep?".

VALUE LABELS livestock
      1 "Cattle"
      2 "Goats".
