* Encoding: UTF-8.
* SPSS syntax for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-roster.crop.csv: one row per option chosen in grown (at most 3); its key columns are record_id, crop_index, crop.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.csv is labelled by household-roster.sps.

VARIABLE LABELS record_id "Record identifier (links the rows of every data file)"
  /crop_index "Number of the crop row, from 1"
  /crop "Option of the crop row"
  /area "How many hectares of {crop}?"
  /maize_kind "Which kind of maize?".

VALUE LABELS crop
      1 "Maize"
      2 "Beans"
      3 "Rice".
