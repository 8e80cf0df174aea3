### Ohjelman näkymät, nimikkeet, näppäimet ja ilmoitukset (suomi / Finnish).

## General

# The name of this language, written in the language itself.
ui-language-name = Suomi
ui-step-of = vaihe { $n }/{ $total }
ui-too-small =
    Ikkuna on liian pieni ({ $width }×{ $height }): mailwiz tarvitsee vähintään { $min-width }×{ $min-height }
    merkin kokoisen ikkunan. Suurenna ikkunaa tai lopeta painamalla q.

## Answers and screens of the wizard

# Vastausnäppäimet suomenkielisten vastausten alkukirjaimina: k = Kyllä, e = Ei, t = En tiedä.
# Ensimmäinen kirjain näytetään ruudulla; y, n ja u toimivat myös (kaikissa kielissä).
ui-key-yes = k y
ui-key-no = e n
ui-key-unsure = t u
ui-answer-yes = Kyllä
ui-answer-no = Ei
ui-answer-unsure = En tiedä
ui-advice-heading = Mitä tehdä
ui-unsure-heading = Miten selvittää
ui-go-on-or-stop = Enter: jatka · x: keskeytä ja näytä yhteenveto
ui-resolved = Ratkaistu.
ui-end-of-scenario = Vianetsintä päättyy tähän. Paina s nähdäksesi yhteenvedon tai Esc palataksesi.
ui-input-hint = Kirjoita tai liitä ja paina Enter.
ui-search-no-match = Luettelosta ei löydy osumia. Paina Enter, niin teksti luetaan vastausrivinä.
ui-code-not-recognised = "{ $input }" ei ole vastauskoodi. Kokeile esim. 550, 4.2.2 tai palautusviestin virheriviä.
ui-code-go-to-step = Avaa vaihe "{ $step }" ({ $scenario })
ui-code-continue = Jatka vianetsintää

## Labels of an explanation (screen and command line)

ui-label-input = Syöte
ui-label-code = Koodi
ui-label-enhanced = Laajennettu koodi
ui-label-class = Luokka
ui-label-category = Aihealue
ui-label-who = Kenen pitää toimia
ui-label-causes = Yleiset syyt
ui-label-action = Mitä tehdä
ui-label-step = Vaihe
ui-label-recipient = Vastaanottaja
ui-label-reason = Syy
ui-label-server = Palvelin
ui-label-diagnostic = Palvelimen vastaus
ui-not-in-catalogue = ei luettelossa: selitetty numeroiden perusteella
ui-no-basic-code = kolminumeroista vastauskoodia ei annettu: selitetty laajennetun koodin perusteella
ui-more-below = ▼ lisää: PgDn
ui-picker-screen = Näytön kieli
ui-picker-caller = Soittajan kieli
ui-picker-same = sama kuin näytön
ui-caller-language = soittaja: { $language }
ui-observed = Antamasi palvelimen vastauksen mukaan: { $answer }
ui-observed-take = Enter hyväksyy tämän vastauksen; alla olevilla näppäimillä voit vastata toisin.
ui-step-in-scenario = "{ $step }" ({ $scenario })
ui-enhanced-only-summary = Laajennettu tilakoodi { $enhanced } ({ $class }), ongelman aihealue: { $subject }.

## The subject of an enhanced status code (its second number, RFC 3463)

ui-subject-0 = jokin määrittelemätön
ui-subject-1 = osoite
ui-subject-2 = postilaatikko
ui-subject-3 = postijärjestelmä
ui-subject-4 = verkko tai reititys
ui-subject-5 = postin toimitusprotokolla
ui-subject-6 = viestin sisältö tai sen muoto
ui-subject-7 = tietoturva tai käytäntö

## The list of codes

ui-codes-heading = SMTP-vastauskoodit: { $count }
ui-codes-class-heading = { $class } ({ $digit }xx)

ui-enhanced-heading = Laajennetut tilakoodit: { $count } (X on 2 onnistumiselle, 4 tilapäiselle ja 5 pysyvälle virheelle)
ui-recipients-failed = { $count ->
    [one] Viestiä ei voitu toimittaa yhdelle vastaanottajalle.
   *[other] Viestiä ei voitu toimittaa { $count } vastaanottajalle.
}
ui-no-recipient = Viestistä ei löydy vastaanottajaa, jolle toimitus epäonnistui; sen teksti selitetään yhtenä palvelimen vastauksena.

## The summary

ui-summary-title = Yhteenveto
ui-summary-heading = mailwiz-istunnon yhteenveto
ui-summary-gather = Kerää ennen yhteydenottoa tukeen
ui-summary-nothing = ei vielä mitään

## Errors

