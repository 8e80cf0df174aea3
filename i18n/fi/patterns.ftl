### Well-known rejection texts (Finnish).
### Yksi tiivistelmä (yksi rivi) ja yksi toimintaohje kullekin assets/patterns.toml-tiedoston mallille sen järjestyksessä.

## Yahoo and AOL

code-pattern-yahoo-unauthenticated-summary = Yahoo: lähettäjän verkkotunnus ei läpäissyt SPF- eikä DKIM-tarkistusta
code-pattern-yahoo-unauthenticated-action = Yahoo ottaa vastaan postia vain, jos lähettäjän verkkotunnus läpäisee SPF- tai DKIM-tarkistuksen. Verkkotunnuksen ylläpitäjän on lisättävä lähettävä palvelin sen SPF-tietueeseen ja otettava DKIM-allekirjoitus käyttöön. Jos lähetät sähköpostiohjelmasta, käytä palveluntarjoajasi lähtevän postin palvelinta.

code-pattern-yahoo-permanently-deferred-summary = Yahoo: tämän palvelimen postia ei oteta vastaan, eikä uusi yritys auta
code-pattern-yahoo-permanently-deferred-action = Yahoo on lakannut ottamasta vastaan postia lähettävästä IP-osoitteesta valitusten, roskapostille tyypillisten postimäärien tai huonon maineen vuoksi. Uudelleen lähettäminen ei muuta mitään. Lähettävän palvelimen ylläpitäjän on löydettävä ja pysäytettävä syy, kuten murrettu tili tai skripti tai ei-toivottu joukkoposti, ja pyydettävä sitten Yahoolta uudelleenarviointia Sender Hubin tukilomakkeella.

code-pattern-yahoo-deferred-summary = Yahoo: tämän palvelimen postia viivytetään määrän tai valitusten vuoksi
code-pattern-yahoo-deferred-action = Yahoo viivyttää postia tästä IP-osoitteesta, koska postimäärä tai roskapostivalitukset ovat äkillisesti kasvaneet. Lähettävä palvelin yrittää itse uudelleen. Lähetä pienempiä eriä ja vain niille, jotka ovat pyytäneet postia, ja tarkista, ettei palvelinta käytetä väärin. Jos tilanne jatkuu yli kaksi päivää, palvelimen ylläpitäjä pyytää uudelleenarviointia Yahoon Sender Hubin kautta.

code-pattern-yahoo-unresolvable-domain-summary = Yahoo: lähettäjän osoitteen verkkotunnusta ei löydy DNS:stä
code-pattern-yahoo-unresolvable-domain-action = Yahoo haki lähettäjän osoitteen verkkotunnusta DNS:stä, mutta ei saanut vastausta. Tarkista, että verkkotunnus on rekisteröity eikä se ole vanhentunut ja että sen DNS-palvelimet vastaavat, esimerkiksi komennolla "dig SOA example.com". Lähettäjän osoitteissa käytetyllä aliverkkotunnuksella on oltava omat DNS-tietueensa, myös SOA-tietue.

code-pattern-yahoo-content-summary = Yahoo: viesti hylättiin jonkin sen sisällön vuoksi
code-pattern-yahoo-content-action = Yahoo hylkäsi itse sisällön, useimmiten linkin tai liitteen, jota se pitää tietojenkalasteluna tai haittaohjelmana. Poista tai vaihda epäilyttävät linkit ja liitteet ja lähetä viesti sitten uudelleen. Jos palvelimelta lähtee tällaista postia sinun tietämättäsi, palvelimen ylläpitäjän on tarkistettava postijono väärinkäytön varalta.

code-pattern-yahoo-policy-summary = Yahoo: viesti hylättiin käytäntösyistä
code-pattern-yahoo-policy-action = Yahoo hylkäsi viestin, useimmiten siksi, että lähettävä verkkotunnus ei läpäissyt SPF-, DKIM- tai DMARC-tarkistuksia tai sisältö näytti roskapostilta. Verkkotunnuksen ylläpitäjän kannattaa tarkistaa nämä DNS-tietueet; lähetä viesti sitten uudelleen.

## Gmail (Google)

code-pattern-gmail-ptr-summary = Gmail: lähettävän palvelimen IP-osoitteella ei ole vastaavaa PTR-tietuetta
code-pattern-gmail-ptr-action = Gmail hylkää tai hidastaa postia IP-osoitteista, joille ei ole määritetty käänteistä DNS:ää, myös IPv6-osoitteista. Lähettävän palvelimen ylläpitäjän on annettava IP-osoitteelle PTR-tietue, jossa on palvelimen nimi, ja tämän nimen on osoitettava takaisin samaan osoitteeseen.

code-pattern-gmail-spf-suspicious-summary = Gmail: verkkotunnuksen SPF-tietueessa on epäilyttäviä merkintöjä
code-pattern-gmail-spf-suspicious-action = Gmail ei luota verkkotunnuksen SPF-tietueeseen, esimerkiksi koska se sallii aivan liian monta osoitetta (kuten "+all" tai valtava osoitealue) tai siinä on virheellisiä merkintöjä. Verkkotunnuksen DNS:ää hallinnoivan kannattaa pitää yksi lyhyt SPF-tietue, jossa ovat vain sen nimissä todella lähettävät palvelut, esimerkiksi "v=spf1 include:{ $spf-include } ~all".

code-pattern-gmail-spf-hardfail-summary = Gmail: palvelin puuttuu verkkotunnuksen tiukasta (-all) SPF-tietueesta
code-pattern-gmail-spf-hardfail-action = Lähettäjän verkkotunnus ilmoittaa merkinnällä "-all", että vain sen SPF-tietueessa mainitut palvelimet saavat lähettää sen nimissä, eikä tämä palvelin ole yksi niistä. Verkkotunnuksen DNS:ää hallinnoivan on lisättävä lähettävä palvelin tietueeseen, tai viesti on lähetettävä tietueessa mainitun palvelimen kautta. Myös edelleenlähetetty posti hylätään näin, jos edelleenlähettävä palvelin ei käytä SRS:ää.

code-pattern-gmail-spf-summary = Gmail: verkkotunnuksen SPF-tietue ei salli lähettävää palvelinta
code-pattern-gmail-spf-action = Verkkotunnuksen SPF-tietue on DNS:ssä oleva luettelo palvelimista, jotka saavat lähettää sen nimissä. Tämän viestin lähettänyt palvelin puuttuu siitä. Lisää palvelin tietueeseen (kun posti lähtee palveluntarjoajan { $provider } kautta, merkintä on include:{ $spf-include }) tai lähetä jonkin jo luettelossa olevan palvelimen kautta.

code-pattern-gmail-dkim-summary = Gmail: viestissä ei ole kelvollista DKIM-allekirjoitusta
code-pattern-gmail-dkim-action = Gmail vaatii joukkopostin lähettäjiltä hyväksytyn DKIM-allekirjoituksen. Lähettävän palvelimen ylläpitäjän on allekirjoitettava lähtevä posti lähettäjän verkkotunnuksen DKIM-avaimella ja julkaistava avain verkkotunnuksen DNS:ssä sillä valitsimella (selector), jolla viestit allekirjoitetaan.

code-pattern-gmail-tls-summary = Gmail: viestiä ei lähetetty salatun (TLS) yhteyden kautta
code-pattern-gmail-tls-action = Gmail rajoittaa tai hylkää postin, joka saapuu ilman TLS:ää. Lähettävän palvelimen ylläpitäjän on otettava TLS (STARTTLS) käyttöön lähteville yhteyksille, Postfixissa asetuksella smtp_tls_security_level = may; kun se toimii, viesti lähetetään uudelleen automaattisesti.

