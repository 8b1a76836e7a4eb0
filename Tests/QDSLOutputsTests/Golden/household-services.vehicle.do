* Stata do-file for the survey household_services, version 2025.1, labels in fi, written by qdsl compile.
* Title: Kotitalouksien palvelukysely 2025
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file household-services.vehicle.csv: yksi rivi per vehicle; uusi lisätään niin kauan kuin more_vehicles = Kyllä (1), enintään 6; its key columns are record_id, vehicle_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-services.csv is labelled by household-services.do.

version 14

* Variable labels
label variable record_id `"Tietueen tunniste (yhdistää kaikkien datatiedostojen rivit)"'
label variable vehicle_index `"vehicle-rivin numero, alkaen 1:stä"'
label variable vehicle_type `"Millainen ajoneuvo {vehicle.index} on?"'
label variable power `"Mikä on ajoneuvon käyttövoima?"'
label variable parking `"Missä ajoneuvo on yleensä pysäköitynä yöllä?"'
label variable more_vehicles `"Onko kotitaloudellanne vielä muita ajoneuvoja?"'

* Value labels
label define vehicle_type ///
  1 `"Henkilöauto"' ///
  2 `"Pakettiauto"' ///
  3 `"Moottoripyörä"' ///
  4 `"Mopo tai mopoauto"', replace
label values vehicle_type vehicle_type
label define power ///
  1 `"Bensiini"' ///
  2 `"Diesel"' ///
  3 `"Sähkö"' ///
  4 `"Lataushybridi"' ///
  5 `"Muu (esimerkiksi kaasu)"', replace
label values power power
label define parking ///
  1 `"Oma piha tai autotalli"' ///
  2 `"Taloyhtiön pysäköintipaikka"' ///
  3 `"Kadun varressa"' ///
  4 `"Pysäköintitalossa"', replace
label values parking parking
label define more_vehicles ///
  1 `"Kyllä"' ///
  2 `"Ei"', replace
label values more_vehicles more_vehicles