ui-error-empty-input = Ei selitettävää: anna vastauskoodi, laajennettu koodi tai palautusviestin rivi.
ui-error-not-a-code =
    "{ $input }" ei ole SMTP-vastauskoodi. Anna koodi väliltä 200–599 (esim. 550), laajennettu
    koodi (esim. 5.1.1) tai koko vastausrivi.
ui-error-unknown-language = Kieltä "{ $lang }" ei tueta. Valitse jokin näistä: { $supported }.
ui-error-profile = Profiilia { $file } ei voi käyttää: rivi { $line }: { $reason }
ui-error-profile-unreadable = Profiilia { $file } ei voi lukea: { $reason }
ui-error-profile-invalid = Profiilia { $file } ei voi käyttää: { $reason }
ui-error-summary-write = Yhteenvetoa ei voitu tallentaa tiedostoon { $file }: { $reason }
ui-error-restricted-profile = Rajoitetussa tilassa valitsinta --profile ei voi käyttää. Ohjelma lukee vain ylläpitäjän profiilin { $path } ja käyttää sisäänrakennettua profiilia, jos tiedostoa ei ole.
ui-error-restricted-summary = Rajoitetussa tilassa yhteenvedon voi tulostaa vain vakiotulosteeseen: anna tiedostonimen sijaan --summary -.
ui-error-restricted-file = Rajoitetussa tilassa tiedostoja ei lueta: liitä palautusviesti tai anna se vakiosyötteeseen komennolla explain -.
ui-error-not-a-terminal = Ohjattu toiminto tarvitsee päätteen. Koodin saa selitettyä ilman sitä komennolla: mailwiz explain 550
ui-error-terminal = Pääte lakkasi toimimasta: { $reason }
ui-error-dumb-terminal = Ohjattu toiminto tarvitsee päätteen, joka osaa piirtää koko näytön, ja TERM (”{ $term }”) kertoo, ettei tämä osaa. Koodin saa selitettyä ilman sitä komennolla: mailwiz explain 550
ui-error-summary-exists = { $file } on jo olemassa, eikä yhteenveto koskaan korvaa olemassa olevaa tiedostoa. Anna uusi tiedostonimi tai --summary -, jolloin yhteenveto tulostetaan vakiotulosteeseen.
ui-error-output = Tulostetta ei voitu kirjoittaa: { $reason }
ui-error-stdin = Vakiosyötettä ei voitu lukea: { $reason }
ui-error-message-file = Tiedostoa { $file } ei voi lukea: { $reason }

## Keys: what each key does (footer and help overlay)

help-title = Näppäimet
help-close = q lopettaa; mikä tahansa muu näppäin sulkee ohjeen.
help-move = liiku
help-choose = valitse
help-pick = valitse numerolla
help-yes = kyllä
help-no = ei
help-unsure = en tiedä
help-scroll = vieritä
help-page = sivu ylös tai alas
help-back = takaisin
help-lookup = hae koodi
help-language = kieli
help-caller-language = soittajan kieli
help-summary = yhteenveto
help-help = ohje
help-quit = lopeta
help-go-on = jatka
help-stop = keskeytä, näytä yhteenveto
help-copy = kopioi leikepöydälle
help-explain = selitä

## A summary for a ticket

ui-summary-started = Aloitettu
ui-summary-version = Versio
ui-summary-profile = Profiili
ui-summary-profile-embedded = sisäänrakennettu oletus, { $provider }
ui-summary-profile-file = { $file }, { $provider }
ui-summary-caller = Asiakkaan palvelukieli
ui-summary-outcome = Lopputulos
ui-summary-outcome-solved = ratkaistu ({ $step })
ui-summary-outcome-escalate = ei ratkaistu: siirrä asia tuelle ({ $step })
ui-summary-outcome-unfinished = kesken; jos ongelma jatkuu, siirrä asia tuelle ({ $step })
ui-summary-outcome-open = kesken; yhtään vianetsintää ei aloitettu
ui-summary-problems = Ongelmat, diagnoosit ja annetut neuvot
ui-summary-problem = Ongelma
ui-summary-diagnosis = Diagnoosi
ui-summary-advice = Annettu neuvo
ui-summary-steps = Vaiheet ja vastaukset
ui-summary-named-in-error = { $value } (mainittu virheilmoituksessa)
ui-summary-copied = Yhteenveto lähetettiin päätteen leikepöydälle (OSC 52).
ui-summary-copy-help =
    Jos liittäminen ei tuo mitään, pääte ohittaa OSC 52:n. tmuxissa saat sen käyttöön komennolla:
      tmux set -g set-clipboard on
    Voit myös käynnistää mailwizin valitsimella --summary TIEDOSTO tai valita tekstin hiirellä.
