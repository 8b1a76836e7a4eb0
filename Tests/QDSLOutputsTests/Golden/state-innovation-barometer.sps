* Encoding: UTF-8.
* SPSS syntax for the survey state_innovation_barometer, version 2022.1, labels in fi, written by qdsl compile.
* Title: Valtionhallinnon innovaatiobarometri 2022.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* staff (soft check): staff <= 40000. Message: {staff} henkilöä on poikkeuksellisen paljon. Tarkistakaa luku tai vahvistakaa se.
* participants: participants <= staff. Message: Osallistujia ei voi olla enemmän kuin organisaatiossa on työntekijöitä ({staff}).

VARIABLE LABELS org_name "Organisaation nimi"
  /org_type "Minkä tyyppinen organisaatio {org_name} on?"
  /org_type_other "Minkä tyyppinen organisaatio {org_name} on?: Muu valtion organisaatio: Kertokaa, millaisesta organisaatiosta on kyse."
  /staff "Kuinka monta henkilöä organisaationne työllistää?"
  /branch "Mihin hallinnonalaan {org_name} kuuluu?"
  /role "Mikä on oma tehtävänne organisaatiossa?"
  /role_other "Mikä on oma tehtävänne organisaatiossa?: Muu tehtävä: Mikä on tehtävänne?"
  /activity "Mikä seuraavista kuvaa parhaiten innovaatiotoimintaa organisaatiossanne?"
  /adopted "Onko organisaationne ottanut käyttöön innovaatioita kahden viime vuoden aikana?"
  /kinds_1 "Millaisia innovaatioita organisaationne otti käyttöön?: Tuoteinnovaatio (uusi tai parannettu tavara tai laite)"
  /kinds_2 "Millaisia innovaatioita organisaationne otti käyttöön?: Palveluinnovaatio (uusi tai olennaisesti parannettu palvelu)"
  /kinds_3 "Millaisia innovaatioita organisaationne otti käyttöön?: Prosessi-innovaatio (uusi tapa tuottaa tai toimittaa palveluja)"
  /kinds_4 "Millaisia innovaatioita organisaationne otti käyttöön?: Organisaatioinnovaatio (uusi tapa järjestää työ tai johtaminen)"
  /kinds_5 "Millaisia innovaatioita organisaationne otti käyttöön?: Koko palvelujärjestelmän kattava innovaatio"
  /kinds_m1 "Millaisia innovaatioita organisaationne otti käyttöön?: En osaa sanoa"
  /novelty "Mikä seuraavista kuvaa parhaiten organisaationne viimeisintä käyttöön otettua innovaatiota?"
  /motives_1 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Käyttäjien tarpeet, vaatimukset ja odotukset"
  /motives_2 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Säästöt ja tehokkuushyödyt"
  /motives_3 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Muutoksen mahdollistanut uusi teknologia tai tietämys"
  /motives_4 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Lainsäädännön tai määräysten muutos"
  /motives_5 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Poliittinen päätös tai luottamushenkilöiden aloite"
  /motives_6 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Henkilöstön aloite"
  /motives_7 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Saatavilla ollut ulkopuolinen rahoitus"
  /motives_8 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Koronapandemia tai muu poikkeustilanne"
  /motives_m1 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: En osaa sanoa"
  /outcomes_1 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Toimivammat prosessit"
  /outcomes_2 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Tyytyväisemmät asiakkaat"
  /outcomes_3 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Parempi tuottavuus"
  /outcomes_4 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Parempi tehokkuus"
  /outcomes_5 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Parempi laatu"
  /outcomes_6 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Henkilöstön parempi työhyvinvointi"
  /outcomes_m2 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Vaikutuksia on vielä liian aikaista arvioida"
  /adoption_plans "Aikooko organisaationne ottaa käyttöön innovaatioita seuraavien kahden vuoden aikana?"
  /partners_1 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Oman hallinnonalan muut virastot ja laitokset"
  /partners_2 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Muiden hallinnonalojen virastot ja laitokset"
  /partners_3 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Kunnat, kuntayhtymät ja hyvinvointialueet"
  /partners_4 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Yritykset"
  /partners_5 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Yliopistot, korkeakoulut ja tutkimuslaitokset"
  /partners_6 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Kolmas sektori"
  /partners_7 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Kansalaiset ja palvelujen käyttäjät"
  /partners_8 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: EU:n ja muiden maiden viranomaiset"
  /partners_97 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Emme tehneet innovaatioyhteistyötä kenenkään kanssa"
  /cross_branch_projects "Kuinka monessa hallinnonalojen rajat ylittävässä hankkeessa organisaationne oli mukana?"
  /support_1 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Johtavien viranhaltijoiden tai luottamushenkilöiden tuki"
  /support_2 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatio-osaamisen kehittäminen"
  /support_3 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Yhteistyö asiakkaiden ja käyttäjien kanssa"
  /support_4 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatiotoimintaan varattu työaika"
  /support_5 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Oma rahoitus tai kehittämismääräraha"
  /support_6 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatioprosessit ja -menetelmät"
  /support_7 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Palkitseminen ja tunnustukset"
  /support_8 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Yhteiskehittämisen alusta tai kokeiluympäristö"
  /support_97 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatiotoimintaa ei ole erityisesti tuettu"
  /support_m1 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: En osaa sanoa"
  /participants "Kuinka moni organisaationne {staff} työntekijästä osallistui innovaatiotoimintaan kahden viime vuoden aikana?"
  /culture_experiments "Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria koskevista väittämistä?: Toimintakulttuurimme kannustaa kokeiluihin."
  /culture_risk_taking "Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria koskevista väittämistä?: Hallittu riskinotto on hyväksyttyä."
  /culture_management "Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria koskevista väittämistä?: Johto tukee uusien ideoiden kokeilemista."
  /culture_across_agencies "Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria koskevista väittämistä?: Yhteistyö muiden virastojen kanssa on " +
    "sujuvaa."
  /strategies_1 "Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoimintaa?: Hallitusohjelma"
  /strategies_2 "Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoimintaa?: Ministeriön tai hallinnonalan strategia"
  /strategies_3 "Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoimintaa?: Tulossopimus"
  /strategies_4 "Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoimintaa?: Organisaation oma strategia"
  /strategies_5 "Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoimintaa?: Erillinen innovaatiostrategia tai -ohjelma"
  /strategies_6 "Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoimintaa?: EU-tason strategiat tai ohjelmat"
  /strategies_97 "Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoimintaa?: Mikään strategia tai ohjelma ei ohjaa innovaatiotoimintaamme"
  /strategies_m1 "Mitkä strategiat, ohjelmat tai sopimukset ohjaavat organisaationne innovaatiotoimintaa?: En osaa sanoa"
  /strategy_year "Minä vuonna organisaationne innovaatiostrategia tai -ohjelma hyväksyttiin?"
  /strategy_planned "Onko organisaatiossanne suunnitteilla erillinen innovaatiostrategia tai -ohjelma?"
  /barriers_1 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Rahoituksen puute"
  /barriers_2 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Ajan puute"
  /barriers_3 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Osaamisen puute"
  /barriers_4 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Lainsäädäntö tai muu sääntely"
  /barriers_5 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Hankintasäännöt"
  /barriers_6 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Riskejä välttelevä toimintakulttuuri"
  /barriers_7 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Muutosvastarinta"
  /barriers_8 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Yhteensopimattomat tietojärjestelmät"
  /barriers_9 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Johdon tuen puute"
  /barriers_10 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Hyötyjen osoittamisen vaikeus"
  /barriers_97 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Ei merkittäviä esteitä"
  /barriers_m1 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: En osaa sanoa"
  /comment "Haluatteko vielä kommentoida organisaationne innovaatiotoimintaa tai tätä kyselyä?".

