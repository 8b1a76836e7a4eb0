* Stata do-file for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file household-roster.crop.csv: one row per option chosen in grown (at most 3); its key columns are record_id, crop_index, crop.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.csv is labelled by household-roster.do.

version 14

* Variable labels
label variable record_id `"Record identifier (links the rows of every data file)"'
label variable crop_index `"Number of the crop row, from 1"'
label variable crop `"Option of the crop row"'
label variable area `"How many hectares of {crop}?"'
label variable maize_kind `"Which kind of maize?"'

* Value labels
label define crop ///
  1 `"Maize"' ///
  2 `"Beans"' ///
  3 `"Rice"', replace
label values crop crop