code-pattern-gmail-tls-required-rcpt-summary = Gmail: vastaanottajan verkkotunnus ottaa postia vastaan vain TLS:llä
code-pattern-gmail-tls-required-rcpt-action = Vastaanottajan Google Workspace ottaa verkkotunnuksensa postia vastaan vain salatun yhteyden kautta, eikä lähettävä palvelin käyttänyt sellaista. Kyse on lähettävän palvelimen asetuksesta, ei sähköpostiohjelman: palvelimen ylläpitäjän on otettava lähtevän postin TLS käyttöön (Postfixissa smtp_tls_security_level = may).

code-pattern-gmail-dmarc-dns-summary = Gmail: DNS-virheet estivät lähettäjän verkkotunnuksen tarkistuksen
code-pattern-gmail-dmarc-dns-action = Gmail ei voinut hakea lähettäjän verkkotunnuksen SPF-, DKIM- tai DMARC-tietueita, koska sen DNS-palvelimet eivät vastanneet. Lähettävä palvelin yrittää itse uudelleen. Jos näin käy toistuvasti, verkkotunnuksen ylläpitäjän on tarkistettava, että kaikki sen nimipalvelimet vastaavat, esimerkiksi komennolla "dig TXT _dmarc.example.com".

code-pattern-gmail-no-dmarc-summary = Gmail: lähettävältä verkkotunnukselta puuttuu DMARC-käytäntö
code-pattern-gmail-no-dmarc-action = Gmail vaatii joukkopostin lähettäjiltä DMARC-tietueen. Verkkotunnuksen DNS:ää hallinnoiva lisää TXT-tietueen nimellä _dmarc.<verkkotunnus>, aluksi muodossa "v=DMARC1; p=none; rua=mailto:<raporttien osoite>", ja huolehtii, että SPF- ja DKIM-tarkistukset menevät edelleen läpi. Lähetä viesti sitten uudelleen.

code-pattern-gmail-not-aligned-summary = Gmail: From-verkkotunnus ei ole sama kuin SPF:n tai DKIM:n todentama
code-pattern-gmail-not-aligned-action = From-osoitteen verkkotunnus on eri kuin verkkotunnus, joka läpäisi SPF-tarkistuksen (kuoren lähettäjä) tai DKIM-tarkistuksen (allekirjoituksen d=-arvo). Tyypillisiä syitä ovat yhteydenottolomake, joka panee kävijän osoitteen From-kenttään, ja uutiskirjepalvelu, joka allekirjoittaa viestit omalla verkkotunnuksellaan. Lähetä oman verkkotunnuksesi osoitteella ja allekirjoita viestit sen DKIM-avaimella, tai määritä palvelu käyttämään sinun verkkotunnustasi.

code-pattern-gmail-unauthenticated-summary = Gmail: viesti ei läpäissyt lähettäjän tarkistuksia (SPF ja DKIM)
code-pattern-gmail-unauthenticated-action = Gmail ottaa vastaan vain postia, joka läpäisee lähettäjän verkkotunnuksen SPF- tai DKIM-tarkistuksen. Verkkotunnuksen ylläpitäjän on lisättävä lähettävä palvelin sen SPF-tietueeseen tai otettava DKIM-allekirjoitus käyttöön. Jos lähetät sähköpostiohjelmasta, käytä palveluntarjoajasi lähtevän postin palvelinta.

code-pattern-gmail-direct-not-authorized-summary = Gmail: tästä IP-osoitteesta ei saa toimittaa postia suoraan Gmailiin
code-pattern-gmail-direct-not-authorized-action = Viesti tuli suoraan osoitteesta, josta postia ei pitäisi toimittaa itse, kuten koti- tai toimistoliittymästä, NAS-laitteesta, tulostimesta tai skriptistä. Määritä laite tai ohjelma lähettämään palveluntarjoajasi lähtevän postin palvelimen { $smtp-server } kautta, portissa 587 STARTTLS-salauksella tai portissa 465 SSL/TLS-salauksella, ja kirjautumaan postilaatikon osoitteella ja salasanalla.

code-pattern-gmail-rate-limited-summary = Gmail: lähettäjältä tulee liikaa ei-toivottua postia, joten sitä hidastetaan
code-pattern-gmail-rate-limited-action = Gmail ottaa toistaiseksi vastaan tavallista vähemmän viestejä, koska moni tämän palvelimen tai verkkotunnuksen viimeaikainen viesti näytti roskapostilta. Keskeytä joukkopostitukset, tarkista, ettei palvelimella ole murrettuja tilejä tai skriptejä, ja lähetä postia vain niille, jotka ovat sitä pyytäneet.

code-pattern-gmail-likely-unsolicited-summary = Gmail: viesti näytti roskapostilta, joten se hylättiin
code-pattern-gmail-likely-unsolicited-action = Gmail arvioi, että viesti, sen linkit tai lähettävän palvelimen maine viittaavat roskapostiin. Poista epäilyttävät linkit ja liitteet, varmista, että lähettävä verkkotunnus läpäisee SPF- ja DKIM-tarkistukset, ja tarkista, ettei palvelimen IP-osoite ole millään estolistalla.

code-pattern-gmail-rfc5322-summary = Gmail: otsaketiedot rikkovat sähköpostin muotostandardia (RFC 5322)
code-pattern-gmail-rfc5322-action = Gmail hylkää viestit, joista puuttuu kelvollinen Message-ID tai From, joissa on useampi kuin yksi From-osoite tai sama otsaketieto kahdesti tai jotka käyttävät samaa Message-ID:tä monta kertaa. Syy on viestit muodostavassa ohjelmassa tai skriptissä: anna jokaiselle viestille yksi From-osoite, oma Message-ID ja Date-otsaketieto.

code-pattern-gmail-content-blocked-summary = Gmail: liite tai sisältö estettiin tietoturvariskinä
code-pattern-gmail-content-blocked-action = Gmail estää liitteet, jotka voivat levittää haittaohjelmia, kuten .exe-, .js- tai .bat-tiedostot myös .zip-tiedostojen sisällä, sekä asiakirjat, joissa on haitallisia makroja. Jaa tällainen tiedosto latauslinkkinä tai lähetä toisen tyyppinen tiedosto, ja lähetä viesti sitten uudelleen.

code-pattern-receiving-too-fast-summary = Vastaanottajalle tulee postia liian tiheään: odota ja lähetä uudelleen
code-pattern-receiving-too-fast-action = Vastaanottajan postilaatikkoon tulee juuri nyt enemmän postia kuin sen palveluntarjoaja sallii; viestissäsi ei ole vikaa. Lähettävä palvelin yrittää itse uudelleen; jos lähetit sähköpostiohjelmasta, lähetä viesti uudelleen tunnin tai kahden kuluttua.

code-pattern-gmail-mailbox-full-summary = Gmail: vastaanottajan postilaatikosta on loppunut tallennustila
code-pattern-gmail-mailbox-full-action = Vastaanottaja on käyttänyt Google-tallennustilansa loppuun, joten uutta postia ei mahdu. Kerro asiasta hänelle muuta kautta, esimerkiksi puhelimitse, jotta hän vapauttaa tilaa tai ostaa lisää, ja lähetä viesti sitten uudelleen.

code-pattern-gmail-no-such-user-summary = Gmail: osoitetta, johon kirjoitit, ei ole olemassa
code-pattern-gmail-no-such-user-action = Tarkista, onko vastaanottajan osoitteessa kirjoitusvirheitä tai ylimääräisiä välilyöntejä, etenkin @-merkkiä edeltävässä osassa. Jos osoite näyttää oikealta, kysy vastaanottajalta muuta kautta hänen nykyistä osoitettaan.

