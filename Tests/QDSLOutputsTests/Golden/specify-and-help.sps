* Encoding: UTF-8.
* SPSS syntax for the survey library_visits, labels in en, written by qdsl compile.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file specify-and-help.csv: one row per record; its key columns are record_id.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* specify-and-help.visit.csv is labelled by specify-and-help.visit.sps.

VARIABLE LABELS record_id "Record identifier (links the rows of every data file)"
  /main_channel "Where did you borrow most?"
  /main_channel_other "Where did you borrow most?: Somewhere else: Where?"
  /channels_1 "Where did you borrow?: At the desk"
  /channels_2 "Where did you borrow?: Self-service"
  /channels_96 "Where did you borrow?: Somewhere else"
  /channels_m1 "Where did you borrow?: Don't know"
  /channels_other "Where did you borrow?: Somewhere else: Where?".

VALUE LABELS main_channel
      1 "At the desk"
      2 "Self-service"
      96 "Somewhere else"
      -1 "Don't know"
  /channels_1 channels_2 channels_96 channels_m1
      0 "not selected"
      1 "selected".

MISSING VALUES main_channel (-1).
