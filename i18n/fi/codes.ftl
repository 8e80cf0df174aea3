### Vastauskoodit, koodiluokat ja se, kenen pitää toimia (suomi / Finnish).

## 2xx

code-211-summary = Järjestelmän tila: palvelin kertoo tilansa tai antaa ohjeita
code-211-causes = Sähköpostiohjelma tai ylläpitäjä pyysi palvelimelta tila- tai ohjetietoja, ja tämä on vastaus.
code-211-action = Toimia ei tarvita. Kyse on tiedosta, ei virheestä.

code-214-summary = Ohjeviesti: palvelin näyttää ohjetekstiä
code-214-causes = Palvelimelta pyydettiin ohjeita (HELP-komento). Teksti kertoo palvelimen komennoista tai siitä, mistä lisäohjeita löytyy.
code-214-action = Toimia ei tarvita. Teksti on tarkoitettu palvelinta testaaville tai ylläpitäville.

code-220-summary = Palvelu valmiina: palvelin hyväksyi yhteyden
code-220-causes = Näin palvelin tervehtii, kun sähköpostiohjelma tai toinen palvelin ottaa siihen yhteyden. Jokainen keskustelu alkaa normaalisti tästä.
code-220-action = Toimia ei tarvita.

code-221-summary = Yhteys suljetaan: palvelin päättää keskustelun normaalisti
code-221-causes = Sähköpostiohjelma ilmoitti lopettavansa (QUIT-komento), joten palvelin sulkee yhteyden. Näin onnistunut istunto tavallisesti päättyy.
code-221-action = Toimia ei tarvita.

code-235-summary = Todennus onnistui: palvelin hyväksyi kirjautumisen
code-235-causes = Sähköpostiohjelma kirjautui käyttäjätunnuksella ja salasanalla, ja palvelin hyväksyi ne.
code-235-action = Toimia ei tarvita. Sähköpostiohjelman kirjautumisasetukset ovat kunnossa.

code-250-summary = OK: palvelin suoritti pyydetyn vaiheen
code-250-causes = Palvelin suoritti edellisen komennon. Kun tämä vastaus tulee itse viestin jälkeen, palvelin on ottanut viestin vastaan ja huolehtii nyt sen toimittamisesta.
code-250-action = Toimia ei tarvita. Jos vastaanottaja ei silti löydä viestiä, pyydä häntä katsomaan roskapostikansiosta.

code-251-summary = Käyttäjä ei ole tällä palvelimella: viesti välitetään muualle
code-251-causes = Vastaanottajan postilaatikko ei ole tällä palvelimella, mutta palvelin tietää sen sijainnin ja välittää viestin eteenpäin, esimerkiksi edelleenlähetyssäännön tai verkkotunnuksen toisen postipalvelimen vuoksi.
code-251-action = Toimia ei tarvita. Viesti on matkalla.

code-252-summary = Käyttäjää ei voi varmistaa, mutta palvelin yrittää toimittaa
code-252-causes = Palvelin ei juuri nyt pysty varmistamaan, että vastaanottajan postilaatikko on olemassa. Se ottaa viestin silti vastaan ja yrittää toimittaa sen, ehkä myöhemmin.
code-252-action = Toimia ei tarvita. Jos toimitus myöhemmin epäonnistuu, saat siitä erillisen ilmoituksen.

## 3xx

code-334-summary = Kirjautuminen kesken: palvelin odottaa seuraavaa vaihetta
code-334-causes = Kirjautumisen aikana palvelin lähettää lyhyen koodatun haasteen ja odottaa, että sähköpostiohjelma vastaa seuraavalla osalla, kuten käyttäjätunnuksella tai salasanalla.
code-334-action = Toimia ei tarvita. Sähköpostiohjelma vastaa itse.

code-354-summary = Aloita viestin syöttö: palvelin odottaa viestin tekstiä
code-354-causes = Palvelin on saanut lähettäjän ja vastaanottajan osoitteet ja odottaa nyt viestin sisältöä. Sähköpostiohjelma päättää sisällön rivillä, jolla on pelkkä piste.
code-354-action = Toimia ei tarvita. Sähköpostiohjelma lähettää viestin itse.

## 4xx

code-420-summary = Aikakatkaisu: yhteydessä vastaanottavaan palvelimeen oli ongelma
code-420-causes = Yhteys aikakatkaistiin tai katkesi vastaanottavassa päässä. Tätä koodia lähettävät vain GroupWise-postipalvelimet.
code-420-action = Yritä myöhemmin uudelleen. Jos ongelma toistuu, vastaanottajan kannattaa pyytää GroupWise-palvelimensa ylläpitäjiä selvittämään asia.