code-pattern-gmail-no-such-domain-summary = Gmail: vastaanottajan verkkotunnusta ei löytynyt
code-pattern-gmail-no-such-domain-action = Osoitteen @-merkin jälkeinen osa ei ole verkkotunnus, joka vastaanottaa postia. Tarkista, onko siinä kirjoitusvirheitä, välilyöntejä tai ylimääräinen piste lopussa (gmial.com, example.con), korjaa se ja lähetä uudelleen.

code-pattern-gmail-web-login-summary = Gmail: Google haluaa, että tilille kirjaudutaan verkkoselaimella
code-pattern-gmail-web-login-action = Google pysäytti sähköpostiohjelman kirjautumisen epätavallisena. Kirjaudu Google-tilille verkkoselaimella samalla laitteella ja vahvista suojauskehote. Määritä tili sitten ohjelmaan niin, että se kirjautuu Google-tilillä (Sign in with Google), tai käytä sovellussalasanaa.

code-pattern-gmail-app-password-summary = Gmail: tili tarvitsee sähköpostiohjelmiin sovellussalasanan
code-pattern-gmail-app-password-action = Google-tilillä on käytössä kaksivaiheinen vahvistus, joten sen tavallinen salasana ei toimi sähköpostiohjelmassa. Luo sovellussalasana Google-tilin tietoturva-asetuksissa ja syötä se ohjelmaan tavallisen salasanan sijaan, tai kirjaudu ohjelmassa Google-tilillä (Sign in with Google).

code-pattern-gmail-bad-credentials-summary = Gmail: käyttäjätunnusta tai salasanaa ei hyväksytty
code-pattern-gmail-bad-credentials-action = Sähköpostiohjelma kirjautui Gmailin palvelimelle väärällä tai vanhentuneella salasanalla. Anna koko sähköpostiosoite ja nykyinen salasana. Jos Google-tilillä on käytössä kaksivaiheinen vahvistus, luo tilille sovellussalasana ja käytä sitä tavallisen salasanan sijaan.

code-pattern-too-many-logins-summary = Liikaa kirjautumisyrityksiä: palvelin estää kirjautumiset hetkeksi
code-pattern-too-many-logins-action = Palvelin torjuu kirjautumiset joksikin aikaa, koska niitä yritettiin liian monta lyhyessä ajassa, usein puhelimesta tai ohjelmasta, joka yrittää yhä uudelleen vanhalla salasanalla. Korjaa salasana kaikkiin laitteisiin, jotka käyttävät tätä postilaatikkoa, odota tunti ja yritä uudelleen.

## Microsoft (Outlook.com, Microsoft 365)

code-pattern-microsoft-auth-level-summary = Outlook.com: verkkotunnus ei täytä SPF-, DKIM- tai DMARC-vaatimuksia
code-pattern-microsoft-auth-level-action = Toukokuusta 2025 lähtien Outlook.com, Hotmail ja Live.com hylkäävät joukkopostin, ellei se läpäise SPF- ja DKIM-tarkistusta ja ellei verkkotunnuksella ole DMARC-tietuetta (vähintään p=none), johon jompikumpi niistä täsmää. Lähettävän verkkotunnuksen ylläpitäjän on korjattava nämä DNS-tietueet; lähetä viesti sitten uudelleen.

code-pattern-microsoft-rate-limited-summary = Microsoft: lähettävää IP-osoitetta hidastetaan sen maineen vuoksi
code-pattern-microsoft-rate-limited-action = Outlook.com ottaa postia tästä IP-osoitteesta vastaan vain hitaasti sen maineen vuoksi, usein roskapostin tai valitusten jälkeen. Lähettävä palvelin yrittää itse uudelleen. Sen ylläpitäjän kannattaa pysäyttää kaikki ei-toivottu posti, seurata osoitteen tilaa Microsoftin SNDS-palvelussa ja pyytää apua Outlook.comin lähettäjätuelta, jos tilanne jatkuu.

code-pattern-microsoft-server-busy-summary = Microsoft: postia pidätetään toistaiseksi; palvelin yrittää uudelleen
code-pattern-microsoft-server-busy-action = Microsoft pidättää tämän lähettäjän postia sillä aikaa, kun se arvioi lähettäjää; kyse on usein uudesta IP-osoitteesta tai äkillisesti kasvaneesta postimäärästä. Mitään ei tarvitse tehdä: lähettävä palvelin yrittää uudelleen, ja rajoitus päättyy itsestään. Jos se jatkuu yli vuorokauden, palvelimen ylläpitäjä ottaa yhteyttä Microsoftin lähettäjätukeen.

code-pattern-microsoft-external-forwarding-summary = Microsoft 365: organisaatio ei salli edelleenlähetystä ulkopuolelle
code-pattern-microsoft-external-forwarding-action = Edelleenlähetyssääntö lähetti viestin ulkopuoliseen osoitteeseen, ja Microsoft 365 -organisaatio estää automaattisen edelleenlähetyksen. Joko organisaation ylläpitäjä sallii sen tälle postilaatikolle (Microsoft Defenderin lähtevän roskapostin käytännössä), tai poista edelleenlähetyssääntö ja lue posti suoraan postilaatikosta.

code-pattern-microsoft-bad-outbound-sender-summary = Microsoft 365: postilaatikko estetty lähettämästä, luultavasti murrettu
code-pattern-microsoft-bad-outbound-sender-action = Microsoft esti tätä tiliä lähettämästä postia, koska siitä lähti roskapostia, yleensä sen jälkeen, kun sen salasana oli varastettu. Vaihda salasana, ota monivaiheinen kirjautuminen käyttöön, tarkista kaikki tiliä käyttävät tietokoneet ja puhelimet haittaohjelmien varalta ja poista säännöt, joita et ole itse tehnyt. Sen jälkeen Microsoft 365:n ylläpitäjä vapauttaa tilin Microsoft Defenderin sivulla Restricted entities.

code-pattern-microsoft-tenant-blocked-summary = Microsoft 365: koko organisaatiolta on estetty lähettäminen
code-pattern-microsoft-tenant-blocked-action = Microsoft pysäytti lähettämisen tältä Microsoft 365 -organisaatiolta, koska suurin osa sen lähtevästä postista näytti roskapostilta tai tuli verkkotunnuksista, joita ei ole rekisteröity organisaatioon. Organisaation ylläpitäjän on suojattava murretut tilit, lisättävä ja vahvistettava jokainen verkkotunnus, jolta se lähettää postia, ja otettava sitten yhteyttä Microsoftin tukeen.

code-pattern-microsoft-send-as-summary = Microsoft 365: tili ei saa lähettää tällä From-osoitteella
code-pattern-microsoft-send-as-action = Kirjautuneella postilaatikolla ei ole oikeutta lähettää tämän From-osoitteen nimissä. Kirjoita From-kenttään tilin oma osoite tai pyydä Microsoft 365:n ylläpitäjää antamaan tilille Send As -oikeus kyseiseen osoitteeseen.

code-pattern-microsoft-tenant-attribution-summary = Microsoft 365: liitin ei tunnistanut lähettävää palvelinta
code-pattern-microsoft-tenant-attribution-action = Microsoft 365 ei pystynyt yhdistämään viestiä mihinkään organisaatioon, yleensä siksi, että organisaation oman palvelimen tai palvelun saapuvan postin liitin (connector) ei enää vastaa sen IP-osoitetta tai varmennetta. Microsoft 365:n ylläpitäjän on korjattava liitin; vika ei ole vastaanottajan osoitteessa.

