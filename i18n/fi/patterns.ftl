### Well-known rejection texts (Finnish).
### Yksi tiivistelmä (yksi rivi) ja yksi toimintaohje kullekin assets/patterns.toml-tiedoston mallille sen järjestyksessä.

## Gmail (Google)

code-pattern-gmail-unauthenticated-summary = Gmail: viesti ei läpäissyt lähettäjän tarkistuksia (SPF ja DKIM)
code-pattern-gmail-unauthenticated-action = Gmail ottaa vastaan vain postia, joka läpäisee lähettäjän verkkotunnuksen SPF- tai DKIM-tarkistuksen. Verkkotunnuksen ylläpitäjän on lisättävä lähettävä palvelin sen SPF-tietueeseen tai otettava DKIM-allekirjoitus käyttöön. Jos lähetät sähköpostiohjelmasta, käytä palveluntarjoajasi lähtevän postin palvelinta.

code-pattern-gmail-spf-summary = Gmail: verkkotunnuksen SPF-tietue ei salli lähettävää palvelinta
code-pattern-gmail-spf-action = Verkkotunnuksen SPF-tietue on DNS:ssä oleva luettelo palvelimista, jotka saavat lähettää sen nimissä. Tämän viestin lähettänyt palvelin puuttuu siitä. Lisää palvelin tietueeseen tai lähetä jonkin jo luettelossa olevan palvelimen kautta.
code-pattern-gmail-dkim-summary = Gmail: viestissä ei ole kelvollista DKIM-allekirjoitusta
code-pattern-gmail-dkim-action = Gmail vaatii joukkopostin lähettäjiltä hyväksytyn DKIM-allekirjoituksen. Lähettävän palvelimen ylläpitäjän on allekirjoitettava lähtevä posti lähettäjän verkkotunnuksen DKIM-avaimella ja julkaistava avain verkkotunnuksen DNS:ssä.
code-pattern-gmail-tls-summary = Gmail: viestiä ei lähetetty salatun (TLS) yhteyden kautta
code-pattern-gmail-tls-action = Gmail rajoittaa tai hylkää postin, joka saapuu ilman TLS:ää. Lähettävän palvelimen ylläpitäjän on otettava TLS (STARTTLS) käyttöön lähteville yhteyksille; kun se toimii, viesti lähetetään uudelleen automaattisesti.

code-pattern-gmail-ptr-summary = Gmail: lähettävän palvelimen IP-osoitteella ei ole vastaavaa PTR-tietuetta
code-pattern-gmail-ptr-action = Gmail hylkää postin IP-osoitteista, joille ei ole määritetty käänteistä DNS:ää. Lähettävän palvelimen ylläpitäjän on annettava IP-osoitteelle PTR-tietue, jossa on palvelimen nimi, ja tämän nimen on osoitettava takaisin samaan osoitteeseen.

code-pattern-gmail-rate-limited-summary = Gmail: lähettäjältä tulee liikaa ei-toivottua postia, joten sitä hidastetaan
code-pattern-gmail-rate-limited-action = Gmail ottaa toistaiseksi vastaan tavallista vähemmän viestejä, koska moni tämän palvelimen tai verkkotunnuksen viimeaikainen viesti näytti roskapostilta. Keskeytä joukkopostitukset, tarkista, ettei palvelimella ole murrettuja tilejä tai skriptejä, ja lähetä postia vain niille, jotka ovat sitä pyytäneet.

code-pattern-gmail-likely-unsolicited-summary = Gmail: viesti näytti roskapostilta, joten se hylättiin
code-pattern-gmail-likely-unsolicited-action = Gmail arvioi, että viesti, sen linkit tai lähettävän palvelimen maine viittaavat roskapostiin. Poista epäilyttävät linkit ja liitteet, varmista, että lähettävä verkkotunnus läpäisee SPF- ja DKIM-tarkistukset, ja tarkista, ettei palvelimen IP-osoite ole millään estolistalla.

code-pattern-gmail-mailbox-full-summary = Gmail: vastaanottajan postilaatikosta on loppunut tallennustila
code-pattern-gmail-mailbox-full-action = Vastaanottaja on käyttänyt Google-tallennustilansa loppuun, joten uutta postia ei mahdu. Kerro asiasta hänelle muuta kautta, esimerkiksi puhelimitse, jotta hän vapauttaa tilaa tai ostaa lisää, ja lähetä viesti sitten uudelleen.