ui-quit-title = Lopetus
ui-quit-question = Haluatko lopettaa mailwizin?
ui-quit-summary-file = Yhteenveto kirjoitetaan tiedostoon { $file }.
ui-quit-summary-stdout = Yhteenveto tulostetaan, kun pääte on palautettu.
ui-quit-summary-nowhere = Yhteenveto on vain näytöllä. Jos haluat säilyttää sen, paina Esc, sitten s näyttää sen ja c kopioi sen.

## Issue 13, part 2: the lookup

# Ctrl-U in the lookup: empties the field.
help-clear = tyhjennä kenttä
# mailwiz search found nothing for the words given.
ui-error-no-match = Haulla "{ $query }" ei löytynyt mitään. Kokeile muita sanoja, koodia (esim. 550) tai laajennettua koodia (esim. 5.7.1).

## Issue 14: the live checks (mailwiz check and the wizard's evidence)

live-status-ok = OK
live-status-warn = varoitus
live-status-fail = ongelma
live-status-error = ei tarkistettu
live-status-skipped = ohitettu
live-no-resolver = DNS-resolveria ei saatu käyttöön ({ $error }). Anna resolveri valitsimella --resolver IP tai tarkista /etc/resolv.conf.
live-dns-error = DNS-haku epäonnistui ({ $error }). Yritä uudelleen tai kysy toiselta resolverilta valitsimella --resolver IP.
live-skipped-no-domain = Ei tarkistettu: verkkotunnusta { $domain } ei ole olemassa.
live-mx-no-domain = Verkkotunnusta { $domain } ei ole DNS:ssä: tarkista kirjoitusasu ja se, onko verkkotunnus vanhentunut.
live-mx-implicit = Verkkotunnuksella ei ole MX-tietueita, joten lähettäjät toimittavat postin verkkotunnuksen omaan osoitteeseen ({ $addresses }). Julkaise MX-tietueet, jotka osoittavat postipalvelimiin.
live-mx-no-mail = Verkkotunnuksella ei ole MX-tietueita eikä osoitetta: sille ei voi toimittaa postia.
live-mx-null = Verkkotunnus julkaisee tyhjän MX-tietueen (null MX, RFC 7505): se ilmoittaa, ettei ota vastaan lainkaan postia.
live-mx-ok = Verkkotunnuksen posti menee palvelimille { $hosts }.
live-mx-unresolved = Millään verkkotunnuksen postipalvelimella ei ole osoitetta ({ $hosts }): postia ei voi toimittaa. Lisää niille A-tietueet tai korjaa MX-tietueet.
live-mx-some-unresolved = Osalla verkkotunnuksen postipalvelimista ei ole osoitetta ({ $hosts }): lähettäjät, jotka yrittävät niitä ensin, toimittavat postin viiveellä.
live-mx-provider-ok = Kaikki MX-tietueet osoittavat palveluntarjoajan postipalvelimiin ({ $provider }).
live-mx-provider-some = Osa MX-tietueista osoittaa muihin kuin palveluntarjoajan ({ $provider }) palvelimiin: { $hosts }. Sinne menevä posti ei päädy palveluntarjoajan ({ $provider }) postilaatikoihin.
live-mx-provider-none = MX-tietueet osoittavat palvelimiin { $hosts } eivätkä palveluntarjoajan ({ $provider }) postipalvelimiin: saapuva posti menee sinne.
live-skipped-no-spf = Ei tarkistettu: kelvollista SPF-tietuetta ei ole.
live-spf-none = Verkkotunnuksella ei ole SPF-tietuetta: vastaanottajat eivät voi tietää, mitkä palvelimet saavat lähettää sen postia, ja Gmail ja Yahoo hylkäävät tällaisen postin tai merkitsevät sen roskapostiksi.
live-spf-many =
    Verkkotunnuksella on { $count } { $count ->
        [one] SPF-tietue
       *[other] SPF-tietuetta
    }. Silloin vastaanottajat ohittavat ne kaikki (permerror): yhdistä ne yhdeksi.
live-spf-syntax = SPF-tietue on virheellinen kohdassa ”{ $term }”: vastaanottajat ohittavat sen (permerror).
live-spf-void = SPF-tietueeseen on otettu mukaan { $name }, jolla ei ole SPF-tietuetta tai jolla niitä on useampi kuin yksi: vastaanottajat käsittelevät koko tietueen virheenä (permerror).
live-spf-included-syntax = Mukaan otettu SPF-tietue { $name } on virheellinen kohdassa ”{ $term }”: vastaanottajat käsittelevät verkkotunnuksen koko SPF-tietueen virheenä (permerror).
live-spf-too-many-lookups =
    SPF-tietueen tarkistus vaatii { $lookups } { $lookups ->
        [one] DNS-haun
       *[other] DNS-hakua
    }, enemmän kuin sallitut 10: vastaanottajat käsittelevät tietueen virheenä (permerror). Poista include-merkinnät, joita ei enää käytetä.
