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
code-252-causes = Palvelin ei pysty varmistamaan, että postilaatikko on olemassa, mutta ottaa sille postia vastaan. Tämän vastauksen saa vain osoitteen tarkistava VRFY-komento (RFC 5321 §3.5.3): sähköpostiohjelma ei koskaan näe sitä lähettäessään.
code-252-action = Toimia ei tarvita. Jos toimitus myöhemmin epäonnistuu, saat siitä palautusviestin.

## 3xx

code-334-summary = Kirjautuminen kesken: palvelin odottaa seuraavaa vaihetta
code-334-causes = Kirjautumisen aikana palvelin lähettää lyhyen koodatun haasteen ja odottaa, että sähköpostiohjelma vastaa seuraavalla osalla, kuten käyttäjätunnuksella tai salasanalla.
code-334-action = Toimia ei tarvita. Sähköpostiohjelma vastaa itse.

code-354-summary = Aloita viestin syöttö: palvelin odottaa viestin tekstiä
code-354-causes = Palvelin on saanut lähettäjän ja vastaanottajan osoitteet ja odottaa nyt viestin sisältöä. Sähköpostiohjelma päättää sisällön rivillä, jolla on pelkkä piste.
code-354-action = Toimia ei tarvita. Sähköpostiohjelma lähettää viestin itse.

## 4xx

code-420-summary = Aikakatkaisu: yhteydessä vastaanottavaan palvelimeen oli ongelma
code-420-causes = Yhteys aikakatkaistiin tai katkesi vastaanottavassa päässä. Koodi on harvinainen ja vanha: ohjeissa se mainitaan vain GroupWise-postipalvelinten yhteydessä.
code-420-action = Yritä myöhemmin uudelleen. Jos ongelma toistuu, vastaanottajan kannattaa pyytää GroupWise-palvelimensa ylläpitäjiä selvittämään asia.

code-421-summary = Palvelu ei ole käytettävissä: palvelin sulkee yhteyden
code-421-causes = Palvelin ei juuri nyt pysty käsittelemään postia: se on ylikuormittunut, käynnistymässä uudelleen tai huollossa, tai se hidastaa lähettäjää, johon se ei vielä luota. Suuret palveluntarjoajat (Gmail, Yahoo) hidastavat koodilla 421 postia, joka ei läpäise niiden todennus- tai mainetarkistuksia, ja jatkavat sitä, kunnes lähettäjä korjaa asian.
code-421-action = Jos koodi on palautusviestissä tai lokissa, lähettävä palvelin yrittää itse uudelleen; jos tilanne jatkuu tuntikausia, katso syy vastauksen tekstistä ja välitä se sähköpostipalveluntarjoajallesi tai palvelimen ylläpitäjälle. Jos sähköpostiohjelmasi näytti koodin palveluntarjoajasi omalta palvelimelta, katso palveluntarjoajan tilasivulta, onko käynnissä huoltotöitä, ja lähetä viesti sitten myöhemmin uudelleen.

code-432-summary = Salasana on vaihdettava, tai vastaanottava Exchange-palvelin on keskeyttänyt toimituksen
code-432-causes = Standardin mukainen merkitys (432 4.7.12, RFC 4954 §6) on, että tilin salasana on vaihdettava tai tilillä on kirjauduttava kerran tavallisella salasanalla salatun yhteyden kautta, ennen kuin tämä todennustapa toimii. Microsoft Exchange käyttää koodia 432 4.3.2 (STOREDRV), kun vastaanottajan postilaatikkoon tulee liikaa viestejä kerralla; tilanne korjaantuu itsestään.
code-432-action = Jos koodi on 4.7.12, kirjaudu kerran webmailiin tai tavallisella salasanatodennuksella SSL/TLS-yhteyden kautta, tai vaihda salasana. Jos koodi on 4.3.2 STOREDRV, toimia ei tarvita: lähettävä palvelin yrittää uudelleen.

code-449-summary = Reititysvirhe vastaanottavalla Exchange-palvelimella
code-449-causes = Vastaanottava palvelin ei osannut päätellä, minne viesti välitetään seuraavaksi. Koodi on harvinainen ja vanha: ohjeissa se mainitaan vain vanhojen Microsoft Exchange -palvelinten ja WinRoute-palvelinten yhteydessä.
code-449-action = Vastaanottajan kannattaa pyytää Exchange-palvelimensa ylläpitäjiä tarkistamaan postin reititys. Voit yrittää myöhemmin uudelleen.

