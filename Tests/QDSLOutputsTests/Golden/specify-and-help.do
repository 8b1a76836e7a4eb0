* Stata do-file for the survey library_visits, labels in en, written by qdsl compile.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file specify-and-help.csv: one row per record; its key columns are record_id.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* specify-and-help.visit.csv is labelled by specify-and-help.visit.do.
* Missing-value codes become extended missing values: .a = -1.

version 14

* Variable labels
label variable record_id `"Record identifier (links the rows of every data file)"'
label variable main_channel `"Where did you borrow most?"'
label variable main_channel_other `"Where did you borrow most?: Somewhere else: Where?"'
label variable channels_1 `"Where did you borrow?: At the desk"'
label variable channels_2 `"Where did you borrow?: Self-service"'
label variable channels_96 `"Where did you borrow?: Somewhere else"'
label variable channels_m1 `"Where did you borrow?: Don't know"'
label variable channels_other `"Where did you borrow?: Somewhere else: Where?"'

* Missing-value codes as extended missing values
replace main_channel = .a if main_channel == -1

* Value labels
label define main_channel ///
  1 `"At the desk"' ///
  2 `"Self-service"' ///
  96 `"Somewhere else"' ///
  .a `"Don't know"', replace
label values main_channel main_channel
label define selected ///
  0 `"not selected"' ///
  1 `"selected"', replace
label values channels_1 channels_2 channels_96 channels_m1 selected