live-spf-pass-all = SPF-tietue päättyy merkintään +all: se sallii minkä tahansa palvelimen koko maailmassa lähettää postia verkkotunnuksen nimissä. Päätä tietue merkintään ~all tai -all.
live-spf-ok = Yksi kelvollinen SPF-tietue, joka päättyy merkintään { $all }; sen tarkistus vie { $lookups } sallitusta 10 DNS-hausta.
live-spf-redirect = Yksi kelvollinen SPF-tietue, joka ohjaa tarkistuksen nimen { $name } SPF-tietueeseen (redirect=); sen tarkistus vie { $lookups } sallitusta 10 DNS-hausta.
live-spf-neutral = SPF-tietue päättyy merkintään ?all tai siinä ei ole all-merkintää: se ei kerro mitään muista palvelimista, joten siitä on vain vähän apua väärennettyä postia vastaan. Päätä tietue merkintään ~all tai -all.
live-spf-provider-ok = SPF-tietueessa on mukana { $include } eli palveluntarjoajan ({ $provider }) palvelimet.
live-spf-provider-missing = SPF-tietueessa ei ole mukana nimeä { $include }: palveluntarjoajan ({ $provider }) palvelimien kautta lähetetty posti ei läpäise SPF-tarkistusta. Lisää include:{ $include } ennen lopussa olevaa all-merkintää.
live-dmarc-none = Nimellä { $name } ei ole DMARC-tietuetta. Gmail, Yahoo ja Outlook.com vaativat sen joukkopostin lähettäjiltä; aloita muodolla v=DMARC1; p=none.
live-dmarc-not-first = DMARC-tietue on virheellinen: sen alussa on oltava v=DMARC1 ja puolipiste. Vastaanottajat ohittavat sen.
live-dmarc-no-policy = DMARC-tietueessa ei ole käytäntöä (p=none, quarantine tai reject): vastaanottajat ohittavat sen.
live-dmarc-bad-tag = DMARC-tietueen arvo { $tag }= on virheellinen: vastaanottajat ohittavat tämän kentän ja käyttävät sen oletusarvoa.
live-dmarc-monitor = Verkkotunnuksen { $domain } DMARC-käytäntö on p=none: vastaanottajat vain lähettävät raportteja, ja tarkistuksen läpäisemätön posti toimitetaan silti.
live-dmarc-partial = DMARC-käytäntö p={ $policy } koskee vain { $percent } % postista, joka ei läpäise tarkistusta.
live-dmarc-ok = Verkkotunnuksen { $domain } DMARC-käytäntö on p={ $policy } ({ $alignment }): vastaanottajat toimivat sen mukaan postille, joka ei läpäise tarkistusta.
live-dmarc-bad-policy = DMARC-tietueen arvo { $tag }= ei ole none, quarantine eikä reject: vastaanottajat eivät sovella mitään DMARC-käytäntöä.
live-dmarc-many = DMARC-tietueita on { $count }: silloin vastaanottajat eivät noudata yhtäkään. Jätä vain yksi.
live-dkim-no-selector = Ei tarkistettu: DKIM-valitsin (selector) ei ole tiedossa. Anna se komentorivillä: --dkim-selector; se on lähetetyn viestin DKIM-Signature-otsakkeen s=-arvo.
live-dkim-missing = Valitsimelle { $selector } ei ole julkaistu DKIM-avainta (nimellä { $name }): sillä tehtyjä allekirjoituksia ei voi tarkistaa.
live-dkim-broken = Valitsimen { $selector } DKIM-avaintietue on virheellinen: sillä tehtyjä allekirjoituksia ei voi tarkistaa.
live-dkim-revoked = Valitsimen { $selector } DKIM-avain on tyhjä (p=): se on peruttu, eivätkä sillä tehdyt allekirjoitukset läpäise tarkistusta.
live-dkim-short = Valitsimen { $selector } DKIM-avain on vain { $bits }-bittinen: vastaanottajat hylkäävät alle 1024-bittiset avaimet (RFC 8301). Julkaise 2048-bittinen avain.
live-dkim-testing = Valitsimen { $selector } DKIM-avain on merkitty testiavaimeksi (t=y): vastaanottajat käsittelevät epäonnistuneet allekirjoitukset ikään kuin viestiä ei olisi allekirjoitettu.
live-dkim-ok = Valitsimen { $selector } DKIM-avain on julkaistu ({ $key }).
live-ptr-ok = Osoitteella on PTR-tietue (käänteinen DNS) { $names }.
live-ptr-none = Osoitteella { $address } ei ole PTR-tietuetta (käänteinen DNS). Monet vastaanottajat hylkäävät siitä tulevan postin; tietueen asettaa osoitteen omistaja (palvelin- tai pilvipalveluntarjoaja).
live-skipped-no-ptr = Ei tarkistettu: osoitteella ei ole PTR-tietuetta.
live-fcrdns-ok = { $name } osoittaa takaisin tähän osoitteeseen: PTR-tietue täsmää.
live-fcrdns-mismatch = { $name } osoittaa osoitteisiin { $addresses } eikä tähän osoitteeseen: vastaanottajat käsittelevät PTR-tietueen puuttuvana. Korjaa nimen A-tietue tai PTR-tietue.
live-fcrdns-no-address = Nimellä { $name } ei ole omaa osoitetta: vastaanottajat käsittelevät PTR-tietueen puuttuvana. Lisää nimelle A-tietue (tai AAAA-tietue).
live-dnsbl-clean = Osoite ei ole listalla { $zone }.
live-dnsbl-sbl = Osoite on listalla { $zone } (Spamhaus SBL): siitä on lähetetty roskapostia tai se kuuluu roskapostittajille.
live-dnsbl-css = Osoite on listalla { $zone } (Spamhaus CSS): siitä on lähetetty huonomaineista postia, usein murretun skriptin tai lomakkeen kautta.
live-dnsbl-xbl = Osoite on listalla { $zone } (Spamhaus XBL): siinä näkyy merkkejä haittaohjelmasta tai murretusta laitteesta.
live-dnsbl-drop = Osoite on listalla { $zone } (Spamhaus DROP): koko verkko on listattu kaapatuksi tai rikollisten ylläpitämäksi.
live-dnsbl-pbl = Osoite on listalla { $zone } (Spamhaus PBL): osoitetta ei ole tarkoitettu postin suoraan lähettämiseen. Lähetä palveluntarjoajan SMTP-palvelimen kautta tai pyydä osoitteen omistajaa poistamaan se PBL-listalta.
live-dnsbl-listed = Osoite on listalla { $zone } (vastaus { $answer }). Listan hakusivulla kerrotaan syy ja se, miten poistoa pyydetään.
live-dnsbl-typo = Lista { $zone } vastasi, että kysely oli virheellinen (127.255.255.252). Kyse ei ole listamerkinnästä: tarkista vyöhykkeen nimi.
live-dnsbl-public-resolver = Lista { $zone } torjui kyselyn, koska se tuli julkisen tai avoimen resolverin kautta (127.255.255.254). Kyse ei ole listamerkinnästä: tee kysely oman resolverin kautta valitsimella --resolver.
live-dnsbl-too-many = Lista { $zone } torjui kyselyn, koska resolveri kysyi liian usein (127.255.255.255). Kyse ei ole listamerkinnästä: tee kysely oman resolverin kautta.
live-dnsbl-odd = Vyöhyke { $zone } vastasi { $answer }, mikä ei ole estolistan vastaus: vyöhyke ei ole estolista, tai jokin resolveri muuttaa vastauksia.
live-host-unknown = Nimeä { $host } ei ole DNS:ssä: tarkista palvelimen nimi.
live-port-closed = Palvelimen { $host } portti { $port } on suljettu: yhteys torjuttiin. Palvelu ei toimi tässä portissa, tai palomuuri torjuu yhteyden.
live-port-filtered = Palvelimen { $host } portista { $port } ei tullut vastausta { $seconds } sekunnin kuluessa: palomuuri pudottaa yhteyden. Koti- ja mobiiliverkot sekä pilvipalvelimet estävät usein lähtevän liikenteen porttiin 25.
live-unreachable = Palvelimeen { $host } ei saada yhteyttä ({ $error }).
live-no-greeting = Portti hyväksyy yhteyden, mutta palvelin ei lähetä mitään { $seconds } sekunnin aikana: virustorjunta tai palomuuri saattaa pidätellä yhteyttä.
live-no-reply = Palvelin lakkasi vastaamasta: vastausta ei tullut { $seconds } sekunnin aikana.
live-server-closed = Palvelin sulki yhteyden.
live-server-refuses = Palvelin torjuu yhteyden: { $reply }
live-bad-greeting = Portti vastaa, mutta ei tämäntyyppisen postipalvelimen tavoin: { $line }
live-server-ok = Palvelin vastaa: { $greeting }
live-skipped-no-connection = Ei tarkistettu: palvelimeen ei ole yhteyttä.
live-skipped-no-greeting = Ei tarkistettu: palvelin ei lähettänyt tervehdystä.
live-skipped-no-tls = Ei tarkistettu: TLS-yhteyttä ei ole.
live-starttls-missing = Palvelin ei tarjoa STARTTLS:ää: salasanat ja viestit kulkisivat verkossa salaamattomina, eivätkä STARTTLS:ää käyttämään asetetut sähköpostiohjelmat saa yhteyttä.
live-starttls-refused = Palvelin tarjoaa STARTTLS:ää mutta torjuu sen: { $reply }
live-starttls-ok = STARTTLS toimii ({ $version }).
live-tls-handshake = TLS-yhteyttä ei saatu muodostettua ({ $error }). Syynä on usein postia tarkistava virustorjunta tai väärä portti.
live-tls-ok = Varmenne on voimassa nimille { $names } { $date } asti.
live-tls-expiring = Varmenne vanhenee { $date } eli { $days } päivän kuluttua: uusi se, ennen kuin sähköpostiohjelmat alkavat torjua sen.
live-tls-expired = Varmenne vanheni { $date }: sähköpostiohjelmat varoittavat tai kieltäytyvät muodostamasta yhteyttä. Uusi varmenne.
live-tls-not-yet = Varmenne ei ole vielä voimassa: palvelimen tai tämän koneen kello on väärässä ajassa.
live-tls-name = Varmenne on myönnetty nimille { $names } eikä nimelle { $host }: sähköpostiohjelmat varoittavat tai kieltäytyvät yhteydestä. Käytä palvelimen nimeä, joka on varmenteessa.
live-tls-untrusted = Varmennetta ei ole allekirjoittanut varmentaja, johon tämä kone luottaa: varmenne on itse allekirjoitettu, tai palvelin ei lähetä välivarmennettaan.
live-tls-other = Varmenne ei ole kelvollinen ({ $error }).
live-auth-none = Palvelin ei tarjoa kirjautumista (AUTH) edes TLS:n kautta: sähköpostiohjelma ei voi kirjautua tähän palvelimeen.
live-auth-before-tls = Palvelin tarjoaa kirjautumista ({ $mechanisms }) jo ennen TLS:ää: sähköpostiohjelma, jossa salaus on pois käytöstä, lähettäisi salasanan luettavassa muodossa.
live-auth-ok = TLS:n kautta palvelin tarjoaa kirjautumistavat { $mechanisms }.
live-offline = Ei tarkistettu: --offline poistaa verkkotarkistukset käytöstä.
# mailwiz check: a target that is no domain, address, IP address or server URL.
ui-error-bad-target = ”{ $target }” ei ole verkkotunnus, sähköpostiosoite, IP-osoite eikä palvelin muodossa submission://mail.example.com.
ui-error-bad-port = Kohteen ”{ $target }” portti ei ole luku väliltä 1–65535.
ui-error-bad-scheme = ”{ $scheme }://” ei ole palvelintyyppi, jota mailwiz tarkistaa. Käytä jotakin näistä: smtp, submission, smtps, imap, imaps, pop3 tai pop3s.
ui-error-bad-resolver = ”{ $resolver }” ei ole DNS-palvelimen osoite: anna IP-osoite ja sen perään portti, jos se ei ole 53 (127.0.0.1:5353, [2001:db8::53]:53).
ui-error-restricted-checks = Ylläpitäjän profiili on poistanut verkkotarkistukset käytöstä rajoitetussa tilassa.
ui-error-restricted-resolver = Rajoitetussa tilassa tarkistukset käyttävät vain järjestelmän DNS-resolvereita; valitsinta --resolver ei voi käyttää.
ui-error-restricted-target = Rajoitetussa tilassa voi tarkistaa vain verkkotunnuksen { $domain } ja sen alaiset nimet, ei kohdetta ”{ $target }”.
ui-error-restricted-no-domain = Rajoitetussa tilassa tarkistukset rajataan tilin omaan verkkotunnukseen, mutta sitä ei ole asetettu: ylläpitäjä asettaa tilille muuttujan MAILWIZ_DOMAIN.
live-skipped-dns-failed = Ei tarkistettu: DNS-haku, josta tämä tarkistus riippuu, epäonnistui.
# The wizard's check screen: its live checks are running for the target (a domain or an IP address).
live-looking = Tarkistetaan { $target }…
# The live checks answered the question on the screen: { $answer } is Yes or No.
live-proposal = { $target } tarkistettu: { $answer }
# The live checks ran but do not answer the question (a lookup failed, or a check could not run).
live-no-proposal = { $target } tarkistettu, mutta alla olevat havainnot eivät vastaa kysymykseen, joten vastaa siihen itse.
live-cancel = Esc vie takaisin ja keskeyttää tarkistuksen; alla olevilla näppäimillä voit vastata odottamatta.
# Beside a question about a mail program's settings: what the provider's server answers when mailwiz connects to it from here.
live-evidence = { $target } täältä katsottuna:
# On a check that can look something up, when nothing given so far named it (d opens the field).
live-ask-domain = Verkkotunnusta ei ole vielä annettu: paina d ja kirjoita se, niin mailwiz tarkistaa sen itse.
live-ask-recipient = Vastaanottajan verkkotunnusta ei ole vielä annettu: paina d ja kirjoita se, niin mailwiz tarkistaa sen itse.
live-ask-ip = Palvelimen IP-osoitetta ei ole vielä annettu: paina d ja kirjoita se, niin mailwiz tarkistaa sen itse.
# The field where it is typed.
ui-target-prompt-domain = Kirjoita verkkotunnus (tai siihen kuuluva sähköpostiosoite) ja paina Enter:
ui-target-prompt-recipient = Kirjoita vastaanottajan verkkotunnus (tai vastaanottajan osoite) ja paina Enter:
ui-target-prompt-ip = Kirjoita palvelimen IP-osoite (IPv4 tai IPv6) ja paina Enter:
ui-target-prompt-dkim-selector = Kirjoita DKIM-valitsin (DKIM-Signature-otsakkeen s=-arvo) ja paina Enter:
live-ask-dkim-selector = Paina d ja kirjoita tarkistettava DKIM-valitsin: se on tästä verkkotunnuksesta lähetetyn viestin DKIM-Signature-otsakkeen s=-arvo.
ui-target-invalid = Kohdetta ”{ $input }” ei voi tarkistaa tässä. Tarkista kirjoitusasu ja yritä uudelleen, tai paina Esc.
help-target = kirjoita tarkistettava verkkotunnus, IP-osoite tai DKIM-valitsin
help-target-take = tarkista
# The summary's section with the findings of the live checks.
ui-summary-checked = Verkkotarkistusten tulokset

