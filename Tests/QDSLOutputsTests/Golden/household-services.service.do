* Stata do-file for the survey household_services, version 2025.1, labels in fi, written by qdsl compile.
* Title: Kotitalouksien palvelukysely 2025
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file household-services.service.csv: yksi rivi per kysymyksessä services_used valittu vaihtoehto (enintään 9); its key columns are record_id, service_index, service.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-services.csv is labelled by household-services.do.
* Missing-value codes become extended missing values: .a = -1.

version 14

* Variable labels
label variable record_id `"Tietueen tunniste (yhdistää kaikkien datatiedostojen rivit)"'
label variable service_index `"service-rivin numero, alkaen 1:stä"'
label variable service `"service-rivin vaihtoehto"'
label variable service_satisfaction `"Kuinka tyytyväisiä olette olleet tähän palveluun: {service}?"'
label variable improvement `"Mitä palvelussa pitäisi parantaa? ({service})"'
label variable winter_maintenance `"Entä kuinka tyytyväisiä olette teiden ja katujen talvikunnossapitoon (auraukseen"'

* Missing-value codes as extended missing values
replace service_satisfaction = .a if service_satisfaction == -1
replace winter_maintenance = .a if winter_maintenance == -1

* Value labels
label define service ///
  1 `"Varhaiskasvatus (päiväkoti tai perhepäivähoito)"' ///
  2 `"Perusopetus ja koululaisten iltapäivätoiminta"' ///
  3 `"Kirjasto"' ///
  4 `"Liikuntapaikat ja uimahalli"' ///
  5 `"Nuorisotilat ja -toiminta"' ///
  6 `"Kulttuuripalvelut ja kansalaisopisto"' ///
  7 `"Kunnan työllisyyspalvelut"' ///
  8 `"Katujen, teiden ja puistojen kunnossapito"' ///
  9 `"Jätehuolto ja kierrätys"', replace
label values service service
label define service_satisfaction ///
  1 `"Erittäin tyytymätön"' ///
  2 `"Melko tyytymätön"' ///
  3 `"Ei tyytyväinen eikä tyytymätön"' ///
  4 `"Melko tyytyväinen"' ///
  5 `"Erittäin tyytyväinen"' ///
  .a `"En osaa sanoa"', replace
label values service_satisfaction winter_maintenance service_satisfaction
