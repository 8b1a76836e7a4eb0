* Stata do-file for the survey state_innovation_barometer, version 2022.1, labels in fi, written by qdsl compile.
* Title: Valtionhallinnon innovaatiobarometri 2022
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* Missing-value codes become extended missing values: .a = -1.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* staff (soft check): staff <= 40000. Message: {staff} henkilöä on poikkeuksellisen paljon. Tarkistakaa luku tai vahvistakaa se.
* participants: participants <= staff. Message: Osallistujia ei voi olla enemmän kuin organisaatiossa on työntekijöitä ({staff}).

version 14

* Variable labels
label variable org_name `"Organisaation nimi"'
label variable org_type `"Minkä tyyppinen organisaatio {org_name} on?"'
label variable org_type_other `"Minkä tyyppinen organisaatio {org_name} on?: Muu valtion organisaatio: Kertokaa,"'
label variable staff `"Kuinka monta henkilöä organisaationne työllistää?"'
label variable branch `"Mihin hallinnonalaan {org_name} kuuluu?"'
label variable role `"Mikä on oma tehtävänne organisaatiossa?"'
label variable role_other `"Mikä on oma tehtävänne organisaatiossa?: Muu tehtävä: Mikä on tehtävänne?"'
label variable activity `"Mikä seuraavista kuvaa parhaiten innovaatiotoimintaa organisaatiossanne?"'
label variable adopted `"Onko organisaationne ottanut käyttöön innovaatioita kahden viime vuoden aikana?"'
label variable kinds_1 `"Millaisia innovaatioita organisaationne otti käyttöön?: Tuoteinnovaatio (uusi ta"'
label variable kinds_2 `"Millaisia innovaatioita organisaationne otti käyttöön?: Palveluinnovaatio (uusi"'
label variable kinds_3 `"Millaisia innovaatioita organisaationne otti käyttöön?: Prosessi-innovaatio (uus"'
label variable kinds_4 `"Millaisia innovaatioita organisaationne otti käyttöön?: Organisaatioinnovaatio ("'
label variable kinds_5 `"Millaisia innovaatioita organisaationne otti käyttöön?: Koko palvelujärjestelmän"'
label variable kinds_m1 `"Millaisia innovaatioita organisaationne otti käyttöön?: En osaa sanoa"'
label variable novelty `"Mikä seuraavista kuvaa parhaiten organisaationne viimeisintä käyttöön otettua in"'
label variable motives_1 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Käyttäjien tar"'
label variable motives_2 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Säästöt ja teh"'
label variable motives_3 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Muutoksen mahd"'
label variable motives_4 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Lainsäädännön"'
label variable motives_5 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Poliittinen pä"'
label variable motives_6 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Henkilöstön al"'
label variable motives_7 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Saatavilla oll"'
label variable motives_8 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Koronapandemia"'
label variable motives_m1 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: En osaa sanoa"'
label variable outcomes_1 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: T"'
label variable outcomes_2 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: T"'
label variable outcomes_3 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: P"'
label variable outcomes_4 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: P"'
label variable outcomes_5 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: P"'
label variable outcomes_6 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: H"'
label variable outcomes_m2 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: V"'
label variable adoption_plans `"Aikooko organisaationne ottaa käyttöön innovaatioita seuraavien kahden vuoden ai"'
label variable partners_1 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_2 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_3 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_4 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_5 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_6 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_7 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_8 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_97 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable cross_branch_projects `"Kuinka monessa hallinnonalojen rajat ylittävässä hankkeessa organisaationne oli"'
label variable support_1 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Johtavien viranh"'
label variable support_2 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatio-osaam"'
label variable support_3 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Yhteistyö asiakk"'
label variable support_4 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatiotoimin"'
label variable support_5 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Oma rahoitus tai"'
label variable support_6 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatioproses"'
label variable support_7 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Palkitseminen ja"'
label variable support_8 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Yhteiskehittämis"'
label variable support_97 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatiotoimin"'
label variable support_m1 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: En osaa sanoa"'
label variable participants `"Kuinka moni organisaationne {staff} työntekijästä osallistui innovaatiotoimintaa"'
label variable culture_experiments `"Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria"'
label variable culture_risk_taking `"Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria"'
label variable culture_management `"Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria"'
label variable culture_across_agencies `"Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria"'
label variable strategies_1 `"Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoi"'
label variable strategies_2 `"Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoi"'
label variable strategies_3 `"Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoi"'
label variable strategies_4 `"Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoi"'
label variable strategies_5 `"Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoi"'
label variable strategies_6 `"Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoi"'
label variable strategies_97 `"Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoi"'
label variable strategies_m1 `"Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoi"'
label variable strategy_year `"Minä vuonna organisaationne innovaatiostrategia tai -ohjelma hyväksyttiin?"'
label variable strategy_planned `"Onko organisaatiossanne suunnitteilla erillinen innovaatiostrategia tai -ohjelma"'
label variable barriers_1 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_2 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_3 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_4 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_5 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_6 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_7 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_8 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_9 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_10 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_97 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_m1 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable comment `"Haluatteko vielä kommentoida organisaationne innovaatiotoimintaa tai tätä kysely"'