## Issue 15: the mail log (mailwiz logs and the wizard's log screen)

logs-heading = Postiloki: { $files }
logs-totals = { $lines ->
        [one] { $lines } rivi
       *[other] { $lines } riviä
    }, { $messages ->
        [one] { $messages } viesti
       *[other] { $messages } viestiä
    }, aikavälillä { $first } – { $last }
logs-counts = Lähetetty { $sent } · viivästynyt { $deferred } · palautettu { $bounced } · vanhentunut { $expired } · hylätty vastaanotettaessa { $rejected }
logs-nothing = Postilokissa ei ole annettua aikaa ja osoitetta koskevia toimituksia.
logs-groups = Epäonnistuneet toimitukset syyn mukaan
# One group of failures with the same diagnosis; { $delivery } is one of logs-deferred … logs-rejected.
logs-group = { $delivery }: { $count ->
        [one] kerran
       *[other] { $count } kertaa
    }, { $recipients ->
        [one] { $recipients } vastaanottaja
       *[other] { $recipients } vastaanottajaa
    } { $domains ->
        [one] { $domains } verkkotunnuksessa
       *[other] { $domains } verkkotunnuksessa
    }, aikavälillä { $first } – { $last }
logs-sent = Lähetetty
logs-deferred = Viivästynyt (yritetään myöhemmin uudelleen)
logs-bounced = Palautettu
logs-expired = Vanhentunut jonossa
logs-rejected = Hylätty vastaanotettaessa
logs-example = Esimerkki
logs-domains = Vastaanottajien verkkotunnukset
logs-domain = { $domain }: { $total ->
        [one] { $total } toimitus
       *[other] { $total } toimitusta
    }, { $failed ->
        [one] { $failed } epäonnistunut
       *[other] { $failed } epäonnistunutta
    }