code-pattern-microsoft-smtp-auth-disabled-summary = Microsoft 365: salasanalla lähettäminen (SMTP AUTH) on pois käytöstä
code-pattern-microsoft-smtp-auth-disabled-action = Microsoft 365 ei hyväksy lähettämistä pelkällä käyttäjätunnuksella ja salasanalla, koska organisaatio on poistanut SMTP AUTHin käytöstä tai koska Microsoft on luopumassa tästä perustodennuksesta. Uusi salasana ei auta. Microsoft 365:n ylläpitäjä voi toistaiseksi sallia postilaatikolle SMTP AUTHin; pysyvä ratkaisu on ohjelma tai laite, joka kirjautuu OAuthilla (moderni todennus).

code-pattern-microsoft-sender-mailbox-full-summary = Microsoft 365: oma postilaatikkosi on täynnä, joten lähettäminen on estetty
code-pattern-microsoft-sender-mailbox-full-action = Exchange Online säilyttää kopion jokaisesta lähetetystä viestistä Lähetetyt-kansiossa, ja täydeltä postilaatikolta estetään lähettäminen. Poista vanhoja viestejä, ennen kaikkea Lähetetyt- ja Poistetut-kansioista, tai pyydä ylläpitäjää antamaan postilaatikolle lisää tilaa; lähetä viesti sitten uudelleen.

code-pattern-microsoft-submission-quota-summary = Microsoft 365: postilaatikko saavutti vastaanottajien päivärajan
code-pattern-microsoft-submission-quota-action = Microsoft 365 sallii yhden postilaatikon lähettää enintään 10 000 vastaanottajalle päivässä, ja tämä postilaatikko on saavuttanut rajan. Odota 24 tuntia. Jos kukaan ei ole lähettänyt näin paljon tarkoituksella, tili voi olla murrettu: vaihda sen salasana ja katso, mitä sen Lähetetyt-kansiossa on. Lähetä joukkopostitukset niitä varten tehdyn palvelun kautta.

code-pattern-microsoft-submission-throttled-summary = Microsoft 365: SMTP:n kautta lähetettiin liikaa viestejä kerralla
code-pattern-microsoft-submission-throttled-action = Microsoft 365 sallii yhdelle postilaatikolle kolme samanaikaista yhteyttä ja 30 viestiä minuutissa, kun lähetetään palvelimen smtp.office365.com kautta. Ohjelma, skanneri tai sovellus lähetti enemmän kerralla. Määritä se lähettämään viestit yksi kerrallaan tai hitaammin ja lähetä hylätyt viestit uudelleen.

code-pattern-microsoft-recipient-throttled-summary = Microsoft: vastaanottajan postilaatikkoon tulee liikaa postia kerralla
code-pattern-microsoft-recipient-throttled-action = Exchange hidastaa toimitusta postilaatikkoon, johon tulee samalla hetkellä paljon viestejä. Tilanne on tilapäinen, ja lähettävä palvelin yrittää itse uudelleen; mitään ei tarvitse tehdä, ellei perään tule palautusviestiä.

code-pattern-microsoft-expired-summary = Microsoft: viesti vanheni, ennen kuin se saatiin toimitettua
code-pattern-microsoft-expired-action = Palvelin yritti toistuvasti, mutta vastaanottava palvelin ei ottanut viestiä vastaan ajoissa, usein siksi, ettei sitä tavoitettu. Tarkista vastaanottajan osoite ja varmista vastaanottajan kanssa, että hänen verkkotunnuksensa MX-tietueet ja postipalvelin toimivat; lähetä viesti sitten uudelleen.

code-pattern-microsoft-ip-not-accepted-summary = Microsoft: lähettävän palvelimen IP-osoitteesta tulevaa postia ei hyväksytä
code-pattern-microsoft-ip-not-accepted-action = Microsoft hylkää postin tästä IP-osoitteesta sen huonon maineen vuoksi, usein sen jälkeen, kun sen kautta on lähetetty roskapostia. Lähettävän palvelimen ylläpitäjän on poistettava syy, kuten murrettu tili tai skripti, ja pyydettävä sitten Microsoftin tukea poistamaan esto.

code-pattern-microsoft-banned-ip-summary = Microsoft: lähettävä IP-osoite on Microsoftin estolistalla
code-pattern-microsoft-banned-ip-action = Lähettävän palvelimen ylläpitäjän on ensin poistettava syy, kuten murrettu tili tai skripti. Sen jälkeen ylläpitäjä voi pyytää poistoa listalta Microsoftin poistosivulla sender.office.com ilmoittamalla viestissä mainitun IP-osoitteen.

code-pattern-microsoft-blocklist-summary = Outlook.com: lähettäjän verkko on Microsoftin estolistalla
code-pattern-microsoft-blocklist-action = Outlook.com ja Hotmail estävät postin verkosta, josta viesti tuli. Lähettävän palvelimen ylläpitäjän tai sen internetpalveluntarjoajan on varmistettava, ettei verkosta lähde roskapostia, ja pyydettävä sitten Microsoftin lähettäjätukea poistamaan esto.

code-pattern-microsoft-recipient-not-found-summary = Microsoft: vastaanottajan organisaatiossa ei ole tämän osoitteen postilaatikkoa
code-pattern-microsoft-recipient-not-found-action = Vastaanottajan organisaatiossa ei ole postilaatikkoa tällä osoitteella. Tarkista osoite kirjoitusvirheiden varalta; jos se on oikein, kysy vastaanottajalta muuta kautta, onko osoite muuttunut. Jos verkkotunnus on sinun, tarkista, että postilaatikko on olemassa Microsoft 365:ssä.

code-pattern-microsoft-client-not-authenticated-summary = Microsoft 365: sähköpostiohjelma yritti lähettää kirjautumatta
code-pattern-microsoft-client-not-authenticated-action = Valitse sähköpostiohjelmassa "Lähtevän postin palvelin (SMTP) vaatii todennuksen" ja anna koko sähköpostiosoite ja sen salasana. Microsoft 365:n ylläpitäjän on ehkä myös sallittava postilaatikolle SMTP-kirjautuminen (SMTP AUTH).

## Apple iCloud Mail

code-pattern-icloud-policy-summary = iCloud Mail: viesti hylättiin Applen paikallisen käytännön perusteella
code-pattern-icloud-policy-action = Apple hylkäsi viestin lähettäjän maineen tai puuttuvan todennuksen vuoksi. Lähettävän verkkotunnuksen ja palvelimen ylläpitäjä tarkistaa, että SPF- ja DKIM-tarkistukset menevät läpi, että DMARC-tietue on olemassa ja että lähettävällä IP-osoitteella on käänteinen DNS. Jos viesti hylätään edelleen, ylläpitäjä kirjoittaa osoitteeseen icloudadmin@apple.com ja kertoo verkkotunnuksen, IP-osoitteet ja koko virheilmoituksen.

## T-Online

code-pattern-t-online-dialup-summary = T-Online: kotiliittymien ja dynaamisten IP-osoitteiden posti hylätään
code-pattern-t-online-dialup-action = Viesti tuli suoraan osoitteesta, jota T-Online pitää koti- tai dynaamisena liittymänä. Älä toimita postia suoraan tällaisesta liittymästä: lähetä palveluntarjoajasi lähtevän postin palvelimen ({ $smtp-server }) kautta postilaatikon tunnuksilla, tai anna palvelimelle kiinteä osoite ja oma nimi.