code-421-summary = Palvelu ei ole käytettävissä: palvelin sulkee yhteyden
code-421-causes = Palvelin ei juuri nyt pysty käsittelemään postia, esimerkiksi ylikuormituksen, uudelleenkäynnistyksen tai huollon takia. Syytä ei vastauksessa useinkaan kerrota.
code-421-action = Yleensä ei mitään: lähettävä palvelin yrittää itse uudelleen. Tarkista, lähteekö posti muihin verkkotunnuksiin; jos lähtee, lähetä vain myöhemmin uudelleen.

code-432-summary = Vastaanottava Exchange-palvelin on keskeyttänyt postin vastaanoton
code-432-causes = Vastaanottava palvelin on toistaiseksi lopettanut saapuvan postin vastaanoton tai käsittelyn. Tätä koodia lähettävät vain Microsoft Exchange -postipalvelimet.
code-432-action = Yritä myöhemmin uudelleen. Jos ongelma toistuu, vastaanottajan kannattaa pyytää Exchange-palvelimensa ylläpitäjiä selvittämään asia.

code-449-summary = Reititysvirhe vastaanottavalla Exchange-palvelimella
code-449-causes = Vastaanottava palvelin ei osannut päätellä, minne viesti välitetään seuraavaksi. Tätä koodia lähettävät vain Microsoft Exchange -postipalvelimet.
code-449-action = Vastaanottajan kannattaa pyytää Exchange-palvelimensa ylläpitäjiä tarkistamaan postin reititys. Voit yrittää myöhemmin uudelleen.

code-450-summary = Postilaatikko ei juuri nyt käytettävissä: palvelin ei ottanut viestiä vastaan
code-450-causes = Vastaanottajan postilaatikkoa ei voitu juuri nyt käyttää, esimerkiksi koska se oli varattu tai lukittu tietoturvasyistä. Näin palvelimet myös viivyttävät postia lähettäjiltä, joihin ne eivät luota.
code-450-action = Yleensä ei mitään: lähettävä palvelin yrittää automaattisesti uudelleen, ja viesti menee perille. Jos vastaus toistuu tuntikausia, katso syy vastauksen tekstistä; jos siinä mainitaan lähettäjän IP-osoite, pyydä sähköpostipalveluntarjoajaasi tai palvelimen ylläpitäjää tarkistamaan, onko osoite estolistalla, esimerkiksi Spamhausin listalla.

code-451-summary = Toiminto keskeytyi: palvelimella tapahtui paikallinen virhe
code-451-causes = Palvelimella tapahtui viestin käsittelyssä tilapäinen virhe, esimerkiksi ylikuormituksen takia. Joskus lähettäjän verkkotunnuksen SPF-tietueen (luettelo palvelimista, jotka saavat lähettää sen nimissä) tarkistus epäonnistui.
code-451-action = Lue virheilmoitus kokonaan ja yritä myöhemmin uudelleen. Jos ongelma toistuu, lähetä teksti sähköpostipalveluntarjoajallesi tai palvelimen ylläpitäjälle, jotta he voivat tarkistaa palvelimen lokin ja SPF-tietueen.

code-452-summary = Tallennustila ei riitä, tai liikaa viestejä tai vastaanottajia kerralla
code-452-causes = Palvelin on ylikuormittunut tai siltä on loppumassa tallennustila, tai samaan aikaan lähetettiin liian monta viestiä tai liian monelle vastaanottajalle.
code-452-action = Jos koodi on 4.2.2, vastaanottajan on vapautettava tilaa. Jos koodi on 4.5.3, lähetä viesti kerralla harvemmille vastaanottajille. Jos vastaus tuli lähettäessäsi palveluntarjoajasi omalta palvelimelta ({ $provider }), pysy sen rajoissa: { $hourly-account-limit } { $hourly-account-limit ->
        [one] viesti
       *[other] viestiä
    } tunnissa postilaatikkoa kohden ja { $hourly-ip-limit } tunnissa IP-osoitetta kohden.

code-454-summary = Tilapäinen kirjautumisvirhe: palvelin ei saanut kirjautumista valmiiksi
code-454-causes = Sähköpostiohjelma yritti kirjautua, mutta palvelin ei toistaiseksi pystynyt viemään kirjautumista loppuun. Syynä voi olla vanhentunut tallennettu salasana tai ohimenevä palvelinongelma.
code-454-action = Tarkista sähköpostiohjelman kirjautumisasetukset: käyttäjätunnuksena koko sähköpostiosoite, nykyinen salasana ja "Lähtevän postin palvelin (SMTP) vaatii todennuksen" valittuna. Yritä sitten uudelleen.

