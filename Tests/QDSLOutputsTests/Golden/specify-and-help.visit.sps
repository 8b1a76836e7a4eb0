* Encoding: UTF-8.
* SPSS syntax for the survey library_visits, labels in en, written by qdsl compile.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file specify-and-help.visit.csv: one row per visit; as many as 2 (at most 2); its key columns are record_id, visit_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* specify-and-help.csv is labelled by specify-and-help.sps.

VARIABLE LABELS record_id "Record identifier (links the rows of every data file)"
  /visit_index "Number of the visit row, from 1"
  /visit_channel "Visit {visit.index}: where?"
  /visit_channel_other "Visit {visit.index}: where?: Somewhere else: Where?".

VALUE LABELS visit_channel
      1 "At the desk"
      2 "Self-service"
      96 "Somewhere else"
      -1 "Don't know".

MISSING VALUES visit_channel (-1).