ui-error-log-file = Postilokia { $file } ei voi lukea: { $reason }
ui-error-no-log = Postilokia ei löytynyt (etsittiin: { $files }). Anna tiedosto tai ohjaa journal putkella vakiosyötteeseen: journalctl -u postfix -o json | mailwiz logs -
ui-error-bad-time = ”{ $time }” ei ole aika: anna 2026-11-30, "2026-11-30 14:00" tai aika taaksepäin, esimerkiksi 24h tai 7d.
ui-error-restricted-log = Rajoitetussa tilassa postiloki luetaan vain, jos ylläpitäjän profiili sallii sen, eikä muita tiedostoja lueta.
# On the mail log steps of scenarios 5 and 6 (r opens the log's screen).
live-ask-log = Paina r, niin mailwiz lukee postilokin ({ $path }): se laskee toimitukset ja ryhmittelee epäonnistuneet syyn mukaan.
ui-log-reading = Luetaan postilokia…
ui-log-cancel = Esc keskeyttää lukemisen ja vie takaisin.
ui-log-open = ↑↓ valitse syy; Enter selittää sen ja vie vaiheeseen, jossa se korjataan.
# A check answered by what the mail log says; { $answer } is Yes or No.
ui-observed-log = Postilokin mukaan: { $answer }
help-read-log = lue postiloki