code-450-summary = Postilaatikko ei juuri nyt käytettävissä: palvelin ei ottanut viestiä vastaan
code-450-causes = Yleensä kyse on tilapäisestä tilanteesta: harmaalistauksesta (tuntemattoman lähettäjän ensimmäistä viestiä pidätetään muutaman minuutin ajan), siitä, että vastaanottajalle tulee kerralla liikaa postia, tai hetkeksi lukitusta postilaatikosta. Palvelin voi myös viivyttää postia lähettäjiltä, joihin se ei luota, esimerkiksi jos lähettäjän IP-osoitteella ei ole PTR-tietuetta tai palvelin ei löydä lähettäjän verkkotunnusta.
code-450-action = Yleensä ei mitään: lähettävä palvelin yrittää itse uudelleen, ja viesti menee perille. Jos vastaus toistuu tuntikausia, katso syy vastauksen tekstistä; jos siinä mainitaan lähettäjän IP-osoite, pyydä sähköpostipalveluntarjoajaasi tai palvelimen ylläpitäjää tarkistamaan, onko osoite estolistalla, esimerkiksi Spamhausin listalla.

code-451-summary = Toiminto keskeytyi: palvelimella tapahtui paikallinen virhe
code-451-causes = Palvelimella tapahtui viestin käsittelyssä tilapäinen virhe, esimerkiksi koska se oli ylikuormittunut tai jokin sen tekemä tarkistus (kuten lähettäjän verkkotunnuksen SPF-tietueen tarkistus) ei valmistunut. Vika ei ole sinun.
code-451-action = Yritä myöhemmin uudelleen; lähettävä palvelin tekee sen itse. Jos ongelma toistuu, lähetä koko virheilmoitus sähköpostipalveluntarjoajallesi tai, jos palvelin on omasi, sen ylläpitäjälle.

code-452-summary = Tallennustila ei riitä, tai liikaa viestejä tai vastaanottajia kerralla
code-452-causes = Vastauksen antaneelta palvelimelta on loppumassa tallennustila (RFC 5321), vastaanottajan postilaatikon tila on loppu (4.2.2) tai yhdessä viestissä on liian monta vastaanottajaa (4.5.3). Palvelimet käyttävät koodia myös, kun lyhyessä ajassa lähetetään liian monta viestiä.
code-452-action = Jos koodi on 4.2.2, vastaanottajan on vapautettava tilaa. Jos koodi on 4.5.3, lähetä viesti kerralla harvemmille vastaanottajille. Jos vastaus tuli lähettäessäsi palveluntarjoajasi omalta palvelimelta ({ $provider }), pysy sen rajoissa: { $hourly-account-limit } { $hourly-account-limit ->
        [one] viesti
       *[other] viestiä
    } tunnissa postilaatikkoa kohden ja { $hourly-ip-limit } tunnissa IP-osoitetta kohden.

code-454-summary = Tilapäinen kirjautumisvirhe: palvelin ei saanut kirjautumista valmiiksi
code-454-causes = Tilapäinen vika palvelimen päässä (RFC 4954): kirjautumista ei saatu valmiiksi, TLS ei ole juuri nyt käytettävissä (RFC 3207) tai Postfix kieltäytyy koodilla 454 4.7.1 toistaiseksi välittämästä postia kyseiseen verkkotunnukseen (ohjelma ei kirjautunut). Gmail antaa koodin yhdessä tekstin "Too many login attempts" kanssa.
code-454-action = Odota muutama minuutti ja yritä uudelleen. Jos virhe toistuu, tarkista sähköpostiohjelman kirjautumisasetukset: käyttäjätunnuksena koko sähköpostiosoite, nykyinen salasana ja "Lähtevän postin palvelin (SMTP) vaatii todennuksen" valittuna.

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
code-503-causes = Komennot tulivat väärässä järjestyksessä. Useimmiten sähköpostiohjelma yritti lähettää kirjautumatta tai yritti kirjautua ennen salauksen aloittamista (palvelin tarjoaa kirjautumista vasta STARTTLS:n jälkeen). "Valid RCPT command must precede DATA" tarkoittaa, että kaikki vastaanottajat oli jo hylätty: varsinainen virhe on sitä edeltävällä rivillä.
code-503-action = Valitse sähköpostiohjelmassa "Lähtevän postin palvelin (SMTP) vaatii todennuksen" ja anna käyttäjätunnukseksi koko sähköpostiosoite ja salasanaksi nykyinen salasana. Valitse salaukseksi STARTTLS portissa 587 tai SSL/TLS portissa 465. Jos tekstissä mainitaan RCPT tai DATA, etsi sitä edeltävä vastaanottajia koskeva virhe.