code-pattern-t-online-reputation-summary = T-Online: lähettävän palvelimen IP-osoite on T-Onlinelle tuntematon
code-pattern-t-online-reputation-action = T-Online ottaa postia vastaan vain palvelimilta, jotka se tuntee. Lähettävän palvelimen ylläpitäjä antaa sen IP-osoitteelle PTR-tietueen, jonka nimi kuuluu ylläpitäjän omaan verkkotunnukseen, ja tämän verkkotunnuksen verkkosivuilla kerrotaan ylläpitäjän nimi ja yhteystiedot (Impressum). Sen jälkeen hän pyytää vastauksessa mainitusta osoitteesta (postmaster@rx.t-online.de) poistamaan IP-osoitteen eston.

code-pattern-t-online-blocked-summary = T-Online: lähettävän palvelimen IP-osoite on estetty
code-pattern-t-online-blocked-action = T-Online esti lähettävän IP-osoitteen. Palvelimen ylläpitäjä tarkistaa, ettei palvelin lähetä roskapostia ja että sen PTR-nimi johtaa ylläpitäjän verkkosivuille, joilla on julkaisijan tiedot (Impressum) ja yhteystiedot. Sen jälkeen hän kirjoittaa vastauksessa mainittuun osoitteeseen (tosa@rx.t-online.de) ja kertoo IP-osoitteen ja koko virheilmoituksen.

## GMX and web.de

code-pattern-gmx-bad-ptr-summary = GMX/web.de: lähettävällä IP-osoitteella ei ole kelvollista PTR-tietuetta
code-pattern-gmx-bad-ptr-action = GMX ja web.de hylkäävät palvelimet, joiden IP-osoitteella ei ole käänteistä DNS-nimeä tai joiden nimi ei osoita takaisin samaan osoitteeseen. Lähettävän palvelimen ylläpitäjän on asetettava PTR-tietueeksi palvelimen täydellinen nimi, jonka on osoitettava samaan osoitteeseen. Vastauksessa oleva linkki selittää tapauksen.

code-pattern-gmx-blocklisted-summary = GMX/web.de: lähettävä IP-osoite on niiden estolistalla
code-pattern-gmx-blocklisted-action = GMX ja web.de estävät postin tästä IP-osoitteesta, usein roskapostin tai tuntemattomiin osoitteisiin lähetettyjen lukuisten viestien jälkeen. Lähettävän palvelimen ylläpitäjän on löydettävä ja pysäytettävä syy; vastauksessa oleva linkki vie postmaster-sivulle, jolla voi pyytää poistoa listalta.

code-pattern-gmx-policy-summary = GMX/web.de: viesti hylättiin käytäntösyistä
code-pattern-gmx-policy-action = GMX ja web.de hylkäsivät viestin sääntöjensä perusteella, useimmiten siksi, että lähettäjän verkkotunnus ei läpäise SPF-, DKIM- tai DMARC-tarkistusta tai palvelimen maine on huono. Vastauksessa oleva linkki kertoo tarkan syyn; verkkotunnuksen ja palvelimen ylläpitäjä korjaa sen, mitä siinä sanotaan.

## Czech, Polish and Russian-language providers

code-pattern-seznam-user-unknown-summary = Seznam.cz: tällä osoitteella ei ole postilaatikkoa
code-pattern-seznam-user-unknown-action = Seznam.cz:ssä ei ole postilaatikkoa tällä osoitteella. Tarkista @-merkkiä edeltävä osa kirjoitusvirheiden varalta; jos se on oikein, kysy vastaanottajalta muuta kautta hänen nykyistä osoitettaan.

code-pattern-centrum-domain-reputation-summary = Centrum.cz, Atlas.cz: viestissä olevan verkkotunnuksen maine on huono
code-pattern-centrum-domain-reputation-action = Centrumin, Atlasin ja Volnyn roskapostisuodatin pitää viestissä käytettyä verkkotunnusta, yleensä lähettäjän verkkotunnusta, epäluotettavana (Cisco Talosin arvio verkkotunnuksen maineesta). Verkkotunnuksen ylläpitäjä tarkistaa SPF:n (tietue päättyy merkintään -all), DKIM:n ja palvelimen käänteisen DNS:n. Jos viesti hylätään edelleen, hän pyytää poikkeusta osoitteesta helpdesk@economia.cz.

code-pattern-forpsi-policy-violation-summary = Forpsi: lähetys estetty hetkeksi roskapostimaisen ryöpyn jälkeen
code-pattern-forpsi-policy-violation-action = Forpsin lähtevän postin palvelin pysäytti lähettämisen tästä postilaatikosta, verkkotunnuksesta tai IP-osoitteesta, koska siitä lähti paljon viestejä, joista moni ei mennyt perille, mikä on tyypillistä murretulle tilille. Tarkista tietokone haittaohjelmien varalta ja vaihda salasana. Esto päättyy itsestään tunnin, enintään 24 tunnin kuluttua; Forpsin asiakastuki voi poistaa sen aiemmin.

code-pattern-interia-ip-reputation-summary = Interia: lähettävä IP-osoite on merkitty roskapostin lähteeksi
code-pattern-interia-ip-reputation-action = Interian käyttäjät ovat siirtäneet suuren osan tästä IP-osoitteesta tulleesta postista roskapostiin, joten Interia hylkää sen. Tavallisia syitä ovat jaettu webhotelli, samasta osoitteesta lähtevät markkinointi- ja palveluviestit (kuten tilausvahvistukset), SPF-tietue, josta osoite puuttuu tai joka ei pääty merkintään -all, sekä puuttuva PTR-tietue. Lähettävän palvelimen ylläpitäjä korjaa nämä.

code-pattern-wp-sending-blocked-summary = WP/o2: palveluntarjoaja on estänyt lähettämisen tästä postilaatikosta
code-pattern-wp-sending-blocked-action = Wirtualna Polska esti lähettämisen tästä postilaatikosta, yleensä varastetulla salasanalla lähetetyn roskapostin tai lähetysrajojen ylittämisen jälkeen. Vaihda salasana laitteella, jonka tiedät puhtaaksi, ja tarkista tietokone haittaohjelmien varalta; ota sitten yhteyttä WP:n asiakastukeen (kontakt@pomoc.wp.pl) ja liitä mukaan virheteksti.

code-pattern-mailru-spam-summary = Mail.ru: viesti hylättiin roskapostina
code-pattern-mailru-spam-action = Mail.ru:n suodatin arvioi viestin tai sen lähettäjän roskapostiksi. Vastauksessa oleva linkki vie lomakkeelle, jolla voi pyytää Mail.ru:ta tarkistamaan eston. Tarkista, onko viestissä epäilyttäviä linkkejä ja läpäiseekö lähettävä verkkotunnus SPF- ja DKIM-tarkistukset.

## Blocklists

code-pattern-personal-blocklist-summary = Vastaanottaja on itse estänyt osoitteesi
code-pattern-personal-blocklist-action = Vastaanottaja itse, ei julkinen estolista, on lisännyt osoitteesi omaan estettyjen lähettäjien luetteloonsa. Pyydä häntä muuta kautta, esimerkiksi puhelimitse, poistamaan osoitteesi sieltä; sinun päässäsi tai palvelimellasi ei tarvitse muuttaa mitään.

code-pattern-spamhaus-open-resolver-summary = Ei estolistalla: vastaanottajan palvelin kysyy Spamhausilta väärin
code-pattern-spamhaus-open-resolver-action = Vastaanottajan postipalvelin tekee Spamhaus-kyselynsä julkisen DNS-palvelimen (resolverin) kautta, saa vastaukseksi virhekoodin ja tulkitsee sen estolistamerkinnäksi, joten se hylkää kaikki lähettäjät. Osoitteesi ei ole listalla. Vain vastaanottajan ylläpitäjä voi korjata tämän omalla DNS-resolverilla tai Spamhausin DQS-avaimella; kerro asiasta vastaanottajalle muuta kautta.