## Issue 16: commands sent over SSH to restricted mode

ui-error-ssh-syntax = SSH:n kautta lähetetyssä komennossa on merkki ”{ $character }”, jota ei sallita tässä: anna vain komento ja sen argumentit ilman komentotulkin syntaksia.
ui-error-ssh-quote = SSH:n kautta lähetetyssä komennossa on lainausmerkki, jota ei ole suljettu.
ui-error-ssh-command = Komentoa ”{ $command }” ei voi suorittaa tässä SSH:n kautta. Sallittuja ovat explain, codes, search, check ja help; ilman komentoa käynnistyy ohjattu toiminto.
ui-error-ssh-option = Valitsin { $option } ei ole sallittu tässä SSH:n kautta.
ui-profile-embedded = Käytössä on sisäänrakennettu profiili: --profile-valitsinta ei ole annettu, eikä ~/.config/mailwiz/profile.toml- tai /etc/mailwiz/profile.toml-tiedostoa ole.
ui-profile-given = Käytössä on profiili { $file }, joka annettiin --profile-valitsimella.
ui-profile-user = Käytössä on profiili { $file }, käyttäjän oma.
ui-profile-system = Käytössä on profiili { $file }, ylläpitäjän asettama.
ui-profile-check-ok = { $file }: ongelmia ei löytynyt.