code-504-summary = Komennon parametria ei tueta: todennustapaa tai valintaa ei hyväksytä
code-504-causes = Useimmiten sähköpostiohjelma valitsi todennustavan, jota palvelin ei tarjoa (RFC 4954), kuten suojatun salasanatodennuksen (SPA), NTLM:n tai CRAM-MD5:n. Oma palvelimesi voi myös hylätä HELO-nimen, joka ei ole palvelimen täydellinen nimi.
code-504-action = Valitse sähköpostiohjelman lähtevän postin palvelimen asetuksista tavallinen salasanatodennus SSL/TLS- tai STARTTLS-yhteyden kautta ja poista suojattu salasanatodennus (SPA) käytöstä. Jos palvelin on omasi, aseta HELO-nimeksi (Postfixissa myhostname) palvelimen täydellinen nimi.

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
code-550-causes = Useimmiten osoitetta ei ole olemassa tai siinä on kirjoitusvirhe. Palvelin voi kieltäytyä myös käytäntösyistä, esimerkiksi roskapostisuojauksen vuoksi, tai siksi, että vastaanottajan palvelimella on palomuuri- tai yhteysongelma.
code-550-action = Tarkista vastaanottajan osoite, korjaa mahdollinen kirjoitusvirhe ja lähetä uudelleen. Jos osoite on oikein, kysy vastaanottajalta muuta kautta, onko osoite yhä käytössä ja estääkö hänen palvelimensa postisi.

code-551-summary = Käyttäjä ei ole tällä palvelimella: viestiä ei välitetä eteenpäin
code-551-causes = Vastaanottajan postilaatikko ei ole tällä palvelimella, eikä palvelin roskapostin torjumiseksi välitä postia muille palvelimille. Vastauksessa voidaan ehdottaa toista osoitetta.
code-551-action = Tarkista vastaanottajan osoite. Jos vastauksessa mainitaan eri osoite, lähetä viesti siihen; muuten ota yhteyttä sähköpostipalveluntarjoajaasi ja kerro koko virheilmoitus.

code-552-summary = Tila- tai kokoraja ylitetty: postilaatikko on täynnä tai viesti liian suuri
code-552-causes = Vastaanottajan postilaatikon tila on käytetty loppuun, tai viesti on suurempi kuin vastaanottava palvelin sallii (5.3.4). Jotkin palveluntarjoajat käyttävät koodia 552 myös, kun ne hylkäävät liitteen tai sisällön (Gmail 5.7.0) tai roskapostin (5.2.0).
code-552-action = Katso laajennettu koodi ja teksti: jos koodi on 5.2.2, pyydä vastaanottajaa muuta kautta vapauttamaan tilaa; jos 5.3.4, lähetä pienemmät liitteet tai niiden sijaan linkki; jos sisältö hylättiin, poista liite, jonka teksti mainitsee.

code-553-summary = Postilaatikon nimi ei kelpaa: osoite ei ole kelvollinen
code-553-causes = Palvelin hylkää osoitteen, koska se ei ole kelvollinen, useimmiten kirjoitusvirheen tai väärän muodon takia.
code-553-action = Tarkista vastaanottajan osoite ja oma lähettäjäosoitteesi kirjoitusvirheiden, ylimääräisten välilyöntien ja puuttuvien osien varalta. Korjaa ja lähetä uudelleen.

code-554-summary = Siirto epäonnistui: palvelin hylkäsi viestin
code-554-causes = Vastaanottava palvelin hylkäsi viestin pysyvästi. Useimmiten lähettävän palvelimen IP-osoite on estolistalla tai lähettäjän tai vastaanottajan osoitetta ei sallittu. Tervehdyksenä koodi tarkoittaa, ettei palvelin tarjoa postipalvelua.
code-554-action = Pyydä sähköpostipalveluntarjoajaasi tai palvelimen ylläpitäjää tarkistamaan, onko lähettävän palvelimen IP-osoite estolistalla, esimerkiksi Spamhausin listalla. Varmista, ettei viesti näytä roskapostilta ja että vastaanottajan osoite on oikein.

code-555-summary = MAIL FROM -komennon tai RCPT TO -komennon parametreja ei tunnisteta tai tueta
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
class-transient-final = Muodoltaan tilapäinen, mutta palvelimen mukaan uudelleenyritys ei onnistu, ennen kuin syy on korjattu.
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