code-pattern-spamhaus-pbl-summary = Spamhaus PBL: tästä IP-osoitteesta ei pitäisi lähettää postia suoraan
code-pattern-spamhaus-pbl-action = Policy Block List luettelee koti-, dynaamisia ja muita osoitteita, joista postin pitäisi lähteä vain sähköpostipalveluntarjoajan kautta; se ei ole roskapostimerkintä. Lähetä palveluntarjoajasi lähtevän postin palvelimen ({ $smtp-server }) kautta postilaatikon tunnuksilla. Jos palvelimella on oma kiinteä osoite, sen omistaja voi poistaa osoitteen PBL-listalta sivulla check.spamhaus.org.

code-pattern-spamhaus-dbl-summary = Spamhaus DBL: viestissä oleva verkkotunnus on estolistalla
code-pattern-spamhaus-dbl-action = Lähettäjän osoitteessa tai viestin linkeissä oleva verkkotunnus on Spamhausin Domain Block List -listalla. Hae sitä sivulla check.spamhaus.org nähdäksesi, mikä verkkotunnus on listalla ja miksi. Poista linkit listattuihin sivustoihin; jos oma verkkotunnuksesi on listalla, sen ylläpitäjän on pysäytettävä syy, kuten murrettu verkkosivusto, ja pyydettävä sitten Spamhausilta poistoa listalta.

code-pattern-spamhaus-summary = Lähettävän palvelimen IP-osoite on Spamhausin estolistalla
code-pattern-spamhaus-action = Hae IP-osoitetta sivulla check.spamhaus.org nähdäksesi, miksi se on listalla. Lähettävän palvelimen ylläpitäjän on ensin poistettava syy, kuten murrettu tili tai skripti, virus tai avoin välityspalvelin (open relay), ja pyydettävä sitten Spamhausilta poistoa listalta.

code-pattern-spamcop-summary = Lähettävän palvelimen IP-osoite on SpamCopin estolistalla
code-pattern-spamcop-action = SpamCop listaa osoitteet, joista on äskettäin lähetetty postia, jonka vastaanottajat ovat ilmoittaneet roskapostiksi. Lähettävän palvelimen ylläpitäjän on löydettävä ja pysäytettävä tämä posti; merkintä poistuu sen jälkeen itsestään jonkin ajan kuluttua.

code-pattern-barracuda-summary = Lähettävän palvelimen IP-osoite on Barracudan estolistalla
code-pattern-barracuda-action = Hae IP-osoitetta sivustolla barracudacentral.org. Lähettävän palvelimen ylläpitäjän on ensin korjattava roskapostin syy, minkä jälkeen hän voi pyytää poistoa listalta samalla sivustolla.

code-pattern-generic-blocklist-summary = Lähettävän palvelimen IP-osoite on vastaanottajan käyttämällä estolistalla
code-pattern-generic-blocklist-action = Vastauksessa mainitaan yleensä listan nimi. Hae IP-osoitetta kyseisen listan verkkosivuilla selvittääksesi, miksi se on listalla; lähettävän palvelimen ylläpitäjän on korjattava syy ja pyydettävä sitten listalta poistoa.

## Delays and the sending server's connections

code-pattern-greylisting-summary = Harmaalistaus (greylisting): viesti on lähetettävä myöhemmin uudelleen
code-pattern-greylisting-action = Yleensä mitään ei tarvitse tehdä. Vastaanottava palvelin torjuu tarkoituksella tuntemattoman lähettäjän ensimmäisen yrityksen; asianmukaisesti toimiva lähettävä palvelin yrittää itse uudelleen, ja viesti saapuu silloin, yleensä tunnin kuluessa.

code-pattern-delivery-delayed-summary = Viivästysilmoitus: viestiä ei ole vielä toimitettu, yritys jatkuu
code-pattern-delivery-delayed-action = Tämä on varoitus eikä palautusviesti. Lähettävä palvelin ei ole vielä saanut viestiä toimitettua ja yrittää edelleen, yleensä enintään viiden päivän ajan; palautusviestin se lähettää vain, jos se luopuu yrittämisestä. Nyt ei tarvitse tehdä mitään; jos palautusviesti tulee, lue se.

code-pattern-port25-timeout-summary = Palvelin ei saanut yhteyttä vastaanottajan postipalvelimen porttiin 25
code-pattern-port25-timeout-action = Yhteys toisen postipalvelimen porttiin 25 aikakatkaistiin tai epäonnistui. Jos näin käy kaikkien verkkotunnusten kohdalla, palvelin- tai pilvipalveluntarjoaja estää lähtevän liikenteen porttiin 25: pyydä heitä avaamaan portti tai lähetä posti todennusta käyttävän välityspalvelimen kautta portissa 587. Jos vain yksi verkkotunnus on kyseessä, sen postipalvelimet ovat poissa käytöstä tai sen MX-tietueet ovat väärin.

## Checks of the sending server

code-pattern-no-reverse-dns-summary = Lähettävän IP-osoitteen käänteinen DNS (PTR-tietue) puuttuu tai on virheellinen
code-pattern-no-reverse-dns-action = Vastaanottava palvelin edellyttää, että lähettävällä IP-osoitteella on PTR-tietue, jossa on palvelimen nimi, ja että tämä nimi osoittaa takaisin samaan osoitteeseen. Lähettävän palvelimen ylläpitäjän on määritettävä se, yleensä hallintapaneelissa tai IP-osoitteen omistajan kautta.

code-pattern-helo-rejected-summary = Vastaanottava palvelin hylkäsi nimen, jolla lähettävä palvelin esittäytyi
code-pattern-helo-rejected-action = Lähettävän palvelimen esittäytymisnimi (HELO) puuttuu, on vajaa tai on väärä. Aseta nimeksi palvelimen täydellinen nimi sellaisena kuin se on DNS:ssä (Postfixissa myhostname), sama nimi kuin sen IP-osoitteen PTR-tietueessa.

## Authentication of the sender's domain

code-pattern-dmarc-fail-summary = DMARC: lähettäjän verkkotunnus pyytää hylkäämään varmentamattoman postin
code-pattern-dmarc-fail-action = From-osoitteen verkkotunnuksella on DMARC-käytäntö, eikä tämä viesti läpäissyt sen kanssa täsmäävää (aligned) SPF- eikä DKIM-tarkistusta: SPF voi mennä läpi kuoren lähettäjän verkkotunnukselle, ja DMARC voi silti epäonnistua. Verkkotunnuksen ylläpitäjän on lisättävä lähettävä palvelin SPF-tietueeseen ja allekirjoitettava viestit DKIM:llä From-verkkotunnuksen nimissä. Myös edelleenlähetetty posti voi hylkäytyä tästä syystä.

code-pattern-spf-fail-summary = SPF-tarkistus epäonnistui: palvelin ei saa lähettää verkkotunnuksen nimissä
code-pattern-spf-fail-action = Lähettäjän verkkotunnuksen SPF-tietueessa ei ole palvelinta, joka lähetti viestin. Jos lähetät sähköpostiohjelmasta, käytä palveluntarjoajasi lähtevän postin palvelinta; muuten pyydä verkkotunnuksen DNS:ää hallinnoivaa lisäämään lähettävä palvelin tietueeseen. Myös edelleenlähetetty posti epäonnistuu SPF-tarkistuksessa, jos edelleenlähettävä palvelin ei kirjoita lähettäjää uudelleen (SRS).