## The command line's help and its mistakes, in clap's structure: "error: ...", tips, the usage
## line, and where to read more. Quoted names are what the user typed or the option as help shows
## it ("--timeout <SEKUNNIT>").

ui-usage-error = virhe: { $message }
ui-usage-heading = Käyttö:
ui-usage-options = [VALITSIMET]
ui-usage-more = Lisätietoja saat valitsimella ”{ $flag }”.
ui-usage-tip = vihje: { $tip }
ui-usage-quoted = ”{ $text }”
ui-usage-unknown-argument = odottamaton argumentti ”{ $arg }”
ui-usage-unknown-command = tuntematon komento ”{ $command }”
ui-usage-invalid-value = virheellinen arvo ”{ $value }” argumentille ”{ $arg }”
ui-usage-missing-value = argumentille ”{ $arg }” tarvitaan arvo, mutta sitä ei annettu
ui-usage-possible-values = [mahdolliset arvot: { $values }]
ui-usage-missing-required = seuraavat pakolliset argumentit puuttuvat:
ui-usage-repeated = argumentin ”{ $arg }” voi antaa vain kerran
ui-usage-conflict = argumenttia ”{ $arg }” ei voi käyttää yhdessä argumentin ”{ $other }” kanssa
ui-usage-conflict-list = argumenttia ”{ $arg }” ei voi käyttää yhdessä näiden kanssa:
ui-usage-too-many-values = odottamaton arvo ”{ $value }” argumentille ”{ $arg }”; enempää arvoja ei odotettu
ui-usage-value-count =
    { $expected ->
        [one] argumentille ”{ $arg }” tarvitaan 1 arvo, mutta annettiin { $given }
       *[other] argumentille ”{ $arg }” tarvitaan { $expected } arvoa, mutta annettiin { $given }
    }
ui-usage-no-equals = argumentin ”{ $arg }” arvo on annettava yhtäsuuruusmerkin (=) jälkeen
ui-usage-invalid-utf8 = ainakin yksi argumentti ei ole kelvollista UTF-8-tekstiä
ui-usage-unreadable = komentoriviä ei voitu tulkita
ui-usage-similar-command =
    { $count ->
        [one] samankaltainen komento on olemassa: { $names }
       *[other] samankaltaisia komentoja on olemassa: { $names }
    }
ui-usage-similar-option =
    { $count ->
        [one] samankaltainen valitsin on olemassa: { $names }
       *[other] samankaltaisia valitsimia on olemassa: { $names }
    }
ui-usage-similar-value =
    { $count ->
        [one] samankaltainen arvo on olemassa: { $names }
       *[other] samankaltaisia arvoja on olemassa: { $names }
    }
ui-usage-as-value = jos ”{ $arg }” on tarkoitettu arvoksi, käytä muotoa ”{ $usage }”
ui-usage-in-command = ”{ $usage }” on olemassa
ui-usage-remove-dashes = komento ”{ $command }” on olemassa; jos tarkoitit sitä, poista sen edestä ”--”
ui-usage-default = oletus
ui-usage-possible = mahdolliset arvot
ui-help-heading-commands = Komennot
ui-help-heading-arguments = Argumentit
ui-help-heading-options = Valitsimet
ui-version = { $version } (tietosisällön revisio { $revision })