VALUE LABELS org_type
      1 "Ministeriö"
      2 "Virasto tai laitos"
      3 "Tutkimuslaitos"
      4 "Aluehallintovirasto tai ELY-keskus"
      5 "Valtion liikelaitos tai erityistehtäväyhtiö"
      6 "Muu valtion organisaatio"
  /branch
      1 "Valtioneuvoston kanslia"
      2 "Ulkoministeriön hallinnonala"
      3 "Oikeusministeriön hallinnonala"
      4 "Sisäministeriön hallinnonala"
      5 "Puolustusministeriön hallinnonala"
      6 "Valtiovarainministeriön hallinnonala"
      7 "Opetus- ja kulttuuriministeriön hallinnonala"
      8 "Maa- ja metsätalousministeriön hallinnonala"
      9 "Liikenne- ja viestintäministeriön hallinnonala"
      10 "Työ- ja elinkeinoministeriön hallinnonala"
      11 "Sosiaali- ja terveysministeriön hallinnonala"
      12 "Ympäristöministeriön hallinnonala"
  /role
      1 "Ylin johto (esim. kansliapäällikkö, pääjohtaja tai ylijohtaja)"
      2 "Keskijohto tai esihenkilö"
      3 "Kehittämis- tai innovaatioasiantuntija"
      4 "Muu tehtävä"
  /activity
      1 "Innovaatiotoiminta on osa organisaation vakiintunutta toimintaa"
      2 "Innovaatiotoimintaa on satunnaisesti, yksittäisissä hankkeissa"
      3 "Organisaatiossamme ei ole innovaatiotoimintaa"
  /adopted adoption_plans strategy_planned
      1 "Kyllä"
      2 "Ei"
      -1 "En osaa sanoa"
  /kinds_1 kinds_2 kinds_3 kinds_4 kinds_5 kinds_m1 motives_1 motives_2 motives_3 motives_4
      0 "ei valittu"
      1 "valittu"
  /motives_5 motives_6 motives_7 motives_8 motives_m1 outcomes_1 outcomes_2 outcomes_3 outcomes_4
      0 "ei valittu"
      1 "valittu"
  /outcomes_5 outcomes_6 outcomes_m2 partners_1 partners_2 partners_3 partners_4 partners_5
      0 "ei valittu"
      1 "valittu"
  /partners_6 partners_7 partners_8 partners_97 support_1 support_2 support_3 support_4 support_5
      0 "ei valittu"
      1 "valittu"
  /support_6 support_7 support_8 support_97 support_m1 strategies_1 strategies_2 strategies_3
      0 "ei valittu"
      1 "valittu"
  /strategies_4 strategies_5 strategies_6 strategies_97 strategies_m1 barriers_1 barriers_2
      0 "ei valittu"
      1 "valittu"
  /barriers_3 barriers_4 barriers_5 barriers_6 barriers_7 barriers_8 barriers_9 barriers_10
      0 "ei valittu"
      1 "valittu"
  /barriers_97 barriers_m1
      0 "ei valittu"
      1 "valittu"
  /novelty
      1 "Täysin uusi ratkaisu, jota ei ole aiemmin käytetty muualla"
      2 "Toisen organisaation ideaa soveltava ratkaisu"
      3 "Toisen organisaation ratkaisu sellaisenaan"
      -1 "En osaa sanoa"
  /culture_experiments culture_risk_taking culture_management culture_across_agencies
      1 "Täysin eri mieltä"
      2 "Jokseenkin eri mieltä"
      3 "Ei samaa eikä eri mieltä"
      4 "Jokseenkin samaa mieltä"
      5 "Täysin samaa mieltä"
      -1 "En osaa sanoa".

MISSING VALUES adopted novelty adoption_plans culture_experiments culture_risk_taking (-1)
  /culture_management culture_across_agencies strategy_planned (-1).
