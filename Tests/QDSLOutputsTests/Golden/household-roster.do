* Stata do-file for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file household-roster.csv: one row per record; its key columns are record_id.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.person.csv is labelled by household-roster.person.do.
* household-roster.crop.csv is labelled by household-roster.crop.do.
* household-roster.livestock.csv is labelled by household-roster.livestock.do.
* household-roster.visitor.csv is labelled by household-roster.visitor.do.
* Missing-value codes become extended missing values: .a = -1.

version 14

* Variable labels
label variable record_id `"Record identifier (links the rows of every data file)"'
label variable household_size `"How many people live here?"'
label variable children `"children = count(person where age < 16)"'
label variable oldest `"oldest = max(person.age)"'
label variable youngest `"youngest = min(person.age)"'
label variable working_hours `"working_hours = sum(job.hours)"'
label variable all_adults `"all_adults = all(person where is_adult)"'
label variable has_worker `"has_worker = any(person where employed == yes)"'
label variable childcare `"Do you use childcare?"'
label variable grown_1 `"Which crops do you grow?: Maize"'
label variable grown_2 `"Which crops do you grow?: Beans"'
label variable grown_3 `"Which crops do you grow?: Rice"'
label variable n_visitors `"n_visitors = count(visitor)"'

* Missing-value codes as extended missing values
replace childcare = .a if childcare == -1

* Value labels
label define true_false ///
  0 `"false"' ///
  1 `"true"', replace
label values all_adults has_worker true_false
label define childcare ///
  1 `"Yes"' ///
  2 `"No"' ///
  .a `"Don't know"', replace
label values childcare childcare
label define selected ///
  0 `"not selected"' ///
  1 `"selected"', replace
label values grown_1 grown_2 grown_3 selected
