* Stata do-file for the survey household_services, version 2025.1, labels in fi, written by qdsl compile.
* Title: Kotitalouksien palvelukysely 2025
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* Missing-value codes become extended missing values: .a = -1.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* age: person.index > 1 or age >= 15. Message: Kyselyyn vastaavan henkilön on oltava vähintään 15-vuotias.

version 14

* Variable labels
label variable household_size `"Kuinka monta henkilöä kotitaloudessanne asuu vakituisesti, teidät mukaan lukien?"'
label variable name `"Mikä on henkilön {person.index} etunimi?"'
label variable age `"Kuinka vanha {name} on?"'
label variable in_early_education `"Onko {name} varhaiskasvatuksessa (päiväkodissa tai perhepäivähoidossa)?"'
label variable school_travel `"Miten {name} kulkee yleensä kouluun?"'
label variable activity `"Mikä seuraavista kuvaa parhaiten henkilön {name} pääasiallista toimintaa tällä h"'
label variable commute_mode `"Miten {name} kulkee yleensä töihin tai opiskelupaikkaan?"'
label variable commute_minutes `"Kuinka monta minuuttia henkilön {name} matka töihin tai opiskelupaikkaan kestää"'
label variable daily_help `"Tarvitseeko {name} säännöllisesti apua arjen askareissa, kuten kaupassa käynniss"'
label variable relation `"Kuka {name} on henkilölle {other.name}?"'
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
label variable service_satisfaction `"Kuinka tyytyväisiä olette olleet tähän palveluun: {service}?"'
label variable improvement `"Mitä palvelussa pitäisi parantaa? ({service})"'
label variable winter_maintenance `"Entä kuinka tyytyväisiä olette teiden ja katujen talvikunnossapitoon (auraukseen"'
label variable services_count `"services_count = count(service)"'
label variable dissatisfied_services `"dissatisfied_services = count(service where service_satisfaction in [very_dissat"'
label variable contact_permission `"Saako kunnan asiakaspalvelu ottaa teihin yhteyttä palautteenne vuoksi?"'
label variable has_vehicles `"Onko kotitaloudellanne käytössä autoa, moottoripyörää tai mopoa?"'
label variable vehicle_type `"Millainen ajoneuvo {vehicle.index} on?"'
label variable power `"Mikä on ajoneuvon käyttövoima?"'
label variable parking `"Missä ajoneuvo on yleensä pysäköitynä yöllä?"'
label variable more_vehicles `"Onko kotitaloudellanne vielä muita ajoneuvoja?"'
label variable vehicle_count `"vehicle_count = count(vehicle)"'
label variable chargeable_vehicles `"chargeable_vehicles = count(vehicle where power in [electric, plug_in_hybrid])"'
label variable charging_interest `"Harkitsisitteko sähköautoa, jos kotinne lähelle tulisi julkinen latauspiste?"'
label variable priority `"Mitä kunnan palvelua pitäisi mielestänne kehittää ensimmäisenä?"'
label variable feedback `"Muita terveisiä kunnalle:"'

* Missing-value codes as extended missing values
replace service_satisfaction = .a if service_satisfaction == -1
replace winter_maintenance = .a if winter_maintenance == -1

* Value labels
label define in_early_education ///
  1 `"Kyllä"' ///
  2 `"Ei"', replace
label values in_early_education daily_help shift_care_need knows_elderly_services ///
  contact_permission has_vehicles more_vehicles charging_interest in_early_education
label define school_travel ///
  1 `"Kävellen"' ///
  2 `"Polkupyörällä"' ///
  3 `"Joukkoliikenteellä"' ///
  4 `"Autolla"' ///
  5 `"Koulukuljetuksella"' ///
  6 `"Muulla tavalla"', replace
label values school_travel commute_mode school_travel
label define activity ///
  1 `"Palkkatyössä"' ///
  2 `"Yrittäjä"' ///
  3 `"Opiskelija tai koululainen"' ///
  4 `"Työtön tai lomautettu"' ///
  5 `"Eläkkeellä"' ///
  6 `"Perhevapaalla tai hoitaa omia lapsia kotona"' ///
  7 `"Jokin muu"', replace
label values activity activity
label define relation ///
  1 `"Puoliso tai avopuoliso"' ///
  2 `"Lapsi"' ///
  3 `"Vanhempi"' ///
  4 `"Sisar tai veli"' ///
  5 `"Lapsenlapsi"' ///
  6 `"Isovanhempi"' ///
  7 `"Muu sukulainen"' ///
  8 `"Ei sukua (esimerkiksi kämppäkaveri)"', replace
label values relation relation
label define true_false ///
  0 `"epätosi"' ///
  1 `"tosi"', replace
label values adult_employed all_retired needs_help true_false
label define selected ///
  0 `"ei valittu"' ///
  1 `"valittu"', replace
label values services_used_1 services_used_2 services_used_3 services_used_4 services_used_5 ///
  services_used_6 services_used_7 services_used_8 services_used_9 selected
label define service_satisfaction ///
  1 `"Erittäin tyytymätön"' ///
  2 `"Melko tyytymätön"' ///
  3 `"Ei tyytyväinen eikä tyytymätön"' ///
  4 `"Melko tyytyväinen"' ///
  5 `"Erittäin tyytyväinen"' ///
  .a `"En osaa sanoa"', replace
label values service_satisfaction winter_maintenance service_satisfaction
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