code-pattern-gmail-no-such-user-summary = Gmail: osoitetta, johon kirjoitit, ei ole olemassa
code-pattern-gmail-no-such-user-action = Tarkista, onko vastaanottajan osoitteessa kirjoitusvirheitä tai ylimääräisiä välilyöntejä, etenkin @-merkkiä edeltävässä osassa. Jos osoite näyttää oikealta, kysy vastaanottajalta muuta kautta hänen nykyistä osoitettaan.

code-pattern-gmail-bad-credentials-summary = Gmail: käyttäjätunnusta tai salasanaa ei hyväksytty
code-pattern-gmail-bad-credentials-action = Sähköpostiohjelma kirjautui Gmailin palvelimelle väärällä tai vanhentuneella salasanalla. Anna koko sähköpostiosoite ja nykyinen salasana. Jos Google-tilillä on käytössä kaksivaiheinen vahvistus, luo tilille sovellussalasana ja käytä sitä tavallisen salasanan sijaan.

## Microsoft (Outlook.com, Microsoft 365)

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

code-pattern-recipient-access-denied-summary = Access denied: vastaanottava palvelin hylkäsi postin tähän osoitteeseen
code-pattern-recipient-access-denied-action = Vastaanottava palvelin ei ota vastaan postia tähän osoitteeseen, usein siksi, ettei postilaatikkoa ole siellä tai verkkotunnuksen MX-tietueet osoittavat väärään paikkaan. Tarkista osoite ja pyydä sitten vastaanottajaa tarkistuttamaan verkkotunnuksensa sähköpostiasetukset.

## Yahoo and AOL

code-pattern-yahoo-deferred-summary = Yahoo: tämän palvelimen postia viivytetään määrän tai valitusten vuoksi
code-pattern-yahoo-deferred-action = Yahoo viivyttää postia tästä IP-osoitteesta, koska postimäärä tai roskapostivalitukset ovat äkillisesti kasvaneet. Lähettävä palvelin yrittää itse uudelleen. Lähetä pienempiä eriä ja vain niille, jotka ovat pyytäneet postia, ja tarkista, ettei palvelinta käytetä väärin.

code-pattern-yahoo-policy-summary = Yahoo: viesti hylättiin käytäntösyistä
code-pattern-yahoo-policy-action = Yahoo hylkäsi viestin, useimmiten siksi, että lähettävä verkkotunnus ei läpäissyt SPF-, DKIM- tai DMARC-tarkistuksia tai sisältö näytti roskapostilta. Verkkotunnuksen ylläpitäjän kannattaa tarkistaa nämä DNS-tietueet; lähetä viesti sitten uudelleen.

## Blocklists

code-pattern-spamhaus-summary = Lähettävän palvelimen IP-osoite on Spamhausin estolistalla
code-pattern-spamhaus-action = Hae IP-osoitetta Spamhausin verkkosivuilla nähdäksesi, miksi se on listalla. Lähettävän palvelimen ylläpitäjän on ensin poistettava syy, kuten murrettu tili tai skripti, virus tai avoin välityspalvelin (open relay), ja pyydettävä sitten Spamhausilta poistoa listalta.

code-pattern-spamcop-summary = Lähettävän palvelimen IP-osoite on SpamCopin estolistalla
code-pattern-spamcop-action = SpamCop listaa osoitteet, joista on äskettäin lähetetty postia, jonka vastaanottajat ovat ilmoittaneet roskapostiksi. Lähettävän palvelimen ylläpitäjän on löydettävä ja pysäytettävä tämä posti; merkintä poistuu sen jälkeen itsestään jonkin ajan kuluttua.

code-pattern-barracuda-summary = Lähettävän palvelimen IP-osoite on Barracudan estolistalla
code-pattern-barracuda-action = Hae IP-osoitetta sivustolla barracudacentral.org. Lähettävän palvelimen ylläpitäjän on ensin korjattava roskapostin syy, minkä jälkeen hän voi pyytää poistoa listalta samalla sivustolla.

code-pattern-generic-blocklist-summary = Lähettävän palvelimen IP-osoite on vastaanottajan käyttämällä estolistalla
code-pattern-generic-blocklist-action = Vastauksessa mainitaan yleensä listan nimi. Hae IP-osoitetta kyseisen listan verkkosivuilla selvittääksesi, miksi se on listalla; lähettävän palvelimen ylläpitäjän on korjattava syy ja pyydettävä sitten listalta poistoa.

