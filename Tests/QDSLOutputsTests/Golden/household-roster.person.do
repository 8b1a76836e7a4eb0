* Stata do-file for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file household-roster.person.csv: one row per person; as many as household_size (at most 12); its key columns are record_id, person_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.csv is labelled by household-roster.do.
* household-roster.job.csv is labelled by household-roster.job.do.
* household-roster.other.csv is labelled by household-roster.other.do.
* Missing-value codes become extended missing values: .a = -1.

version 14

* Variable labels
label variable record_id `"Record identifier (links the rows of every data file)"'
label variable person_index `"Number of the person row, from 1"'
label variable name `"What is the name of person {person.index}?"'
label variable age `"How old is {name}?"'
label variable employed `"Does {name} have a paid job?"'
label variable jobs `"How many jobs does {name} have?"'
label variable health_sleep `"How does {name} feel?: Sleeps well"'
label variable health_eats `"How does {name} feel?: Eats well"'
label variable is_adult `"is_adult = age >= 18"'

* Missing-value codes as extended missing values
replace employed = .a if employed == -1

* Value labels
label define employed ///
  1 `"Yes"' ///
  2 `"No"' ///
  .a `"Don't know"', replace
label values employed employed
label define health ///
  1 `"Disagree"' ///
  2 `"Agree"', replace
label values health_sleep health_eats health
label define true_false ///
  0 `"false"' ///
  1 `"true"', replace
label values is_adult true_false