code-455-summary = Palvelin ei pysty käyttämään annettuja parametreja
code-455-causes = Vastaanottava palvelin ei toistaiseksi pysty käsittelemään osoitteiden mukana tulleita lisävalintoja. Kyse on tilapäisestä ongelmasta vastaanottavassa päässä.
code-455-action = Odota hetki ja yritä uudelleen. Jos ongelma toistuu, vastaanottajan kannattaa pyytää postipalvelimensa ylläpitäjiä selvittämään asia.

## 5xx

code-500-summary = Syntaksivirhe: palvelin ei tunnistanut komentoa
code-500-causes = Palvelin sai komennon, jota se ei ymmärtänyt. Syynä on usein lähettäjän tietokoneen virustorjunta tai palomuuri, joka puuttuu sähköpostiliikenteeseen.
code-500-action = Tarkista virustorjunta ja palomuuri, esimerkiksi poista niistä lähtevän postin tarkistus käytöstä, ja yritä uudelleen. Tarkista myös sähköpostiohjelman lähtevän postin palvelimen asetukset.

code-501-summary = Syntaksivirhe parametreissa: osa komennosta oli virheellinen
code-501-causes = Osa komennosta oli virheellinen, useimmiten vastaanottajan osoite, jossa on kirjoitusvirhe tai joka on väärin muotoiltu. Syynä voi olla myös lähettäjän tietokoneen virustorjunta tai palomuuri.
code-501-action = Tarkista vastaanottajan osoite merkki merkiltä (ei välilyöntejä, täsmälleen yksi @-merkki). Jos osoite on oikein, tarkista virustorjunta ja palomuuri ja yritä sitten uudelleen.

code-502-summary = Komentoa ei ole toteutettu: palvelin ei tarjoa tätä toimintoa
code-502-causes = Palvelin tunnistaa sähköpostiohjelmasi käyttämän komennon, mutta toiminto on poistettu käytöstä palvelimen asetuksissa.
code-502-action = Ota yhteyttä sähköpostipalveluntarjoajaasi tai palvelimen ylläpitäjään ja kerro koko virheilmoitus sekä sähköpostiohjelmasi nimi. He osaavat kertoa, mitä asetuksia palvelin tukee.

code-503-summary = Väärä komentojärjestys: palvelin odotti ensin toista vaihetta
code-503-causes = Komennot tulivat väärässä järjestyksessä. Useimmiten sähköpostiohjelma yritti lähettää kirjautumatta ensin sisään.
code-503-action = Valitse sähköpostiohjelmassa "Lähtevän postin palvelin (SMTP) vaatii todennuksen" ja anna käyttäjätunnukseksi koko sähköpostiosoite ja salasanaksi nykyinen salasana. Valitse salaukseksi STARTTLS portissa 587 tai SSL/TLS portissa 465. Jos tekstissä mainitaan RCPT tai DATA, etsi sitä edeltävä vastaanottajia koskeva virhe.

code-504-summary = Komennon parametria ei ole toteutettu: valintaa ei tueta
code-504-causes = Palvelin tunnistaa valinnan, jonka sähköpostiohjelmasi lisäsi komentoon, mutta valinta on poistettu käytöstä palvelimen asetuksissa.
code-504-action = Ota yhteyttä sähköpostipalveluntarjoajaasi tai palvelimen ylläpitäjään ja kerro koko virheilmoitus sekä sähköpostiohjelmasi nimi. He osaavat kertoa, mitä asetuksia palvelin tukee.

code-521-summary = Postia ei oteta vastaan: palvelin ei hyväksy sähköpostia
code-521-causes = Tavoitettu palvelin ilmoittaa, ettei se ota postia vastaan koskaan. Vastaanottajan verkkotunnusta ei ehkä ole määritetty sähköpostille, sen MX-tietueet (postipalvelinten nimet) voivat osoittaa väärään paikkaan tai sen palvelin voi olla poissa käytöstä.
code-521-action = Tarkista, että vastaanottajan osoite ja etenkin sen @-merkin jälkeinen osa on kirjoitettu oikein. Jos on, ota vastaanottajaan yhteyttä muuta kautta: verkkotunnuksen ylläpitäjien on korjattava sen sähköpostiasetukset.