## Checks of the sending server

code-pattern-greylisting-summary = Harmaalistaus (greylisting): palvelin pyytää lähettämään viestin myöhemmin
code-pattern-greylisting-action = Yleensä mitään ei tarvitse tehdä. Vastaanottava palvelin torjuu tarkoituksella tuntemattoman lähettäjän ensimmäisen yrityksen; asianmukaisesti toimiva lähettävä palvelin yrittää itse uudelleen, ja viesti saapuu silloin, yleensä tunnin kuluessa.

code-pattern-no-reverse-dns-summary = Lähettävän IP-osoitteen käänteinen DNS (PTR-tietue) puuttuu tai on virheellinen
code-pattern-no-reverse-dns-action = Vastaanottava palvelin edellyttää, että lähettävällä IP-osoitteella on PTR-tietue, jossa on palvelimen nimi, ja että tämä nimi osoittaa takaisin samaan osoitteeseen. Lähettävän palvelimen ylläpitäjän on määritettävä se, yleensä hallintapaneelissa tai IP-osoitteen omistajan kautta.

code-pattern-helo-rejected-summary = Vastaanottava palvelin hylkäsi nimen, jolla lähettävä palvelin esittäytyi
code-pattern-helo-rejected-action = Lähettävän palvelimen esittäytymisnimi (HELO) puuttuu, on vajaa tai on väärä. Aseta nimeksi palvelimen täydellinen nimi sellaisena kuin se on DNS:ssä, mieluiten sama nimi kuin sen IP-osoitteen PTR-tietueessa.

## Authentication of the sender's domain

code-pattern-dmarc-fail-summary = DMARC: lähettäjän verkkotunnus pyytää hylkäämään varmentamattoman postin
code-pattern-dmarc-fail-action = From-osoitteen verkkotunnuksella on DMARC-käytäntö, eikä tämä viesti läpäissyt verkkotunnuksen SPF- eikä DKIM-tarkistusta. Verkkotunnuksen ylläpitäjän on lisättävä lähettävä palvelin SPF-tietueeseen ja otettava DKIM-allekirjoitus käyttöön. Myös edelleenlähetetty posti voi hylkäytyä tästä syystä.

code-pattern-spf-fail-summary = SPF-tarkistus epäonnistui: palvelin ei saa lähettää verkkotunnuksen nimissä
code-pattern-spf-fail-action = Lähettäjän verkkotunnuksen SPF-tietueessa ei ole palvelinta, joka lähetti viestin. Jos lähetät sähköpostiohjelmasta, käytä palveluntarjoajasi lähtevän postin palvelinta; muuten pyydä verkkotunnuksen DNS:ää hallinnoivaa lisäämään lähettävä palvelin tietueeseen.

code-pattern-dkim-fail-summary = DKIM-tarkistus epäonnistui: viestin allekirjoitus puuttuu tai on virheellinen
code-pattern-dkim-fail-action = Vastaanottava palvelin ei pystynyt varmentamaan viestin DKIM-allekirjoitusta. Lähettävän verkkotunnuksen ylläpitäjän kannattaa tarkistaa, että DKIM-allekirjoitus on käytössä ja että DNS:ään julkaistu avain täsmää. Myös viestin muuttuminen matkalla voi rikkoa allekirjoituksen.

## Logging in and the sender's address

code-pattern-auth-failed-summary = Kirjautuminen epäonnistui: palvelin ei hyväksynyt tunnusta tai salasanaa
code-pattern-auth-failed-action = Tarkista sähköpostiohjelman kirjautumistiedot: käyttäjätunnuksena koko sähköpostiosoite ja nykyinen salasana. Jos kirjautuminen epäonnistuu edelleen, vaihda salasana hallintapaneelissa ({ $control-panel }) ja syötä uusi salasana kaikkiin ohjelmiin.

code-pattern-starttls-required-summary = Salaus vaaditaan: palvelin edellyttää ensin salattua yhteyttä
code-pattern-starttls-required-action = Ota sähköpostiohjelmassa käyttöön lähtevän postin palvelimen salaus: STARTTLS portissa 587 tai SSL/TLS portissa 465. Yritä sitten uudelleen.

code-pattern-sender-login-mismatch-summary = Lähettäjän osoite ei kuulu tilille, jolla kirjauduttiin
code-pattern-sender-login-mismatch-action = Palvelin sallii lähettämisen vain osoitteista, jotka kuuluvat tilille, jolla olet kirjautunut. Muuta sähköpostiohjelmassa From-osoite samaksi kuin postilaatikko, jolla kirjaudut, tai kirjaudu kyseisen osoitteen postilaatikolla.

