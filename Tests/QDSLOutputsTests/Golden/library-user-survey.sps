* Encoding: UTF-8.
* SPSS syntax for the survey library_user_survey, version 2024.1, labels in fi, written by qdsl compile.
* Title: Kirjaston asiakaskysely 2024.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* last_visit: last_visit <= today(). Message: Päivämäärä ei voi olla tulevaisuudessa.
* last_visit: today() - last_visit <= 366. Message: Kerroit käyväsi kirjastossa vähintään muutaman kerran vuodessa, mutta päivämäärä on yli vuoden takaa. Tarkista päivämäärä.
* postcode: matches(postcode, "\\d{{5}}"). Message: Postinumerossa on viisi numeroa.
* Options offered: the filter of each filtered question and the condition of each conditional option.
* services_6: offered when library == main.
* home_municipality: options where option.region == home_region.

VARIABLE LABELS library "Mitä kirjastoa käytät useimmin?"
  /frequency "Kuinka usein käyt kirjastossa?"
  /last_visit "Minä päivänä kävit viimeksi kirjastossa?"
  /days_since_visit "days_since_visit = today() - last_visit"
  /visit_hours "Kuinka kauan viimeisin käyntisi kesti tunteina?"
  /visit_minutes "visit_minutes = round(visit_hours * 60)"
  /services_1 "Mitä teit viimeisimmän käyntisi aikana?: Lainasin tai palautin aineistoa"
  /services_2 "Mitä teit viimeisimmän käyntisi aikana?: Luin lehtiä tai kirjoja paikan päällä"
  /services_3 "Mitä teit viimeisimmän käyntisi aikana?: Opiskelin tai tein töitä"
  /services_4 "Mitä teit viimeisimmän käyntisi aikana?: Käytin tietokonetta, tulostinta tai skanneria"
  /services_5 "Mitä teit viimeisimmän käyntisi aikana?: Osallistuin tapahtumaan"
  /services_6 "Mitä teit viimeisimmän käyntisi aikana?: Käytin pajaa, soittimia tai muita laitteita"
  /services_7 "Mitä teit viimeisimmän käyntisi aikana?: Sain neuvontaa henkilökunnalta"
  /services_8 "Mitä teit viimeisimmän käyntisi aikana?: Jotain muuta"
  /event_name "Mihin tapahtumaan osallistuit?"
  /renovation_feedback "Mitä mieltä olet pääkirjaston uudistetuista tiloista?"
  /non_visit_reasons_1 "Miksi et käy kirjastossa useammin?: Aukioloajat eivät sovi minulle"
  /non_visit_reasons_2 "Miksi et käy kirjastossa useammin?: Kirjasto on liian kaukana"
  /non_visit_reasons_3 "Miksi et käy kirjastossa useammin?: Käytän mieluummin verkkopalveluja"
  /non_visit_reasons_4 "Miksi et käy kirjastossa useammin?: Ostan kirjani itse"
  /non_visit_reasons_5 "Miksi et käy kirjastossa useammin?: Minulla ei ole aikaa"
  /non_visit_reasons_6 "Miksi et käy kirjastossa useammin?: En tarvitse kirjaston palveluja"
  /non_visit_reasons_7 "Miksi et käy kirjastossa useammin?: Jokin muu syy"
  /loans_print "Kuinka monta kirjaa tai muuta painettua aineistoa lainasit viimeisen kuukauden aikana?"
  /loans_digital "Entä kuinka monta e-kirjaa tai äänikirjaa lainasit samana aikana?"
  /loans_total "loans_total = coalesce(loans_print, 0) + coalesce(loans_digital, 0)"
  /satisfaction_opening_hours "Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Aukioloajat"
  /satisfaction_collection "Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Kokoelmat"
  /satisfaction_staff_service "Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Henkilökunnan palvelu"
  /satisfaction_premises "Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Tilat ja viihtyisyys"
  /satisfaction_events "Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Tapahtumat"
  /satisfaction_online_services "Kuinka tyytyväinen olet seuraaviin kirjaston palveluihin?: Verkkokirjasto ja e-aineistot"
  /preferred_hours "Milloin kirjaston pitäisi mielestäsi olla auki?"
  /recommend "Kuinka todennäköisesti suosittelisit kirjastoa ystävällesi?"
  /improvement "Mitä kirjaston pitäisi parantaa, jotta suosittelisit sitä?"
  /best_thing "Mikä kirjastossa on mielestäsi parasta?"
  /home_region "Missä maakunnassa asut?"
  /home_municipality "Missä kunnassa asut?"
  /postcode "Mikä on kotisi postinumero?"
  /capital_region "capital_region = matches(postcode, ""0[0-2]\\d{{3}}"")"
  /suggestions "Terveisiä tai ehdotuksia kirjastolle:".

VALUE LABELS library
      1 "Pääkirjasto"
      2 "Lähikirjasto"
      3 "Kirjastoauto"
      4 "Käytän vain verkkokirjastoa"
  /frequency
      1 "Viikoittain"
      2 "Kuukausittain"
      3 "Muutaman kerran vuodessa"
      4 "Harvemmin"
      5 "En koskaan"
  /services_1 services_2 services_3 services_4 services_5 services_6 services_7 services_8
      0 "ei valittu"
      1 "valittu"
  /non_visit_reasons_1 non_visit_reasons_2 non_visit_reasons_3 non_visit_reasons_4
      0 "ei valittu"
      1 "valittu"
  /non_visit_reasons_5 non_visit_reasons_6 non_visit_reasons_7
      0 "ei valittu"
      1 "valittu"
  /satisfaction_opening_hours satisfaction_collection satisfaction_staff_service
      1 "Erittäin tyytymätön"
      2 "Melko tyytymätön"
      3 "Ei tyytyväinen eikä tyytymätön"
      4 "Melko tyytyväinen"
      5 "Erittäin tyytyväinen"
      -1 "En ole käyttänyt"
  /satisfaction_premises satisfaction_events satisfaction_online_services
      1 "Erittäin tyytymätön"
      2 "Melko tyytymätön"
      3 "Ei tyytyväinen eikä tyytymätön"
      4 "Melko tyytyväinen"
      5 "Erittäin tyytyväinen"
      -1 "En ole käyttänyt"
  /home_region
      1 "Uusimaa"
      2 "Varsinais-Suomi"
      3 "Pirkanmaa"
      4 "Muu maakunta"
  /home_municipality
      1 "Helsinki"
      2 "Espoo"
      3 "Vantaa"
      4 "Turku"
      5 "Salo"
      6 "Tampere"
      7 "Nokia"
  /capital_region
      0 "epätosi"
      1 "tosi".

MISSING VALUES satisfaction_opening_hours satisfaction_collection satisfaction_staff_service (-1)
  /satisfaction_premises satisfaction_events satisfaction_online_services (-1).