code-pattern-dkim-fail-summary = DKIM-tarkistus epäonnistui: viestin allekirjoitus puuttuu tai on virheellinen
code-pattern-dkim-fail-action = Vastaanottava palvelin ei pystynyt varmentamaan viestin DKIM-allekirjoitusta. Lähettävän verkkotunnuksen ylläpitäjän kannattaa tarkistaa, että DKIM-allekirjoitus on käytössä ja että DNS:ään julkaistu avain täsmää. Myös viestin muuttuminen matkalla voi rikkoa allekirjoituksen.

## Content filters

code-pattern-spam-rejected-summary = Vastaanottavan palvelimen roskapostisuodatin hylkäsi viestin
code-pattern-spam-rejected-action = Vastaanottajan roskapostisuodatin arvioi viestin roskapostiksi. Poista epäilyttävät ja lyhennetyt linkit sekä suuret kuvat, joiden ohessa ei ole tekstiä, ja tarkista, että lähettävä verkkotunnus läpäisee SPF- ja DKIM-tarkistukset. Jos vastaanottajan postilaatikko on asetettu hylkäämään roskaposti, pyydä häntä lisäämään osoitteesi sallittuihin lähettäjiin.

## A mail program's errors when receiving

code-pattern-outlook-receive-login-summary = Outlook: saapuvan postin palvelin hylkäsi kirjautumisen
code-pattern-outlook-receive-login-action = Saapuvan postin palvelin (POP3 tai IMAP) ei hyväksynyt käyttäjätunnusta tai salasanaa. Anna käyttäjätunnukseksi koko sähköpostiosoite ja salasanaksi nykyinen salasana; jos et ole varma, kokeile niitä webmailissa ({ $webmail }).

code-pattern-outlook-receive-connect-summary = Outlook: yhteyttä saapuvan postin palvelimeen ei saada
code-pattern-outlook-receive-connect-action = Outlook ei tavoittanut saapuvan postin palvelinta. Tarkista palvelimen nimi ja portti: IMAP { $imap-server } portissa 993 tai POP3 { $pop3-server } portissa 995, molemmat SSL/TLS-salauksella. Myös postia tarkistava virustorjunta tai palomuuri voi estää yhteyden.

code-pattern-thunderbird-receive-login-summary = Thunderbird: saapuvan postin palvelin hylkäsi kirjautumisen
code-pattern-thunderbird-receive-login-action = Palvelin ei hyväksynyt käyttäjätunnusta tai salasanaa, jonka Thunderbird on tallentanut. Valitse "Syötä uusi salasana" ja kirjoita postilaatikon nykyinen salasana; käyttäjätunnuksena on koko sähköpostiosoite. Jos et ole varma salasanasta, kokeile sitä webmailissa ({ $webmail }).

## Logging in and the sender's address

code-pattern-auth-failed-summary = Kirjautuminen epäonnistui: palvelin ei hyväksynyt tunnusta tai salasanaa
code-pattern-auth-failed-action = Tarkista sähköpostiohjelman kirjautumistiedot: käyttäjätunnuksena koko sähköpostiosoite ja nykyinen salasana. Jos kirjautuminen epäonnistuu edelleen ja postilaatikko on palveluntarjoajalla { $provider }, vaihda salasana hallintapaneelissa ({ $control-panel }) ja syötä uusi salasana kaikkiin ohjelmiin; jos postilaatikko on muualla, vaihda salasana siellä, missä postilaatikkoa hallinnoidaan.

code-pattern-starttls-required-summary = Salaus vaaditaan: palvelin edellyttää ensin salattua yhteyttä
code-pattern-starttls-required-action = Ota sähköpostiohjelmassa käyttöön lähtevän postin palvelimen salaus: STARTTLS portissa 587 tai SSL/TLS portissa 465. Yritä sitten uudelleen.

code-pattern-sender-login-mismatch-summary = Lähettäjän osoite ei kuulu tilille, jolla kirjauduttiin
code-pattern-sender-login-mismatch-action = Palvelin sallii lähettämisen vain osoitteista, jotka kuuluvat tilille, jolla olet kirjautunut. Muuta sähköpostiohjelmassa From-osoite samaksi kuin postilaatikko, jolla kirjaudut, tai kirjaudu kyseisen osoitteen postilaatikolla.

code-pattern-sender-address-rejected-summary = Vastaanottava palvelin hylkäsi lähettäjän osoitteen
code-pattern-sender-address-rejected-action = Lähettäjän osoite hylättiin, usein siksi, ettei sen verkkotunnusta ole DNS:ssä tai osoitteesta ei saa lähettää sinne. Tarkista sähköpostiohjelman tai skriptin From-osoite ja se, että sen verkkotunnuksella on toimivat DNS-tietueet.

## Relaying

code-pattern-relay-access-denied-summary = Relay access denied: palvelin ei välitä tätä viestiä eteenpäin
code-pattern-relay-access-denied-action =
    Jos sait tämän lähettäessäsi sähköpostiohjelmasta tai skriptistä, palvelin ei tunnistanut sinua:
    valitse "Lähtevän postin palvelin (SMTP) vaatii todennuksen", anna koko sähköpostiosoite ja sen
    salasana ja käytä porttia 587 tai 465. Jos viesti palasi palautusviestinä, vastaanottava palvelin
    ei käsittele postia vastaanottajan verkkotunnukselle: joko verkkotunnuksen MX-tietueet ohjaavat
    postin väärälle palvelimelle tai postilaatikkoa ei ole siellä. Tarkista osoite ja sitten
    vastaanottajan verkkotunnuksen MX-tietueet.

code-pattern-relay-not-permitted-summary = Relaying denied: palvelin ei välitä viestiä eteenpäin puolestasi
code-pattern-relay-not-permitted-action = Palvelin välittää postia eteenpäin vain kirjautuneille käyttäjille. Valitse "Lähtevän postin palvelin (SMTP) vaatii todennuksen" ja anna koko sähköpostiosoite ja sen salasana. Jos vastaus tuli vastaanottajan palvelimelta, tarkista hänen verkkotunnuksensa MX-tietueet.

## Limits and sizes

code-pattern-sending-limit-summary = Lähetysraja täynnä: viestejä lähetettiin liikaa
code-pattern-sending-limit-action = Palvelu, jonka kautta lähetät, sallii vain tietyn määrän viestejä tunnissa tai päivässä; odota, ennen kuin lähetät uudelleen, sillä raja nollautuu itsestään. Palveluntarjoajalla { $provider } rajat ovat { $hourly-account-limit } { $hourly-account-limit ->
        [one] viesti
       *[other] viestiä
    } tunnissa postilaatikkoa kohden ja { $daily-limit } päivässä koko webhotellille; Gmail ja Microsoft 365 asettavat omat rajansa. Jaa suuret postitukset pidemmälle ajalle.

code-pattern-too-many-recipients-summary = Liian monta vastaanottajaa yhdessä viestissä
code-pattern-too-many-recipients-action = Palvelin hyväksyy viestiä kohden vain rajallisen määrän vastaanottajia. Jaa lista pienempiin ryhmiin ja lähetä useampi viesti, tai käytä suurille listoille postituspalvelua.

code-pattern-message-too-large-summary = Viesti on suurempi kuin vastaanottava palvelin hyväksyy
code-pattern-message-too-large-action = Pienennä viestiä: jaa suuret tiedostot latauslinkkinä tai pakkaa ne. Liitteet kasvavat lähetettäessä noin kolmanneksella, joten jätä varaa. Lähetä viesti sitten uudelleen.

## Loops and expiry

code-pattern-mail-loop-summary = Postisilmukka: viesti kiersi palvelinten välillä ja pysäytettiin
code-pattern-mail-loop-action = Viestiä välitettiin edestakaisin, yleensä toisiinsa osoittavien edelleenlähetyssääntöjen vuoksi (esimerkiksi kaksi postilaatikkoa lähettää postin edelleen toisilleen) tai väärän MX- tai liitinasetuksen vuoksi. Tarkista lähettäjän ja vastaanottajan postilaatikoiden edelleenlähetys- ja uudelleenohjaussäännöt ja lähetä viesti sitten uudelleen.

