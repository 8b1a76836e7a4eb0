* Stata do-file for the survey household_services, version 2025.1, labels in fi, written by qdsl compile.
* Title: Kotitalouksien palvelukysely 2025
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file household-services.csv: yksi rivi per tietue; its key columns are record_id.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-services.person.csv is labelled by household-services.person.do.
* household-services.service.csv is labelled by household-services.service.do.
* household-services.vehicle.csv is labelled by household-services.vehicle.do.

version 14

* Variable labels
label variable record_id `"Tietueen tunniste (yhdistää kaikkien datatiedostojen rivit)"'
label variable interview_start `"Haastattelun alkamisaika (paradata)"'
label variable interview_end `"Haastattelun päättymisaika (paradata)"'
label variable interview_date `"Haastattelun päivämäärä (paradata)"'
label variable device_id `"Laitteen tunniste (paradata)"'
label variable household_size `"Kuinka monta henkilöä kotitaloudessanne asuu vakituisesti, teidät mukaan lukien?"'
label variable children `"children = count(person where age < 18)"'
label variable under_school_age `"under_school_age = count(person where age < 7)"'
label variable adult_employed `"adult_employed = any(person where age >= 18 and activity in [employed, self_empl"'
label variable all_retired `"all_retired = all(person where activity == retired)"'
label variable oldest `"oldest = max(person.age)"'
label variable youngest `"youngest = min(person.age)"'
label variable commute_minutes_total `"commute_minutes_total = sum(person.commute_minutes)"'
label variable needs_help `"needs_help = any(person where daily_help == yes)"'
label variable shift_care_need `"Tarvitseeko perheenne ilta-, yö- tai viikonloppuhoitoa alle kouluikäisille lapsi"'
label variable knows_elderly_services `"Tiedättekö, mistä saatte tietoa ikäihmisten palveluista ja kotiin annettavasta a"'
label variable services_used_1 `"Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viime"'
label variable services_used_2 `"Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viime"'
label variable services_used_3 `"Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viime"'
label variable services_used_4 `"Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viime"'
label variable services_used_5 `"Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viime"'
label variable services_used_6 `"Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viime"'
label variable services_used_7 `"Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viime"'
label variable services_used_8 `"Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viime"'
label variable services_used_9 `"Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viime"'
label variable services_count `"services_count = count(service)"'
label variable dissatisfied_services `"dissatisfied_services = count(service where service_satisfaction in [very_dissat"'
label variable contact_permission `"Saako kunnan asiakaspalvelu ottaa teihin yhteyttä palautteenne vuoksi?"'
label variable has_vehicles `"Onko kotitaloudellanne käytössä autoa, moottoripyörää tai mopoa?"'
label variable vehicle_count `"vehicle_count = count(vehicle)"'
label variable chargeable_vehicles `"chargeable_vehicles = count(vehicle where power in [electric, plug_in_hybrid])"'
label variable charging_interest `"Harkitsisitteko sähköautoa, jos kotinne lähelle tulisi julkinen latauspiste?"'
label variable priority `"Mitä kunnan palvelua pitäisi mielestänne kehittää ensimmäisenä?"'
label variable feedback `"Muita terveisiä kunnalle:"'

* Value labels
label define true_false ///
  0 `"epätosi"' ///
  1 `"tosi"', replace
label values adult_employed all_retired needs_help true_false
label define shift_care_need ///
  1 `"Kyllä"' ///
  2 `"Ei"', replace
label values shift_care_need knows_elderly_services contact_permission has_vehicles ///
  charging_interest shift_care_need
label define selected ///
  0 `"ei valittu"' ///
  1 `"valittu"', replace
label values services_used_1 services_used_2 services_used_3 services_used_4 services_used_5 ///
  services_used_6 services_used_7 services_used_8 services_used_9 selected
label define priority ///
  1 `"Varhaiskasvatus (päiväkoti tai perhepäivähoito)"' ///
  2 `"Perusopetus ja koululaisten iltapäivätoiminta"' ///
  3 `"Kirjasto"' ///
  4 `"Liikuntapaikat ja uimahalli"' ///
  5 `"Nuorisotilat ja -toiminta"' ///
  6 `"Kulttuuripalvelut ja kansalaisopisto"' ///
  7 `"Kunnan työllisyyspalvelut"' ///
  8 `"Katujen, teiden ja puistojen kunnossapito"' ///
  9 `"Jätehuolto ja kierrätys"', replace
label values priority priority