code-530-summary = Todennus vaaditaan: kirjaudu ennen lähettämistä
code-530-causes = Palvelin lähettää postia vain kirjautuneille käyttäjille, eikä sähköpostiohjelma kirjautunut. Usein kirjautuminen on asetuksissa pois päältä tai tallennettu salasana pitää päivittää.
code-530-action = Tarkista sähköpostiohjelman kirjautumisasetukset: käyttäjätunnuksena koko sähköpostiosoite, nykyinen salasana ja "Lähtevän postin palvelin (SMTP) vaatii todennuksen" valittuna. Yritä sitten uudelleen.

code-534-summary = Todennustapa on tälle palvelimelle liian heikko
code-534-causes = Sähköpostiohjelma yritti kirjautua tavalla, jota palvelin pitää liian heikkona, esimerkiksi lähettämällä salasanan salaamattoman yhteyden kautta.
code-534-action = Ota sähköpostiohjelmassa käyttöön salattu yhteys (SSL/TLS) lähtevän postin palvelimelle tai valitse toinen todennustapa. Käyttäjätunnuksena pysyy koko sähköpostiosoite ja salasanana nykyinen salasana.

code-535-summary = Todennus epäonnistui: tunnusta tai salasanaa ei hyväksytty
code-535-causes = Palvelin hylkäsi kirjautumistiedot. Yleensä salasana on väärä tai vanhentunut, tai käyttäjätunnus ei ole koko sähköpostiosoite.
code-535-action = Tarkista sähköpostiohjelman kirjautumisasetukset: käyttäjätunnuksena koko sähköpostiosoite, nykyinen salasana ja "Lähtevän postin palvelin (SMTP) vaatii todennuksen" valittuna. Yritä sitten uudelleen.

code-538-summary = Salaus vaaditaan: tämä todennustapa edellyttää salattua yhteyttä
code-538-causes = Palvelin sallii valitun todennustavan vain salatun yhteyden kautta, mutta sähköpostiohjelma muodosti yhteyden ilman salausta.
code-538-action = Ota sähköpostiohjelman lähtevän postin palvelimen asetuksissa käyttöön salaus (SSL/TLS) ja käytä sille tarkoitettua porttia. Yritä sitten uudelleen.

code-550-summary = Postilaatikko ei käytettävissä: palvelin ei toimita tähän osoitteeseen
code-550-causes = Useimmiten osoitetta ei ole olemassa tai siinä on kirjoitusvirhe. Palvelin voi kieltäytyä myös käytäntösyistä, esimerkiksi roskapostisuojauksen vuoksi. "Relay access denied" tarkoittaa, ettei palvelin tunne osoitetta: postilaatikkoa ei ole tai MX-tietueet ovat väärin.
code-550-action = Tarkista vastaanottajan osoite, korjaa mahdollinen kirjoitusvirhe ja lähetä uudelleen. Jos osoite on oikein, kysy vastaanottajalta muuta kautta, onko osoite yhä käytössä ja estääkö hänen palvelimensa postisi.

code-551-summary = Käyttäjä ei ole tällä palvelimella: viestiä ei välitetä eteenpäin
code-551-causes = Vastaanottajan postilaatikko ei ole tällä palvelimella, eikä palvelin roskapostin torjumiseksi välitä postia muille palvelimille. Vastauksessa voidaan ehdottaa toista osoitetta.
code-551-action = Tarkista vastaanottajan osoite. Jos vastauksessa mainitaan eri osoite, lähetä viesti siihen; muuten kysy vastaanottajalta hänen nykyistä osoitettaan.

code-552-summary = Tila ylitetty: vastaanottajan postilaatikko on täynnä
code-552-causes = Vastaanottajan postilaatikon tallennustila on käytetty loppuun, joten uutta postia ei mahdu. Viesti voi myös olla suurempi kuin vastaanottava palvelin sallii.
code-552-action = Ota vastaanottajaan yhteyttä muuta kautta ja pyydä häntä vapauttamaan tilaa postilaatikostaan. Jos viestissäsi on suuria liitteitä, voit myös yrittää lähettää sen pienempänä.

code-553-summary = Postilaatikon nimi ei kelpaa: osoite ei ole kelvollinen
code-553-causes = Palvelin hylkää osoitteen, koska se ei ole kelvollinen, useimmiten kirjoitusvirheen tai väärän muodon takia.
code-553-action = Tarkista vastaanottajan osoite ja oma lähettäjäosoitteesi kirjoitusvirheiden, ylimääräisten välilyöntien ja puuttuvien osien varalta. Korjaa ja lähetä uudelleen.

