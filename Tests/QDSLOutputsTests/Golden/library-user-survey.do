* Stata do-file for the survey library_user_survey, version 2024.1, labels in fi, written by qdsl compile.
* Title: Kirjaston asiakaskysely 2024
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* Missing-value codes become extended missing values: .a = -1.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* last_visit: last_visit <= today(). Message: Päivämäärä ei voi olla tulevaisuudessa.
* last_visit: today() - last_visit <= 366. Message: Kerroit käyväsi kirjastossa vähintään muutaman kerran vuodessa, mutta päivämäärä on yli vuoden takaa. Tarkista päivämäärä.
* postcode: matches(postcode, "\\d{{5}}"). Message: Postinumerossa on viisi numeroa.
* Options offered: the filter of each filtered question and the condition of each conditional option.
* services_6: offered when library == main
* home_municipality: options where option.region == home_region

version 14

* Variable labels
label variable library `"Mitä kirjastoa käytät useimmin?"'
label variable frequency `"Kuinka usein käyt kirjastossa?"'
label variable last_visit `"Minä päivänä kävit viimeksi kirjastossa?"'
label variable days_since_visit `"days_since_visit = today() - last_visit"'
label variable visit_hours `"Kuinka kauan viimeisin käyntisi kesti tunteina?"'
label variable visit_minutes `"visit_minutes = round(visit_hours * 60)"'
label variable services_1 `"Mitä teit viimeisimmän käyntisi aikana?: Lainasin tai palautin aineistoa"'
label variable services_2 `"Mitä teit viimeisimmän käyntisi aikana?: Luin lehtiä tai kirjoja paikan päällä"'
label variable services_3 `"Mitä teit viimeisimmän käyntisi aikana?: Opiskelin tai tein töitä"'
label variable services_4 `"Mitä teit viimeisimmän käyntisi aikana?: Käytin tietokonetta, tulostinta tai ska"'
label variable services_5 `"Mitä teit viimeisimmän käyntisi aikana?: Osallistuin tapahtumaan"'
label variable services_6 `"Mitä teit viimeisimmän käyntisi aikana?: Käytin pajaa, soittimia tai muita laitt"'
label variable services_7 `"Mitä teit viimeisimmän käyntisi aikana?: Sain neuvontaa henkilökunnalta"'
label variable services_8 `"Mitä teit viimeisimmän käyntisi aikana?: Jotain muuta"'
label variable event_name `"Mihin tapahtumaan osallistuit?"'
label variable renovation_feedback `"Mitä mieltä olet pääkirjaston uudistetuista tiloista?"'
label variable non_visit_reasons_1 `"Miksi et käy kirjastossa useammin?: Aukioloajat eivät sovi minulle"'
label variable non_visit_reasons_2 `"Miksi et käy kirjastossa useammin?: Kirjasto on liian kaukana"'
label variable non_visit_reasons_3 `"Miksi et käy kirjastossa useammin?: Käytän mieluummin verkkopalveluja"'
label variable non_visit_reasons_4 `"Miksi et käy kirjastossa useammin?: Ostan kirjani itse"'
label variable non_visit_reasons_5 `"Miksi et käy kirjastossa useammin?: Minulla ei ole aikaa"'
label variable non_visit_reasons_6 `"Miksi et käy kirjastossa useammin?: En tarvitse kirjaston palveluja"'
label variable non_visit_reasons_7 `"Miksi et käy kirjastossa useammin?: Jokin muu syy"'
label variable loans_print `"Kuinka monta kirjaa tai muuta painettua aineistoa lainasit viimeisen kuukauden a"'
label variable loans_digital `"Entä kuinka monta e-kirjaa tai äänikirjaa lainasit samana aikana?"'
label variable loans_total `"loans_total = coalesce(loans_print, 0) + coalesce(loans_digital, 0)"'
label variable satisfaction_opening_hours `"Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Aukioloajat"'
label variable satisfaction_collection `"Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Kokoelmat"'
label variable satisfaction_staff_service `"Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Henkilökunnan palvelu"'
label variable satisfaction_premises `"Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Tilat ja viihtyisyys"'
label variable satisfaction_events `"Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Tapahtumat"'
label variable satisfaction_online_services `"Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Verkkokirjasto ja e-a"'
label variable preferred_hours `"Milloin kirjaston pitäisi mielestäsi olla auki?"'
label variable recommend `"Kuinka todennäköisesti suosittelisit kirjastoa ystävällesi?"'
label variable improvement `"Mitä kirjaston pitäisi parantaa, jotta suosittelisit sitä?"'
label variable best_thing `"Mikä kirjastossa on mielestäsi parasta?"'
label variable home_region `"Missä maakunnassa asut?"'
label variable home_municipality `"Missä kunnassa asut?"'
label variable postcode `"Mikä on kotisi postinumero?"'
label variable capital_region `"capital_region = matches(postcode, "0[0-2]\\\\d{{3}}")"'
label variable suggestions `"Terveisiä tai ehdotuksia kirjastolle:"'

* Missing-value codes as extended missing values
replace satisfaction_opening_hours = .a if satisfaction_opening_hours == -1
replace satisfaction_collection = .a if satisfaction_collection == -1
replace satisfaction_staff_service = .a if satisfaction_staff_service == -1
replace satisfaction_premises = .a if satisfaction_premises == -1
replace satisfaction_events = .a if satisfaction_events == -1
replace satisfaction_online_services = .a if satisfaction_online_services == -1

* Value labels
label define library ///
  1 `"Pääkirjasto"' ///
  2 `"Lähikirjasto"' ///
  3 `"Kirjastoauto"' ///
  4 `"Käytän vain verkkokirjastoa"', replace
label values library library
label define frequency ///
  1 `"Viikoittain"' ///
  2 `"Kuukausittain"' ///
  3 `"Muutaman kerran vuodessa"' ///
  4 `"Harvemmin"' ///
  5 `"En koskaan"', replace
label values frequency frequency
label define selected ///
  0 `"ei valittu"' ///
  1 `"valittu"', replace
label values services_1 services_2 services_3 services_4 services_5 services_6 services_7 ///
  services_8 non_visit_reasons_1 non_visit_reasons_2 non_visit_reasons_3 non_visit_reasons_4 ///
  non_visit_reasons_5 non_visit_reasons_6 non_visit_reasons_7 selected
label define satisfaction ///
  1 `"Erittäin tyytymätön"' ///
  2 `"Melko tyytymätön"' ///
  3 `"Ei tyytyväinen eikä tyytymätön"' ///
  4 `"Melko tyytyväinen"' ///
  5 `"Erittäin tyytyväinen"' ///
  .a `"En ole käyttänyt"', replace
label values satisfaction_opening_hours satisfaction_collection satisfaction_staff_service ///
  satisfaction_premises satisfaction_events satisfaction_online_services satisfaction
label define home_region ///
  1 `"Uusimaa"' ///
  2 `"Varsinais-Suomi"' ///
  3 `"Pirkanmaa"' ///
  4 `"Muu maakunta"', replace
label values home_region home_region
label define home_municipality ///
  1 `"Helsinki"' ///
  2 `"Espoo"' ///
  3 `"Vantaa"' ///
  4 `"Turku"' ///
  5 `"Salo"' ///
  6 `"Tampere"' ///
  7 `"Nokia"', replace
label values home_municipality home_municipality
label define true_false ///
  0 `"epätosi"' ///
  1 `"tosi"', replace
label values capital_region true_false