code-pattern-exim-retry-timeout-summary = Toimituksesta luovuttiin: vastaanottavan pään vika kesti liian kauan
code-pattern-exim-retry-timeout-action = Lähettävä palvelin yritti päivien ajan ja luovutti. Palautusviestissä tätä riviä edeltävä virhe kertoo syyn, usein sen, ettei vastaanottavaa palvelinta tavoitettu. Tarkista vastaanottajan osoite ja hänen verkkotunnuksensa MX-tietueet ja lähetä viesti sitten uudelleen; jos lähetys kaikkiin verkkotunnuksiin epäonnistuu näin, lähettävän palvelimen portti 25 voi olla estetty.

## The recipient's domain and mailbox

code-pattern-exim-unrouteable-summary = Unrouteable address: verkkotunnukselle ei löydy postipalvelinta
code-pattern-exim-unrouteable-action = Lähettävä palvelin ei löytänyt @-merkin jälkeiselle verkkotunnukselle MX- eikä osoitetietuetta, joten se ei tiedä, minne viesti toimitetaan. Tarkista verkkotunnus kirjoitusvirheiden varalta; jos se on oikein, vastaanottajan verkkotunnuksen ylläpitäjän on määritettävä sen MX-tietueet.

code-pattern-mailbox-full-summary = Vastaanottajan postilaatikko on täynnä (kiintiö ylitetty)
code-pattern-mailbox-full-action = Vastaanottajan on poistettava viestejä tai hankittava lisää tilaa, ennen kuin uutta postia mahtuu. Kerro asiasta hänelle muuta kautta ja lähetä viesti sitten uudelleen. Jos postilaatikko on sinun, tyhjennä webmailissa roskakori ja suuret kansiot.

code-pattern-mailbox-disabled-summary = Vastaanottajan postilaatikko on suljettu tai ei ole enää käytössä
code-pattern-mailbox-disabled-action = Osoite on olemassa, mutta se ei ota vastaan postia, usein siksi, että tili on suljettu tai ollut pitkään käyttämättä. Kysy vastaanottajalta muuta kautta osoitetta, joka toimii.

code-pattern-recipient-access-denied-summary = Access denied: vastaanottavan palvelimen sääntö torjuu tämän osoitteen
code-pattern-recipient-access-denied-action = Vastaanottajan palvelin hylkää postin tähän osoitteeseen ylläpitäjänsä asettaman säännön perusteella, ei siksi, että osoite olisi tuntematon. Tarkista osoite; jos se on oikein, pyydä vastaanottajaa muuta kautta poistattamaan esto tai antamaan toinen osoite.

code-pattern-user-unknown-summary = Tuntematon vastaanottaja: tällä osoitteella ei ole postilaatikkoa
code-pattern-user-unknown-action = Tarkista, onko vastaanottajan osoitteessa kirjoitusvirheitä, etenkin @-merkin kohdalla ja verkkotunnuksessa. Jos osoite on oikein, kysy vastaanottajalta muuta kautta, onko osoite yhä olemassa.

## Mail programs' own errors

code-pattern-outlook-send-login-summary = Outlook: lähtevän postin palvelin ei lähetä ilman kirjautumista
code-pattern-outlook-send-login-action = Lähtevän postin palvelin hylkäsi viestin, yleensä siksi, että Outlook lähetti sen kirjautumatta. Valitse tilin asetuksissa "Lähtevän postin palvelin (SMTP) vaatii todennuksen" ja "Käytä samoja asetuksia kuin saapuvan postin palvelimessa" ja tarkista, että From-osoite on postilaatikon oma osoite.

code-pattern-outlook-encryption-summary = Outlook: palvelin ei tue valittua salausta
code-pattern-outlook-encryption-action = Palvelimelle asetettu salaus ei sovi sen porttiin. Käytä lähtevän postin palvelimelle porttia 587 ja STARTTLS-salausta tai porttia 465 ja SSL/TLS-salausta; IMAPille porttia 993 ja POP3:lle porttia 995, molemmille SSL/TLS-salausta.

code-pattern-outlook-connect-summary = Outlook: yhteyttä lähtevän postin palvelimeen (SMTP) ei saada
code-pattern-outlook-connect-action = Outlook ei tavoittanut lähtevän postin palvelinta. Käytä palvelinta { $smtp-server } portissa 587 STARTTLS-salauksella tai portissa 465 SSL/TLS-salauksella, älä porttia 25, jonka monet verkot estävät. Poista virustorjunnan tai palomuurin sähköpostin tarkistus käytöstä ja yritä uudelleen; jos webmail toimii, itse palvelin on kunnossa.

code-pattern-thunderbird-auth-summary = Thunderbird: lähtevän postin palvelin hylkäsi kirjautumisen
code-pattern-thunderbird-auth-action = Thunderbird ei pystynyt kirjautumaan lähtevän postin palvelimelle. Avaa Tilien asetukset > Lähtevän postin palvelin (SMTP) ja aseta käyttäjätunnukseksi koko sähköpostiosoite ja tunnistautumistavaksi "Tavallinen salasana" STARTTLS- tai SSL/TLS-yhteydellä; anna sitten nykyinen salasana.

code-pattern-thunderbird-settings-summary = Thunderbird: lähtevän postin palvelimen nimi tai suojaus on väärin
code-pattern-thunderbird-settings-action = Lähtevän postin palvelimen nimessä on kirjoitusvirhe tai nimeä ei tunneta, tai sen suojausasetus ei sovi porttiin. Avaa Tilien asetukset > Lähtevän postin palvelin (SMTP) ja anna palvelimeksi { $smtp-server }, portiksi 587 ja suojaukseksi STARTTLS tai portiksi 465 ja suojaukseksi SSL/TLS.

code-pattern-thunderbird-receive-connect-summary = Thunderbird: yhteyttä saapuvan postin palvelimeen ei saada
code-pattern-thunderbird-receive-connect-action = Thunderbird ei tavoittanut saapuvan postin palvelinta. Tarkista palvelimen nimi ja portti tilin kohdasta Palvelimen asetukset: IMAP { $imap-server } portissa 993 tai POP3 { $pop3-server } portissa 995, SSL/TLS-salauksella. Myös postia tarkistava virustorjunta tai palomuuri voi estää yhteyden.

code-pattern-thunderbird-connect-summary = Thunderbird ei voi lähettää: ei yhteyttä lähtevän postin palvelimeen
code-pattern-thunderbird-connect-action = Thunderbird ei tavoittanut lähtevän postin palvelinta, tai yhteys katkesi. Jos ikkunassa lainataan palvelimen vastausta, jossa on koodi, hae mieluummin sitä koodia. Muuten käytä palvelinta { $smtp-server } portissa 587 STARTTLS-salauksella tai portissa 465 SSL/TLS-salauksella, älä porttia 25, ja poista virustorjunnan tai palomuurin sähköpostin tarkistus käytöstä.

code-pattern-apple-mail-connect-summary = Apple Mail: yhteyttä lähtevän postin palvelimeen ei saada
code-pattern-apple-mail-connect-action = Mail ei pystynyt lähettämään lähtevän postin palvelimen kautta. Tarkista tilin palvelinasetuksista lähtevän postin palvelin { $smtp-server }, portti 587 tai 465 TLS-salauksella sekä käyttäjätunnus ja salasana. Ikkuna > Yhteystohtori näyttää, mikä vaihe epäonnistuu.