code-554-summary = Siirto epäonnistui: palvelin hylkäsi viestin
code-554-causes = Vastaanottava palvelin hylkäsi viestin pysyvästi. Useimmiten lähettävän palvelimen IP-osoite on estolistalla tai lähettäjän tai vastaanottajan osoitetta ei sallittu. Tervehdyksenä koodi tarkoittaa, ettei palvelin tarjoa postipalvelua.
code-554-action = Pyydä sähköpostipalveluntarjoajaasi tai palvelimen ylläpitäjää tarkistamaan, onko lähettävän palvelimen IP-osoite estolistalla, esimerkiksi Spamhausin listalla. Varmista, ettei viesti näytä roskapostilta ja että vastaanottajan osoite on oikein.

code-555-summary = Palvelin ei tunnista lähettäjän tai vastaanottajan osoitteen asetuksia
code-555-causes = Palvelin ei tue valintaa, jonka sähköpostiohjelma lisäsi lähettäjän tai vastaanottajan osoitteeseen, kuten SIZE=, BODY=8BITMIME, SMTPUTF8 tai NOTIFY= (RFC 5321). Palveluntarjoajan ({ $provider }) ohjeissa syyksi mainitaan myös lähetysrajojen ylittäminen.
code-555-action = Tarkista From- ja To-osoitteet sekä sähköpostiohjelman lähetyksen lisäasetukset. Pysy myös palveluntarjoajan ({ $provider }) lähetysrajoissa: { $hourly-account-limit } { $hourly-account-limit ->
        [one] viesti
       *[other] viestiä
    } tunnissa postilaatikkoa kohden ja { $hourly-ip-limit } tunnissa IP-osoitetta kohden.

code-556-summary = Verkkotunnus ei vastaanota sähköpostia lainkaan
code-556-causes = Vastaanottajan verkkotunnus on ilmoittanut, ettei se vastaanota sähköpostia lainkaan (ns. null MX -tietueella), joten mikään palvelin ei toimita postia sinne.
code-556-action = Tarkista osoitteen @-merkin jälkeinen osa kirjoitusvirheiden varalta. Jos se on oikein, ota vastaanottajaan yhteyttä muuta kautta; vain verkkotunnuksen ylläpitäjät voivat muuttaa tämän.

## Classes (first digit)

class-positive = Onnistui
class-intermediate = Odottaa jatkoa
class-transient = Tilapäinen virhe
class-permanent = Pysyvä virhe

class-positive-retry = Valmis: vaihe onnistui, joten uutta yritystä ei tarvita.
class-intermediate-retry = Vielä kesken: palvelin odottaa keskustelun seuraavaa osaa.
class-transient-retry = Tilapäinen: jos virhe on palautusviestissä tai postilokissa, lähettävä palvelin yrittää automaattisesti uudelleen; jos sähköpostiohjelmasi näytti sen, lähetä viesti myöhemmin uudelleen.
class-permanent-retry = Pysyvä: saman viestin lähettäminen uudelleen epäonnistuu samalla tavalla, kunnes syy on korjattu.

class-positive-action = Mitään ei tarvitse tehdä: palvelin teki, mitä pyydettiin.
class-intermediate-action = Mitään ei tarvitse tehdä: tämä on normaali vaihe, ja sähköpostiohjelma jatkaa itse.
class-transient-action = Odota hetki ja yritä uudelleen. Jos sama koodi toistuu, lähetä koko virheilmoitus sähköpostipalveluntarjoajallesi.
class-permanent-action = Lue koodin mukana tullut teksti ja korjaa se, mihin se viittaa, usein osoite tai sähköpostiohjelman asetukset. Jos asia jää epäselväksi, lähetä koko virheilmoitus sähköpostipalveluntarjoajallesi.

## Categories (second digit)

class-category-0 = komennon syntaksi
class-category-1 = tiedot tai ohjeet
class-category-2 = yhteys
class-category-3 = määrittelemätön (ei käytössä standardissa)
class-category-5 = postijärjestelmä, esimerkiksi postilaatikon tila

## Who has to act

code-who-sender = Sinä eli lähettäjä
code-who-sender-provider = Palveluntarjoajasi tai palvelimen ylläpitäjä
code-who-recipient-side = Vastaanottaja tai hänen postipalvelimensa ylläpitäjät
code-who-nobody = Ei kukaan: toimia ei tarvita

## Codes missing from the catalogue

code-unknown-summary = Koodia { $code } ei ole luettelossa. Numeroidensa perusteella se on vastaus tyyppiä "{ $class }", aihealue: { $category }.