* Missing-value codes as extended missing values
replace adopted = .a if adopted == -1
replace novelty = .a if novelty == -1
replace adoption_plans = .a if adoption_plans == -1
replace culture_experiments = .a if culture_experiments == -1
replace culture_risk_taking = .a if culture_risk_taking == -1
replace culture_management = .a if culture_management == -1
replace culture_across_agencies = .a if culture_across_agencies == -1
replace strategy_planned = .a if strategy_planned == -1

* Value labels
label define org_type ///
  1 `"Ministeriö"' ///
  2 `"Virasto tai laitos"' ///
  3 `"Tutkimuslaitos"' ///
  4 `"Aluehallintovirasto tai ELY-keskus"' ///
  5 `"Valtion liikelaitos tai erityistehtäväyhtiö"' ///
  6 `"Muu valtion organisaatio"', replace
label values org_type org_type
label define branch ///
  1 `"Valtioneuvoston kanslia"' ///
  2 `"Ulkoministeriön hallinnonala"' ///
  3 `"Oikeusministeriön hallinnonala"' ///
  4 `"Sisäministeriön hallinnonala"' ///
  5 `"Puolustusministeriön hallinnonala"' ///
  6 `"Valtiovarainministeriön hallinnonala"' ///
  7 `"Opetus- ja kulttuuriministeriön hallinnonala"' ///
  8 `"Maa- ja metsätalousministeriön hallinnonala"' ///
  9 `"Liikenne- ja viestintäministeriön hallinnonala"' ///
  10 `"Työ- ja elinkeinoministeriön hallinnonala"' ///
  11 `"Sosiaali- ja terveysministeriön hallinnonala"' ///
  12 `"Ympäristöministeriön hallinnonala"', replace
label values branch branch
label define role ///
  1 `"Ylin johto (esim. kansliapäällikkö, pääjohtaja tai ylijohtaja)"' ///
  2 `"Keskijohto tai esihenkilö"' ///
  3 `"Kehittämis- tai innovaatioasiantuntija"' ///
  4 `"Muu tehtävä"', replace
label values role role
label define activity ///
  1 `"Innovaatiotoiminta on osa organisaation vakiintunutta toimintaa"' ///
  2 `"Innovaatiotoimintaa on satunnaisesti, yksittäisissä hankkeissa"' ///
  3 `"Organisaatiossamme ei ole innovaatiotoimintaa"', replace
label values activity activity
label define adopted ///
  1 `"Kyllä"' ///
  2 `"Ei"' ///
  .a `"En osaa sanoa"', replace
label values adopted adoption_plans strategy_planned adopted
label define selected ///
  0 `"ei valittu"' ///
  1 `"valittu"', replace
label values kinds_1 kinds_2 kinds_3 kinds_4 kinds_5 kinds_m1 motives_1 motives_2 motives_3 ///
  motives_4 motives_5 motives_6 motives_7 motives_8 motives_m1 outcomes_1 outcomes_2 outcomes_3 ///
  outcomes_4 outcomes_5 outcomes_6 outcomes_m2 partners_1 partners_2 partners_3 partners_4 ///
  partners_5 partners_6 partners_7 partners_8 partners_97 support_1 support_2 support_3 ///
  support_4 support_5 support_6 support_7 support_8 support_97 support_m1 strategies_1 ///
  strategies_2 strategies_3 strategies_4 strategies_5 strategies_6 strategies_97 strategies_m1 ///
  barriers_1 barriers_2 barriers_3 barriers_4 barriers_5 barriers_6 barriers_7 barriers_8 ///
  barriers_9 barriers_10 barriers_97 barriers_m1 selected
label define novelty ///
  1 `"Täysin uusi ratkaisu, jota ei ole aiemmin käytetty muualla"' ///
  2 `"Toisen organisaation ideaa soveltava ratkaisu"' ///
  3 `"Toisen organisaation ratkaisu sellaisenaan"' ///
  .a `"En osaa sanoa"', replace
label values novelty novelty
label define culture ///
  1 `"Täysin eri mieltä"' ///
  2 `"Jokseenkin eri mieltä"' ///
  3 `"Ei samaa eikä eri mieltä"' ///
  4 `"Jokseenkin samaa mieltä"' ///
  5 `"Täysin samaa mieltä"' ///
  .a `"En osaa sanoa"', replace
label values culture_experiments culture_risk_taking culture_management culture_across_agencies ///
  culture