code-pattern-sender-address-rejected-summary = Vastaanottava palvelin hylkäsi lähettäjän osoitteen
code-pattern-sender-address-rejected-action = Lähettäjän osoite hylättiin, usein siksi, ettei sen verkkotunnusta ole DNS:ssä tai osoitteesta ei saa lähettää sinne. Tarkista sähköpostiohjelman tai skriptin From-osoite ja se, että sen verkkotunnuksella on toimivat DNS-tietueet.

## Relaying

code-pattern-relay-access-denied-summary = Relay access denied: palvelin ei ota postia tälle vastaanottajalle
code-pattern-relay-access-denied-action =
    Viestin saanut palvelin ei käsittele postia vastaanottajan osoitteelle. Joko verkkotunnuksen
    MX-tietueet ohjaavat postin väärälle palvelimelle tai postilaatikkoa ei ole siellä. Tarkista
    osoite ja sitten vastaanottajan verkkotunnuksen MX-tietueet. Jos sait tämän oman palveluntarjoajasi
    SMTP-palvelimelta, ota ensin käyttöön SMTP-todennus.

code-pattern-relay-not-permitted-summary = Relaying denied: palvelin ei välitä viestiä eteenpäin puolestasi
code-pattern-relay-not-permitted-action = Palvelin välittää postia eteenpäin vain kirjautuneille käyttäjille. Valitse "Lähtevän postin palvelin (SMTP) vaatii todennuksen" ja anna koko sähköpostiosoite ja sen salasana. Jos vastaus tuli vastaanottajan palvelimelta, tarkista hänen verkkotunnuksensa MX-tietueet.

## Limits and sizes

code-pattern-sending-limit-summary = Lähetysraja täynnä: viestejä lähetettiin liikaa
code-pattern-sending-limit-action = Odota, ennen kuin lähetät uudelleen; raja nollautuu itsestään. Palveluntarjoajasi palvelimella rajat ovat { $hourly-account-limit } { $hourly-account-limit ->
        [one] viesti
       *[other] viestiä
    } tunnissa postilaatikkoa kohden ja skripteillä { $daily-limit } päivässä. Jaa suuret postitukset pidemmälle ajalle.

code-pattern-too-many-recipients-summary = Liian monta vastaanottajaa yhdessä viestissä
code-pattern-too-many-recipients-action = Palvelin hyväksyy viestiä kohden vain rajallisen määrän vastaanottajia. Jaa lista pienempiin ryhmiin ja lähetä useampi viesti, tai käytä suurille listoille postituspalvelua.

code-pattern-message-too-large-summary = Viesti on suurempi kuin vastaanottava palvelin hyväksyy
code-pattern-message-too-large-action = Pienennä viestiä: jaa suuret tiedostot latauslinkkinä tai pakkaa ne. Liitteet kasvavat lähetettäessä noin kolmanneksella, joten jätä varaa. Lähetä viesti sitten uudelleen.

## The recipient's mailbox

code-pattern-mailbox-full-summary = Vastaanottajan postilaatikko on täynnä (kiintiö ylitetty)
code-pattern-mailbox-full-action = Vastaanottajan on poistettava viestejä tai hankittava lisää tilaa, ennen kuin uutta postia mahtuu. Kerro asiasta hänelle muuta kautta ja lähetä viesti sitten uudelleen. Jos postilaatikko on sinun, tyhjennä webmailissa roskakori ja suuret kansiot.

code-pattern-mailbox-disabled-summary = Vastaanottajan postilaatikko on suljettu tai ei ole enää käytössä
code-pattern-mailbox-disabled-action = Osoite on olemassa, mutta se ei ota vastaan postia, usein siksi, että tili on suljettu tai ollut pitkään käyttämättä. Kysy vastaanottajalta muuta kautta osoitetta, joka toimii.

code-pattern-user-unknown-summary = Tuntematon vastaanottaja: tällä osoitteella ei ole postilaatikkoa
code-pattern-user-unknown-action = Tarkista, onko vastaanottajan osoitteessa kirjoitusvirheitä, etenkin @-merkin kohdalla ja verkkotunnuksessa. Jos osoite on oikein, kysy vastaanottajalta muuta kautta, onko osoite yhä olemassa.
